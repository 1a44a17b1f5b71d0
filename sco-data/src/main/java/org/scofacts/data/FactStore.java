package org.scofacts.data;

import java.util.List;
import java.util.Set;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/**
 * Where a dataset's facts come from: given to its builder ({@link GivenFacts}) or the bundled tables, each
 * loaded when first asked for ({@link BundledDataset}). {@link ScoDataset} asks the store and does not
 * know which one it has.
 */
abstract class FactStore {

    /** The facts of one family, unmodifiable, in the family's {@link FactFamily#order() order}. */
    abstract <F extends Fact> List<F> facts(FactFamily<F> family);

    /** Every source of the dataset, unmodifiable, by identifier. */
    abstract List<Source> sources();

    /** The families whose facts are built so far. */
    abstract Set<FactFamily<?>> loadedFamilies();
}
