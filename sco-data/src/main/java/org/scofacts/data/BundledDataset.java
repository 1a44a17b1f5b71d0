package org.scofacts.data;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/** Assembles the curated fact tables into the bundled dataset. */
final class BundledDataset {

    /** Changes whenever a fact does; see CHANGELOG.md. */
    static final String VERSION = "2026.11.2";
    /** The date up to which the facts were checked against their sources. */
    static final LocalDate CHECKED_THROUGH = LocalDate.of(2026, 11, 29);

    /** The bundled dataset, made when this class is first used; its families load on demand. */
    static final ScoDataset DATASET = ScoDataset.ofBundledTables(VERSION, CHECKED_THROUGH, Countries.all());

    private BundledDataset() {
    }

    /**
     * Exactly the sources the facts and the countries' names cite, so no source can go uncited.
     */
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

    /** The bundled tables as a builder, for {@link #load()} and for the build's full check of them. */
    static ScoDataset.Builder builder(List<Fact> facts, Set<Source> cited) {
        return ScoDataset.builder()
                .version(VERSION)
                .checkedThrough(CHECKED_THROUGH)
                .countries(Countries.all())
                .sources(cited)
                .facts(facts);
    }
}
