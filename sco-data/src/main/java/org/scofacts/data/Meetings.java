package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.localDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Sources.PEOPLE_DAILY_2026_BISHKEK;
import static org.scofacts.data.Sources.CHINA_ORG_2006_PRESIDENCY;
import static org.scofacts.data.Sources.DIPLOMAT_2014_DUSHANBE;
import static org.scofacts.data.Sources.EASTDAY_2006_SUMMITS;
import static org.scofacts.data.Sources.ECNS_2017_ASTANA;
import static org.scofacts.data.Sources.FINANCIAL_EXPRESS_2023_GOA;
import static org.scofacts.data.Sources.INFOSHOS_2009_YEKATERINBURG;
import static org.scofacts.data.Sources.KAZINFORM_2024_SCO_PLUS;
import static org.scofacts.data.Sources.KHOVAR_2021_DUSHANBE;
import static org.scofacts.data.Sources.KP_KG_2018_QINGDAO;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.KREMLIN_2024_ASTANA;
import static org.scofacts.data.Sources.LOKMAT_2023_IRAN;
import static org.scofacts.data.Sources.MFA_CHINA_2007_BISHKEK;
import static org.scofacts.data.Sources.PAJHWOK_2012_AFGHANISTAN;
import static org.scofacts.data.Sources.PAKISTAN_TODAY_2024_AFGHANISTAN;
import static org.scofacts.data.Sources.PEOPLE_2022_SAMARKAND;
import static org.scofacts.data.Sources.RFERL_2019_BISHKEK;
import static org.scofacts.data.Sources.SCO_SUMMIT_2013;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_001;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2015_UFA;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2019_CHG_PROGRAMME;
import static org.scofacts.data.Sources.KAZINFORM_2016_TASHKENT_DOCUMENTS;
import static org.scofacts.data.Sources.TASS_2020_VIDEO_SUMMIT;
import static org.scofacts.data.Sources.TASS_2025_TIANJIN;
import static org.scofacts.data.Sources.TIMES_KUWAIT_2016_TASHKENT;
import static org.scofacts.data.Sources.URDUPOINT_2020_MOSCOW;
import static org.scofacts.data.Sources.URDUPOINT_2021_DUSHANBE;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2003;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2023;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2004;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2005;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2008;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2011;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2014;
import static org.scofacts.data.Sources.XINHUA_2010_TASHKENT;
import static org.scofacts.model.MeetingFormat.HYBRID;
import static org.scofacts.model.MeetingFormat.IN_PERSON;
import static org.scofacts.model.MeetingFormat.VIRTUAL;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/**
 * Council meetings: one row per meeting. Summits of the Council of Heads of State carry the SCO's
 * own count, which starts with the founding meeting in Shanghai (2001 is the 1st, 2021 the 21st).
 * Councils of Heads of Government carry theirs (Almaty 2001 is the 1st); the SCO does not number
 * the meetings of foreign ministers.
 */
final class Meetings {

    private Meetings() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source GLOBAL_TIMES_2014_SUMMITS = source("global-times-2014-summits", NEWS_REPORT,
            "Backgrounder: SCO summits from Shanghai 2001 to Dushanbe 2014", "Global Times (Xinhua)",
            partialDate(2014, 9, 12), "https://www.globaltimes.cn/content/881158.shtml");
    private static final Source TASS_2024_SCO_PLUS = source("tass-2024-sco-plus", NEWS_REPORT,
            "First meeting in SCO Plus format to be held on July 4 in Astana", "TASS", partialDate(2024, 7, 2),
            "https://tass.com/politics/1811375");
    private static final Source GLOBAL_TIMES_2025_TIANJIN = source("global-times-2025-tianjin", NEWS_REPORT,
            "Xi calls for forging ahead with solid steps as SCO convenes largest-ever summit",
            "Global Times (PR Newswire)", partialDate(2025, 9, 1),
            "https://www.prnewswire.com/news-releases/global-times-xi-calls-for-forging-ahead-with-solid-steps-as-sco-convenes-largest-ever-summit-302543353.html");
    private static final Source MFA_CHINA_2004_CHG = source("mfa-china-2004-chg", OFFICIAL,
            "Joint communique of the third meeting of the Prime Ministers of the SCO member states, Bishkek",
            "Ministry of Foreign Affairs of China", partialDate(2024, 5, 31),
            "https://www.mfa.gov.cn/eng/zy/gb/202405/t20240531_11367142.html");
    private static final Source CHINA_DAILY_2007_TIMELINE = source("china-daily-2007-timeline", NEWS_REPORT,
            "Six years of determination and action: SCO timeline", "China Daily",
            partialDate(2007, 8, 16), "https://global.chinadaily.com.cn/china/2007-08/16/content_6029081.htm");
    private static final Source CHINAGATE_2015_CHG = source("chinagate-2015-chg", NEWS_REPORT,
            "Backgrounder: prime ministers' meetings of the SCO", "China.org.cn (Xinhua)",
            partialDate(2015, 12, 14), "http://en.chinagate.cn/2015-12/14/content_37309761.htm");
    private static final Source WORLDJPN_CHG_2004 = source("worldjpn-chg-2004", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Bishkek", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2004, 9, 23), "https://worldjpn.net/documents/texts/SCO/20040923.D1E.html");
    private static final Source XINHUA_2005_CHG = source("xinhua-2005-chg", NEWS_REPORT,
            "Fourth SCO heads-of-government meeting opens in Moscow", "Xinhua",
            partialDate(2005, 10, 27), "http://keyanhelp.cn/archive/2005-10/27/content_1146665.htm");
    private static final Source WORLDJPN_CHG_2006 = source("worldjpn-chg-2006", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Dushanbe", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2006, 9, 15), "https://worldjpn.net/documents/texts/SCO/20060915.D1E.html");
    private static final Source WORLDJPN_CHG_2007 = source("worldjpn-chg-2007", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Tashkent", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2007, 11, 2), "https://worldjpn.net/documents/texts/SCO/20071102.D1E.html");
    private static final Source WORLDJPN_CHG_2008 = source("worldjpn-chg-2008", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Astana", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2008, 10, 30), "https://worldjpn.net/documents/texts/SCO/20081030.D1E.html");
    private static final Source EMBASSY_2009_CHG = source("embassy-2009-chg", OFFICIAL,
            "The eighth SCO prime ministers' meeting held in Beijing", "Embassy of China in the Netherlands",
            partialDate(2009, 10, 16), "http://nl.china-embassy.gov.cn/eng/zgyw/200910/t20091016_2640849.htm");
    private static final Source CHINA_ORG_2010_CHG = source("china-org-2010-chg", NEWS_REPORT,
            "SCO prime ministers meet in Dushanbe", "china.org.cn (Xinhua)",
            partialDate(2010, 11, 25), "http://english.china.org.cn/world/2010-11/25/content_21420591.htm");
    private static final Source WORLDJPN_CHG_2011 = source("worldjpn-chg-2011", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Saint Petersburg", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2011, 11, 7), "https://worldjpn.net/documents/texts/SCO/20111107.D2E.html");
    private static final Source WORLDJPN_CHG_2012 = source("worldjpn-chg-2012", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Bishkek", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2012, 12, 5), "https://worldjpn.net/documents/texts/SCO/20121205.D1E.html");
    private static final Source WORLDJPN_CHG_2013 = source("worldjpn-chg-2013", OFFICIAL,
            "Joint communique of the 12th Council of Heads of Government, Tashkent", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2013, 11, 29), "https://worldjpn.net/documents/texts/SCO/20131129.D1E.html");
    private static final Source WORLDJPN_CHG_2014 = source("worldjpn-chg-2014", OFFICIAL,
            "Joint communique of the 13th Council of Heads of Government, Astana", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2014, 12, 15), "https://worldjpn.net/documents/texts/SCO/20141215.D1E.html");
    private static final Source ESCAP_2015_CHG = source("escap-2015-chg", OFFICIAL,
            "Joint communique of the 14th Council of Heads of Government, Zhengzhou", "Asia Pacific Energy Portal (UN ESCAP)",
            partialDate(2015, 12, 15), "https://policy.asiapacificenergy.org/node/2572");
    private static final Source DOCSLIB_2016_CHG = source("docslib-2016-chg", OFFICIAL,
            "Joint communique of the 15th Council of Heads of Government", "docslib.org (communique text)",
            partialDate(2016, 11, 3), "https://docslib.org/doc/10785277/prime-ministers-council");
    private static final Source CASE_2017_CHG = source("case-2017-chg", NEWS_REPORT,
            "Joint communique following the 16th meeting of the SCO Heads of Government Council", "CASE Tajikistan (Xinhua)",
            month(2017, 12), "https://case.com.tj/en/news/joint_communiqu-_following_the_16th_meeting_of_the_sco_heads_of_government_council/");
    private static final Source NEWS_TJ_2018_CHG = source("news-tj-2018-chg", NEWS_REPORT,
            "Joint communique on the outcomes of the 17th SCO prime ministers' meeting issued in Dushanbe", "Asia-Plus (news.tj)",
            partialDate(2018, 10, 12), "https://news.tj/en/news/tajikistan/politics/20181012/joint-communiqu-on-outcomes-of-the-17th-sco-prime-ministers-meeting-issued-in-dushanbe");
    private static final Source UZDAILY_2019_CHG = source("uzdaily-2019-chg", NEWS_REPORT,
            "18th meeting of the SCO Council of Heads of Government held in Tashkent", "UzDaily",
            month(2019, 11), "https://uzdaily.uz/ru/post/47254");
    private static final Source SECTSCO_2020_CHG = source("sectsco-2020-chg", OFFICIAL,
            "19th meeting of the Council of Heads of Government by videoconference", "SCO Secretariat",
            partialDate(2020, 11, 30), "https://eng.sectsco.org/20201130/697604.html");
    private static final Source SECTSCO_2021_CHG = source("sectsco-2021-chg", OFFICIAL,
            "Council of Heads of Government meeting by videoconference", "SCO Secretariat",
            partialDate(2021, 11, 25), "https://eng.sectsco.org/20211125/802560.html");
    private static final Source MEA_2022_CHG = source("mea-2022-chg", OFFICIAL,
            "Joint communique following the 21st meeting of the Council of Heads of Government", "Ministry of External Affairs of India",
            partialDate(2022, 11, 1), "https://meacms.mea.gov.in/bilateral-documents.htm?dtl/35848/Joint_Communiqu_following_the_21st_Meeting_of_the_Council_of_Heads_of_Governments_Prime_Ministers_of_SCO_Member_States");
    private static final Source TASS_2024_CHG = source("tass-2024-chg", NEWS_REPORT,
            "Documents signed at the 23rd Council of Heads of Government, Islamabad", "TASS",
            partialDate(2024, 10, 16), "https://tass.com/world/1856827");
    private static final Source GOVERNMENT_RU_2025_CHG = source("government-ru-2025-chg", OFFICIAL,
            "Meeting of the SCO Heads of Government Council in expanded format", "Government of Russia",
            partialDate(2025, 11, 18), "http://government.ru/en/news/56961");
    private static final Source PEOPLE_2025_SCO_PLUS = source("people-2025-sco-plus", NEWS_REPORT,
            "Xi urges SCO to lead on the Global Governance Initiative at the SCO Plus meeting", "People's Daily Online (Xinhua)",
            partialDate(2025, 9, 1), "http://en.people.cn/n3/2025/0901/c90000-20360514.html");
    private static final Source TIMES_CA_2018_CFM = source("times-ca-2018-cfm", NEWS_REPORT,
            "SCO foreign ministers meet in Beijing", "The Times of Central Asia",
            month(2018, 4), "https://timesca.com/shanghai-cooperation-organization-s-foreign-ministers-meet-in-beijing/");
    private static final Source SECTSCO_2019_CFM = source("sectsco-2019-cfm", OFFICIAL,
            "Council of Foreign Ministers held in Bishkek", "SCO Secretariat",
            partialDate(2019, 5, 22), "http://eng.sectsco.org/20190522/543257.html");
    private static final Source MID_2020_CFM = source("mid-2020-cfm", OFFICIAL,
            "Foreign Minister Lavrov's remarks at the SCO Council of Foreign Ministers, Moscow", "Ministry of Foreign Affairs of Russia",
            partialDate(2020, 9, 10), "https://www.mid.ru/en/maps/tj/-/asset_publisher/VfByAd5UOwu3/content/id/4330371");
    private static final Source KAZINFORM_2021_CFM = source("kazinform-2021-cfm", NEWS_REPORT,
            "Kazakh foreign minister attends sitting of the SCO Council of Foreign Ministers", "Kazinform",
            partialDate(2021, 7, 14), "https://www.inform.kz/en/kazakh-fm-attends-sitting-of-sco-council-of-fms_a3812226");
    private static final Source DIPLOMATIC_INSIGHT_2022_CFM = source("diplomatic-insight-2022-cfm", NEWS_REPORT,
            "Press briefing by the Foreign Ministry of Uzbekistan on the SCO Council of Foreign Ministers", "The Diplomatic Insight",
            partialDate(2022, 7, 28), "https://thediplomaticinsight.com/press-briefing-held-by-foreign-ministry-of-uzbekistan/");
    private static final Source NEWS18_2023_CFM = source("news18-2023-cfm", NEWS_REPORT,
            "SCO foreign ministers' meeting in Goa", "News18",
            partialDate(2023, 5, 5), "https://www.news18.com/world/sco-foreign-ministers-meeting-in-goa-expansion-of-group-july-summit-agenda-to-be-discussed-7726033.html");
    private static final Source KAZINFORM_2024_CFM = source("kazinform-2024-cfm", NEWS_REPORT,
            "SCO foreign ministers meet in Astana", "Kazinform",
            partialDate(2024, 5, 21), "https://en.inform.kz/news/sco-foreign-ministers-observe-moment-of-silence-over-death-of-iranian-president-ef2d53/");
    private static final Source PAKISTAN_TODAY_2025_CFM = source("pakistan-today-2025-cfm", NEWS_REPORT,
            "SCO foreign ministers' council makes sound preparations for the Tianjin summit", "Pakistan Today (Xinhua)",
            partialDate(2025, 7, 17), "https://www.pakistantoday.com.pk/2025/07/17/sco-fms-council-makes-sound-preparations-for-tianjin-summit-wang-yi/");

    static List<Meeting> all() {
        return List.of(
                summit(1, localDate(2001, 6, 15), localDate(2001, 6, 15), "Shanghai", CN, IN_PERSON, KREMLIN_2001_FOUNDING,
                        EASTDAY_2006_SUMMITS),
                summit(2, localDate(2002, 6, 7), localDate(2002, 6, 7), "Saint Petersburg", RU, IN_PERSON, EASTDAY_2006_SUMMITS,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(3, localDate(2003, 5, 29), localDate(2003, 5, 29), "Moscow", RU, IN_PERSON, EASTDAY_2006_SUMMITS,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(4, localDate(2004, 6, 17), localDate(2004, 6, 17), "Tashkent", UZ, IN_PERSON, EASTDAY_2006_SUMMITS,
                        WORLDJPN_CHS_2004),
                summit(5, localDate(2005, 7, 5), localDate(2005, 7, 5), "Astana", KZ, IN_PERSON, EASTDAY_2006_SUMMITS,
                        WORLDJPN_CHS_2005),
                summit(6, localDate(2006, 6, 15), localDate(2006, 6, 15), "Shanghai", CN, IN_PERSON, EASTDAY_2006_SUMMITS,
                        CHINA_ORG_2006_PRESIDENCY),
                summit(7, localDate(2007, 8, 16), localDate(2007, 8, 16), "Bishkek", KG, IN_PERSON, MFA_CHINA_2007_BISHKEK,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(8, localDate(2008, 8, 28), localDate(2008, 8, 28), "Dushanbe", TJ, IN_PERSON, WORLDJPN_CHS_2008,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(9, localDate(2009, 6, 15), localDate(2009, 6, 16), "Yekaterinburg", RU, IN_PERSON,
                        INFOSHOS_2009_YEKATERINBURG, GLOBAL_TIMES_2014_SUMMITS),
                summit(10, localDate(2010, 6, 10), localDate(2010, 6, 11), "Tashkent", UZ, IN_PERSON, XINHUA_2010_TASHKENT,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(11, localDate(2011, 6, 14), localDate(2011, 6, 15), "Astana", KZ, IN_PERSON, WORLDJPN_CHS_2011,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(12, localDate(2012, 6, 6), localDate(2012, 6, 7), "Beijing", CN, IN_PERSON, PAJHWOK_2012_AFGHANISTAN,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(13, localDate(2013, 9, 13), localDate(2013, 9, 13), "Bishkek", KG, IN_PERSON, SCO_SUMMIT_2013,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(14, localDate(2014, 9, 11), localDate(2014, 9, 12), "Dushanbe", TJ, IN_PERSON, WORLDJPN_CHS_2014,
                        DIPLOMAT_2014_DUSHANBE,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(15, localDate(2015, 7, 10), localDate(2015, 7, 10), "Ufa", RU, IN_PERSON, TASS_2015_UFA),
                summit(16, localDate(2016, 6, 23), localDate(2016, 6, 24), "Tashkent", UZ, IN_PERSON, TIMES_KUWAIT_2016_TASHKENT,
                        KAZINFORM_2016_TASHKENT_DOCUMENTS),
                summit(17, localDate(2017, 6, 8), localDate(2017, 6, 9), "Astana", KZ, IN_PERSON, TASS_2017_ASTANA,
                        ECNS_2017_ASTANA),
                summit(18, localDate(2018, 6, 9), localDate(2018, 6, 10), "Qingdao", CN, IN_PERSON, KP_KG_2018_QINGDAO),
                summit(19, localDate(2019, 6, 13), localDate(2019, 6, 14), "Bishkek", KG, IN_PERSON, RFERL_2019_BISHKEK),
                // Planned for Chelyabinsk; held by video link under the Russian chair.
                summit(20, localDate(2020, 11, 10), localDate(2020, 11, 10), "Moscow", RU, VIRTUAL, TASS_2020_VIDEO_SUMMIT,
                        URDUPOINT_2020_MOSCOW),
                // The Chinese, Russian and Indian leaders took part by video link.
                summit(21, localDate(2021, 9, 16), localDate(2021, 9, 17), "Dushanbe", TJ, HYBRID, KHOVAR_2021_DUSHANBE,
                        URDUPOINT_2021_DUSHANBE, SEED_001),
                summit(22, localDate(2022, 9, 15), localDate(2022, 9, 16), "Samarkand", UZ, IN_PERSON, PEOPLE_2022_SAMARKAND,
                        SEED_003),
                summit(23, localDate(2023, 7, 4), localDate(2023, 7, 4), "New Delhi", IN, VIRTUAL, LOKMAT_2023_IRAN),
                summit(24, localDate(2024, 7, 4), localDate(2024, 7, 4), "Astana", KZ, IN_PERSON, KREMLIN_2024_ASTANA,
                        SEED_004, SEED_000),
                summit(25, localDate(2025, 8, 31), localDate(2025, 9, 1), "Tianjin", CN, IN_PERSON, TASS_2025_TIANJIN,
                        GLOBAL_TIMES_2025_TIANJIN),
                // The Council met on the morning of 1 September, the SCO Plus meeting that afternoon; whether the
                // summit had a first day before is not stated.
                summit(26, localDate(2026, 9, 1), localDate(2026, 9, 1), "Bishkek", KG, IN_PERSON,
                        PEOPLE_DAILY_2026_BISHKEK),

                // The first meeting held under the SCO Plus name.
                meeting("sco-plus-2024", Council.SCO_PLUS, localDate(2024, 7, 4), "Astana", KZ, TASS_2024_SCO_PLUS,
                        KAZINFORM_2024_SCO_PLUS, SEED_004),

                meeting("sco-plus-2025", Council.SCO_PLUS, localDate(2025, 9, 1), "Tianjin", CN, PEOPLE_2025_SCO_PLUS),

                meeting("sco-plus-2026", Council.SCO_PLUS, localDate(2026, 9, 1), "Bishkek", KG,
                        PEOPLE_DAILY_2026_BISHKEK),

                // Councils of Heads of Government, numbered as the SCO numbers them (the 6th and 7th by
                // sequence); virtual meetings are placed in the capital of the chair that convened them.
                government(1, localDate(2001, 9, 13), localDate(2001, 9, 14), "Almaty", KZ, IN_PERSON, CHINA_DAILY_2007_TIMELINE,
                        CHINAGATE_2015_CHG),
                // seed-003 calls this the first meeting; it was the second.
                government(2, localDate(2003, 9, 23), localDate(2003, 9, 23), "Beijing", CN, IN_PERSON, WORLDJPN_CHG_2003,
                        CHINAGATE_2015_CHG, SEED_003),
                // The communique says 23 September; a Xinhua backgrounder says 22 September.
                government(3, localDate(2004, 9, 23), localDate(2004, 9, 23), "Bishkek", KG, IN_PERSON, WORLDJPN_CHG_2004,
                        MFA_CHINA_2004_CHG),
                government(4, localDate(2005, 10, 26), localDate(2005, 10, 26), "Moscow", RU, IN_PERSON, XINHUA_2005_CHG,
                        CHINAGATE_2015_CHG),
                government(5, localDate(2006, 9, 15), localDate(2006, 9, 15), "Dushanbe", TJ, IN_PERSON, WORLDJPN_CHG_2006,
                        CHINAGATE_2015_CHG),
                government(6, localDate(2007, 11, 2), localDate(2007, 11, 2), "Tashkent", UZ, IN_PERSON, WORLDJPN_CHG_2007),
                government(7, localDate(2008, 10, 30), localDate(2008, 10, 30), "Astana", KZ, IN_PERSON, WORLDJPN_CHG_2008),
                government(8, localDate(2009, 10, 14), localDate(2009, 10, 14), "Beijing", CN, IN_PERSON, EMBASSY_2009_CHG),
                government(9, localDate(2010, 11, 25), localDate(2010, 11, 25), "Dushanbe", TJ, IN_PERSON, CHINA_ORG_2010_CHG),
                government(10, localDate(2011, 11, 7), localDate(2011, 11, 7), "Saint Petersburg", RU, IN_PERSON,
                        WORLDJPN_CHG_2011),
                government(11, localDate(2012, 12, 4), localDate(2012, 12, 5), "Bishkek", KG, IN_PERSON, WORLDJPN_CHG_2012),
                government(12, localDate(2013, 11, 28), localDate(2013, 11, 29), "Tashkent", UZ, IN_PERSON, WORLDJPN_CHG_2013),
                government(13, localDate(2014, 12, 14), localDate(2014, 12, 15), "Astana", KZ, IN_PERSON, WORLDJPN_CHG_2014),
                government(14, localDate(2015, 12, 14), localDate(2015, 12, 15), "Zhengzhou", CN, IN_PERSON, ESCAP_2015_CHG,
                        CHINAGATE_2015_CHG),
                government(15, localDate(2016, 11, 2), localDate(2016, 11, 3), "Bishkek", KG, IN_PERSON, DOCSLIB_2016_CHG),
                government(16, localDate(2017, 11, 30), localDate(2017, 12, 1), "Sochi", RU, IN_PERSON, CASE_2017_CHG),
                government(17, localDate(2018, 10, 11), localDate(2018, 10, 12), "Dushanbe", TJ, IN_PERSON, NEWS_TJ_2018_CHG),
                government(18, localDate(2019, 11, 1), localDate(2019, 11, 2), "Tashkent", UZ, IN_PERSON, UZDAILY_2019_CHG,
                        TASS_2019_CHG_PROGRAMME),
                government(19, localDate(2020, 11, 30), localDate(2020, 11, 30), "New Delhi", IN, VIRTUAL, SECTSCO_2020_CHG),
                government(20, localDate(2021, 11, 25), localDate(2021, 11, 25), "Nur-Sultan", KZ, VIRTUAL, SECTSCO_2021_CHG),
                government(21, localDate(2022, 11, 1), localDate(2022, 11, 1), "Beijing", CN, VIRTUAL, MEA_2022_CHG),
                government(22, localDate(2023, 10, 26), localDate(2023, 10, 26), "Bishkek", KG, IN_PERSON, WORLDJPN_CHG_2023,
                        SEED_000),
                government(23, localDate(2024, 10, 15), localDate(2024, 10, 16), "Islamabad", PK, IN_PERSON, TASS_2024_CHG,
                        PAKISTAN_TODAY_2024_AFGHANISTAN),
                government(24, localDate(2025, 11, 17), localDate(2025, 11, 18), "Moscow", RU, IN_PERSON,
                        GOVERNMENT_RU_2025_CHG),

                // Councils of Foreign Ministers; the SCO does not number them.
                meeting("cfm-2018", Council.FOREIGN_MINISTERS, localDate(2018, 4, 24), "Beijing", CN, TIMES_CA_2018_CFM),
                meeting("cfm-2019", Council.FOREIGN_MINISTERS, localDate(2019, 5, 22), "Bishkek", KG, SECTSCO_2019_CFM),
                meeting("cfm-2020", Council.FOREIGN_MINISTERS, localDate(2020, 9, 10), "Moscow", RU, MID_2020_CFM),
                meeting("cfm-2021", Council.FOREIGN_MINISTERS, localDate(2021, 7, 13), localDate(2021, 7, 14), "Dushanbe", TJ,
                        KAZINFORM_2021_CFM),
                meeting("cfm-2022", Council.FOREIGN_MINISTERS, localDate(2022, 7, 28), localDate(2022, 7, 29), "Tashkent", UZ,
                        DIPLOMATIC_INSIGHT_2022_CFM),
                meeting("cfm-2023", Council.FOREIGN_MINISTERS, localDate(2023, 5, 4), localDate(2023, 5, 5), "Goa", IN,
                        NEWS18_2023_CFM, FINANCIAL_EXPRESS_2023_GOA),
                meeting("cfm-2024", Council.FOREIGN_MINISTERS, localDate(2024, 5, 21), "Astana", KZ, KAZINFORM_2024_CFM),
                meeting("cfm-2025", Council.FOREIGN_MINISTERS, localDate(2025, 7, 15), "Tianjin", CN,
                        PAKISTAN_TODAY_2025_CFM));
    }

    private static Meeting summit(int ordinal, LocalDate firstDay, LocalDate lastDay, String city, Country host,
                                  MeetingFormat format, Source... sources) {
        return new Meeting(FactId.of("chs-" + ordinal), Council.HEADS_OF_STATE, Optional.of(ordinal), firstDay,
                lastDay, Place.of(city, host), format, List.of(sources));
    }

    private static Meeting government(int ordinal, LocalDate firstDay, LocalDate lastDay, String city, Country host,
                                      MeetingFormat format, Source... sources) {
        return new Meeting(FactId.of("chg-" + ordinal), Council.HEADS_OF_GOVERNMENT, Optional.of(ordinal), firstDay,
                lastDay, Place.of(city, host), format, List.of(sources));
    }

    private static Meeting meeting(String id, Council council, LocalDate day, String city, Country host,
                                   Source... sources) {
        return meeting(id, council, day, day, city, host, sources);
    }

    private static Meeting meeting(String id, Council council, LocalDate firstDay, LocalDate lastDay, String city,
                                   Country host, Source... sources) {
        return new Meeting(FactId.of(id), council, Optional.empty(), firstDay, lastDay, Place.of(city, host),
                IN_PERSON, List.of(sources));
    }
}
