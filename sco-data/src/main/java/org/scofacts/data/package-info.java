/**
 * The curated dataset of SCO facts and the validation that guards it.
 *
 * <p>{@link org.scofacts.data.ScoDataset#bundled()} is the dataset shipped with the library, whose tables
 * are checked whole when the library is built and loaded family by family on first use;
 * {@link org.scofacts.data.ScoDataset#builder()} builds a dataset of your own and checks it when built.
 * {@link org.scofacts.data.FactFamily} declares the fact families, once each.
 *
 * <h2>Start-up</h2>
 * A program's first answer builds only the families it reads ({@code BundledDataset}). Each
 * {@code FactFamily} constant is an anonymous subclass whose {@code bundled()} names its table, and the
 * orders are enum constants, so touching the registry spins no lambda and loads no table;
 * {@code StartupGuardTest} (sco-queries) fails otherwise.
 *
 * <h2>Null policy</h2>
 * No method in this package accepts or returns {@code null}: a {@code null} argument throws a
 * {@link java.lang.NullPointerException} naming the parameter, and a lookup that may find nothing
 * returns an {@link java.util.Optional}. Lists are unmodifiable.
 *
 * <p>The package is {@code @NullMarked} (JSpecify): Kotlin and static analysers read the policy above
 * from the class files. The annotations are needed at compile time only.
 *
 * @since 0.1.0
 */
@NullMarked
package org.scofacts.data;

import org.jspecify.annotations.NullMarked;
