package org.scofacts.data;

import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.ANEWS_2024_ASTANA;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_BELARUS;
import static org.scofacts.data.Sources.DEVDISCOURSE_2021_VACCINES;
import static org.scofacts.data.Sources.ETNET_2025_TRADE_TARGET;
import static org.scofacts.data.Sources.GLOBAL_TIMES_2024_PRESIDENCY;
import static org.scofacts.data.Sources.GNFCC_2021_WUHAN;
import static org.scofacts.data.Sources.PEOPLE_2020_ECONOMIC_FACTS;
import static org.scofacts.data.Sources.PEOPLE_2021_XI_PLEDGES;
import static org.scofacts.data.Sources.SEED_001;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2021_PARTNERS;
import static org.scofacts.data.Sources.TASS_2025_PARTNERS;
import static org.scofacts.data.Sources.WIKI_SCO;
import static org.scofacts.model.Bound.ABOUT;
import static org.scofacts.model.Bound.AT_LEAST;
import static org.scofacts.model.Bound.EXACTLY;
import static org.scofacts.model.Bound.MORE_THAN;
import static org.scofacts.model.Unit.COUNT;
import static org.scofacts.model.Unit.PEOPLE;
import static org.scofacts.model.Unit.PERCENT;
import static org.scofacts.model.Unit.US_DOLLARS;
import static org.scofacts.model.Unit.YUAN;

import java.math.BigDecimal;
import java.util.List;
import org.scofacts.model.Bound;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.Unit;

/**
 * Quantitative claims: one row per figure, in full units, with the date it refers to. Claims made
 * by officials are recorded as claims of that official; pledges as pledges.
 *
 * <p>Left out on purpose: seed-003's "a hundredfold" growth in foreign trade (sources give about
 * eight- to ninefold), and seed-002's claims on opiate seizures and visits, which no source confirms.
 */
final class Figures {

    private Figures() {
    }

    static List<Figure> all() {
        return List.of(
                // Counts the seeds state; the tests reproduce each from the status periods.
                row("figure-members-2021", "member states", EXACTLY, "8", COUNT, partialDate(2021, 6, 15), SEED_002,
                        TASS_2021_PARTNERS),
                row("figure-observers-2021", "observer states", EXACTLY, "4", COUNT, partialDate(2021, 6, 15), SEED_002,
                        TASS_2021_PARTNERS),
                row("figure-dialogue-partners-2021", "dialogue partners", EXACTLY, "6", COUNT, partialDate(2021, 6, 15),
                        SEED_002, TASS_2021_PARTNERS),
                row("figure-family-population-2021", "population of the SCO's member, observer and partner states",
                        MORE_THAN, "3e9", PEOPLE, partialDate(2021, 6, 3), GNFCC_2021_WUHAN, SEED_002),
                row("figure-members-2024", "member states", EXACTLY, "10", COUNT, partialDate(2024, 7, 4),
                        ASTANA_TIMES_2024_BELARUS, SEED_004),
                row("figure-family-2024", "states in the SCO family (members, observers and dialogue partners)",
                        EXACTLY, "26", COUNT, partialDate(2024, 7, 4), ANEWS_2024_ASTANA, SEED_004),
                row("figure-partners-2025", "SCO partners after the Tianjin reform", EXACTLY, "17", COUNT,
                        partialDate(2025, 9, 1), TASS_2025_PARTNERS),
                row("figure-family-2025", "states in the SCO family (members and partners)", EXACTLY, "27", COUNT,
                        partialDate(2025, 9, 1), TASS_2025_PARTNERS),
                row("figure-land-share", "member states' share of the world's land area", ABOUT, "24", PERCENT,
                        year(2024), WIKI_SCO),
                row("figure-population-share", "member states' share of the world's population", ABOUT, "42",
                        PERCENT, year(2024), WIKI_SCO),

                // Economic claims of Chinese officials, as they stated them.
                row("figure-growth-2001-2020", "average annual growth of member states' GDP and foreign trade since"
                        + " 2001, as stated by Xi Jinping", ABOUT, "12", PERCENT, year(2020), SEED_001),
                // seed-002 prints "6.2 trillion11 and eight times": a typo for 6.2 trillion, 11 and 8 times.
                row("figure-gdp-2020", "member states' combined GDP, as stated by Wang Yi", ABOUT, "18.4e12",
                        US_DOLLARS, year(2020), SEED_002),
                row("figure-trade-2020", "member states' combined foreign trade, as stated by Wang Yi", ABOUT,
                        "6.2e12", US_DOLLARS, year(2020), SEED_002),
                row("figure-loan-facility-2018", "special loans China provided under the SCO Interbank Consortium",
                        EXACTLY, "30e9", YUAN, year(2018), PEOPLE_2020_ECONOMIC_FACTS, SEED_001),
                row("figure-vaccines-2021", "COVID-19 vaccine doses China had supplied to other countries", ABOUT,
                        "1.2e9", COUNT, partialDate(2021, 9, 17), SEED_001, DEVDISCOURSE_2021_VACCINES),
                // Xi reported at Tianjin (1 September 2025) that the target was reached ahead of schedule.
                row("figure-trade-target-2021", "cumulative China-SCO trade target for the five years from 2021",
                        EXACTLY, "2.3e12", US_DOLLARS, partialDate(2021, 9, 17), SEED_001, PEOPLE_2021_XI_PLEDGES,
                        ETNET_2025_TRADE_TARGET),
                row("figure-training-pledge-2021", "poverty-alleviation training places China pledged over three"
                        + " years", EXACTLY, "1000", PEOPLE, partialDate(2021, 9, 17), SEED_001, PEOPLE_2021_XI_PLEDGES),
                row("figure-digital-training-pledge-2024", "digital-technology training places China pledged over"
                        + " three years", AT_LEAST, "1000", PEOPLE, partialDate(2024, 7, 4), SEED_004,
                        GLOBAL_TIMES_2024_PRESIDENCY));
    }

    private static Figure row(String id, String measure, Bound bound, String value, Unit unit,
                              PartialDate referenceDate, Source... sources) {
        return new Figure(FactId.of(id), measure, bound, new BigDecimal(value), unit, referenceDate,
                List.of(sources));
    }
}
