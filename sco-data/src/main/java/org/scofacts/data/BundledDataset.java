package org.scofacts.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/**
 * The curated tables shipped with the library, each family built from its table when first asked for, so
 * that a first answer about membership does not build the summits, documents and figures.
 *
 * <p>The whole-dataset checks are not run here: the build runs these very tables through
 * {@link ScoDataset.Builder#build()} ({@code BundledDatasetTest}), and each fact's own constructor still
 * validates it as it is created.
 */
final class BundledDataset extends FactStore {

    /** Changes whenever a fact does; see CHANGELOG.md. */
    static final String VERSION = "2026.12.1";
    /** The date up to which the facts were checked against their sources. */
    static final LocalDate CHECKED_THROUGH = LocalDate.of(2026, 12, 6);

    private final Map<FactFamily<?>, List<? extends Fact>> loaded = new ConcurrentHashMap<>();
    private volatile List<Source> sources;

    @Override
    @SuppressWarnings("unchecked") // loaded maps each family to a list of that family's record type
    <F extends Fact> List<F> facts(FactFamily<F> family) {
        List<F> facts = (List<F>) loaded.get(family);
        if (facts != null) {
            return facts;
        }
        synchronized (loaded) {
            facts = (List<F>) loaded.get(family);
            if (facts == null) {
                facts = new ArrayList<>(family.bundled());
                facts.sort(family.order());
                facts = Collections.unmodifiableList(facts);
                loaded.put(family, facts);
            }
            return facts;
        }
    }

    /** The sources the facts and the countries' names cite, so no source can go uncited; builds every family. */
    @Override
    List<Source> sources() {
        List<Source> all = sources;
        if (all == null) {
            List<Fact> facts = new ArrayList<>();
            for (FactFamily<?> family : FactFamily.all()) {
                facts.addAll(facts(family));
            }
            all = GivenFacts.sortedById(cited(facts));
            sources = all;
        }
        return all;
    }

    @Override
    Set<FactFamily<?>> loadedFamilies() {
        return Set.copyOf(loaded.keySet());
    }

    /** Every fact of every table, unsorted, for the build's full check of the tables. */
    static List<Fact> tables() {
        List<Fact> facts = new ArrayList<>();
        for (FactFamily<?> family : FactFamily.all()) {
            facts.addAll(family.bundled());
        }
        return facts;
    }

    /** Exactly the sources that the facts and the bundled countries' names cite. */
    static Set<Source> cited(List<Fact> facts) {
        Set<Source> cited = new LinkedHashSet<>();
        for (Fact f : facts) {
            cited.addAll(f.sources());
        }
        for (Country c : Countries.all()) {
            for (CountryName name : c.localNames()) {
                cited.add(name.source());
            }
        }
        return cited;
    }
}
