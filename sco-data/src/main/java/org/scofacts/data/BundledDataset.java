package org.scofacts.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/** Assembles the curated fact tables into the bundled dataset. */
final class BundledDataset {

    /** Changes whenever a fact does; see CHANGELOG.md. */
    static final String VERSION = "2026.11.1";
    /** The date up to which the facts were checked against their sources. */
    static final LocalDate CHECKED_THROUGH = LocalDate.of(2026, 11, 23);

    private BundledDataset() {
    }

    static ScoDataset load() {
        List<Fact> facts = new ArrayList<>();
        FactFamily.all().forEach(family -> facts.addAll(family.bundled()));
        // The source list is exactly what the facts and the countries' names cite, so no source can go uncited.
        List<Source> cited = java.util.stream.Stream.concat(facts.stream().flatMap(f -> f.sources().stream()),
                Countries.all().stream().flatMap(c -> c.localNames().stream()).map(n -> n.source()))
                .distinct().toList();
        return ScoDataset.builder()
                .version(VERSION)
                .checkedThrough(CHECKED_THROUGH)
                .countries(Countries.all())
                .sources(cited)
                .facts(facts)
                .build();
    }
}
