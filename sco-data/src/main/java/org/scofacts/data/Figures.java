package org.scofacts.data;

import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.ANEWS_2024_ASTANA;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_BELARUS;
import static org.scofacts.data.Sources.CGTN_2023_TRADE_SHARE;
import static org.scofacts.data.Sources.CLIMA_2021_XI_TRADE_TARGET;
import static org.scofacts.data.Sources.ETNET_2025_TRADE_TARGET;
import static org.scofacts.data.Sources.GLOBAL_TIMES_2024_PRESIDENCY;
import static org.scofacts.data.Sources.GNFCC_2021_WUHAN;
import static org.scofacts.data.Sources.PEOPLE_2020_ECONOMIC_FACTS;
import static org.scofacts.data.Sources.PAKISTAN_TODAY_2025_XI;
import static org.scofacts.data.Sources.PEOPLE_2021_XI_PLEDGES;
import static org.scofacts.data.Sources.PEOPLE_2021_XI_VACCINES;
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
import static org.scofacts.model.Bound.UP_TO;
import static org.scofacts.model.Measure.DIALOGUE_PARTNER_COUNT;
import static org.scofacts.model.Measure.FAMILY_COUNT;
import static org.scofacts.model.Measure.GROWTH_RATE;
import static org.scofacts.model.Measure.LAND_SHARE;
import static org.scofacts.model.Measure.LOANS;
import static org.scofacts.model.Measure.MEMBER_COUNT;
import static org.scofacts.model.Measure.OBSERVER_COUNT;
import static org.scofacts.model.Measure.PARTNER_COUNT;
import static org.scofacts.model.Measure.POPULATION;
import static org.scofacts.model.Measure.POPULATION_SHARE;
import static org.scofacts.model.Measure.TRADE;
import static org.scofacts.model.Measure.TRADE_TARGET;
import static org.scofacts.model.Measure.TRAINING_PLACES;
import static org.scofacts.model.Measure.VACCINE_DOSES;
import static org.scofacts.model.Unit.COUNT;
import static org.scofacts.model.Unit.PEOPLE;
import static org.scofacts.model.Unit.PERCENT;
import static org.scofacts.model.Unit.US_DOLLARS;
import static org.scofacts.model.Unit.YUAN;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Bound;
import org.scofacts.model.Claim;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.Unit;

/**
 * Quantitative claims: one row per figure, in full units, with the date it refers to and a typed
 * measure. Each value appears in a source the row cites. Figures an official stated, rather than
 * established values, record the speaker and the day ({@link Claim}); pledges are recorded as pledges.
 *
 * <p>Left out on purpose: seed-003's "a hundredfold" growth in foreign trade (sources give about
 * eight- to ninefold), and seed-002's claims on opiate seizures and visits, which no source confirms.
 */
final class Figures {

    private Figures() {
    }

    private static final Optional<Claim> ESTABLISHED = Optional.empty();
    private static final Optional<Claim> XI_AT_DUSHANBE = Optional.of(Claim.of("Xi Jinping", partialDate(2021, 9, 17)));
    private static final Optional<Claim> XI_AT_TIANJIN = Optional.of(Claim.of("Xi Jinping", partialDate(2025, 9, 1)));

    static List<Figure> all() {
        return List.of(
                // Counts the seeds state; the tests reproduce each from the status periods.
                row("figure-members-2021", MEMBER_COUNT, "member states", EXACTLY, "8", COUNT, partialDate(2021, 6, 15),
                        ESTABLISHED, SEED_002, TASS_2021_PARTNERS),
                row("figure-observers-2021", OBSERVER_COUNT, "observer states", EXACTLY, "4", COUNT,
                        partialDate(2021, 6, 15), ESTABLISHED, SEED_002, TASS_2021_PARTNERS),
                row("figure-dialogue-partners-2021", DIALOGUE_PARTNER_COUNT, "dialogue partners", EXACTLY, "6", COUNT,
                        partialDate(2021, 6, 15), ESTABLISHED, SEED_002, TASS_2021_PARTNERS),
                row("figure-family-population-2021", POPULATION, "population of the SCO's member, observer and partner"
                        + " states", MORE_THAN, "3e9", PEOPLE, partialDate(2021, 6, 3), ESTABLISHED, GNFCC_2021_WUHAN,
                        SEED_002),
                row("figure-members-2024", MEMBER_COUNT, "member states", EXACTLY, "10", COUNT, partialDate(2024, 7, 4),
                        ESTABLISHED, ASTANA_TIMES_2024_BELARUS, SEED_004),
                // A News gives the parts after Belarus joined (two observers, 14 dialogue partners); the total,
                // which no 2024 source states, is Xi Jinping's count at Tianjin of the same family, unchanged until
                // Laos joined that day. The tests reproduce it from the status periods.
                row("figure-family-2024", FAMILY_COUNT, "states in the SCO family (10 members, 2 observers and 14"
                        + " dialogue partners)", EXACTLY, "26", COUNT, partialDate(2024, 7, 4), XI_AT_TIANJIN,
                        PAKISTAN_TODAY_2025_XI, ANEWS_2024_ASTANA),
                row("figure-partners-2025", PARTNER_COUNT, "SCO partners after the Tianjin reform", EXACTLY, "17", COUNT,
                        partialDate(2025, 9, 1), ESTABLISHED, TASS_2025_PARTNERS),
                row("figure-family-2025", FAMILY_COUNT, "states in the SCO family (members and partners)", EXACTLY, "27",
                        COUNT, partialDate(2025, 9, 1), ESTABLISHED, TASS_2025_PARTNERS),
                // Wikipedia's lead gives "at least 24%" of the world's total area (earlier revisions said about 24%).
                row("figure-land-share", LAND_SHARE, "member states' share of the world's total area", AT_LEAST, "24",
                        PERCENT, year(2024), ESTABLISHED, WIKI_SCO),
                row("figure-population-share", POPULATION_SHARE, "member states' share of the world's population", ABOUT,
                        "42", PERCENT, year(2024), ESTABLISHED, WIKI_SCO),

                // Economic claims of Chinese officials, as they stated them.
                row("figure-growth-2001-2020", GROWTH_RATE, "average annual growth of member states' GDP and foreign"
                        + " trade since 2001", ABOUT, "12", PERCENT, year(2020), XI_AT_DUSHANBE, SEED_001),
                // The 2020 GDP figure (18.4 trillion US dollars, attributed to Wang Yi by seed-002) is left out: no
                // source found states it. The trade figure is China's customs data as CGTN reports it.
                row("figure-trade-2020", TRADE, "member states' total foreign trade", EXACTLY, "6.06e12", US_DOLLARS,
                        year(2020), ESTABLISHED, CGTN_2023_TRADE_SHARE),
                row("figure-loan-facility-2018", LOANS, "special loans China provided under the SCO Interbank"
                        + " Consortium", EXACTLY, "30e9", YUAN, year(2018), ESTABLISHED, PEOPLE_2020_ECONOMIC_FACTS,
                        SEED_001),
                // "Close to" 1.2 billion doses of finished and bulk vaccine, to more than 100 countries and
                // international organisations.
                row("figure-vaccines-2021", VACCINE_DOSES, "COVID-19 vaccine doses China had supplied to other"
                        + " countries and international organisations", UP_TO, "1.2e9", COUNT, partialDate(2021, 9, 17),
                        XI_AT_DUSHANBE, PEOPLE_2021_XI_VACCINES, SEED_001),
                // Xi reported at Tianjin (1 September 2025) that the target was reached ahead of schedule.
                row("figure-trade-target-2021", TRADE_TARGET, "cumulative China-SCO trade target for the five years"
                        + " from 2021", EXACTLY, "2.3e12", US_DOLLARS, partialDate(2021, 9, 17), XI_AT_DUSHANBE, SEED_001,
                        CLIMA_2021_XI_TRADE_TARGET, ETNET_2025_TRADE_TARGET),
                row("figure-training-pledge-2021", TRAINING_PLACES, "poverty-alleviation training places China pledged"
                        + " over three years", EXACTLY, "1000", PEOPLE, partialDate(2021, 9, 17), XI_AT_DUSHANBE, SEED_001,
                        PEOPLE_2021_XI_PLEDGES),
                row("figure-digital-training-pledge-2024", TRAINING_PLACES, "digital-technology training places China"
                        + " pledged over three years", AT_LEAST, "1000", PEOPLE, partialDate(2024, 7, 4), ESTABLISHED,
                        SEED_004, GLOBAL_TIMES_2024_PRESIDENCY));
    }

    private static Figure row(String id, Measure kind, String measure, Bound bound, String value, Unit unit,
                              PartialDate referenceDate, Optional<Claim> claimedBy, Source... sources) {
        return new Figure(FactId.of(id), kind, measure, bound, new BigDecimal(value), unit, referenceDate,
                List.of(sources), claimedBy);
    }
}
