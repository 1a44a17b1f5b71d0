/**
 * The SCO dataset as a Frictionless Tabular Data Package for R, Python and SQL users: {@link
 * org.scofacts.datapackage.DataPackage}.
 *
 * <p>Nulls: no method accepts or returns {@code null}; {@link org.scofacts.datapackage.DataPackage}'s methods
 * throw {@link NullPointerException} naming the parameter when given one.
 *
 * <p>The package is {@code @NullMarked} (JSpecify): Kotlin and static analysers read the policy above
 * from the class files. The annotations are needed at compile time only.
 *
 * @since 0.1.0
 */
@NullMarked
package org.scofacts.datapackage;

import org.jspecify.annotations.NullMarked;
