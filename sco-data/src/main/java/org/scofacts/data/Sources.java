package org.scofacts.data;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;

/** Every source the facts cite: one row per publication. */
final class Sources {

    private Sources() {
    }

    // The five seed articles the project grew from.
    static final Source SEED_000 = seed("seed-000",
            "On the Year of Ecology, the Astana summit and tourism: an interview with SCO Secretary-General Zhang Ming",
            "Kazinform", PartialDate.of(2024, 6), "Interview given before the 4 July 2024 Astana summit; its"
                    + " statements about the summit are forecasts, recorded from reports of the summit itself.");
    static final Source SEED_001 = seed("seed-001", "Build a Stronger Shanghai Cooperation Organization (Xi Jinping,"
            + " speech at the 21st meeting of the Council of Heads of State)", "Xinhua",
            PartialDate.of(2021, 9, 17), "");
    static final Source SEED_002 = seed("seed-002", "Pakistani press round-up on the SCO's 20th anniversary year",
            "Pakistani press (Islamabad datelines)", PartialDate.ofYear(2021), "");
    static final Source SEED_003 = seed("seed-003", "Cui Zheng on the 22nd (Samarkand) SCO summit",
            "Guangming Daily", PartialDate.of(2022, 9, 15), "");
    static final Source SEED_004 = seed("seed-004", "Report on the 24th (Astana) SCO summit and the first SCO Plus"
            + " meeting", "Press report with translated summaries of the summit documents", PartialDate.of(2024, 7), "");

    // Reference works.
    static final Source WIKI_SCO = reference("wiki-sco", SourceKind.REFERENCE_WORK,
            "Shanghai Cooperation Organisation", "Wikipedia",
            "https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation", "");

    private static Source seed(String id, String title, String publisher, PartialDate published, String note) {
        return new Source(SourceId.of(id), SourceKind.SEED_ARTICLE, title, publisher, Optional.of(published),
                Optional.empty(), note);
    }

    static Source reference(String id, SourceKind kind, String title, String publisher, String url, String note) {
        return new Source(SourceId.of(id), kind, title, publisher, Optional.empty(), Optional.of(URI.create(url)),
                note);
    }

    static List<Source> all() {
        return List.of(SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, WIKI_SCO);
    }
}
