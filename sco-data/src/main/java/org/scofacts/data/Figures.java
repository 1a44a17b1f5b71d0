package org.scofacts.data;

import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.ANEWS_2024_ASTANA;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_BELARUS;
import static org.scofacts.data.Sources.GNFCC_2021_WUHAN;
import static org.scofacts.data.Sources.SEED_001;
import static org.scofacts.data.Sources.SECTSCO_2021_SCO_DAY;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2021_PARTNERS;
import static org.scofacts.data.Sources.TASS_2025_PARTNERS;
import static org.scofacts.model.Bound.ABOUT;
import static org.scofacts.model.Bound.AT_LEAST;
import static org.scofacts.model.Bound.EXACTLY;
import static org.scofacts.model.Bound.MORE_THAN;
import static org.scofacts.model.Bound.UP_TO;
import static org.scofacts.model.Measure.DIALOGUE_PARTNER_COUNT;
import static org.scofacts.model.Measure.FAMILY_COUNT;
import static org.scofacts.model.Measure.GDP;
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
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.REFERENCE_WORK;
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
 * eight- to ninefold), and two seed-002 claims that no measure here fits: Vladimir Norov's share of Eurasia's
 * opiate seizures made by SCO agencies, and Wang Yi's seven million visits between China and the other members
 * in 2019.
 */
final class Figures {

    private Figures() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source WIKI_SCO = source("wiki-sco", REFERENCE_WORK, "Shanghai Cooperation Organisation",
            "Wikipedia", null, "https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation");
    private static final Source PEOPLE_2020_ECONOMIC_FACTS = source("people-2020-economic-facts", NEWS_REPORT,
            "Facts and figures: China-SCO economic cooperation", "People's Daily Online (Xinhua)", partialDate(2020, 11, 10),
            "http://en.people.cn/n3/2020/1110/c90000-9778690.html");
    private static final Source ETNET_2025_TRADE_TARGET = source("etnet-2025-trade-target", NEWS_REPORT,
            "Xi at the 25th Council of Heads of State: China-SCO trade target reached ahead of schedule", "ETNet",
            partialDate(2025, 9, 1), "http://202.62.215.22/www/tc/ashares/news_detail.php?category=%E4%B8%8A%E5%90%88%E5%B3%B0%E6%9C%83&newsid=ETN350901843&page=1");
    private static final Source GLOBAL_TIMES_2024_PRESIDENCY = source("global-times-2024-presidency", NEWS_REPORT,
            "China initiates work of rotating SCO presidency for 2024-2025", "Global Times", month(2024, 7),
            "https://www.globaltimes.cn/page/202407/1316472.shtml");
    private static final Source PEOPLE_2021_XI_PLEDGES = source("people-2021-xi-pledges", NEWS_REPORT,
            "China to help countries in need build capacity, improve people's lives: Xi", "People's Daily Online"
                    + " (Xinhua)", partialDate(2021, 9, 18), "http://en.people.cn/n3/2021/0918/c90000-9898305.html");
    private static final Source CGTN_2023_TRADE_SHARE = source("cgtn-2023-trade-share", NEWS_REPORT,
            "Chart of the Day: SCO's share in global trade rises", "CGTN", partialDate(2023, 7, 3),
            "https://news.cgtn.com/news/2023-07-03/Chart-of-the-Day-SCO-s-share-in-global-trade-rises-1l825wajJoQ/index.html");
    private static final Source PEOPLE_2021_XI_VACCINES = source("people-2021-xi-vaccines", NEWS_REPORT,
            "China to make due contribution to humanity's ultimate victory over pandemic: Xi",
            "People's Daily Online (Xinhua)", partialDate(2021, 9, 18), "http://en.people.cn/n3/2021/0918/c90000-9898314.html");
    private static final Source CLIMA_2021_XI_TRADE_TARGET = noted("clima-2021-xi-trade-target", NEWS_REPORT,
            "Xi Jinping at the 21st meeting of the SCO Council of Heads of State: China's pledges", "clima.org.cn"
                    + " (repost of a Chinese media report)", null, "http://clima.org.cn/news/show-8230.html",
            "Chinese-language repost of a report whose original outlet the page does not name; the title is a"
                    + " descriptive English label.");
    private static final Source PAKISTAN_TODAY_2025_XI = source("pakistan-today-2025-xi", NEWS_REPORT,
            "Xi calls for forging ahead with solid steps as SCO convenes largest-ever summit", "Pakistan Today (Xinhua)",
            partialDate(2025, 9, 1),
            "https://www.pakistantoday.com.pk/2025/09/01/xi-calls-for-forging-ahead-with-solid-steps-as-sco-convenes-largest-ever-summit/");

    private static final Optional<Claim> ESTABLISHED = Optional.empty();
    private static final Optional<Claim> WANG_YI_ON_SCO_DAY = Optional.of(Claim.of("Wang Yi", partialDate(2021, 6, 15)));
    private static final Optional<Claim> XI_AT_DUSHANBE = Optional.of(Claim.of("Xi Jinping", partialDate(2021, 9, 17)));
    private static final Optional<Claim> XI_AT_TIANJIN = Optional.of(Claim.of("Xi Jinping", partialDate(2025, 9, 1)));

    static List<Figure> all() {
        return List.of(
                // Counts the seeds state; the tests reproduce each from the status periods. seed-002 gives the
                // 2021 counts in its report of the SCO Day reception of 15 June 2021, the 20th anniversary.
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
                // China's customs data as CGTN reports it.
                row("figure-trade-2020", TRADE, "member states' total foreign trade", EXACTLY, "6.06e12", US_DOLLARS,
                        year(2020), ESTABLISHED, CGTN_2023_TRADE_SHARE),
                // Wang Yi's video address to the SCO Day reception in Beijing on 15 June 2021 (event-sco-day-2021;
                // the SCO Secretariat's report of it does not repeat the figures). He put the GDP at 11 times the
                // early days'; no official statistic for 2020 was found to compare.
                row("figure-gdp-2020", GDP, "member states' combined GDP", EXACTLY, "18.4e12", US_DOLLARS, year(2020),
                        WANG_YI_ON_SCO_DAY, SEED_002, SECTSCO_2021_SCO_DAY),
                // Worded as seed-002 reports it ("mutual trade", 8 times the early days'). The value is close to
                // the members' total foreign trade in China's customs data (6.06 trillion, figure-trade-2020), not to
                // trade among the members, so "mutual" is probably the report's wording rather than the speaker's.
                row("figure-trade-2020-wang-yi", TRADE, "member states' trade (\"mutual trade\" in seed-002's report;"
                        + " the value is that of their total foreign trade)", EXACTLY, "6.2e12", US_DOLLARS, year(2020),
                        WANG_YI_ON_SCO_DAY, SEED_002, SECTSCO_2021_SCO_DAY),
                row("figure-loan-facility-2018", LOANS, "special loans China provided under the SCO Interbank"
                        + " Consortium", EXACTLY, "30e9", YUAN, year(2018), ESTABLISHED, PEOPLE_2020_ECONOMIC_FACTS,
                        SEED_001),
                // "Close to" 1.2 billion doses of finished and bulk vaccine, to more than 100 countries and
                // international organisations.
                row("figure-vaccines-2021", VACCINE_DOSES, "COVID-19 vaccine doses China had supplied to other"
                        + " countries and international organisations", UP_TO, "1.2e9", COUNT, partialDate(2021, 9, 17),
                        XI_AT_DUSHANBE, PEOPLE_2021_XI_VACCINES, SEED_001),
                // A pledge for the rest of 2021, first announced in August 2021; Xi said on 31 December 2021 that
                // China had provided 2 billion doses.
                row("figure-vaccine-pledge-2021", VACCINE_DOSES, "COVID-19 vaccine doses China pledged to provide to"
                        + " other countries in the course of 2021", EXACTLY, "2e9", COUNT, year(2021), XI_AT_DUSHANBE,
                        SEED_001, PEOPLE_2021_XI_VACCINES),
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
