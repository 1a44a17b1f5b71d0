/**
 * Fluent, typed, temporal questions about the Shanghai Cooperation Organisation.
 *
 * <p>{@link org.scofacts.query.Sco#facts()} answers from the bundled dataset;
 * {@link org.scofacts.query.Sco#of(org.scofacts.data.ScoDataset)} from a dataset of your own. Each
 * fluent step returns a new immutable query; the terminal operations ({@code list()}, {@code first()},
 * {@code only()}, {@code count()}, {@code exists()}, {@code stream()}) run it.
 *
 * <h2>Null policy</h2>
 * No method in this package accepts {@code null} or returns {@code null}: a {@code null} argument
 * throws a {@link java.lang.NullPointerException} whose message names the parameter, and an answer that
 * may be absent is an {@link java.util.Optional}. Result lists are unmodifiable.
 *
 * <h2>Malformed and unanswered questions</h2>
 * A malformed question (an ordinal below 1, a range whose end comes before its start, a country name
 * that matches nothing) throws an {@link java.lang.IllegalArgumentException} whose message names the
 * parameter and the value and, for countries, suggests what would have matched. A well-formed question
 * with no answer returns an empty list or an empty {@code Optional}.
 *
 * <h2>Dates</h2>
 * Ranges are half-open, {@code [start, end)}, and ranges say so in their parameter names
 * ({@code fromInclusive}, {@code toExclusive}). A bound known only to its month or year is read as its
 * first possible day, as {@link org.scofacts.model.DateRange#contains(java.time.LocalDate)} does. An
 * answer for a date after {@link org.scofacts.data.ScoDataset#checkedThrough()} assumes nothing changed
 * since; {@link org.scofacts.query.Sco#isChecked(java.time.LocalDate)} tells which dates are covered.
 *
 * <h2>Start-up</h2>
 * A program's first answer reads only the tables and builds only the index it needs, and links no lambda
 * (the first costs +10 / +5 ms on JDK 17 / 25): queries carry their criteria as records that answer
 * themselves rather than as functions, and comparators on that path are written out. Enum-keyed tables are
 * arrays by ordinal, as an {@code EnumMap} reads its constants reflectively, which spins method handles on
 * JDK 18 and later (+7 ms on JDK 25). Names outside ASCII load Unicode normalisation only when one is asked.
 * {@code StartupGuardTest} runs a first answer in a child JVM and fails if a lambda of the library, a
 * record's generated {@code equals}, a regular expression, an {@code EnumMap} or a persistence or JSON
 * library loads.
 *
 * <p>The package is {@code @NullMarked} (JSpecify): Kotlin and static analysers read the policy above
 * from the class files. The annotations are needed at compile time only.
 *
 * @since 0.1.0
 */
@NullMarked
package org.scofacts.query;

import org.jspecify.annotations.NullMarked;
