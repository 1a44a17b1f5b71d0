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
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.DateRange;
import org.scofacts.model.Post;
import org.scofacts.model.Source;

/**
 * Holders of the SCO's two top permanent posts: one row per term. Terms are given at the precision
 * the sources confirm; a term's end is the day its successor took office.
 */
final class Appointments {

    private Appointments() {
    }

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

                row("rats-zhang-xinfeng", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Zhang Xinfeng", CN,
                        between(partialDate(2013, 1, 1), partialDate(2016, 1, 1)), CARAVAN_2012_APPOINTMENTS),
                // The end is his successor's confirmed start.
                row("rats-yevgeny-sysoyev", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Yevgeny Sysoyev", RU,
                        between(partialDate(2016, 1, 1), partialDate(2019, 1, 1)), ASIA_PLUS_2016_SYSOYEV, KHOVAR_2018_GIYOSOV),
                row("rats-jumakhon-giyosov", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Jumakhon Giyosov", TJ,
                        between(partialDate(2019, 1, 1), partialDate(2022, 1, 1)), KHOVAR_2018_GIYOSOV),
                // Sources show him in office from 2022 into 2024 and a successor "newly appointed" in February
                // 2025; the bounds are the three-year rotation's, at year precision. His successor, Ularbek
                // Sharsheyev, is left out until a source names the state that nominated him.
                row("rats-ruslan-mirzayev", RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Ruslan Mirzayev", UZ,
                        between(year(2022), year(2025)), SPUTNIK_UZ_2022_MIRZAYEV));
    }

    private static Appointment row(String id, Post post, String holder, Country nominatedBy, DateRange term,
                                   Source... sources) {
        return new Appointment(FactId.of(id), post, holder, nominatedBy, term, List.of(sources));
    }
}
