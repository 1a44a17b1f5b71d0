/**
 * Immutable value types for facts about the Shanghai Cooperation Organisation.
 *
 * <h2>Null policy</h2>
 * No method in this package accepts {@code null} or returns {@code null}: a {@code null} argument
 * throws a {@link java.lang.NullPointerException} whose message names the parameter, and a value
 * that may be absent is returned as an {@link java.util.Optional}. Collections are copied on the way
 * in and are unmodifiable on the way out.
 *
 * <h2>Validation</h2>
 * Every record validates its components in its constructor: blank text, reversed periods, impossible
 * codes and facts without sources are rejected with an {@link java.lang.IllegalArgumentException}
 * whose message names the field and the value.
 *
 * <h2>Dates</h2>
 * A date known only to its month or year is a {@link org.scofacts.model.PartialDate} with that
 * precision; no day is invented. Periods are half-open: {@code [start, end)}.
 *
 * <p>The package is {@code @NullMarked} (JSpecify): Kotlin and static analysers read the policy above
 * from the class files. The annotations are needed at compile time only.
 */
@NullMarked
package org.scofacts.model;

import org.jspecify.annotations.NullMarked;
