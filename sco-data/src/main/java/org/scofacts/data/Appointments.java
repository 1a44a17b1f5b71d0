package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.between;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.since;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.EURASIANET_2012_RATS;
import static org.scofacts.data.Sources.KREMLIN_2008_DUSHANBE_COMMUNIQUE;
import static org.scofacts.data.Sources.LINK_2011_ASTANA;
import static org.scofacts.data.Sources.UZDAILY_2007_BISHKEK_COMMUNIQUE;
import static org.scofacts.data.Sources.CARAVAN_2012_APPOINTMENTS;
import static org.scofacts.data.Sources.CHINA_ORG_2004_SECRETARIAT;
import static org.scofacts.data.Sources.PEOPLE_2004_SECRETARIAT;
import static org.scofacts.data.Sources.SECTSCO_SECRETARIAT_20;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.WORLDJPN_COMMUNIQUE_2009;
import static org.scofacts.model.Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR;
import static org.scofacts.model.Post.SECRETARY_GENERAL;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

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

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source RIA_2007_NURGALIYEV = source("ria-2007-nurgaliyev", NEWS_REPORT,
            "Nurgaliyev formally takes office as SCO Secretary-General", "RIA Novosti (Chinese service)",
            partialDate(2007, 1, 23), "https://sputniknews.cn/20070123/41686254.html");
    private static final Source BJREVIEW_2010_IMANALIEV = source("bjreview-2010-imanaliev", NEWS_REPORT,
            "An Advancing Alliance (interview with Secretary-General Muratbek Imanaliev)", "Beijing Review",
            partialDate(2010, 2, 11), "http://www.bjreview.com/world/txt/2010-02/11/content_246609.htm");
    private static final Source KAZINFORM_2016_ALIMOV = source("kazinform-2016-alimov", NEWS_REPORT,
            "Rashid Alimov of Tajikistan becomes new SCO Secretary-General", "Kazinform", partialDate(2016, 1, 12),
            "https://en.inform.kz/news/rashid-alimov-of-tajikistan-becomes-new-sco-secretary-general_a2859020/");
    private static final Source APP_2019_NOROV = source("app-2019-norov", NEWS_REPORT,
            "China welcomes Vladimir Norov as new SCO Secretary-General", "Associated Press of Pakistan",
            partialDate(2019, 1, 25), "https://www.app.com.pk/global/china-welcomes-vladimir-norov-as-new-sco-secretary-general/");
    private static final Source HT_2022_ZHANG_MING = source("ht-2022-zhang-ming", NEWS_REPORT,
            "Veteran Chinese diplomat appointed SCO secretary-general", "Hindustan Times", partialDate(2022, 1, 5),
            "https://www.hindustantimes.com/world-news/veteran-chinese-diplomat-appointed-sco-secretarygeneral-101641388222528.html");
    private static final Source ASTANA_TIMES_2024_YERMEKBAYEV = source("astana-times-2024-yermekbayev", NEWS_REPORT,
            "Nurlan Yermekbayev appointed SCO Secretary-General for 2025-2027", "The Astana Times",
            partialDate(2024, 7, 4), "https://astanatimes.com/2024/07/nurlan-yermekbayev-appointed-sco-secretary-general-for-2025-2027/");
    private static final Source ASIA_PLUS_2016_SYSOYEV = source("asia-plus-2016-sysoyev", NEWS_REPORT,
            "RATS SCO director expected to pay working visit to Tajikistan", "Asia-Plus", partialDate(2016, 2, 15),
            "http://old.news.tj/en/news/rats-sco-director-expected-pay-working-visit-tajikistan");
    private static final Source KHOVAR_2018_GIYOSOV = source("khovar-2018-giyosov", NEWS_REPORT,
            "Tajikistan's representative Jumakhon Giyosov appointed Director of the RATS Executive Committee",
            "Khovar", month(2018, 6),
            "https://khovar.tj/rus/2018/06/predstavitel-tadzhikistana-dzhumahon-giyosov-naznachen-direktorom-ispolnitelnogo-komiteta-regionalnoj-antiterroristicheskoj-struktury-shos");
    private static final Source SPUTNIK_UZ_2022_MIRZAYEV = source("sputnik-uz-2022-mirzayev", NEWS_REPORT,
            "Uzbekistan's representative takes up the post of head of the SCO RATS", "Sputnik Uzbekistan",
            partialDate(2022, 3, 25), "https://sputniknews.uz/20220325/ozbekiston-vakili-shht-matt-rahbari-lavozimida-ish-boshladi-23552505.html");
    private static final Source KT_2025_SHARSHEYEV = source("kt-2025-sharsheyev", NEWS_REPORT,
            "Kazakh Foreign Ministry hosted talks on ensuring security (with the new RATS Executive Committee Director)",
            "Kazakhstan Today", partialDate(2025, 2, 28),
            "https://www.kt.kz/eng/international_affair/kazakh_foreign_ministry_hosted_talks_on_ensuring_security_1377974573.html");
    private static final Source CHINA_ORG_2006_RATS = noted("china-org-2006-rats", NEWS_REPORT,
            "SCO regional anti-terrorist structure in operation in Tashkent since June 2004", "china.org.cn (Xinhua)",
            partialDate(2006, 3, 29), "http://china.org.cn/international/world/2006-03/29/content_1163812.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source SECTSCO_RATS_STRUCTURE = noted("sectsco-rats-structure", OFFICIAL,
            "Regional Anti-Terrorist Structure", "SCO Secretariat (archived copy of sectsco.org)", null,
            "https://web.archive.org/web/20081211154326/http://www.sectsco.org/fk-03.html",
            "States that the head of the RATS Executive Committee is appointed for three years by the Council of Heads"
                    + " of State.");
    private static final Source CHINA_ORG_2006_SHANGHAI_COMMUNIQUE = source("china-org-2006-shanghai-communique", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of Member States of the SCO, Shanghai",
            "china.org.cn (Xinhua)", partialDate(2006, 6, 15),
            "http://china.org.cn/features/meeting/2006-06/15/content_1171590.htm");
    private static final Source XINHUA_2012_ZHANG_XINFENG = noted("xinhua-2012-zhang-xinfeng", NEWS_REPORT,
            "RATS Council agrees China's Zhang Xinfeng as Executive Committee Director from 1 January 2013",
            "Xinhua (via the CASS SCO studies site)", partialDate(2012, 3, 27),
            "http://studysco.euroasia.cssn.cn/zzjg/csjg/dqfkbjg/201309/t20130904_403799.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source KG24_2025_RATS_COUNCIL = source("24kg-2025-rats-council", NEWS_REPORT,
            "Tashiev at RATS SCO meeting: Kyrgyzstan is waging fight against terrorism", "24.kg", year(2025),
            "https://24.kg/english/343002_Tashiev_at_RATS_SCO_meeting_Kyrgyzstan_is_waging_fight_against_terrorism/");

    /** The nominating state where no source states it. */
    private static final Optional<Country> NOT_STATED = Optional.empty();

    static List<Appointment> all() {
        return List.of(
                // The first head was styled Executive Secretary; the post is the same.
                row("sg-zhang-deguang", SECRETARY_GENERAL, "Zhang Deguang", CN, between(partialDate(2004, 1, 15), year(2007)),
                        SECTSCO_SECRETARIAT_20, PEOPLE_2004_SECRETARIAT, CHINA_ORG_2004_SECRETARIAT),
                // Day not set: RIA reports his inauguration ceremony in Beijing on 23 January 2007 and Zhang Deguang
                // leaving at the end of 2006; only a Wikipedia mirror says 1 January 2007.
                row("sg-bolat-nurgaliyev", SECRETARY_GENERAL, "Bolat Nurgaliyev", KZ, between(year(2007), month(2010, 1)),
                        SECTSCO_SECRETARIAT_20, RIA_2007_NURGALIYEV),
                // Beijing Review says only that he took office in January 2010; no source found gives the day.
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
