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
 * precision; no day is invented. Ranges are half-open: {@code [start, end)}. Years run from 0000 to 9999,
 * the years the ISO text form writes with four digits, so every date and range prints and parses back.
 *
 * <h2>Start-up</h2>
 * The bundled dataset builds these values on every program's first answer. Two rules keep that answer
 * fast, each because it measured at least 5 ms ({@code ColdStart} in sco-bench, JDK 17 / JDK 25): the value
 * records write out {@code equals} and {@code hashCode}, since a record's generated ones bootstrap
 * {@code java.lang.runtime.ObjectMethods} and method handles on first use (+46 / +28 ms), and identifiers
 * are checked by a scan rather than {@code java.util.regex} (+13 / +11 ms). The build also compiles
 * string concatenation inline rather than through {@code StringConcatFactory} (+31 / +15 ms).
 * {@code StartupGuardTest} (sco-queries) fails if any of this machinery loads on a first answer.
 *
 * <p>The package is {@code @NullMarked} (JSpecify): Kotlin and static analysers read the policy above
 * from the class files. The annotations are needed at compile time only.
 *
 * @since 0.1.0
 */
@NullMarked
package org.scofacts.model;

import org.jspecify.annotations.NullMarked;
