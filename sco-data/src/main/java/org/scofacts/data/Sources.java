package org.scofacts.data;

import static org.scofacts.data.Rows.inPrint;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.seed;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;

/**
 * The sources that several tables cite: one row per publication. A source that only one table cites is
 * declared in that table, so that loading one fact family builds only the sources it needs.
 */
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

    // Officials: Secretaries-General and RATS directors.
    static final Source SECTSCO_SECRETARIAT_20 = source("sectsco-secretariat-20", OFFICIAL,
            "20th anniversary of the SCO Secretariat, with the list of its heads", "SCO Secretariat",
            partialDate(2024, 1, 16), "https://eng.sectsco.org/20240116/1237998.html");
    static final Source PEOPLE_2004_SECRETARIAT = source("people-2004-secretariat", NEWS_REPORT,
            "SCO enjoys bright future: secretary-general", "People's Daily Online", partialDate(2004, 1, 13),
            "http://en.people.cn/200401/13/eng20040113_132511.shtml");
    static final Source CHINA_ORG_2004_SECRETARIAT = source("china-org-2004-secretariat", NEWS_REPORT,
            "SCO opens permanent secretariat in Beijing", "china.org.cn (Xinhua)", month(2004, 1),
            "http://english.china.org.cn/english/international/84840.htm");
    static final Source CARAVAN_2012_APPOINTMENTS = source("caravan-2012-appointments", NEWS_REPORT,
            "Dmitry Mezentsev appointed SCO Secretary-General; Zhang Xinfeng to head the RATS Executive Committee",
            "Caravan.kz (RIA Novosti)", month(2012, 6),
            "https://caravan.kz/amp/news/dmitrijj-mezencev-naznachen-generalnym-sekretarem-shos-311171");
    static final Source UZDAILY_2007_BISHKEK_COMMUNIQUE = source("uzdaily-2007-bishkek-communique", OFFICIAL,
            "Joint Communique of Council of heads of SCO member states", "UzDaily", partialDate(2007, 8, 16),
            "https://uzdaily.uz/en/joint-communique-of-council-of-heads-of-sco-member-states");
    static final Source KREMLIN_2008_DUSHANBE_COMMUNIQUE = source("kremlin-2008-dushanbe-communique", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of State of the SCO, Dushanbe",
            "President of Russia (kremlin.ru)", partialDate(2008, 8, 28), "http://en.special.kremlin.ru/supplement/288");

    // Documents.
    static final Source KREMLIN_2001_FOUNDING = source("kremlin-2001-founding", OFFICIAL,
            "Founding summit of the Shanghai Cooperation Organisation, Shanghai", "President of Russia",
            partialDate(2001, 6, 15), "http://en.kremlin.ru/events/president/news/41570");
    static final Source WORLDJPN_SHANGHAI_CONVENTION = source("worldjpn-shanghai-convention", OFFICIAL,
            "Shanghai Convention on Combating Terrorism, Separatism and Extremism (text from the SCO Secretariat)",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2001, 6, 15),
            "https://worldjpn.net/documents/texts/SCO/20010615.T2E.html");
    static final Source CIS_LEGISLATION_CHARTER = source("cis-legislation-charter", OFFICIAL,
            "Charter of the Shanghai Cooperation Organization of June 7, 2002", "CIS Legislation database", null,
            "https://cis-legislation.com/document.fwx?rgn=3851");
    static final Source WORLDJPN_CHG_2003 = source("worldjpn-chg-2003", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Beijing",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2003, 9, 23),
            "https://worldjpn.net/documents/texts/SCO/20030923.D1E.html");
    static final Source TASS_2017_ASTANA = source("tass-2017-astana", NEWS_REPORT,
            "India and Pakistan join the SCO at the Astana summit", "TASS", partialDate(2017, 6, 9),
            "http://tass.com/world/950697");
    static final Source TASS_2019_CHG_PROGRAMME = source("tass-2019-chg-programme", NEWS_REPORT,
            "SCO Council of Heads of Government adopts trade and economic cooperation programme through 2035",
            "TASS", partialDate(2019, 11, 2), "https://tass.com/economy/1086679");
    static final Source KREMLIN_2024_ASTANA = source("kremlin-2024-astana", OFFICIAL,
            "Meeting of the SCO Heads of State Council (documents signed and adopted)", "President of Russia",
            partialDate(2024, 7, 4), "http://en.kremlin.ru/events/president/news/74464");
    static final Source TREND_2025_TIANJIN_DOCUMENTS = source("trend-2025-tianjin-documents", NEWS_REPORT,
            "Documents adopted at the SCO summit in Tianjin", "Trend News Agency", partialDate(2025, 9, 1),
            "https://www.trend.az/business/4085717.html");
    static final Source BELTA_2025_TIANJIN = source("belta-2025-tianjin", NEWS_REPORT,
            "In Tianjin heads of state approve SCO Development Strategy until 2035", "BelTA (news.by)",
            month(2025, 9), "https://news.by/eng/news/politika/in-tianjin-heads-of-states-approve-sco-development-strategy-until-2035");
    static final Source PEOPLE_DAILY_2026_BISHKEK = inPrint("people-daily-2026-09-02", NEWS_REPORT,
            "Xi Jinping attends the 26th meeting of the SCO Council of Heads of State and the SCO Plus meeting in"
                    + " Bishkek", "People's Daily (print edition)", partialDate(2026, 9, 2),
            "Page 1 of the print edition of 2 September 2026 (Xinhua reports and photo captions, in Chinese), read"
                    + " as a stored scan of that issue; the title is a descriptive English label.");
    static final Source SECTSCO_2021_SCO_DAY = source("sectsco-2021-sco-day", OFFICIAL,
            "Gala evening for the SCO's 20th anniversary at Diaoyutai, Beijing", "SCO Secretariat", partialDate(2021, 6, 15),
            "https://eng.sectsco.org/20210615/765514.html");
    static final Source TASS_2025_TIANJIN = source("tass-2025-tianjin", NEWS_REPORT,
            "SCO presidency passes to Kyrgyzstan (Tianjin Declaration)", "TASS", partialDate(2025, 9, 1),
            "https://tass.com/world/2010153");
    static final Source SECTSCO_2019_FAO = source("sectsco-2019-fao", OFFICIAL,
            "Experts discuss long-term SCO agriculture cooperation (SCO-FAO memorandum)", "SCO Secretariat",
            partialDate(2019, 12, 11), "http://eng.sectsco.org/news/20191211/612097.html");
    static final Source WORLDJPN_CHG_2023 = source("worldjpn-chg-2023", OFFICIAL,
            "Joint communique of the 22nd meeting of the Council of Heads of Government, Bishkek",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2023, 10, 26),
            "https://worldjpn.net/documents/texts/SCO/20231026.D1E.html");

    static final Source URDUPOINT_2021_DUSHANBE = source("urdupoint-2021-dushanbe", NEWS_REPORT,
            "SCO leaders sign Dushanbe Declaration of the organisation's 20th anniversary", "UrduPoint (Sputnik)",
            partialDate(2021, 9, 17), "https://www.urdupoint.com/en/world/sco-leaders-sign-dushanbe-declaration-of-orga-1352893.html");

    // Statuses: admissions, observers, dialogue partners and the 2025 reform.
    static final Source EASTDAY_2006_SUMMITS = source("eastday-2006-summits", NEWS_REPORT,
            "Chronology of SCO summits, 2001-2006", "Eastday (Xinhua)", partialDate(2006, 6, 15),
            "http://english.eastday.com/eastday/englishedition/node20665/node20667/node22808/node138957/node138959/userobject1ai2107373.html");
    // The database's header prints "June 7, 2004"; the text itself says 17 June 2004.
    static final Source WORLDJPN_CHS_2004 = source("worldjpn-chs-2004", OFFICIAL,
            "Tashkent Declaration by Heads of the Member States of the Shanghai Cooperation Organization",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2004, 6, 17),
            "https://worldjpn.net/documents/texts/SCO/20040607.D1E.html");
    static final Source WORLDJPN_CHS_2005 = source("worldjpn-chs-2005", OFFICIAL,
            "Declaration by the Heads of the Member States of the Shanghai Cooperation Organization",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2005, 7, 5),
            "https://worldjpn.net/documents/texts/SCO/20050705.D1E.html");
    static final Source PAJHWOK_2012_AFGHANISTAN = source("pajhwok-2012-afghanistan", NEWS_REPORT,
            "SCO accepts Afghanistan as observer", "Pajhwok Afghan News", partialDate(2012, 6, 7),
            "https://pajhwok.com/2012/06/07/sco-accepts-afghanistan-observer/");
    static final Source ECNS_2017_ASTANA = source("ecns-2017-astana", NEWS_REPORT,
            "India and Pakistan become full SCO members", "ECNS (Xinhua)", partialDate(2017, 6, 10),
            "http://ecns.cn/2017/06-10/260947.shtml");
    static final Source TASS_2021_PARTNERS = source("tass-2021-partners", NEWS_REPORT,
            "Saudi Arabia, Egypt and Qatar will receive SCO dialogue partner status", "TASS", partialDate(2021, 9, 9),
            "https://tass.com/world/1335687");
    static final Source PEOPLE_2022_SAMARKAND = source("people-2022-samarkand", NEWS_REPORT,
            "Memorandum of obligations on Iran's SCO membership signed at the Samarkand summit",
            "People's Daily Online (Xinhua)", partialDate(2022, 9, 16), "http://en.people.cn/n3/2022/0916/c90000-10148236.html");
    static final Source FINANCIAL_EXPRESS_2023_GOA = source("financial-express-2023-goa", NEWS_REPORT,
            "SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners", "Financial Express", partialDate(2023, 5, 6),
            "https://www.financialexpress.com/business/defence-sco-adds-kuwait-uae-myanmar-and-maldives-as-dialogue-partners-3076846/");
    static final Source LOKMAT_2023_IRAN = source("lokmat-2023-iran", NEWS_REPORT,
            "Iran formally becomes full member of the SCO", "Lokmat Times (ANI)", partialDate(2023, 7, 4),
            "https://www.lokmattimes.com/international/iran-formally-becomes-full-member-of-sco-pm-modi-conveys-best-wishes-to-president-ebrahim-raisi/");
    static final Source TASS_2023_BELARUS = source("tass-2023-belarus", NEWS_REPORT,
            "Belarus on its way to SCO membership", "TASS", partialDate(2023, 11, 29), "https://tass.com/world/1713379");
    static final Source ASTANA_TIMES_2024_BELARUS = source("astana-times-2024-belarus", NEWS_REPORT,
            "SCO welcomes Belarus as its 10th member state", "The Astana Times", partialDate(2024, 7, 4),
            "https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/");
    static final Source ANEWS_2024_ASTANA = source("anews-2024-astana", NEWS_REPORT,
            "Shanghai Cooperation Organization adopts declaration at Astana summit", "A News", partialDate(2024, 7, 4),
            "https://anews.com.tr/world/2024/07/04/shanghai-cooperation-organization-adopts-declaration-at-astana-summit");
    static final Source PAKISTAN_TODAY_2024_AFGHANISTAN = source("pakistan-today-2024-afghanistan", NEWS_REPORT,
            "Afghanistan excluded from upcoming SCO summit in Islamabad", "Pakistan Today", partialDate(2024, 10, 12),
            "https://www.pakistantoday.com.pk/2024/10/12/afghanistan-excluded-from-upcoming-sco-summit-in-islamabad/");
    static final Source TASS_2025_PARTNERS = source("tass-2025-partners", NEWS_REPORT,
            "Wang Yi: SCO observers and dialogue partners unified as SCO partners; Laos welcomed", "TASS",
            partialDate(2025, 9, 1), "https://tass.com/world/2010381");

    // Bodies.
    static final Source EURASIANET_2012_RATS = source("eurasianet-2012-rats", NEWS_REPORT,
            "Uzbekistan: a peek inside an SCO anti-terrorism center", "EurasiaNet (via Eurasia Review)",
            partialDate(2012, 9, 25), "https://www.eurasiareview.com/26092012-uzbekistan-a-peek-inside-an-sco-anti-terrorism-center/");
    static final Source GNFCC_2021_WUHAN = source("gnfcc-2021-wuhan", OFFICIAL,
            "Wuhan Initiative of the SCO Forum on People-to-People Friendship",
            "SCO Good-Neighbourliness, Friendship and Cooperation Commission", partialDate(2021, 6, 3),
            "http://en.gnfccsco.com/2021-06/03/c_884442.htm");

    // Designations.
    static final Source SECTSCO_2023_YEAR_OF_TOURISM = source("sectsco-2023-year-of-tourism", OFFICIAL,
            "Year of Tourism 2023 SCO forum poised to begin", "SCO Secretariat", partialDate(2023, 11, 22),
            "https://eng.sectsco.org/20231122/-Year-of-Tourism-2023-SCO-forum-poised-to-begin--967051.html");
    static final Source PEOPLE_2025_PARTIES_FORUM = source("people-2025-parties-forum", NEWS_REPORT,
            "SCO political parties meet in Urumqi", "People's Daily Online (Xinhua)", partialDate(2025, 4, 24),
            "http://en.people.cn/n3/2025/0424/c90000-20306751.html");
    static final Source ASTANA_TIMES_2025_TIANJIN = source("astana-times-2025-tianjin", NEWS_REPORT,
            "SCO summit in Tianjin: Kyrgyzstan assumes rotating chairmanship", "The Astana Times", partialDate(2025, 9, 2),
            "https://astanatimes.com/2025/09/sco-summit-in-tianjin-kyrgyzstan-assumes-rotating-chairmanship/");

    // Summits and chairmanships.
    static final Source CHINA_ORG_2006_PRESIDENCY = source("china-org-2006-presidency", NEWS_REPORT,
            "China holding the SCO presidency", "china.org.cn (Xinhua)", partialDate(2006, 1, 17),
            "http://china.org.cn/international/2006-01/17/content_1155479.htm");
    static final Source MFA_CHINA_2007_BISHKEK = source("mfa-china-2007-bishkek", OFFICIAL,
            "Seventh meeting of the SCO Council of Heads of State, Bishkek", "Ministry of Foreign Affairs of China",
            null, "https://www.mfa.gov.cn/mfa_eng/xw/zyjh/202405/t20240530_11339914.html");
    // The D1E page is the meeting's joint communique (the declaration is WORLDJPN_DECLARATION_2008).
    static final Source WORLDJPN_CHS_2008 = source("worldjpn-chs-2008", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of State of the SCO, Dushanbe",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2008, 8, 28),
            "https://worldjpn.net/documents/texts/SCO/20080828.D1E.html");
    static final Source INFOSHOS_2009_YEKATERINBURG = source("infoshos-2009-yekaterinburg", NEWS_REPORT,
            "SCO summit in Yekaterinburg, 15-16 June 2009", "InfoSCO (infoshos.ru)", partialDate(2009, 6, 15),
            "http://www.infoshos.ru/en/print.php?idn=4384");
    static final Source XINHUA_2010_TASHKENT = source("xinhua-2010-tashkent", NEWS_REPORT,
            "Analysis: SCO summit in Tashkent concludes", "Xinhua", partialDate(2010, 6, 12),
            "http://keyanhelp.cn/world/hu_sco_2010/2010-06/12/content_20243551.htm");
    // The D1E page is the meeting's press release (the declaration is WORLDJPN_DECLARATION_2011).
    static final Source WORLDJPN_CHS_2011 = source("worldjpn-chs-2011", OFFICIAL,
            "Press Release of the Meeting of the Council of Heads of State of the SCO, Astana",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2011, 6, 15),
            "https://worldjpn.net/documents/texts/SCO/20110615.D1E.html");
    static final Source SCO_SUMMIT_2013 = source("sco-summit-2013", OFFICIAL,
            "13th meeting of the SCO Council of Heads of State, Bishkek", "Official site of the 2013 SCO summit",
            year(2013), "http://www.scosummit2013.org/en/");
    static final Source DIPLOMAT_2014_DUSHANBE = source("diplomat-2014-dushanbe", NEWS_REPORT,
            "Results of the SCO summit in Dushanbe (Foreign Minister of Tajikistan)", "Diplomat Magazine",
            partialDate(2014, 11, 3), "https://diplomatmagazine.eu/2014/11/03/results-sco-summit-dushanbe-2014");
    static final Source TASS_2015_UFA = source("tass-2015-ufa", NEWS_REPORT,
            "SCO presidency goes from Russia to Uzbekistan at the Ufa summit", "TASS", partialDate(2015, 7, 10),
            "http://tass.com/world/807537");
    static final Source TIMES_KUWAIT_2016_TASHKENT = source("times-kuwait-2016-tashkent", NEWS_REPORT,
            "Presidency of Uzbekistan at the Shanghai Cooperation Organization", "Times Kuwait", partialDate(2016, 6, 22),
            "http://timeskuwait.com/Times_-Presidency-of-Uzbekistan-at-the-Shanghai-Cooperation-Organization");
    static final Source KP_KG_2018_QINGDAO = source("kp-kg-2018-qingdao", NEWS_REPORT,
            "SCO chairmanship passes from China to Kyrgyzstan at Qingdao", "Komsomolskaya Pravda Kyrgyzstan",
            partialDate(2018, 6, 10), "https://www.kp.kg/online/news/3142115/");
    static final Source RFERL_2019_BISHKEK = source("rferl-2019-bishkek", NEWS_REPORT,
            "Leaders of the Shanghai Cooperation Organization sign joint declaration", "Radio Free Europe/Radio Liberty",
            month(2019, 6), "https://www.rferl.org/a/leaders-of-shanghai-cooperation-organization-sign-joint-declaration/29999849.html");
    static final Source TASS_2020_VIDEO_SUMMIT = source("tass-2020-video-summit", NEWS_REPORT,
            "SCO summit by video link to be the main event of Russia's chairmanship", "TASS", partialDate(2020, 10, 21),
            "https://tass.com/world/1214849");

    // Summit reports that a summit row and a document row both cite.
    static final Source KAZINFORM_2016_TASHKENT_DOCUMENTS = source("kazinform-2016-tashkent-documents", NEWS_REPORT,
            "Several documents signed at SCO Summit in Tashkent", "Kazinform", partialDate(2016, 6, 24),
            "https://en.inform.kz/news/several-documents-signed-at-sco-summit-in-tashkent_a2918145/");
    static final Source URDUPOINT_2020_MOSCOW = source("urdupoint-2020-moscow", NEWS_REPORT,
            "SCO adopts Moscow Declaration, set of documents", "UrduPoint (Sputnik)", partialDate(2020, 11, 10),
            "https://www.urdupoint.com/en/world/sco-adopts-moscow-declaration-set-of-documen-1081786.html");

    // Cited by the summit attendance table and by one other table.
    static final Source KREMLIN_2008_DUSHANBE_DECLARATION = source("kremlin-2008-dushanbe-declaration", OFFICIAL,
            "Dushanbe Declaration of the Heads of SCO Member States", "President of Russia (kremlin.ru)",
            partialDate(2008, 8, 28), "http://en.kremlin.ru/supplement/287/print");
    static final Source KHOVAR_2021_DUSHANBE = source("khovar-2021-dushanbe", NEWS_REPORT,
            "SCO's jubilee summit took place in Dushanbe", "Khovar", partialDate(2021, 9, 17),
            "https://eng.khovar.tj/2021/09/sco-s-jubilee-summit-took-place-in-dushanbe-todayv");
    static final Source WORLDJPN_CHS_2014 = source("worldjpn-chs-2014", OFFICIAL,
            "Press release of the Council of Heads of State, Dushanbe", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2014, 9, 12), "https://worldjpn.net/documents/texts/SCO/20140912.D1E.html");
    static final Source KAZINFORM_2024_SCO_PLUS = source("kazinform-2024-sco-plus", NEWS_REPORT,
            "SCO Plus meeting kicks off in Astana", "Kazinform", partialDate(2024, 7, 4),
            "https://en.inform.kz/news/sco-plus-meeting-kicks-off-in-astana-b3b260/");
    static final Source WORLDJPN_COMMUNIQUE_2009 = source("worldjpn-communique-2009", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of State of the SCO, Yekaterinburg",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2009, 6, 16),
            "https://worldjpn.net/documents/texts/SCO/20090616.D3E.html");
    static final Source LINK_2011_ASTANA = noted("link-2011-astana", NEWS_REPORT,
            "Cover story: the SCO's tenth-anniversary summit in Astana", "International Link Magazine (Hong Kong)",
            month(2011, 6),
            "https://www.internationallinkmagazine.com.hk/past-issues/past-2011/2011-june/2011-june-cover-story", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source UZBEKISTAN_EMBASSY_2010_CHAIR = source("uzbekistan-embassy-2010-chair", OFFICIAL,
            "Uzbekistan's chairmanship of the SCO and the Tashkent summit", "Embassy of Uzbekistan to the United States",
            partialDate(2010, 6, 10), "http://uzbekistan.org/news/archive/815/");
    static final Source PRC_EMBASSY_GREECE_2003_MOSCOW = source("prc-embassy-greece-2003-moscow", OFFICIAL,
            "Third SCO Summit Meeting Held in Moscow", "Embassy of the People's Republic of China in Greece",
            partialDate(2003, 5, 29),
            "http://gr.china-embassy.org/eng/xwdt/xw2003/xw200305/200305/t20030529_3367627.htm");
}
