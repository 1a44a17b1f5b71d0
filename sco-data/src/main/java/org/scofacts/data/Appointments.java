package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.between;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.since;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.APP_2019_NOROV;
import static org.scofacts.data.Sources.CHINA_ORG_2006_RATS;
import static org.scofacts.data.Sources.CHINA_ORG_2006_SHANGHAI_COMMUNIQUE;
import static org.scofacts.data.Sources.EURASIANET_2012_RATS;
import static org.scofacts.data.Sources.KG24_2025_RATS_COUNCIL;
import static org.scofacts.data.Sources.KREMLIN_2008_DUSHANBE_COMMUNIQUE;
import static org.scofacts.data.Sources.KT_2025_SHARSHEYEV;
import static org.scofacts.data.Sources.LINK_2011_ASTANA;
import static org.scofacts.data.Sources.SECTSCO_RATS_STRUCTURE;
import static org.scofacts.data.Sources.UZDAILY_2007_BISHKEK_COMMUNIQUE;
import static org.scofacts.data.Sources.WORLDJPN_COMMUNIQUE_2009;
import static org.scofacts.data.Sources.XINHUA_2012_ZHANG_XINFENG;
import static org.scofacts.data.Sources.ASIA_PLUS_2016_SYSOYEV;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_YERMEKBAYEV;
import static org.scofacts.data.Sources.BJREVIEW_2010_IMANALIEV;
import static org.scofacts.data.Sources.CARAVAN_2012_APPOINTMENTS;
import static org.scofacts.data.Sources.CHINA_ORG_2004_SECRETARIAT;
import static org.scofacts.data.Sources.HT_2022_ZHANG_MING;
import static org.scofacts.data.Sources.KAZINFORM_2016_ALIMOV;
import static org.scofacts.data.Sources.KHOVAR_2018_GIYOSOV;
import static org.scofacts.data.Sources.PEOPLE_2004_SECRETARIAT;
import static org.scofacts.data.Sources.RIA_2007_NURGALIYEV;
import static org.scofacts.data.Sources.SECTSCO_SECRETARIAT_20;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SPUTNIK_UZ_2022_MIRZAYEV;
import static org.scofacts.model.Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR;
import static org.scofacts.model.Post.SECRETARY_GENERAL;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.DateRange;
import org.scofacts.model.Post;
import org.scofacts.model.Source;

/**
 * Holders of the SCO's two top permanent posts: one row per term. Terms are given at the precision
 * the sources confirm; a term's end is the day its successor took office. The nominating state is
 * recorded only where a source states it.
 */
final class Appointments {

    private Appointments() {
    }

    /** The nominating state where no source states it. */
    private static final Optional<Country> NOT_STATED = Optional.empty();

    static List<Appointment> all() {
        return List.of(
                // The first head was styled Executive Secretary; the post is the same.
                row("sg-zhang-deguang", SECRETARY_GENERAL, "Zhang Deguang", CN, between(partialDate(2004, 1, 15), year(2007)),
                        SECTSCO_SECRETARIAT_20, PEOPLE_2004_SECRETARIAT, CHINA_ORG_2004_SECRETARIAT),
                row("sg-bolat-nurgaliyev", SECRETARY_GENERAL, "Bolat Nurgaliyev", KZ, between(year(2007), month(2010, 1)),
                        SECTSCO_SECRETARIAT_20, RIA_2007_NURGALIYEV),
                row("sg-muratbek-imanaliev", SECRETARY_GENERAL, "Muratbek Imanaliev", KG,
                        between(month(2010, 1), partialDate(2013, 1, 1)), SECTSCO_SECRETARIAT_20, BJREVIEW_2010_IMANALIEV),
                row("sg-dmitry-mezentsev", SECRETARY_GENERAL, "Dmitry Mezentsev", RU,
                        between(partialDate(2013, 1, 1), partialDate(2016, 1, 1)), SECTSCO_SECRETARIAT_20, CARAVAN_2012_APPOINTMENTS),
                row("sg-rashid-alimov", SECRETARY_GENERAL, "Rashid Alimov", TJ,
                        between(partialDate(2016, 1, 1), partialDate(2019, 1, 1)), SECTSCO_SECRETARIAT_20, KAZINFORM_2016_ALIMOV),
                // The Secretariat's own list says 2019-2022; he handed over on 1 January 2022.
                row("sg-vladimir-norov", SECRETARY_GENERAL, "Vladimir Norov", UZ,
                        between(partialDate(2019, 1, 1), partialDate(2022, 1, 1)), APP_2019_NOROV, SECTSCO_SECRETARIAT_20, SEED_002),
                row("sg-zhang-ming", SECRETARY_GENERAL, "Zhang Ming", CN, between(partialDate(2022, 1, 1), partialDate(2025, 1, 1)),
                        HT_2022_ZHANG_MING, SECTSCO_SECRETARIAT_20, SEED_000),
                row("sg-nurlan-yermekbayev", SECRETARY_GENERAL, "Nurlan Yermekbayev", KZ, since(partialDate(2025, 1, 1)),
                        ASTANA_TIMES_2024_YERMEKBAYEV),

                // RATS directors. The head of the Executive Committee serves three years (the Secretariat's page
                // on the structure); from Zhang Xinfeng on, terms run from 1 January. The three earliest terms
                // are known only from the meetings their holders attended, so their bounds are as wide as the
                // sources allow: the structure opened in Tashkent in June 2004 (Xinhua) and Kasymov is the only
                // director recorded before Subanov; three-year terms ending on Zhang Xinfeng's confirmed start
                // of 1 January 2013 put the earlier handovers in 2010 and 2007, which fits every attested date
                // (Kasymov June-July 2006; Subanov August 2007 to June 2009; Dzhumanbekov June 2011 and
                // September 2012). The year bounds say only that: a handover in that year, day unknown. No
                // source found states who nominated these three (EurasiaNet calls the 2012 director a Kyrgyz
                // citizen, other sources say Kazakhstan), so the nominating state is left out.
                row("rats-vyacheslav-kasymov", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Vyacheslav Kasymov", NOT_STATED,
                        between(month(2004, 6), year(2007)), CHINA_ORG_2006_SHANGHAI_COMMUNIQUE, CHINA_ORG_2006_RATS,
                        SECTSCO_RATS_STRUCTURE),
                row("rats-myrzakan-subanov", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Myrzakan Subanov", NOT_STATED,
                        between(year(2007), year(2010)), UZDAILY_2007_BISHKEK_COMMUNIQUE, KREMLIN_2008_DUSHANBE_COMMUNIQUE,
                        WORLDJPN_COMMUNIQUE_2009, SECTSCO_RATS_STRUCTURE),
                row("rats-dzhenisbek-dzhumanbekov", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Dzhenisbek Dzhumanbekov",
                        NOT_STATED, between(year(2010), partialDate(2013, 1, 1)), LINK_2011_ASTANA, EURASIANET_2012_RATS,
                        XINHUA_2012_ZHANG_XINFENG, SECTSCO_RATS_STRUCTURE),
                row("rats-zhang-xinfeng", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Zhang Xinfeng", Optional.of(CN),
                        between(partialDate(2013, 1, 1), partialDate(2016, 1, 1)), CARAVAN_2012_APPOINTMENTS,
                        XINHUA_2012_ZHANG_XINFENG),
                // The end is his successor's confirmed start. Asia-Plus gives his career in Russia's FSB but
                // no source found says which state nominated him.
                row("rats-yevgeny-sysoyev", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Yevgeny Sysoyev", NOT_STATED,
                        between(partialDate(2016, 1, 1), partialDate(2019, 1, 1)), ASIA_PLUS_2016_SYSOYEV, KHOVAR_2018_GIYOSOV),
                row("rats-jumakhon-giyosov", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Jumakhon Giyosov", Optional.of(TJ),
                        between(partialDate(2019, 1, 1), partialDate(2022, 1, 1)), KHOVAR_2018_GIYOSOV),
                // Sources show him in office from 2022 into 2024 and a successor "newly appointed" in February
                // 2025; the bounds are the three-year rotation's, at year precision.
                row("rats-ruslan-mirzayev", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Ruslan Mirzayev", Optional.of(UZ),
                        between(year(2022), year(2025)), SPUTNIK_UZ_2022_MIRZAYEV),
                // "Newly appointed" by 28 February 2025 and director at the 44th RATS Council in 2025; the day he
                // took office and the state that nominated him are not stated.
                row("rats-ularbek-sharsheyev", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Ularbek Sharsheyev", NOT_STATED,
                        since(year(2025)), KT_2025_SHARSHEYEV, KG24_2025_RATS_COUNCIL));
    }

    private static Appointment row(String id, Post post, String holder, Country nominatedBy, DateRange term,
                                   Source... sources) {
        return row(id, post, holder, Optional.of(nominatedBy), term, sources);
    }

    private static Appointment row(String id, Post post, String holder, Optional<Country> nominatedBy, DateRange term,
                                   Source... sources) {
        return new Appointment(FactId.of(id), post, holder, nominatedBy, term, List.of(sources), Optional.empty());
    }
}
