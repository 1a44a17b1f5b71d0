package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Rows.between;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.ASTANA_TIMES_2025_TIANJIN;
import static org.scofacts.data.Sources.KREMLIN_2024_ASTANA;
import static org.scofacts.data.Sources.PEOPLE_2025_PARTIES_FORUM;
import static org.scofacts.data.Sources.SECTSCO_2023_YEAR_OF_TOURISM;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TREND_2025_TIANJIN_DOCUMENTS;
import static org.scofacts.model.DesignationKind.THEMED_YEAR;
import static org.scofacts.model.DesignationKind.TOURISM_AND_CULTURAL_CAPITAL;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.Designation;
import org.scofacts.model.FactId;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/**
 * Themed years and tourism and cultural capitals: one row per designation. A themed year is the
 * calendar year; a capital's title is given for two calendar years, as the SCO states it, because no
 * source dates its handover to the day.
 */
final class Designations {

    private Designations() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source CANINDIA_2022_VARANASI = source("canindia-2022-varanasi", NEWS_REPORT,
            "Varanasi nominated as first-ever SCO tourism and cultural capital at Samarkand summit", "CanIndia (IANS)",
            partialDate(2022, 9, 16), "https://www.canindia.com/varanasi-nominated-as-first-ever-sco-tourism-cultural-capital-at-samarkand-summit/");
    private static final Source ASTANA_TIMES_2023_ALMATY = source("astana-times-2023-almaty", NEWS_REPORT,
            "Almaty becomes SCO cultural and tourism capital for 2023-2024", "The Astana Times", partialDate(2023, 4, 4),
            "https://astanatimes.com/2023/04/almaty-becomes-sco-cultural-and-tourism-capital-for-2023-2024/");
    private static final Source ASTANA_TIMES_2024_YEAR_OF_ECOLOGY = source("astana-times-2024-year-of-ecology", NEWS_REPORT,
            "SCO kicks off Year of Environment chaired by Kazakhstan", "The Astana Times", partialDate(2024, 1, 16),
            "https://astanatimes.com/2024/01/sco-kicks-off-year-of-environment-chaired-by-kazakhstan/");
    private static final Source SECTSCO_2024_TOURISM_HEADS = source("sectsco-2024-tourism-heads", OFFICIAL,
            "Meeting of heads of tourism administrations of the SCO member states, Almaty", "SCO Secretariat",
            partialDate(2024, 5, 26), "https://chn.sectsco.org/20240526/1364566.html");
    private static final Source PEOPLE_2024_SUSTAINABLE_DEVELOPMENT = source("people-2024-sustainable-development",
            NEWS_REPORT, "China to host friendly, united, fruitful SCO summit next year",
            "People's Daily Online (Xinhua)", partialDate(2024, 9, 10), "http://en.people.cn/n3/2024/0910/c90000-20217024.html");

    static List<Designation> all() {
        return List.of(
                themedYear("year-2023-tourism", "SCO Year of Tourism", 2023, SECTSCO_2023_YEAR_OF_TOURISM, SEED_000),
                // The Astana Times calls it the Year of Environment.
                themedYear("year-2024-ecology", "SCO Year of Ecology", 2024, ASTANA_TIMES_2024_YEAR_OF_ECOLOGY,
                        SEED_000),
                themedYear("year-2025-sustainable-development", "SCO Year of Sustainable Development", 2025,
                        PEOPLE_2024_SUSTAINABLE_DEVELOPMENT, PEOPLE_2025_PARTIES_FORUM, SEED_004),
                capital("capital-varanasi", "Varanasi", IN, 2022, CANINDIA_2022_VARANASI),
                capital("capital-almaty", "Almaty", KZ, 2023, ASTANA_TIMES_2023_ALMATY, SEED_000),
                capital("capital-qingdao", "Qingdao", CN, 2024, SECTSCO_2024_TOURISM_HEADS, KREMLIN_2024_ASTANA,
                        SEED_004),
                capital("capital-cholpon-ata", "Cholpon-Ata", KG, 2025, ASTANA_TIMES_2025_TIANJIN,
                        TREND_2025_TIANJIN_DOCUMENTS));
    }

    private static Designation themedYear(String id, String name, int year, Source... sources) {
        return new Designation(FactId.of(id), THEMED_YEAR, name, Optional.empty(), DateRange.from(year(year)),
                List.of(sources));
    }

    private static Designation capital(String id, String city, Country country, int firstYear, Source... sources) {
        return new Designation(FactId.of(id), TOURISM_AND_CULTURAL_CAPITAL, "SCO Tourism and Cultural Capital",
                Optional.of(Place.of(city, country)), between(year(firstYear), year(firstYear + 2)), List.of(sources));
    }
}
