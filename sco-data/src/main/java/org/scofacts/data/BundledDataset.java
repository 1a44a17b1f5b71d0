package org.scofacts.data;

import java.time.LocalDate;

/** Assembles the curated fact tables into the bundled dataset. */
final class BundledDataset {

    /** Changes whenever a fact does; see CHANGELOG.md. */
    static final String VERSION = "2026.11.0";
    /** The date up to which the facts were checked against their sources. */
    static final LocalDate CHECKED_THROUGH = LocalDate.of(2026, 11, 23);

    private BundledDataset() {
    }

    static ScoDataset load() {
        return ScoDataset.builder()
                .version(VERSION)
                .checkedThrough(CHECKED_THROUGH)
                .countries(Countries.all())
                .sources(Sources.all())
                .facts(StatusPeriods.all())
                .facts(Meetings.all())
                .build();
    }
}
