package org.scofacts.data;

import static org.scofacts.data.Countries.BY;
import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.IR;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.between;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Sources.GNFCC_2021_WUHAN;
import static org.scofacts.data.Sources.PEOPLE_2025_PARTIES_FORUM;
import static org.scofacts.data.Sources.SECTSCO_2023_YEAR_OF_TOURISM;
import static org.scofacts.data.Sources.SECTSCO_2021_SCO_DAY;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.model.EventKind.CONFERENCE;
import static org.scofacts.model.EventKind.CONSULTATION;
import static org.scofacts.model.EventKind.EXERCISE;
import static org.scofacts.model.EventKind.FORUM;
import static org.scofacts.model.EventKind.MILESTONE;
import static org.scofacts.model.EventKind.OPERATION;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;
import static org.scofacts.model.SourceKind.REFERENCE_WORK;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/**
 * Forums, exercises, operations, consultations and milestones: one row per event. Events the seed
 * articles announced are recorded from reports that they took place.
 */
final class Events {

    private Events() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source ECNS_2016_SHANGHAI_FIVE = source("ecns-2016-shanghai-five", NEWS_REPORT,
            "Twenty years since the Shanghai Five's confidence-building agreement", "ECNS (Xinhua)", partialDate(2016, 4, 15),
            "http://ecns.cn/voices/2016/04-15/206843.shtml");
    private static final Source RFERL_1996_SHANGHAI = source("rferl-1996-shanghai", NEWS_REPORT,
            "Five presidents sign border treaty in Shanghai", "Radio Free Europe/Radio Liberty", partialDate(1996, 4, 26),
            "https://www.rferl.org/a/1080434.html");
    private static final Source SECTSCO_2021_CONTACT_GROUP = source("sectsco-2021-contact-group", OFFICIAL,
            "Secretary-General at the SCO-Afghanistan Contact Group meeting of foreign ministers, Dushanbe",
            "SCO Secretariat", partialDate(2021, 7, 14), "http://eng.sectsco.org/20210714/768423.html");
    private static final Source SECTSCO_2019_SPIDER_WEB = source("sectsco-2019-spider-web", OFFICIAL,
            "International anti-drug operation Spider Web", "SCO Secretariat", partialDate(2019, 7, 12),
            "http://eng.sectsco.org/news/20190712/565195.html");
    private static final Source CHINA_DIPLOMACY_2024_INTERACTION = source("china-diplomacy-2024-interaction", NEWS_REPORT,
            "SCO members conduct joint counter-terrorism live exercise Interaction-2024", "China Diplomacy (Xinhua)",
            partialDate(2024, 7, 23), "http://en.chinadiplomacy.org.cn/2024-07/23/content_117325990.shtml");
    private static final Source CHINA_DAILY_2024_GREEN_FORUM = source("china-daily-2024-green-forum", NEWS_REPORT,
            "SCO member states push for green development in Qingdao", "China Daily", partialDate(2024, 7, 10),
            "https://regional.chinadaily.com.cn/shandong/qingdao/2024-07/10/c_1003510.htm");
    private static final Source SECTSCO_2024_ECOLOGY_FORUM = source("sectsco-2024-ecology-forum", OFFICIAL,
            "Secretary-General's speech at the SCO Forum Year of Ecology 2024", "SCO Secretariat", partialDate(2024, 7, 8),
            "https://eng.sectsco.org/20240708/1460217.html");
    private static final Source ASTANA_TIMES_2023_TOURISM_FORUM = source("astana-times-2023-tourism-forum", NEWS_REPORT,
            "SCO Year of Tourism 2023 forum kicks off in China", "The Astana Times", partialDate(2023, 11, 25),
            "https://astanatimes.com/2023/11/sco-year-of-tourism-2023-forum-kicks-off-in-china/");
    private static final Source TASS_2024_WATER_CONFERENCE = source("tass-2024-water-conference", NEWS_REPORT,
            "SCO Secretary-General at the Dushanbe Water Action Decade conference", "TASS", partialDate(2024, 6, 11),
            "https://tass.com/world/1802255");
    private static final Source PEOPLE_2024_RAILWAY = source("people-2024-railway", NEWS_REPORT,
            "Xi's letter to the commencement ceremony of the China-Kyrgyzstan-Uzbekistan railway project",
            "People's Daily Online (Xinhua)", partialDate(2024, 12, 27), "http://en.people.cn/n3/2024/1227/c90000-20259516.html");
    private static final Source PEOPLE_2024_YANGLING = source("people-2024-yangling", NEWS_REPORT,
            "Chinese agricultural hub nurtures talent for SCO member states", "People's Daily Online (Xinhua)",
            partialDate(2024, 6, 13), "http://en.people.cn/n3/2024/0613/c90000-20181032.html");
    private static final Source SCIO_2018_EXERCISES = noted("scio-2018-exercises", OFFICIAL,
            "SCO infographic: joint anti-terror exercises", "State Council Information Office of China",
            partialDate(2018, 6, 5), "http://english.scio.gov.cn/infographics/2018-06/05/content_51673238.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source CHINA_ORG_2005_PEACE_MISSION = noted("china-org-2005-peace-mission", NEWS_REPORT,
            "China confirms the dates of Peace Mission 2005", "china.org.cn (Xinhua)", partialDate(2005, 8, 2),
            "http://china.org.cn/english/2005/Aug/137129.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source HERALD_TRIBUNE_2005_PEACE_MISSION = source("herald-tribune-2005-peace-mission", NEWS_REPORT,
            "Russia, China hold military exercises", "Herald-Tribune", partialDate(2005, 8, 18),
            "https://www.heraldtribune.com/story/news/2005/08/18/russia-china-hold-military-exercises/28858456007/");
    private static final Source CHINA_ORG_2007_PEACE_MISSION = noted("china-org-2007-peace-mission", NEWS_REPORT,
            "Peace Mission 2007: final stage near Chelyabinsk", "china.org.cn (Xinhua)", month(2007, 8),
            "http://english.china.org.cn/english/international/221276.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source BJREVIEW_2009_PEACE_MISSION = noted("bjreview-2009-peace-mission", NEWS_REPORT,
            "Peace Mission 2009", "Beijing Review", partialDate(2009, 7, 24),
            "http://www.bjreview.com.cn/print/txt/2009-07/24/content_209206.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source XINHUA_2010_PEACE_MISSION = noted("xinhua-2010-peace-mission", NEWS_REPORT,
            "Peace Mission 2010 concludes in Kazakhstan", "Xinhua (mirror)", partialDate(2010, 9, 25),
            "http://m.keyanhelp.cn/world/2010-09/25/content_20997066.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source ECRATS_COORDINATION = source("ecrats-coordination", OFFICIAL, "Coordination activities",
            "Executive Committee of the SCO Regional Anti-Terrorist Structure", null,
            "https://ecrats.org/en/activity/coordination/");
    private static final Source PEOPLE_2012_PEACE_MISSION = source("people-2012-peace-mission", NEWS_REPORT,
            "Joint SCO military drill concludes in Tajikistan", "People's Daily Online (Xinhua)", partialDate(2012, 6, 15),
            "http://en.people.cn/90786/7846814.html");
    private static final Source CHINA_DAILY_2013_PEACE_MISSION = source("china-daily-2013-peace-mission", NEWS_REPORT,
            "Joint drills vital for security", "China Daily", partialDate(2013, 8, 1),
            "http://covid-19.chinadaily.com.cn/opinion/2013-08/01/content_16860219.htm");
    private static final Source RT_2013_PEACE_MISSION = source("rt-2013-peace-mission", NEWS_REPORT,
            "Chinese military hardware hits Russia for joint anti-terror drills", "RT", partialDate(2013, 8, 4),
            "https://www.rt.com/news/russia-china-drills-urals-016/");
    private static final Source XINHUA_2014_PEACE_MISSION = source("xinhua-2014-peace-mission", NEWS_REPORT,
            "Foreign troops leave China after anti-terror drill", "Xinhua (People's Daily Online, via GlobalSecurity.org)",
            partialDate(2014, 9, 4), "https://www.globalsecurity.org/military/library/news/2014/09/mil-140904-pdo01.htm");
    private static final Source KAZINFORM_2016_PEACE_MISSION = source("kazinform-2016-peace-mission", NEWS_REPORT,
            "SCO countries display high combat potential - Kyrgyz General Staff chief", "Kazinform (TASS)",
            partialDate(2016, 9, 21),
            "https://en.inform.kz/amp/sco-countries-display-high-combat-potential-kyrgyz-general-staff-chief_a2951406/");
    private static final Source IDS_2018_PEACE_MISSION = noted("ids-2018-peace-mission", OFFICIAL,
            "SCO Exercise Peace Mission 2018", "Integrated Defence Staff, Ministry of Defence of India", null,
            "https://www.ids.nic.in/hadr-exercises-detail.php?id=MTA%3D", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source TASS_2021_PEACE_MISSION = source("tass-2021-peace-mission", NEWS_REPORT,
            "About 5,500 servicemen to take part in SCO Peace Mission-2021", "TASS", partialDate(2021, 9, 20),
            "https://tass.com/defense/1339845");
    private static final Source TASS_2021_PEACE_MISSION_STARTS = source("tass-2021-peace-mission-starts", NEWS_REPORT,
            "SCO member states kick off Peace Mission 2021 anti-terror drills", "TASS", partialDate(2021, 9, 20),
            "https://tass.com/defense/1339999");
    private static final Source CHINAMIL_2015_XIAMEN = source("chinamil-2015-xiamen", NEWS_REPORT,
            "SCO hosts first joint online counter-terrorism exercise in China", "China Military Online",
            partialDate(2015, 10, 15), "http://english.chinamil.com.cn/view/2015-10/15/content_7130465.htm");
    private static final Source SECTSCO_2021_PABBI = noted("sectsco-2021-pabbi", OFFICIAL,
            "Joint anti-terrorist exercise Pabbi-Antiterror-2021", "SCO Secretariat", partialDate(2021, 10, 4),
            "http://eng.sectsco.org/20211004/786524.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source NIE_2022_MANESAR = source("nie-2022-manesar", NEWS_REPORT,
            "India hosts SCO joint anti-terror drill to enhance operational capabilities", "The New Indian Express",
            partialDate(2022, 10, 10),
            "https://www.newindianexpress.com/nation/2022/oct/10/india-hosts-sco-joint-anti-terror-drill-to-enhance-operational-capabilities-2506551.html");
    private static final Source GLOBAL_TIMES_2024_INTERACTION = source("global-times-2024-interaction", NEWS_REPORT,
            "SCO holds first joint anti-terrorism drill in China featuring all member states", "Global Times",
            partialDate(2024, 7, 23), "https://globaltimes.cn/page/202407/1316564.shtml");
    private static final Source BASTILLE_POST_2024_RAILWAY = source("bastille-post-2024-railway", NEWS_REPORT,
            "Launch ceremony for China-Kyrgyzstan-Uzbekistan railway held in Kyrgyzstan", "Bastille Post (CCTV)",
            partialDate(2024, 12, 28),
            "https://bastillepost.com/global/article/4438299-launch-ceremony-for-china-kyrgyzstan-uzbekistan-railway-held-in-kyrgyzstan");
    private static final Source KG24_2024_RAILWAY = source("24kg-2024-railway", NEWS_REPORT,
            "China-Kyrgyzstan-Uzbekistan railway: Heads of State send addresses", "24.kg", partialDate(2024, 12, 27),
            "https://24.kg/english/315640_China-Kyrgyzstan-Uzbekistan_railway_Heads_of_State_send_addresses/");

    private static final Source HRIC_SCO_EXERCISES = noted("hric-sco-exercises", REFERENCE_WORK,
            "Appendix E.1: Military and Law Enforcement Cooperation between Member States of the Shanghai Cooperation"
                    + " Organization: Chart", "Human Rights in China", null, "http://www.hrichina.org/hk/node/5239",
            "A table of SCO joint exercises with their dates, places and participants, from an HRIC report.");
    private static final Source RFERL_2006_TIANSHAN = source("rferl-2006-tianshan", NEWS_REPORT,
            "China/Kazakhstan: Forces Hold First-Ever Joint Terrorism Exercises", "Radio Free Europe/Radio Liberty",
            partialDate(2006, 8, 24), "https://www.rferl.org/a/1070801.html");
    private static final Source CHINA_ORG_2006_TIANSHAN_ALMATY = noted("china-org-2006-tianshan-almaty", NEWS_REPORT,
            "China and Kazakhstan finish the first phase of Tianshan-I (2006) in the Almaty region", "china.org.cn (Xinhua)",
            partialDate(2006, 8, 25), "http://china.org.cn/archive/2006-08/25/content_1179060.htm",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source CHINA_ORG_2006_TIANSHAN_YINING = noted("china-org-2006-tianshan-yining", NEWS_REPORT,
            "China wraps up the second phase of Tianshan-I (2006) in Yining", "china.org.cn (Xinhua)",
            partialDate(2006, 8, 26), "http://english.china.org.cn/archive/2006-08/26/content_1179235.htm",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source CHINA_ORG_2011_TIANSHAN = source("china-org-2011-tianshan", NEWS_REPORT,
            "China, Kyrgyzstan, Tajikistan conduct joint anti-terror drill", "china.org.cn (Xinhua)",
            partialDate(2011, 5, 7), "http://china.org.cn/world/2011-05/07/content_22514873.htm");
    private static final Source TREND_2013_KAZYGURT = noted("trend-2013-kazygurt", NEWS_REPORT,
            "Kazygurt-Antiterror-2013 international exercise to be held in South Kazakhstan region on 13 June", "Trend",
            partialDate(2013, 6, 10), "https://www.trend.az/casia/kazakhstan/2159710.html",
            "The title is a descriptive English label for a Russian-language report; the page's own headline was not recorded.");
    private static final Source CRI_2013_KAZAKHSTAN_DRILL = noted("cri-2013-kazakhstan-drill", NEWS_REPORT,
            "SCO holds joint anti-terrorism exercise in Kazakhstan", "China Radio International (Filipino service)",
            partialDate(2013, 6, 13), "https://filipino.cri.cn/301/2013/06/13/2s120643.htm",
            "The title is a descriptive English label for a Filipino-language report; the publication date is the one"
                    + " in the page's address.");
    private static final Source CHINA_DAILY_2017_TIANSHAN = source("china-daily-2017-tianshan", NEWS_REPORT,
            "China, Kyrgyzstan hold joint anti-terrorism drill", "China Daily", null,
            "http://www.chinadaily.com.cn/a/201706/27/WS59bbf31ca310ded8ac18f1bb_1.html");
    private static final Source WHATSONXIAMEN_2017_CYBER = source("whatsonxiamen-2017-cyber", NEWS_REPORT,
            "SCO security: 8 nations hold anti-cyber-terrorism drill in Amoy", "What's On Xiamen",
            partialDate(2017, 12, 12), "http://www.whatsonxiamen.com/event4795.html");
    private static final Source GLOBAL_TIMES_2019_CYBER = noted("global-times-2019-cyber", NEWS_REPORT,
            "SCO launches joint online anti-terrorism exercise in Xiamen", "Global Times", partialDate(2019, 12, 12),
            "http://www.globaltimes.cn/content/1173369.shtml",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source SHANGHAI_DAILY_2019_CYBER = source("shanghai-daily-2019-cyber", NEWS_REPORT,
            "Anti-terrorism drill", "Shanghai Daily", partialDate(2019, 12, 13),
            "https://archive.shine.cn/nation/Antiterrorism-drill/shdaily.shtml");

    private static final Place PLACE_NOT_RECORDED = null;

    static List<Event> all() {
        return List.of(
                // China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan; the group that became the SCO.
                event("event-shanghai-five-1996", MILESTONE, "Shanghai Five summit: the five states sign the"
                        + " agreement on confidence-building in the military field in border areas", on(partialDate(1996, 4, 26)),
                        at("Shanghai", CN), ECNS_2016_SHANGHAI_FIVE, RFERL_1996_SHANGHAI),
                // Joint exercises. Participants are the states whose forces or competent authorities took part, as
                // the sources list them; empty where no source does. Where an exercise had phases in two
                // countries, the place is the field phase's. Left out: Peace Mission 2018's participants
                // (sources disagree on whether Uzbekistan sent troops), Belarus in Peace Mission 2021 (a
                // participant per TASS, an observer per Pakistan's military), Pabbi-Antiterror-2021's list (only
                // Pakistan and China took part in person, the others from their own territories), and the
                // exercises known only from announcements or mirror sites (Norak-Antiterror-2009, whose only report
                // found gives no day; Sary-Arka-Antiterror-2019; Vostok-Antiterror-2012).
                exercise("event-exercise-01-2002", "Exercise-01, the first bilateral anti-terrorist exercise of SCO"
                        + " member states, on the China-Kyrgyzstan border", on(month(2002, 10)), PLACE_NOT_RECORDED,
                        List.of(CN, KG), SCIO_2018_EXERCISES),
                // Held in eastern Kazakhstan and in Xinjiang, China, so no single place is recorded. The days are
                // HRIC's (6-12 August); the SCIO infographic gives the month only.
                exercise("event-coalition-2003", "Coalition-2003, the first multilateral SCO anti-terrorist exercise",
                        between(partialDate(2003, 8, 6), partialDate(2003, 8, 13)), PLACE_NOT_RECORDED,
                        List.of(CN, KZ, KG, RU, TJ), SCIO_2018_EXERCISES, HRIC_SCO_EXERCISES),
                // A China-Russia exercise; it opened in Vladivostok, its field phase was in China.
                exercise("event-peace-mission-2005", "Peace Mission 2005 joint exercise",
                        between(partialDate(2005, 8, 18), partialDate(2005, 8, 26)), at("Shandong Peninsula", CN),
                        List.of(CN, RU), CHINA_ORG_2005_PEACE_MISSION, HERALD_TRIBUNE_2005_PEACE_MISSION),
                // Law-enforcement bodies and special forces; the first phase was in Kazakhstan's Almaty region, the
                // second in Yining, Xinjiang, so no single place is recorded.
                exercise("event-tianshan-1-2006", "Tianshan-I (2006) joint anti-terrorist exercise of China and"
                        + " Kazakhstan", between(partialDate(2006, 8, 24), partialDate(2006, 8, 27)), PLACE_NOT_RECORDED,
                        List.of(CN, KZ), RFERL_2006_TIANSHAN, CHINA_ORG_2006_TIANSHAN_ALMATY, CHINA_ORG_2006_TIANSHAN_YINING),
                exercise("event-peace-mission-2007", "Peace Mission 2007 joint counter-terrorism exercise",
                        between(partialDate(2007, 8, 9), partialDate(2007, 8, 18)), at("Chelyabinsk", RU),
                        List.of(CN, KZ, KG, RU, TJ, UZ), CHINA_ORG_2007_PEACE_MISSION),
                exercise("event-peace-mission-2009", "Peace Mission 2009 joint counter-terrorism exercise",
                        between(partialDate(2009, 7, 22), partialDate(2009, 7, 27)), at("Taonan", CN), List.of(CN, RU),
                        BJREVIEW_2009_PEACE_MISSION),
                exercise("event-peace-mission-2010", "Peace Mission 2010 joint counter-terrorism exercise",
                        between(partialDate(2010, 9, 10), partialDate(2010, 9, 25)), at("Matybulak", KZ),
                        List.of(CN, KZ, KG, RU, TJ), XINHUA_2010_PEACE_MISSION),
                exercise("event-tianshan-2-2011", "Tianshan-II (2011) joint anti-terrorist exercise",
                        on(partialDate(2011, 5, 6)), at("Kashgar", CN), List.of(CN, KG, TJ), CHINA_ORG_2011_TIANSHAN),
                exercise("event-peace-mission-2012", "Peace Mission 2012 joint counter-terrorism exercise",
                        between(partialDate(2012, 6, 8), partialDate(2012, 6, 15)), at("Chorukh-Dayron", TJ),
                        List.of(CN, KZ, KG, RU, TJ), ECRATS_COORDINATION, PEOPLE_2012_PEACE_MISSION),
                // The name and the region are from Kazakhstan's announcement three days before; CRI reported the
                // drill held on the day, without naming it. Participants are left out: no report found lists them.
                exercise("event-kazygurt-antiterror-2013", "Kazygurt-Antiterror-2013 joint anti-terrorist exercise",
                        on(partialDate(2013, 6, 13)), at("South Kazakhstan region", KZ), List.of(), TREND_2013_KAZYGURT,
                        CRI_2013_KAZAKHSTAN_DRILL),
                exercise("event-peace-mission-2013", "Peace Mission 2013 joint counter-terrorism exercise",
                        between(partialDate(2013, 7, 27), partialDate(2013, 8, 16)), at("Chebarkul", RU), List.of(CN, RU),
                        CHINA_DAILY_2013_PEACE_MISSION, RT_2013_PEACE_MISSION),
                exercise("event-peace-mission-2014", "Peace Mission 2014 joint counter-terrorism exercise",
                        between(partialDate(2014, 8, 24), partialDate(2014, 8, 30)), at("Inner Mongolia", CN),
                        List.of(CN, KZ, KG, RU, TJ), XINHUA_2014_PEACE_MISSION),
                exercise("event-xiamen-2015", "Xiamen-2015, the first SCO joint online counter-terrorism exercise",
                        on(partialDate(2015, 10, 14)), at("Xiamen", CN), List.of(), CHINAMIL_2015_XIAMEN),
                exercise("event-peace-mission-2016", "Peace Mission 2016 joint counter-terrorism exercise",
                        between(partialDate(2016, 9, 15), partialDate(2016, 9, 22)), at("Issyk-Kul region", KG),
                        List.of(CN, KZ, KG, RU, TJ), KAZINFORM_2016_PEACE_MISSION),
                // Border-defence troops, watched by representatives of other member states (Global Times' 2019 photo
                // caption names six states as "all" the members, though India and Pakistan had joined on 9 June).
                // The caption gives the same day and prefecture.
                exercise("event-tianshan-3-2017", "Tianshan-III joint anti-terrorist exercise of China and Kyrgyzstan",
                        on(partialDate(2017, 6, 27)), at("Artux", CN), List.of(CN, KG), CHINA_DAILY_2017_TIANSHAN,
                        GLOBAL_TIMES_2019_CYBER),
                exercise("event-xiamen-2017", "SCO joint online counter-terrorism exercise in Xiamen, 2017",
                        on(partialDate(2017, 12, 6)), at("Xiamen", CN), List.of(CN, IN, KZ, KG, PK, RU, TJ, UZ),
                        WHATSONXIAMEN_2017_CYBER),
                exercise("event-peace-mission-2018", "Peace Mission 2018 joint counter-terrorism exercise",
                        between(partialDate(2018, 8, 22), partialDate(2018, 8, 30)), at("Chebarkul", RU), List.of(),
                        IDS_2018_PEACE_MISSION),
                // The competent authorities of the eight member states, coordinated by the RATS Executive Committee.
                exercise("event-xiamen-2019", "Third SCO joint online counter-terrorism exercise",
                        on(partialDate(2019, 12, 12)), at("Xiamen", CN), List.of(CN, IN, KZ, KG, PK, RU, TJ, UZ),
                        GLOBAL_TIMES_2019_CYBER, SHANGHAI_DAILY_2019_CYBER),
                exercise("event-peace-mission-2021", "Peace Mission 2021 joint counter-terrorism exercise",
                        between(partialDate(2021, 9, 20), partialDate(2021, 9, 25)), at("Donguz", RU),
                        List.of(CN, IN, KZ, KG, PK, RU, TJ, UZ), TASS_2021_PEACE_MISSION, TASS_2021_PEACE_MISSION_STARTS),
                exercise("event-pabbi-antiterror-2021", "Pabbi-Antiterror-2021 joint anti-terrorist exercise, second"
                        + " stage", between(partialDate(2021, 9, 21), partialDate(2021, 10, 5)), at("Pabbi", PK), List.of(),
                        SECTSCO_2021_PABBI),
                // Tajikistan and the RATS Executive Committee observed.
                exercise("event-manesar-antiterror-2022", "Manesar-Antiterror-2022 joint anti-terrorist exercise,"
                        + " second stage", between(partialDate(2022, 10, 8), partialDate(2022, 10, 14)), at("Manesar", IN),
                        List.of(IN, KZ, KG, RU, UZ), NIE_2022_MANESAR),
                event("event-spider-web-2019", OPERATION, "International anti-drug operation Spider Web",
                        between(partialDate(2019, 7, 8), partialDate(2019, 7, 13)), PLACE_NOT_RECORDED, SECTSCO_2019_SPIDER_WEB),
                // seed-000 dates the base to 2019, when it was proposed; it opened in October 2020.
                event("event-yangling-base-2020", MILESTONE, "SCO Demonstration Base for Agricultural Technology"
                        + " Exchange and Training opens", on(month(2020, 10)), at("Yangling", CN), PEOPLE_2024_YANGLING,
                        SEED_000),
                event("event-wuhan-forum-2021", FORUM, "SCO Forum on People-to-People Friendship",
                        on(partialDate(2021, 6, 3)), at("Wuhan", CN), GNFCC_2021_WUHAN, SEED_002),
                event("event-sco-day-2021", CONFERENCE, "Reception marking the SCO's 20th anniversary",
                        on(partialDate(2021, 6, 15)), at("Beijing", CN), SECTSCO_2021_SCO_DAY, SEED_002),
                event("event-afghanistan-contact-group-2021", CONSULTATION, "SCO-Afghanistan Contact Group meeting"
                        + " of foreign ministers", on(partialDate(2021, 7, 14)), at("Dushanbe", TJ), SECTSCO_2021_CONTACT_GROUP,
                        SEED_002),
                event("event-tourism-forum-2023", FORUM, "SCO Forum on the Year of Tourism 2023",
                        between(partialDate(2023, 11, 23), partialDate(2023, 11, 27)), at("Urumqi", CN), SECTSCO_2023_YEAR_OF_TOURISM,
                        ASTANA_TIMES_2023_TOURISM_FORUM, SEED_000),
                event("event-water-conference-2024", CONFERENCE, "Third High-Level International Conference on the"
                        + " Water Action Decade 2018-2028", between(partialDate(2024, 6, 10), partialDate(2024, 6, 14)),
                        at("Dushanbe", TJ), TASS_2024_WATER_CONFERENCE, SEED_000),
                event("event-green-development-forum-2024", FORUM, "SCO Forum on Green Development",
                        between(partialDate(2024, 7, 8), partialDate(2024, 7, 10)), at("Qingdao", CN), CHINA_DAILY_2024_GREEN_FORUM,
                        SEED_004),
                event("event-ecology-forum-2024", FORUM, "SCO Year of Ecology 2024 sub-forum", on(partialDate(2024, 7, 8)),
                        at("Qingdao", CN), SECTSCO_2024_ECOLOGY_FORUM, SEED_000),
                // The first live drill with the competent authorities of every member state; no city or days given.
                exercise("event-interaction-2024", "Interaction-2024 joint counter-terrorism exercise",
                        on(month(2024, 7)), at("Xinjiang Uygur Autonomous Region", CN),
                        List.of(CN, IN, IR, KZ, KG, PK, RU, TJ, UZ, BY), CHINA_DIPLOMACY_2024_INTERACTION,
                        GLOBAL_TIMES_2024_INTERACTION, SEED_004),
                // seed-003 (2022) mentions this railway as a plan, naming it China-Kyrgyzstan-"Ukraine"; being two years
                // older, it is not cited for the start of construction.
                // Sources differ on the locality (Jalal-Abad city, or a village in the region), so the region.
                event("event-railway-construction-2024", MILESTONE, "Construction of the China-Kyrgyzstan-Uzbekistan"
                        + " railway begins", on(partialDate(2024, 12, 27)), at("Jalal-Abad region", KG),
                        PEOPLE_2024_RAILWAY, BASTILLE_POST_2024_RAILWAY, KG24_2024_RAILWAY),
                event("event-political-parties-forum-2025", FORUM, "SCO Political Parties Forum",
                        between(partialDate(2025, 4, 23), partialDate(2025, 4, 25)), at("Urumqi", CN), PEOPLE_2025_PARTIES_FORUM,
                        SEED_004));
    }

    private static DateRange on(PartialDate date) {
        return date.isExact() ? DateRange.from(date) : between(date, PartialDate.of(date.endExclusive()));
    }

    private static Place at(String city, Country country) {
        return Place.of(city, country);
    }

    private static Event event(String id, EventKind kind, String name, DateRange period, Place placeOrNull,
                               Source... sources) {
        return new Event(FactId.of(id), kind, name, period, Optional.ofNullable(placeOrNull), List.of(sources));
    }

    private static Event exercise(String id, String name, DateRange period, Place placeOrNull,
                                  List<Country> participants, Source... sources) {
        return new Event(FactId.of(id), EXERCISE, name, period, Optional.ofNullable(placeOrNull), List.of(sources),
                participants);
    }
}
