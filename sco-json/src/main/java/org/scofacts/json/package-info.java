/**
 * JSON export and import of a whole {@link org.scofacts.data.ScoDataset}, and the dataset diff.
 *
 * <p>Nulls: no method accepts or returns {@code null}; an absent value is an empty
 * {@link java.util.Optional}, and a null argument throws {@link NullPointerException} naming the parameter.
 *
 * <p>The package is {@code @NullMarked} (JSpecify): Kotlin and static analysers read the policy above
 * from the class files. The annotations are needed at compile time only.
 *
 * @since 0.1.0
 */
@NullMarked
package org.scofacts.json;

import org.jspecify.annotations.NullMarked;
