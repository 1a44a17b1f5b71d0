package org.scofacts.data;

import static org.scofacts.data.Countries.AE;
import static org.scofacts.data.Countries.AF;
import static org.scofacts.data.Countries.AM;
import static org.scofacts.data.Countries.AZ;
import static org.scofacts.data.Countries.BY;
import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.EG;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.IR;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.MN;
import static org.scofacts.data.Countries.MY;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.QA;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.TM;
import static org.scofacts.data.Countries.TR;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Countries.VN;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Sources.PEOPLE_DAILY_2026_BISHKEK;
import static org.scofacts.data.Sources.KAZINFORM_2024_SCO_PLUS;
import static org.scofacts.data.Sources.KHOVAR_2021_DUSHANBE;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.KREMLIN_2008_DUSHANBE_COMMUNIQUE;
import static org.scofacts.data.Sources.KREMLIN_2008_DUSHANBE_DECLARATION;
import static org.scofacts.data.Sources.LINK_2011_ASTANA;
import static org.scofacts.data.Sources.LOKMAT_2023_IRAN;
import static org.scofacts.data.Sources.MFA_CHINA_2007_BISHKEK;
import static org.scofacts.data.Sources.PRC_EMBASSY_GREECE_2003_MOSCOW;
import static org.scofacts.data.Sources.UZBEKISTAN_EMBASSY_2010_CHAIR;
import static org.scofacts.data.Sources.UZDAILY_2007_BISHKEK_COMMUNIQUE;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2008;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2011;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2014;
import static org.scofacts.data.Sources.WORLDJPN_COMMUNIQUE_2009;
import static org.scofacts.model.AttendanceCapacity.DIALOGUE_PARTNER;
import static org.scofacts.model.AttendanceCapacity.GUEST;
import static org.scofacts.model.AttendanceCapacity.MEMBER;
import static org.scofacts.model.AttendanceCapacity.OBSERVER;
import static org.scofacts.model.AttendanceMode.IN_PERSON;
import static org.scofacts.model.AttendanceMode.VIDEO;
import static org.scofacts.model.DelegationLevel.HEAD_OF_GOVERNMENT;
import static org.scofacts.model.DelegationLevel.HEAD_OF_STATE;
import static org.scofacts.model.DelegationLevel.OTHER;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;
import static org.scofacts.model.SourceKind.REFERENCE_WORK;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scofacts.model.Attendance;
import org.scofacts.model.AttendanceCapacity;
import org.scofacts.model.AttendanceMode;
import org.scofacts.model.Country;
import org.scofacts.model.DelegationLevel;
import org.scofacts.model.FactId;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Source;

/**
 * Who led each delegation at the Councils of Heads of State (1st to 26th) and at the three SCO Plus meetings
 * (2024 to 2026): one row per delegation, with the name as the first cited source spells it (an obvious
 * misprint corrected, the printed form noted beside the row). A delegation whose leader no stored source names has no row (the 3rd summit's Kyrgyz, Tajik and Uzbek heads, the 5th's Tajik head, the
 * 10th's observers, among others): a missing row means "not recorded", not "absent". Before 2020 the
 * sources do not name the mode; they report the leaders at the venue. The comment above a row carries the
 * research note: conflicts between sources, other spellings, why a source was chosen.
 */
final class Attendances {

    private Attendances() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source EASTDAY_2006_SHANGHAI_COMMUNIQUE = source("eastday-2006-shanghai-communique", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of State of the Shanghai Cooperation Organization (Shanghai, 15 June 2006)", "Eastday (text of the SCO joint communique)",
            partialDate(2006, 6, 15), "http://english.eastday.com/eastday/englishedition/node20665/node20667/node22808/node138957/node138959/userobject1ai2110163.html");
    private static final Source UZDAILY_2007_BISHKEK_PRESIDENTS = source("uzdaily-2007-bishkek-presidents", NEWS_REPORT,
            "Central Asian presidents hail SCO Bishkek summit", "UzDaily (Kyrgyz TV broadcast transcript)",
            partialDate(2007, 8, 17), "https://uzdaily.com/en/central-asian-presidents-hail-sco-bishkek-summit");
    private static final Source WORLDJPN_CHS_2012 = source("worldjpn-chs-2012", OFFICIAL,
            "Press Release, Meeting of the Council of Heads of Member States of the SCO (Beijing)", "The World and Japan Database (GRIPS, University of Tokyo); source SCO Secretariat",
            partialDate(2012, 6, 7), "https://worldjpn.net/documents/texts/SCO/20120607.D1E.html");
    private static final Source ASTANA_TIMES_2022_SAMARKAND_TOKAYEV = source("astana-times-2022-samarkand-tokayev", NEWS_REPORT,
            "SCO to contribute significantly to solving critical problems of today, says Tokayev", "The Astana Times",
            month(2022, 9), "https://astanatimes.com/2022/09/sco-to-contribute-significantly-to-solving-critical-problems-of-today-says-tokayev");
    private static final Source SPUTNIK_2022_SAMARKAND_PHOTOS = source("sputnik-2022-samarkand-photos", NEWS_REPORT,
            "Samarkand 2022: Highlights of SCO Summit's Final Day in Photos", "Sputnik International",
            partialDate(2022, 9, 16), "https://sputniknews.com/20220916/samarkand-2022-highlights-of-sco-summits-final-day-in-photos--1100855530.html");
    private static final Source SECTSCO_2017_ASTANA_PRESS_RELEASE = source("sectsco-2017-astana-press-release", OFFICIAL,
            "Press release on the results of the Shanghai Cooperation Organisation Heads of State Council Meeting", "SCO Secretariat",
            partialDate(2017, 6, 9), "http://eng.sectsco.org/news/20170609/289274.html");
    private static final Source KHOVAR_2016_TASHKENT = source("khovar-2016-tashkent", NEWS_REPORT,
            "SCO Summit begins in Tashkent", "Khovar (National Information Agency of Tajikistan)",
            partialDate(2016, 6, 24), "https://eng.khovar.tj/2016/06/sco-summit-begins-in-tashkent");
    private static final Source MOFA_PAKISTAN_2018_QINGDAO = source("mofa-pakistan-2018-qingdao", OFFICIAL,
            "18th Meeting of the Council of Heads of States (CHS) of SCO Member States, Qingdao China (09-10 June, 2018)", "Ministry of Foreign Affairs of Pakistan",
            partialDate(2018, 6, 10), "https://mofa.gov.pk/18th-meeting-of-the-council-of-heads-of-states-chs-of-sco-member-states-qingdao-china-09-10-june-2018/");
    private static final Source WIKIPEDIA_2018_QINGDAO_SUMMIT = noted("wikipedia-2018-qingdao-summit", REFERENCE_WORK,
            "2018 Qingdao SCO summit", "Wikipedia",
            null, "https://en.wikipedia.org/wiki/2018_Qingdao_SCO_summit",
            "Undated; a stored copy of the page.");
    private static final Source KABAR_2018_QINGDAO_JEENBEKOV = noted("kabar-2018-qingdao-jeenbekov", NEWS_REPORT,
            "Президент Жээнбеков удовлетворен итогами визита в Китай", "Kabar (Kyrgyz national news agency)",
            partialDate(2018, 6, 11), "https://kabar.kg/news/prezident-zheenbekov-ostalsia-udovletvoren-itogami-vizita-v-kitai",
            "In Russian; the title is the page's own.");
    private static final Source URDUPOINT_2019_BISHKEK = source("urdupoint-2019-bishkek", NEWS_REPORT,
            "SCO Summit Kicks Off In Bishkek; PM Imran Joins Regional Leaders", "UrduPoint (Pakistan Point News)",
            partialDate(2019, 6, 14), "https://www.urdupoint.com/en/pakistan/sco-summit-kicks-off-in-bishkek-pm-imran-joi-644688.html");
    private static final Source INTERNATIONAL_AFFAIRS_REVIEW_2019_BISHKEK = source("international-affairs-review-2019-bishkek", OFFICIAL,
            "Bishkek SCO summit affirms cooperation in fighting terrorism, trade protectionism, calls for greater regional cooperation", "International Affairs Review (reproducing the SCO summit press release)",
            partialDate(2019, 6, 16), "https://internationalaffairsreview.com/2019/06/16/bishkek-sco-summit-affirms-cooperation-in-fighting-terrorism-trade-protectionism-calls-for-greater-regional-cooperation");
    private static final Source RFERL_GANDHARA_2019_BISHKEK = source("rferl-gandhara-2019-bishkek", NEWS_REPORT,
            "Shanghai Cooperation Organization Starts Summit In Bishkek", "RFE/RL Gandhara",
            partialDate(2019, 6, 14), "https://gandhara.rferl.org/amp/shanghai-cooperation-organization-starts-summit-in-bishkek/29999069.html");
    private static final Source CIVILSHOS_2020_VIDEO_SUMMIT = source("civilshos-2020-video-summit", NEWS_REPORT,
            "A meeting of the Council of Shanghai cooperation organization's heads of state", "SCO Civil Forum site (civilshos.ru)",
            partialDate(2020, 11, 12), "http://en.civilshos.ru/news/news_post/a-meeting-of-the-council-of-shanghai-cooperation-organizations-heads-of-state");
    private static final Source INFOSHOS_2020_VIDEO_SUMMIT = source("infoshos-2020-video-summit", OFFICIAL,
            "INFORMATION REPORT on the Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation Member States SCO SUMMIT 2020", "InfoSCO (infoshos.ru)",
            partialDate(2020, 11, 10), "http://www.infoshos.ru/en/print.php?idn=25836");
    private static final Source PRESIDENT_UZ_2023_VIDEO_SUMMIT = noted("president-uz-2023-video-summit", OFFICIAL,
            "SCO summit, 4 July 2023, videoconference format", "Press service of the President of Uzbekistan",
            partialDate(2023, 7, 4), "https://president.uz/en/lists/view/6458",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source KG24_2023_JAPAROV_SCO = source("kg24-2023-japarov-sco", NEWS_REPORT,
            "Sadyr Japarov about SCO as inspiring example of international relations model", "24.kg",
            partialDate(2023, 7, 4), "https://24.kg/english/269569_Sadyr_Japarov_about_SCO_as_inspiring_example_of_international_relations_model/amp");
    private static final Source NCA_2024_ASTANA_BERDIMUHAMEDOV = source("nca-2024-astana-berdimuhamedov", NEWS_REPORT,
            "The National Leader of the Turkmen people attended the SCO summit in Astana", "News Central Asia (nCa)",
            partialDate(2024, 7, 5), "https://www.newscentralasia.net/2024/07/05/the-national-leader-of-the-turkmen-people-attended-the-sco-summit-in-astana/");
    private static final Source KG24_2025_JAPAROV_CHAIRMANSHIP = source("kg24-2025-japarov-chairmanship", NEWS_REPORT,
            "Sadyr Japarov outlines priorities of Kyrgyzstan's SCO chairmanship", "24.kg",
            month(2025, 9), "https://24.kg/english/341763_Sadyr_Japarov_outlines_priorities_of_Kyrgyzstans_SCO_chairmanship/");
    private static final Source AZERTAC_2024_SCO_PLUS_ALIYEV = source("azertac-2024-sco-plus-aliyev", NEWS_REPORT,
            "SCO plus meeting was held in Astana. President of Azerbaijan Ilham Aliyev addressed the meeting", "AZERTAC",
            partialDate(2024, 7, 4), "https://azertag.az/en/xeber/_quotsco_plus_quot_meeting_was_held_in_astana__president_of_azerbaijan_ilham_aliyev_addressed_the_meeting_video-3081858");
    private static final Source UN_2025_GUTERRES_CHINA_TRAVELS = source("un-2025-guterres-china-travels", OFFICIAL,
            "Secretary-General's travels to China (SG/T/3437)", "United Nations (press.un.org)",
            partialDate(2025, 10, 6), "https://press.un.org/en/2025/sgt3437.doc.htm");
    private static final Source MALAY_MAIL_2025_TIANJIN_ANWAR = source("malay-mail-2025-tianjin-anwar", NEWS_REPORT,
            "In Tianjin, Anwar supports China's Global Governance Initiative, says UN powerless in Gaza crisis", "Malay Mail (Bernama)",
            partialDate(2025, 9, 2), "https://www.malaymail.com/news/malaysia/2025/09/02/in-tianjin-anwar-supports-chinas-global-governance-initiative-says-un-powerless-in-gaza-crisis/189692");
    private static final Source ARAVOT_2025_PASHINYAN_SCO_PLUS = source("aravot-2025-pashinyan-sco-plus", NEWS_REPORT,
            "The Prime Minister's speech at the SCO+ format meeting of the Shanghai Cooperation Organization Summit", "Aravot",
            partialDate(2025, 9, 1), "https://en.aravot.am/2025/09/01/362363");
    private static final Source AHRAM_2025_MADBOULY_SCO_PLUS = noted("ahram-2025-madbouly-sco-plus", NEWS_REPORT,
            "Madbouly speech at SCO Plus summit, Tianjin", "Ahram Online",
            partialDate(2025, 9, 1), "https://english.ahram.org.eg/News/552274.aspx",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source PEOPLE_2001_UZBEKISTAN_ADMITTED = source("people-2001-uzbekistan-admitted", NEWS_REPORT,
            "Uzbekistan Admitted to \"Shanghai Five\"", "People's Daily Online",
            partialDate(2001, 6, 14), "http://en.people.cn/english/200106/14/print20010614_72623.html");
    private static final Source CHINA_ORG_2001_SHANGHAI_AGREEMENTS = noted("china-org-2001-shanghai-agreements", NEWS_REPORT,
            "Joint Agreements to Combat Terrorism, Separatism Signed in Shanghai", "China.org.cn",
            month(2001, 6), "http://www.china.org.cn/english/2001/Jun/14694.htm",
            "Dated 14 or 15 June 2001.");
    private static final Source CHINA_ORG_2002_ST_PETERSBURG = source("china-org-2002-st-petersburg", NEWS_REPORT,
            "Second SCO summit concludes in St. Petersburg with fruitful results", "China.org.cn (Xinhua)",
            month(2002, 6), "http://english.china.org.cn/archive/2002-06/10/content_1034119.htm");
    private static final Source WASHINGTON_TIMES_2005_ASTANA = noted("washington-times-2005-astana", NEWS_REPORT,
            "SCO summit in Astana calls for US base deadline", "The Washington Times",
            partialDate(2005, 7, 5), "https://www.washingtontimes.com/news/2005/jul/5/20050705-100737-2270r/",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source ASIANEWS_2005_ASTANA = source("asianews-2005-astana", NEWS_REPORT,
            "China signs economic agreements and statements of intent with Russia and Central Asian countries", "AsiaNews",
            partialDate(2005, 7, 5), "https://asianews.it/news-en/China-signs-economic-agreements-and-statements-of-intent-with-Russia-and-Central-Asian-countries-3643.html");
    private static final Source CHINA_ORG_DE_2005_HU_MEETINGS = source("china-org-de-2005-hu-meetings", NEWS_REPORT,
            "Hu Jintao trifft Amtskollegen aus Usbekistan und Kirgisien", "China.org.cn (German)",
            partialDate(2005, 7, 7), "http://german.china.org.cn/archive2006/txt/2005-07/07/content_2182435.htm");
    private static final Source RFERL_2004_TASHKENT = source("rferl-2004-tashkent", NEWS_REPORT,
            "Central Asia: Meeting In Tashkent, Regional Leaders Discuss Ways To Control Extremism", "RFE/RL",
            partialDate(2004, 6, 17), "https://www.rferl.org/a/1053384.html");
    private static final Source VB_KG_2013_BISHKEK_ATAMBAEV = noted("vb-kg-2013-bishkek-atambaev", NEWS_REPORT,
            "Atambaev opened the 13th meeting of heads of SCO states", "Vecherniy Bishkek (vb.kg)",
            partialDate(2013, 9, 13), "https://vb.kg./doc/243297_atambaev_otkryl_13_e_zasedanie_glav_stran_shos.html",
            "In Russian.");
    private static final Source RFERL_2013_BISHKEK_LIVEBLOG = source("rferl-2013-bishkek-liveblog", NEWS_REPORT,
            "Liveblog: Eurasian Leaders Gather for SCO Summit in Bishkek", "RFE/RL",
            partialDate(2013, 9, 13), "https://www.rferl.org/a/shanghai-cooperation-organization-sco-putin-rohani-bishkek-liveblog/25104471.html");
    private static final Source CACI_2013_BISHKEK_SUMMIT = source("caci-2013-bishkek-summit", NEWS_REPORT,
            "Bishkek Hosts The 2013 SCO Summit", "CACI Analyst (Central Asia-Caucasus Institute)",
            partialDate(2013, 9, 18), "https://cacianalyst.org/publications/field-reports/item/12810-bishkek-hosts-the-2013-sco-summit.html");
    private static final Source RFERL_GANDHARA_2015_UFA = source("rferl-gandhara-2015-ufa", NEWS_REPORT,
            "After BRICS, Putin Hosts Shanghai Cooperation Organization Summit In Ufa", "RFE/RL Gandhara",
            partialDate(2015, 7, 10), "https://gandhara.rferl.org/a/sco-summit-ufa-russia/27122419.html");
    private static final Source PRESIDENT_UZ_2015_UFA = source("president-uz-2015-ufa", OFFICIAL,
            "President Islam Karimov Attends SCO Summit in Ufa", "Press service of the President of Uzbekistan",
            month(2015, 7), "http://old.president.uz/en/news/5146/");
    private static final Source KOMMERSANT_2015_UFA_KARIMOV = noted("kommersant-2015-ufa-karimov", NEWS_REPORT,
            "Karimov at the expanded SCO meeting: next summit in Uzbekistan in 2016", "Kommersant (Interfax)",
            partialDate(2015, 7, 10), "https://www.kommersant.ru/doc/2766460",
            "The title is a descriptive English label; the page's own headline was not recorded. In Russian.");
    private static final Source BAOQUOCTE_2025_TIANJIN_PHAM_MINH_CHINH = source("baoquocte-2025-tianjin-pham-minh-chinh", NEWS_REPORT,
            "Prime Minister attends SCO 2025 and works in China: Transforming shared perceptions into practical, long-term cooperative products", "The World & Vietnam Report (baoquocte.vn, MFA of Viet Nam)",
            month(2025, 9), "https://en.baoquocte.vn/prime-minister-attends-sco-2025-and-works-in-china-transforming-shared-perceptions-into-practical-long-term-cooperative-products-326470.html");
    private static final Source STRATEGIC_STUDY_INDIA_2025_MONGOLIA_TIANJIN = noted("strategic-study-india-2025-mongolia-tianjin", NEWS_REPORT,
            "reprint of Bolor Lkhaajav, The Diplomat, on Mongolia at the 2025 SCO summit", "Strategic Study India (reprint of The Diplomat)",
            month(2025, 9), "https://www.strategicstudyindia.com/2025/09/china-mongolia-russia-agreement-on.html?m=0",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source TRT_2025_SCO_PLUS_ERDOGAN = source("trt-2025-sco-plus-erdogan", NEWS_REPORT,
            "Erdogan presses for stronger SCO partnership, lauds tradition of collective action", "TRT World",
            partialDate(2025, 9, 1), "https://www.trtworld.com:443/article/2efb14cc3370");
    private static final Source NEWS_AZ_2025_SCO_PLUS_ALIYEV = source("news-az-2025-sco-plus-aliyev", NEWS_REPORT,
            "Azerbaijan's President delivers speech at SCO Plus meeting in Tianjin", "News.Az (citing AZERTAC)",
            partialDate(2025, 9, 1), "https://news.az/news/azerbaijan-s-president-delivers-speech-at-sco-plus-meeting-in-tianjin");
    private static final Source ASTANA_TIMES_2015_UFA = source("astana-times-2015-ufa", NEWS_REPORT,
            "Nazarbayev Attends SCO, BRICS Summits in Ufa", "The Astana Times",
            month(2015, 7), "https://astanatimes.com/2015/07/nazarbayev-attends-sco-brics-summits-in-ufa/");
    private static final Source BUSINESS_STANDARD_2015_UFA_MODI = source("business-standard-2015-ufa-modi", NEWS_REPORT,
            "Modi attends SCO summit", "Business Standard (IANS)",
            partialDate(2015, 7, 10), "https://business-standard.com/article/news-ians/modi-attends-sco-summit-115071000623_1.html");
    private static final Source MID_DAY_2015_UFA_MODI_SHARIF = source("mid-day-2015-ufa-modi-sharif", NEWS_REPORT,
            "Modi, Sharif meet in Ufa", "Mid-day (PTI)",
            partialDate(2015, 7, 10), "https://mid-day.com/amp/news/world-news/article/Modi--Sharif-meet-in-Ufa-16360174");
    private static final Source TRUD_2002_ST_PETERSBURG = noted("trud-2002-st-petersburg", NEWS_REPORT,
            "Eastern vector of our diplomacy", "Trud",
            partialDate(2002, 6, 8), "https://trud.ru/article/08-06-2002/41687_vostochnyj_vektor_nashej_diplomatii/print",
            "The title is a descriptive English label; the page's own headline was not recorded. In Russian.");
    private static final Source ZEE_2016_TASHKENT_MODI_SPEECH = source("zee-2016-tashkent-modi-speech", NEWS_REPORT,
            "Prime Minister Narendra Modi's speech at SCO meet - full text", "Zee News",
            partialDate(2016, 6, 24), "https://zeenews.india.com/news/india/prime-minister-narendra-modis-speech-at-sco-meet-full-text_1899728.html/amp");
    private static final Source XINHUA_RU_2013_BISHKEK = noted("xinhua-ru-2013-bishkek", NEWS_REPORT,
            "13th meeting of the SCO Council of Heads of State held in Bishkek", "russian.dbw.cn (Xinhua Russian-language report)",
            partialDate(2013, 9, 15), "http://russian.dbw.cn/system/2013/09/15/000715478.shtml",
            "The title is a descriptive English label; the page's own headline was not recorded. In Russian.");

    // The meetings: identifier and first day, as Meetings has them.
    private static final Meet CHS_1 = meet("chs-1", 2001, 6, 15);
    private static final Meet CHS_2 = meet("chs-2", 2002, 6, 7);
    private static final Meet CHS_3 = meet("chs-3", 2003, 5, 29);
    private static final Meet CHS_4 = meet("chs-4", 2004, 6, 17);
    private static final Meet CHS_5 = meet("chs-5", 2005, 7, 5);
    private static final Meet CHS_6 = meet("chs-6", 2006, 6, 15);
    private static final Meet CHS_7 = meet("chs-7", 2007, 8, 16);
    private static final Meet CHS_8 = meet("chs-8", 2008, 8, 28);
    private static final Meet CHS_9 = meet("chs-9", 2009, 6, 15);
    private static final Meet CHS_10 = meet("chs-10", 2010, 6, 10);
    private static final Meet CHS_11 = meet("chs-11", 2011, 6, 14);
    private static final Meet CHS_12 = meet("chs-12", 2012, 6, 6);
    private static final Meet CHS_13 = meet("chs-13", 2013, 9, 13);
    private static final Meet CHS_14 = meet("chs-14", 2014, 9, 11);
    private static final Meet CHS_15 = meet("chs-15", 2015, 7, 10);
    private static final Meet CHS_16 = meet("chs-16", 2016, 6, 23);
    private static final Meet CHS_17 = meet("chs-17", 2017, 6, 8);
    private static final Meet CHS_18 = meet("chs-18", 2018, 6, 9);
    private static final Meet CHS_19 = meet("chs-19", 2019, 6, 13);
    private static final Meet CHS_20 = meet("chs-20", 2020, 11, 10);
    private static final Meet CHS_21 = meet("chs-21", 2021, 9, 16);
    private static final Meet CHS_22 = meet("chs-22", 2022, 9, 15);
    private static final Meet CHS_23 = meet("chs-23", 2023, 7, 4);
    private static final Meet CHS_24 = meet("chs-24", 2024, 7, 4);
    private static final Meet SCO_PLUS_2024 = meet("sco-plus-2024", 2024, 7, 4);
    private static final Meet CHS_25 = meet("chs-25", 2025, 8, 31);
    private static final Meet SCO_PLUS_2025 = meet("sco-plus-2025", 2025, 9, 1);
    private static final Meet CHS_26 = meet("chs-26", 2026, 9, 1);
    private static final Meet SCO_PLUS_2026 = meet("sco-plus-2026", 2026, 9, 1);

    static List<Attendance> all() {
        return List.of(
                // presided; low-authority source; China.org.cn (14694) confirms he held meetings in Shanghai on 14 Jun with
                // Putin, Rakhmonov and Akayev
                state(CHS_1, MEMBER, CN, "Jiang Zemin", "president", HEAD_OF_STATE, IN_PERSON, PEOPLE_2001_UZBEKISTAN_ADMITTED),
                // met Jiang in Shanghai on 14 Jun, eve of the founding meeting; history.04007.cn names him among those
                // attending on 15 Jun
                state(CHS_1, MEMBER, KG, "Askar Akayev", "president", HEAD_OF_STATE, IN_PERSON, PEOPLE_2001_UZBEKISTAN_ADMITTED, CHINA_ORG_2001_SHANGHAI_AGREEMENTS),
                // low-authority source, the only stored page found that names him at the 2001 meeting; China.org.cn says the
                // presidents of all six states met in Shanghai on 14 Jun; also supported by combination: news.lt (2001-06-17)
                // says the heads of state of all six countries issued the communique at the end of the summit, and a People's
                // Daily preview (ccgp-fushun.com/english/2001/Jun/14353.htm) names the six presidents, including this one, as
                // due to attend
                state(CHS_1, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, PEOPLE_2001_UZBEKISTAN_ADMITTED),
                // kremlin.ru: addressed the summit before the signing and held a news conference afterwards
                state(CHS_1, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, KREMLIN_2001_FOUNDING),
                // met Jiang in Shanghai on 14 Jun, eve of the founding meeting; history.04007.cn names him among those
                // attending on 15 Jun
                state(CHS_1, MEMBER, TJ, "Emomali Rakhmonov", "president", HEAD_OF_STATE, IN_PERSON, PEOPLE_2001_UZBEKISTAN_ADMITTED, CHINA_ORG_2001_SHANGHAI_AGREEMENTS),
                // low-authority source, the only stored page found that names him; China.org.cn says the presidents of all six
                // states met in Shanghai on 14 Jun; also supported by combination: news.lt (2001-06-17) says the heads of
                // state of all six countries issued the communique at the end of the summit, and a People's Daily preview
                // (ccgp-fushun.com/english/2001/Jun/14353.htm) names the six presidents, including this one, as due to attend
                state(CHS_1, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, PEOPLE_2001_UZBEKISTAN_ADMITTED),

                // spoke at the joint press conference after the summit; china.org.cn (1033949) reports him flying into St
                // Petersburg for it
                state(CHS_2, MEMBER, CN, "Jiang Zemin", "president", HEAD_OF_STATE, IN_PERSON, CHINA_ORG_2002_ST_PETERSBURG),
                state(CHS_2, MEMBER, KG, "Askar Akayev", "president", HEAD_OF_STATE, IN_PERSON, CHINA_ORG_2002_ST_PETERSBURG),
                state(CHS_2, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, CHINA_ORG_2002_ST_PETERSBURG),
                // host; RFE/RL (1099938) quotes his closing statement
                state(CHS_2, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, CHINA_ORG_2002_ST_PETERSBURG),
                // in the narrow-format session at Peterhof (Russian-language source: Эмомали Рахмонов)
                state(CHS_2, MEMBER, TJ, "Emomali Rakhmonov", "president", HEAD_OF_STATE, IN_PERSON, TRUD_2002_ST_PETERSBURG),
                // in the narrow-format session at Peterhof (Russian-language source: Ислам Каримов); Trud also names Putin,
                // Jiang, Nazarbayev and Akayev
                state(CHS_2, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, TRUD_2002_ST_PETERSBURG),

                // first SCO summit for Hu; People's Daily (eng20030530_117407) reports his speech
                state(CHS_3, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, PRC_EMBASSY_GREECE_2003_MOSCOW),
                // source misspells Nazarbayev; chaired the meeting as SCO chair although it was held in Moscow; People's Daily
                // (2003-05-30): Kazakh President Nursultan Nazarbayev chaired
                state(CHS_3, MEMBER, KZ, "Narzarbayev", "president", HEAD_OF_STATE, IN_PERSON, PRC_EMBASSY_GREECE_2003_MOSCOW),
                // host, received the other heads of state at the Kremlin; the source gives surname only
                state(CHS_3, MEMBER, RU, "Putin", "president", HEAD_OF_STATE, IN_PERSON, PRC_EMBASSY_GREECE_2003_MOSCOW),

                state(CHS_4, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2004_TASHKENT),
                state(CHS_4, MEMBER, KG, "Askar Akaev", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2004_TASHKENT),
                state(CHS_4, MEMBER, KZ, "Nursultan Nazarbaev", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2004_TASHKENT),
                state(CHS_4, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2004_TASHKENT),
                // spelling as in RFE/RL
                state(CHS_4, MEMBER, TJ, "Imomali Rakhmonov", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2004_TASHKENT),
                // host
                state(CHS_4, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2004_TASHKENT),

                // spoke at the summit
                state(CHS_5, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, ASIANEWS_2005_ASTANA),
                // present 'as observers' on the day India was granted observer status
                state(CHS_5, OBSERVER, IN, "Natwar Singh", "foreign minister", OTHER, IN_PERSON, ASIANEWS_2005_ASTANA),
                // the source styles him Acting Kyrgyz President
                state(CHS_5, MEMBER, KG, "Kurmanbek Bakiyev", "acting president", HEAD_OF_STATE, IN_PERSON, CHINA_ORG_DE_2005_HU_MEETINGS),
                // presided over the summit
                state(CHS_5, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, WASHINGTON_TIMES_2005_ASTANA),
                // present 'as observers' on the day Pakistan, Iran and India were granted observer status
                state(CHS_5, OBSERVER, PK, "Shaukat Aziz", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, ASIANEWS_2005_ASTANA),
                // spoke at the summit
                state(CHS_5, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, WASHINGTON_TIMES_2005_ASTANA),
                // spoke at the summit; Washington Times (2005-07-05) also reports his remarks there
                state(CHS_5, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, WASHINGTON_TIMES_2005_ASTANA),

                // guest of the host country
                state(CHS_6, GUEST, AF, "Hamid Karzai", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                // listed among guests of the host country
                organisation(CHS_6, "ASEAN", "Wilfrido V. Villacorta", "deputy secretary-general", IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                // Chairman of the CIS Executive Committee; listed among guests of the host country
                organisation(CHS_6, "CIS", "Vladimir Rushailo", "chairman", IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                // presided as host
                state(CHS_6, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                // communique spells 'Shri Murli Deora'; Eastday same-day preview (userobject1ai2106718) agrees
                state(CHS_6, OBSERVER, IN, "Murli Deora", "minister of petroleum and natural gas", OTHER, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                // Eastday preview spells 'Mahmud Ahmadinejad'
                state(CHS_6, OBSERVER, IR, "Mahmud Ahmadi-Nejad", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                state(CHS_6, MEMBER, KG, "K. Bakiyev", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                state(CHS_6, MEMBER, KZ, "N. Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                state(CHS_6, OBSERVER, MN, "Nambaryn Enkhbayar", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                state(CHS_6, OBSERVER, PK, "Pervez Musharraf", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                state(CHS_6, MEMBER, RU, "V. Putin", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                // SCO Secretary-General
                organisation(CHS_6, "SCO", "Zhang Deguang", "secretary-general", IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                organisation(CHS_6, "SCO RATS", "V. T. Kasymov", "director of the RATS executive committee", IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                state(CHS_6, MEMBER, TJ, "E. Rakhmonov", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),
                state(CHS_6, MEMBER, UZ, "I. Karimov", "president", HEAD_OF_STATE, IN_PERSON, EASTDAY_2006_SHANGHAI_COMMUNIQUE),

                // guest of honour of the host state
                state(CHS_7, GUEST, AF, "Hamid Karzai", "president", HEAD_OF_STATE, IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                // page republished on mfa.gov.cn in May 2024; event date 16 Aug 2007
                state(CHS_7, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, MFA_CHINA_2007_BISHKEK),
                // Bakiyev's press remarks (uzdaily.com 17/08/2007) also name the Indian petroleum and natural gas minister
                state(CHS_7, OBSERVER, IN, "Shri Murli Deora", "minister of petroleum and natural gas", OTHER, IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                state(CHS_7, OBSERVER, IR, "Mahmud Ahmadi-Nejad", "president", HEAD_OF_STATE, IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                // host; received the other leaders
                state(CHS_7, MEMBER, KG, "Kurmanbek Bakiev", "president", HEAD_OF_STATE, IN_PERSON, MFA_CHINA_2007_BISHKEK),
                state(CHS_7, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, MFA_CHINA_2007_BISHKEK),
                state(CHS_7, OBSERVER, MN, "Nambaryn Enkhbayar", "president", HEAD_OF_STATE, IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                state(CHS_7, OBSERVER, PK, "Khurshid Kasuri", "foreign minister", OTHER, IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                state(CHS_7, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, MFA_CHINA_2007_BISHKEK),
                organisation(CHS_7, "SCO", "Bolat Nurgaliev", "secretary-general", IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                organisation(CHS_7, "SCO RATS", "Myrzakan Subanov", "director of the RATS executive committee", IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                state(CHS_7, MEMBER, TJ, "Emomali Rakhmonov", "president", HEAD_OF_STATE, IN_PERSON, MFA_CHINA_2007_BISHKEK),
                // guest of honour of the host state; spelling as in the communique
                state(CHS_7, GUEST, TM, "Kurbanguly Berdymukhamedov", "president", HEAD_OF_STATE, IN_PERSON, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                // The communique transliterates him as Linn Pasko and styles him deputy secretary-general; UzDaily (Bakiyev)
                // and the 2009 communique give under-secretary-general.
                organisation(CHS_7, "UN", "B. Lynn Pascoe", "UN under-secretary-general for political affairs", IN_PERSON, UZDAILY_2007_BISHKEK_PRESIDENTS, UZDAILY_2007_BISHKEK_COMMUNIQUE),
                state(CHS_7, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, MFA_CHINA_2007_BISHKEK),

                // guest of the host
                state(CHS_8, GUEST, AF, "H. Karzai", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2008),
                // Chairman of the Executive Committee - Executive Secretary of the CIS
                organisation(CHS_8, "CIS", "S. Lebedev", "chairman", IN_PERSON, WORLDJPN_CHS_2008),
                // declaration styles him Chairman of the PRC; signatory
                state(CHS_8, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, KREMLIN_2008_DUSHANBE_DECLARATION),
                organisation(CHS_8, "CSTO", "T. Buzubaev", "deputy secretary general", IN_PERSON, WORLDJPN_CHS_2008),
                // One English text of the communique says minister of oil and gas resources; the Kremlin text gives petroleum
                // and natural gas.
                state(CHS_8, OBSERVER, IN, "M. Deora", "minister of petroleum and natural gas", OTHER, IN_PERSON, KREMLIN_2008_DUSHANBE_COMMUNIQUE, WORLDJPN_CHS_2008),
                state(CHS_8, OBSERVER, IR, "M. Ahmadinejad", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2008),
                // signatory
                state(CHS_8, MEMBER, KG, "Kurmanbek Bakiev", "president", HEAD_OF_STATE, IN_PERSON, KREMLIN_2008_DUSHANBE_DECLARATION),
                // signatory of the declaration signed in Dushanbe
                state(CHS_8, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, KREMLIN_2008_DUSHANBE_DECLARATION),
                state(CHS_8, OBSERVER, MN, "S. Oyun", "foreign minister", OTHER, IN_PERSON, WORLDJPN_CHS_2008),
                state(CHS_8, OBSERVER, PK, "M.A. Durrani", "adviser to the prime minister with the rank of federal minister", OTHER, IN_PERSON, WORLDJPN_CHS_2008),
                // signatory
                state(CHS_8, MEMBER, RU, "Dmitry Medvedev", "president", HEAD_OF_STATE, IN_PERSON, KREMLIN_2008_DUSHANBE_DECLARATION),
                organisation(CHS_8, "SCO", "B. Nurgaliev", "secretary-general", IN_PERSON, WORLDJPN_CHS_2008),
                organisation(CHS_8, "SCO RATS", "M. Subanov", "director of the RATS executive committee", IN_PERSON, WORLDJPN_CHS_2008),
                // signatory
                state(CHS_8, MEMBER, TJ, "Emomali Rakhmon", "president", HEAD_OF_STATE, IN_PERSON, KREMLIN_2008_DUSHANBE_DECLARATION),
                organisation(CHS_8, "UN", "M. Jenca", "representative of the UN Secretary-General", IN_PERSON, WORLDJPN_CHS_2008),
                // signatory
                state(CHS_8, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, KREMLIN_2008_DUSHANBE_DECLARATION),

                // guest of the host
                state(CHS_9, GUEST, AF, "H. Karzai", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                // Chairman of the Executive Committee - Executive Secretary of the CIS
                organisation(CHS_9, "CIS", "S. Lebedev", "chairman", IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                // communique styles him Chairman of the PRC
                state(CHS_9, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                organisation(CHS_9, "CSTO", "N. Bordyuzha", "secretary-general", IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                organisation(CHS_9, "EurAsEC", "T. Mansurov", "secretary-general", IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                state(CHS_9, OBSERVER, IN, "M. Singh", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                state(CHS_9, OBSERVER, IR, "M. Ahmadinejad", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                state(CHS_9, MEMBER, KG, "K. Bakiev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                // MFA China report (t20240530_11340077) agrees
                state(CHS_9, MEMBER, KZ, "N. Nazarbaev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                // communique: First Vice Premier of the Government of Mongolia
                state(CHS_9, OBSERVER, MN, "N. Altankhuyag", "first deputy prime minister", OTHER, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                state(CHS_9, OBSERVER, PK, "A. Zardari", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                // chaired the meeting
                state(CHS_9, MEMBER, RU, "D. Medvedev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                organisation(CHS_9, "SCO", "B. Nurgaliev", "secretary-general", IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                organisation(CHS_9, "SCO RATS", "M. Subanov", "director of the RATS executive committee", IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                state(CHS_9, MEMBER, TJ, "E. Rakhmon", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                // guest of the host
                organisation(CHS_9, "UN", "L. Pascoe", "under-secretary-general for political affairs", IN_PERSON, WORLDJPN_COMMUNIQUE_2009),
                state(CHS_9, MEMBER, UZ, "I. Karimov", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_COMMUNIQUE_2009),

                state(CHS_10, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, UZBEKISTAN_EMBASSY_2010_CHAIR),
                // Kyrgyzstan had an interim government after April 2010; Xinhua (sina 2010-06-11) says only 'the delegate from
                // Kyrgyzstan'; the Turkish preview (beyazgazete) expected FM Kazakbayev
                state(CHS_10, MEMBER, KG, "Ruslan Kazakbayev", "acting foreign minister", OTHER, IN_PERSON, UZBEKISTAN_EMBASSY_2010_CHAIR),
                state(CHS_10, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, UZBEKISTAN_EMBASSY_2010_CHAIR),
                state(CHS_10, MEMBER, RU, "Dmitry Medvedev", "president", HEAD_OF_STATE, IN_PERSON, UZBEKISTAN_EMBASSY_2010_CHAIR),
                state(CHS_10, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, UZBEKISTAN_EMBASSY_2010_CHAIR),
                // host; restricted-format meeting
                state(CHS_10, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, UZBEKISTAN_EMBASSY_2010_CHAIR),

                // guest of the host
                state(CHS_11, GUEST, AF, "H. Karzai", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                // Chairman of the Executive Committee - Executive Secretary of the CIS
                organisation(CHS_11, "CIS", "S. Lebedev", "chairman", IN_PERSON, WORLDJPN_CHS_2011),
                // press release styles him Chairman of the PRC
                state(CHS_11, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                organisation(CHS_11, "CSTO", "Nikolay Bordyuzha", "secretary-general", IN_PERSON, LINK_2011_ASTANA),
                // worldjpn press release text is cut off before this name in the stored excerpt
                organisation(CHS_11, "EurAsEC", "Tair Mansurov", "secretary-general", IN_PERSON, LINK_2011_ASTANA),
                state(CHS_11, OBSERVER, IN, "M. Krishna", "foreign minister", OTHER, IN_PERSON, WORLDJPN_CHS_2011),
                state(CHS_11, OBSERVER, IR, "M. Ahmadinejad", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                state(CHS_11, MEMBER, KG, "R. Otunbaeva", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                // chaired the meeting
                state(CHS_11, MEMBER, KZ, "N. Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                state(CHS_11, OBSERVER, MN, "D. Battulga", "head of the administration of the president", OTHER, IN_PERSON, WORLDJPN_CHS_2011),
                state(CHS_11, OBSERVER, PK, "A. Zardari", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                state(CHS_11, MEMBER, RU, "D. Medvedev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                organisation(CHS_11, "SCO", "M. Imanaliev", "secretary-general", IN_PERSON, WORLDJPN_CHS_2011),
                organisation(CHS_11, "SCO RATS", "D. Dzhumanbekov", "director of the RATS executive committee", IN_PERSON, WORLDJPN_CHS_2011),
                state(CHS_11, MEMBER, TJ, "E. Rahmon", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),
                organisation(CHS_11, "UN", "Y. Fedotov", "UN under-secretary-general, executive director of UNODC", IN_PERSON, WORLDJPN_CHS_2011),
                // the stored text misprints the name as 'I. Rarimov'
                state(CHS_11, MEMBER, UZ, "I. Karimov", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2011),

                // guest of the host; Afghanistan was admitted as an observer at this summit
                state(CHS_12, GUEST, AF, "H. Karzai", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                // Chairman of the Executive Committee - Executive Secretary of the CIS
                organisation(CHS_12, "CIS", "S. Lebedev", "chairman", IN_PERSON, WORLDJPN_CHS_2012),
                // chaired the meeting; press release styles him Chairman of the PRC
                state(CHS_12, MEMBER, CN, "Hu Jintao", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, OBSERVER, IN, "S. Krishna", "foreign minister", OTHER, IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, OBSERVER, IR, "M. Ahmadinejad", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, MEMBER, KG, "A. Atambaev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, MEMBER, KZ, "N. Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, OBSERVER, MN, "Ts. Elbegdorzh", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, OBSERVER, PK, "A. Zardari", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, MEMBER, RU, "V. Putin", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                organisation(CHS_12, "SCO", "M. Imanaliev", "secretary-general", IN_PERSON, WORLDJPN_CHS_2012),
                organisation(CHS_12, "SCO RATS", "D. Dzhumanbekov", "director of the RATS executive committee", IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, MEMBER, TJ, "E. Rahmon", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                // guest of the host
                state(CHS_12, GUEST, TM, "G. Berdymukhamedov", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),
                organisation(CHS_12, "UN", "M. Jenca", "special representative of the UN Secretary-General, head of UNRCCA", IN_PERSON, WORLDJPN_CHS_2012),
                state(CHS_12, MEMBER, UZ, "I. Karimov", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2012),

                // Russian-language source: Хамид Карзай; joined the expanded session
                state(CHS_13, OBSERVER, AF, "Hamid Karzai", "president", HEAD_OF_STATE, IN_PERSON, XINHUA_RU_2013_BISHKEK),
                // liveblog: Xi met Rohani in Bishkek on 12 Sep after both arrived; Xinhua Russian report (russian.dbw.cn
                // 000715478) also lists him
                state(CHS_13, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2013_BISHKEK_LIVEBLOG),
                // his first foreign trip as president; RFE/RL liveblog spells Rohani; Xinhua Russian report (russian.dbw.cn
                // 000715478) also lists him
                state(CHS_13, OBSERVER, IR, "Hassan Rouhani", "president", HEAD_OF_STATE, IN_PERSON, CACI_2013_BISHKEK_SUMMIT),
                // opened and chaired the 13th meeting as SCO chair; CACI Analyst spells Atambayev; Xinhua Russian report
                // (russian.dbw.cn 000715478) also lists him
                state(CHS_13, MEMBER, KG, "Almazbek Atambaev", "president", HEAD_OF_STATE, IN_PERSON, VB_KG_2013_BISHKEK_ATAMBAEV),
                // spoke right after the chair (Russian-language source; transliterated); Xinhua Russian report (russian.dbw.cn
                // 000715478) also lists him
                state(CHS_13, MEMBER, KZ, "Nursultan Nazarbaev", "president", HEAD_OF_STATE, IN_PERSON, VB_KG_2013_BISHKEK_ATAMBAEV),
                // Russian-language source: Цахиагийн Элбэгдорж; joined the expanded session
                state(CHS_13, OBSERVER, MN, "Tsakhiagiin Elbegdorj", "president", HEAD_OF_STATE, IN_PERSON, XINHUA_RU_2013_BISHKEK),
                // liveblog: Putin at the summit, bilateral with Rohani on 13 Sep; Xinhua Russian report (russian.dbw.cn
                // 000715478) also lists him
                state(CHS_13, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, RFERL_2013_BISHKEK_LIVEBLOG),
                // Russian-language source: Эмомали Рахмон
                state(CHS_13, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, XINHUA_RU_2013_BISHKEK),
                // Russian-language source: Ислам Каримов
                state(CHS_13, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, XINHUA_RU_2013_BISHKEK),

                state(CHS_14, OBSERVER, AF, "H. Karzai", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                // Chairman of the Executive Committee - Executive Secretary of the CIS
                organisation(CHS_14, "CIS", "S. Lebedev", "chairman", IN_PERSON, WORLDJPN_CHS_2014),
                // press release styles him Chairman of the PRC
                state(CHS_14, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                // transliteration of Sushma Swaraj as the press release spells it; MFA China says only 'representatives of
                // India'
                state(CHS_14, OBSERVER, IN, "S. Svaradzh", "foreign minister", OTHER, IN_PERSON, WORLDJPN_CHS_2014),
                // MFA China: Hassan Rouhani
                state(CHS_14, OBSERVER, IR, "H. Ruhani", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                state(CHS_14, MEMBER, KG, "A. Atambaev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                // MFA China report (t1191482) agrees on all six member heads
                state(CHS_14, MEMBER, KZ, "N. Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                // MFA China: Tsakhiagiin Elbegdorj
                state(CHS_14, OBSERVER, MN, "Ts. Elbegdorzh", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                state(CHS_14, OBSERVER, PK, "S. Aziz", "adviser to the prime minister on national security and foreign affairs", OTHER, IN_PERSON, WORLDJPN_CHS_2014),
                state(CHS_14, MEMBER, RU, "V. Putin", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                organisation(CHS_14, "SCO", "D. Mezentsev", "secretary-general", IN_PERSON, WORLDJPN_CHS_2014),
                organisation(CHS_14, "SCO RATS", "Zhang Sinfen", "director of the RATS executive committee", IN_PERSON, WORLDJPN_CHS_2014),
                // chaired the meeting
                state(CHS_14, MEMBER, TJ, "E. Rahmon", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                // guest of the host
                state(CHS_14, GUEST, TM, "G. Berdymukhamedov", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),
                organisation(CHS_14, "UN", "J. Feltman", "UN under-secretary-general for political affairs", IN_PERSON, WORLDJPN_CHS_2014),
                state(CHS_14, MEMBER, UZ, "I. Karimov", "president", HEAD_OF_STATE, IN_PERSON, WORLDJPN_CHS_2014),

                // eve-of-summit meeting in Ufa: Putin thanks Xi for taking part in the BRICS and then the SCO summit; his
                // presence at the 10 Jul session itself is not reported on this page; old.president.uz (news/5146) lists him
                // in the contracted-format talks on 10 Jul
                state(CHS_15, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, PRESIDENT_UZ_2015_UFA),
                // attended the SCO Heads of State plenary session in Ufa (MEA spokesperson's tweet quoted)
                state(CHS_15, OBSERVER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, BUSINESS_STANDARD_2015_UFA_MODI),
                // contracted-format talks on 10 Jul
                state(CHS_15, MEMBER, KG, "Almazbek Atambaev", "president", HEAD_OF_STATE, IN_PERSON, PRESIDENT_UZ_2015_UFA),
                // spoke at the enlarged meeting; old.president.uz (news/5146) lists him in the contracted-format talks on 10
                // Jul
                state(CHS_15, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, ASTANA_TIMES_2015_UFA),
                // low-authority aggregator; quotes the India-Pakistan foreign secretaries' statement that the two prime
                // ministers met on the sidelines of the SCO summit in Ufa, and Sharif's remarks on the SCO
                state(CHS_15, OBSERVER, PK, "Nawaz Sharif", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, MID_DAY_2015_UFA_MODI_SHARIF),
                // hosted the summit; kremlin.ru transcript 49908: opened the expanded-format meeting; old.president.uz
                // (news/5146) lists him in the contracted-format talks on 10 Jul
                state(CHS_15, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, RFERL_GANDHARA_2015_UFA),
                // contracted-format talks on 10 Jul
                state(CHS_15, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, PRESIDENT_UZ_2015_UFA),
                // spoke at the expanded-format SCO meeting in Ufa (Russian-language source: Ислам Каримов); old.president.uz
                // (news/5146) lists him in the contracted-format talks on 10 Jul
                state(CHS_15, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, KOMMERSANT_2015_UFA_KARIMOV),

                state(CHS_16, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2016_TASHKENT),
                // text of his address to the Tashkent summit, addressed to President Karimov; India signed its memorandum of
                // obligations that day
                state(CHS_16, OBSERVER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, ZEE_2016_TASHKENT_MODI_SPEECH),
                state(CHS_16, MEMBER, KG, "Almazbek Atambayev", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2016_TASHKENT),
                state(CHS_16, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2016_TASHKENT),
                state(CHS_16, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2016_TASHKENT),
                state(CHS_16, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2016_TASHKENT),
                // chaired the narrow-format session on 24 Jun; Kazinform (a2918042) agrees on all six
                state(CHS_16, MEMBER, UZ, "Islam Karimov", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2016_TASHKENT),

                state(CHS_17, OBSERVER, AF, "Ashraf Ghani", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                organisation(CHS_17, "ASEAN", "Le Luong Minh", "secretary-general", IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                state(CHS_17, OBSERVER, BY, "Alexander Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                organisation(CHS_17, "CICA", "Gong Jianwei", "executive director of the CICA secretariat", IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                // Chairman of the Executive Committee and Executive Secretary of the CIS
                organisation(CHS_17, "CIS", "Sergei Lebedev", "chairman", IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                // press release styles him Chairman of the PRC
                state(CHS_17, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                organisation(CHS_17, "CSTO", "Amanzhol Zhankuliev", "deputy secretary-general", IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                // admitted as a member at this summit; the press release lists him among heads of observer states' delegations
                state(CHS_17, MEMBER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                state(CHS_17, OBSERVER, IR, "Mohammad Javad Zarif", "foreign minister", OTHER, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                state(CHS_17, MEMBER, KG, "Almazbek Atambayev", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                // chaired the meeting
                state(CHS_17, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                state(CHS_17, OBSERVER, MN, "Tsakhiagiin Elbegdorj", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                // admitted as a member at this summit; the press release lists him among heads of observer states' delegations
                state(CHS_17, MEMBER, PK, "Nawaz Sharif", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                state(CHS_17, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                organisation(CHS_17, "SCO", "Rashid Alimov", "secretary-general", IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                organisation(CHS_17, "SCO RATS", "Yevgeny Sysoev", "director of the RATS executive committee", IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                state(CHS_17, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                organisation(CHS_17, "UN", "Antonio Guterres", "secretary-general", IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),
                state(CHS_17, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, SECTSCO_2017_ASTANA_PRESS_RELEASE),

                state(CHS_18, OBSERVER, AF, "Ashraf Ghani", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, OBSERVER, BY, "Alexander Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                // chaired the summit
                state(CHS_18, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, MEMBER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, OBSERVER, IR, "Hassan Rouhani", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, MEMBER, KG, "Sooronbay Jeenbekov", "president", HEAD_OF_STATE, IN_PERSON, KABAR_2018_QINGDAO_JEENBEKOV, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, MEMBER, KZ, "Nursultan Nazarbayev", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, OBSERVER, MN, "Khaltmaagiin Battulga", "president", HEAD_OF_STATE, IN_PERSON, KABAR_2018_QINGDAO_JEENBEKOV, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, MEMBER, PK, "Mamnoon Hussain", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, KABAR_2018_QINGDAO_JEENBEKOV, WIKIPEDIA_2018_QINGDAO_SUMMIT),
                state(CHS_18, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, MOFA_PAKISTAN_2018_QINGDAO, WIKIPEDIA_2018_QINGDAO_SUMMIT),

                // spelling as in UrduPoint; 24.kg (120674) reports him arriving at the summit on foot as Mohammad Ashraf Ghani
                state(CHS_19, OBSERVER, AF, "Ashraf Gani", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                state(CHS_19, OBSERVER, BY, "Alexander Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                // in the narrow-format talks on 14 Jun; 24.kg (121089) also reports his state visit to Kyrgyzstan around the
                // summit
                state(CHS_19, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, INTERNATIONAL_AFFAIRS_REVIEW_2019_BISHKEK, RFERL_GANDHARA_2019_BISHKEK),
                organisation(CHS_19, "CSTO", "Valery Semerikov", "acting secretary general", IN_PERSON, URDUPOINT_2019_BISHKEK),
                state(CHS_19, MEMBER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, URDUPOINT_2019_BISHKEK),
                state(CHS_19, OBSERVER, IR, "Hassan Rouhani", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                // chaired the session
                state(CHS_19, MEMBER, KG, "Sooronbay Jeenbekov", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                // Kazinform (a3537892) spells Kassym-Jomart
                state(CHS_19, MEMBER, KZ, "Kassym-Joomart Tokayev", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                state(CHS_19, OBSERVER, MN, "Khaltmaagiin Battulga", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                state(CHS_19, MEMBER, PK, "Imran Khan", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, URDUPOINT_2019_BISHKEK),
                state(CHS_19, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                // Kazinform spells Rahmon
                state(CHS_19, MEMBER, TJ, "Emomali Rakhmon", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),
                // UrduPoint styles her deputy secretary-general; the SCO press release gives under-secretary-general.
                organisation(CHS_19, "UN", "Rosemary DiCarlo", "UN under-secretary-general for political and peacebuilding affairs", IN_PERSON, INTERNATIONAL_AFFAIRS_REVIEW_2019_BISHKEK, URDUPOINT_2019_BISHKEK),
                state(CHS_19, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, URDUPOINT_2019_BISHKEK),

                state(CHS_20, OBSERVER, AF, "Ashraf Ghani", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                state(CHS_20, OBSERVER, BY, "Roman Golovchenko", "prime minister", HEAD_OF_GOVERNMENT, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                // the source prints 'XI'; People's Daily (2020-11-04) announced he would attend via video link from
                // Beijing
                state(CHS_20, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                state(CHS_20, MEMBER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                // IRNA (84105459) also reports Rouhani attending the online summit
                state(CHS_20, OBSERVER, IR, "Hassan Rouhani", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                // One report styles him prime minister only; InfoSCO and 24.kg give acting president and prime minister.
                state(CHS_20, MEMBER, KG, "Sadyr Zhaparov", "acting president and prime minister", HEAD_OF_STATE, VIDEO, INFOSHOS_2020_VIDEO_SUMMIT, CIVILSHOS_2020_VIDEO_SUMMIT),
                state(CHS_20, MEMBER, KZ, "Kassym-Jomart Tokayev", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                state(CHS_20, OBSERVER, MN, "Khaltmaagiin Battulga", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                state(CHS_20, MEMBER, PK, "Imran Khan", "prime minister", HEAD_OF_GOVERNMENT, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                // chaired the videoconference
                state(CHS_20, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                organisation(CHS_20, "SCO", "Vladimir Norov", "secretary-general", VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                // spelling as in source (Khovar 2021: Giyosov)
                organisation(CHS_20, "SCO RATS", "Jumakhon Gijesov", "director of the RATS executive committee", VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                state(CHS_20, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),
                // delivered a welcome video message (not a live participant)
                organisation(CHS_20, "UN", "Antonio Guterres", "secretary-general", VIDEO, INFOSHOS_2020_VIDEO_SUMMIT, CIVILSHOS_2020_VIDEO_SUMMIT),
                state(CHS_20, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, VIDEO, CIVILSHOS_2020_VIDEO_SUMMIT),

                state(CHS_21, OBSERVER, BY, "Alexander Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2021_DUSHANBE),
                // Khovar: took part online
                state(CHS_21, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, VIDEO, KHOVAR_2021_DUSHANBE),
                // Khovar misprints 'Nerendra'; Dunyo report: 'Narendra Modi'; took part online
                state(CHS_21, MEMBER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, VIDEO, KHOVAR_2021_DUSHANBE),
                state(CHS_21, OBSERVER, IR, "Ebrahim Raisi", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2021_DUSHANBE),
                state(CHS_21, MEMBER, KG, "Sadyr Zhaparov", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2021_DUSHANBE),
                // Dunyo report spells 'Kassym-Jomart Tokayev'
                state(CHS_21, MEMBER, KZ, "Kassym-Zhomart Tokayev", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2021_DUSHANBE),
                // Khovar: took part online; Dunyo spells 'Ukhnaagiin Khürelsükh'
                state(CHS_21, OBSERVER, MN, "Uhnaagiin Khurelsukh", "president", HEAD_OF_STATE, VIDEO, KHOVAR_2021_DUSHANBE),
                state(CHS_21, MEMBER, PK, "Imran Khan", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, KHOVAR_2021_DUSHANBE),
                // Khovar: took part online
                state(CHS_21, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, VIDEO, KHOVAR_2021_DUSHANBE),
                organisation(CHS_21, "SCO", "Vladimir Norov", "secretary-general", IN_PERSON, KHOVAR_2021_DUSHANBE),
                // Khovar text runs name together ('Giyosovwere')
                organisation(CHS_21, "SCO RATS", "Jumakhon Giyosov", "director of the RATS executive committee", IN_PERSON, KHOVAR_2021_DUSHANBE),
                // host, chaired the summit (Council session 17 Sep)
                state(CHS_21, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2021_DUSHANBE),
                // guest of honour
                state(CHS_21, GUEST, TM, "Gurbanguly Berdimuhamedov", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2021_DUSHANBE),
                state(CHS_21, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, KHOVAR_2021_DUSHANBE),

                // in family photo before the expanded-format meeting
                state(CHS_22, DIALOGUE_PARTNER, AZ, "Ilham Aliyev", "president", HEAD_OF_STATE, IN_PERSON, SPUTNIK_2022_SAMARKAND_PHOTOS),
                // in family photo before the expanded-format meeting
                state(CHS_22, OBSERVER, BY, "Alexander Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, SPUTNIK_2022_SAMARKAND_PHOTOS),
                // spoke at the meeting
                state(CHS_22, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),
                // spoke at the meeting; Sputnik caption: Narendra Modi
                state(CHS_22, MEMBER, IN, "Shri Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),
                // in family photo; Iran signed its memorandum of obligations at this summit (not yet a member)
                state(CHS_22, OBSERVER, IR, "Ebrahim Raisi", "president", HEAD_OF_STATE, IN_PERSON, SPUTNIK_2022_SAMARKAND_PHOTOS),
                // spoke at the meeting
                state(CHS_22, MEMBER, KG, "Sadyr Japarov", "president", HEAD_OF_STATE, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),
                // spoke at the 16 Sep meeting; also in Sputnik family-photo caption
                state(CHS_22, MEMBER, KZ, "Kassym-Jomart Tokayev", "president", HEAD_OF_STATE, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),
                // in family photo before the expanded-format meeting, 16 Sep
                state(CHS_22, OBSERVER, MN, "Ukhnaa Khurelsukh", "president", HEAD_OF_STATE, IN_PERSON, SPUTNIK_2022_SAMARKAND_PHOTOS),
                // spoke at the meeting (other outlets spell Shehbaz)
                state(CHS_22, MEMBER, PK, "Shahbaz Sharif", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),
                // spoke at the meeting
                state(CHS_22, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),
                // spoke at the meeting
                state(CHS_22, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),
                // in family photo before the expanded-format meeting
                state(CHS_22, GUEST, TM, "Serdar Berdymukhamedov", "president", HEAD_OF_STATE, IN_PERSON, SPUTNIK_2022_SAMARKAND_PHOTOS),
                // in family photo before the expanded-format meeting
                state(CHS_22, DIALOGUE_PARTNER, TR, "Recep Tayyip Erdogan", "president", HEAD_OF_STATE, IN_PERSON, SPUTNIK_2022_SAMARKAND_PHOTOS),
                // host; spoke at the meeting
                state(CHS_22, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, ASTANA_TIMES_2022_SAMARKAND_TOKAYEV),

                // spelling as in teleSUR; Belarus signed its memorandum of obligations at this summit (Lokmat); president.uz
                // (6458) lists him as attending
                state(CHS_23, OBSERVER, BY, "Alexandr Lukashenko", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // president.uz (6458) lists him as attending
                state(CHS_23, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // chaired the virtual summit
                state(CHS_23, MEMBER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, VIDEO, LOKMAT_2023_IRAN),
                // admitted as a member at this summit; CRI Italian (2023-07-05) reports his video speech; Lokmat spells Raisi;
                // president.uz (6458) lists him as attending
                state(CHS_23, MEMBER, IR, "Ebrahim Raeisi", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // spoke at the summit; tiraj.kg (same day) says he took part by videoconference from Bishkek; president.uz
                // (6458) lists him as attending
                state(CHS_23, MEMBER, KG, "Sadyr Japarov", "president", HEAD_OF_STATE, VIDEO, KG24_2023_JAPAROV_SCO),
                // spelling as in teleSUR; presented a peace initiative at the meeting; president.uz (6458) lists him as
                // attending
                state(CHS_23, MEMBER, KZ, "Kasim-Yomart Tokayev", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // listed among observer countries and guests of honour
                state(CHS_23, OBSERVER, MN, "Ukhnaagiin Khurelsukh", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // president.uz (6458) lists him as attending
                state(CHS_23, MEMBER, PK, "Shehbaz Sharif", "prime minister", HEAD_OF_GOVERNMENT, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // president.uz (6458) lists him as attending
                state(CHS_23, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                organisation(CHS_23, "SCO", "Zhang Ming", "secretary-general", VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                organisation(CHS_23, "SCO RATS", "Ruslan Mirzayev", "director of the RATS executive committee", VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // Tajik presidency release (einpresswire 642971610) and UrduPoint/Sputnik report his speech
                state(CHS_23, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // guest of the chair
                state(CHS_23, GUEST, TM, "Serdar Berdimuhamedov", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                organisation(CHS_23, "UN", "António Guterres", "secretary-general", VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),
                // took part by videoconference at Modi's invitation
                state(CHS_23, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, VIDEO, PRESIDENT_UZ_2023_VIDEO_SUMMIT),

                // Belarus admitted as a member at the start of this meeting
                state(CHS_24, MEMBER, BY, "Alexander Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                state(CHS_24, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                // Minister of External Affairs; spelling as in source (usually Subrahmanyam)
                state(CHS_24, MEMBER, IN, "Subramanyam Jaishankar", "foreign minister", OTHER, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                // spelling as in source (usually Mokhber)
                state(CHS_24, MEMBER, IR, "Mohammad Mohber", "acting president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                // 24.kg (298527) reports his speech at the meeting in Astana
                state(CHS_24, MEMBER, KG, "Sadyr Japarov", "president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                // chaired the Council meeting
                state(CHS_24, MEMBER, KZ, "Kassym-Jomart Tokayev", "president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                state(CHS_24, MEMBER, PK, "Shahbaz Sharif", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                state(CHS_24, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                organisation(CHS_24, "SCO", "Zhang Ming", "secretary-general", IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                organisation(CHS_24, "SCO RATS", "Ruslan Mirzaev", "director of the RATS executive committee", IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                state(CHS_24, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),
                state(CHS_24, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, NCA_2024_ASTANA_BERDIMUHAMEDOV),

                state(SCO_PLUS_2024, DIALOGUE_PARTNER, AE, "Sheikh Saud bin Saqr Al Qasimi", "member of the UAE Supreme Council, ruler of Ras Al Khaimah", OTHER, IN_PERSON, KAZINFORM_2024_SCO_PLUS),
                // AZERTAC (2024-07-04): attended and addressed the meeting
                state(SCO_PLUS_2024, DIALOGUE_PARTNER, AZ, "Ilham Aliyev", "president", HEAD_OF_STATE, IN_PERSON, KAZINFORM_2024_SCO_PLUS),
                // addressed the meeting
                state(SCO_PLUS_2024, MEMBER, BY, "Aleksandr Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // addressed the SCO Plus Meeting; speech addressed to President Tokayev as host; AZERTAC (2024-07-04) lists
                // him among those who addressed the SCO Plus meeting
                state(SCO_PLUS_2024, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // Minister of External Affairs; addressed the meeting
                state(SCO_PLUS_2024, MEMBER, IN, "Subrahmanyam Jaishankar", "foreign minister", OTHER, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // addressed the meeting
                state(SCO_PLUS_2024, MEMBER, IR, "Mohammad Mokhber", "acting president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // addressed the meeting
                state(SCO_PLUS_2024, MEMBER, KG, "Sadyr Zhaparov", "president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // chaired the SCO Plus meeting as SCO Chairman
                state(SCO_PLUS_2024, MEMBER, KZ, "Kassym-Jomart Tokayev", "president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // AZERTAC (2024-07-04) lists him among those who addressed the meeting
                state(SCO_PLUS_2024, OBSERVER, MN, "Ukhnaagiin Khurelsukh", "president", HEAD_OF_STATE, IN_PERSON, KAZINFORM_2024_SCO_PLUS),
                // addressed the meeting
                state(SCO_PLUS_2024, MEMBER, PK, "Muhammad Shehbaz Sharif", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                state(SCO_PLUS_2024, DIALOGUE_PARTNER, QA, "Sheikh Tamim bin Hamad Al Thani", "emir", HEAD_OF_STATE, IN_PERSON, KAZINFORM_2024_SCO_PLUS),
                // addressed the meeting
                state(SCO_PLUS_2024, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // addressed the meeting
                state(SCO_PLUS_2024, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),
                // newscentralasia (2024-07-05) also reports him attending in Astana
                state(SCO_PLUS_2024, GUEST, TM, "Gurbanguly Berdimuhamedov", "chairman of the Halk Maslahaty (People's Council)", OTHER, IN_PERSON, KAZINFORM_2024_SCO_PLUS),
                state(SCO_PLUS_2024, DIALOGUE_PARTNER, TR, "Recep Tayyip Erdogan", "president", HEAD_OF_STATE, IN_PERSON, KAZINFORM_2024_SCO_PLUS),
                // astanatimes (2024-07-04) says he met Tokayev after visiting Almaty on 3 Jul; AZERTAC (2024-07-04) lists him
                // among those who addressed the meeting
                organisation(SCO_PLUS_2024, "UN", "Antonio Guterres", "secretary-general", IN_PERSON, KAZINFORM_2024_SCO_PLUS),
                // addressed the meeting
                state(SCO_PLUS_2024, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, AZERTAC_2024_SCO_PLUS_ALIYEV),

                state(CHS_25, MEMBER, BY, "Alexander Lukashenko", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                // host; People's Daily/Xinhua (c90000-20360654, 2025-09-01) says he chaired the 25th Council meeting on 1 Sep
                state(CHS_25, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                state(CHS_25, MEMBER, IN, "Narendra Modi", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                state(CHS_25, MEMBER, IR, "Masoud Pezeshkian", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                // addressed the 25th Council meeting in Tianjin
                state(CHS_25, MEMBER, KG, "Sadyr Japarov", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                state(CHS_25, MEMBER, KZ, "Kassym-Jomart Tokayev", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                state(CHS_25, MEMBER, PK, "Shehbaz Sharif", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                state(CHS_25, MEMBER, RU, "Vladimir Putin", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                state(CHS_25, MEMBER, TJ, "Emomali Rahmon", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),
                state(CHS_25, MEMBER, UZ, "Shavkat Mirziyoyev", "president", HEAD_OF_STATE, IN_PERSON, KG24_2025_JAPAROV_CHAIRMANSHIP),

                // spoke at the SCO+ meeting; his speech addresses SCO Secretary-General Nurlan Yermekbayev
                state(SCO_PLUS_2025, DIALOGUE_PARTNER, AM, "Nikol Pashinyan", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, ARAVOT_2025_PASHINYAN_SCO_PLUS),
                // present at the Tianjin summit on 1 Sep (sideline meetings); the source does not name the session; non-
                // members could attend only the SCO Plus session that day
                state(SCO_PLUS_2025, DIALOGUE_PARTNER, AZ, "Ilham Aliyev", "president", HEAD_OF_STATE, IN_PERSON, NEWS_AZ_2025_SCO_PLUS_ALIYEV),
                // chaired the SCO Plus meeting (also People's Daily/Xinhua 2025-09-01)
                state(SCO_PLUS_2025, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, MALAY_MAIL_2025_TIANJIN_ANWAR),
                // attended Xi's opening dinner in Tianjin on behalf of President Sisi; the source gives his SCO Plus speech on
                // 1 Sep as scheduled, not as delivered
                state(SCO_PLUS_2025, DIALOGUE_PARTNER, EG, "Mostafa Madbouly", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, AHRAM_2025_MADBOULY_SCO_PLUS),
                // present at the Tianjin summit on 1 Sep (sideline meetings); the source does not name the session; non-
                // members could attend only the SCO Plus session that day (met the Vietnamese PM)
                state(SCO_PLUS_2025, OBSERVER, MN, "Ukhnaagiin Khurelsukh", "president", HEAD_OF_STATE, IN_PERSON, STRATEGIC_STUDY_INDIA_2025_MONGOLIA_TIANJIN),
                // gave remarks at the SCO Plus meeting; Malaysia is neither observer nor dialogue partner (Malay Mail
                // 2025-08-30)
                state(SCO_PLUS_2025, GUEST, MY, "Anwar Ibrahim", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, MALAY_MAIL_2025_TIANJIN_ANWAR),
                // addressed by name in Pashinyan's speech; UN press release (SG/T/3437) says Guterres met him on 31 Aug
                organisation(SCO_PLUS_2025, "SCO", "Nurlan Yermekbayev", "secretary-general", IN_PERSON, ARAVOT_2025_PASHINYAN_SCO_PLUS),
                // present at the Tianjin summit on 1 Sep (sideline meetings); the source does not name the session; non-
                // members could attend only the SCO Plus session that day; Hurriyet Daily News (2025-09-02) agrees
                state(SCO_PLUS_2025, DIALOGUE_PARTNER, TR, "Recep Tayyip Erdogan", "president", HEAD_OF_STATE, IN_PERSON, TRT_2025_SCO_PLUS_ERDOGAN),
                // delivered remarks during the SCO Plus session on 1 Sep; remarks text also on pubt.io (UN press release)
                organisation(SCO_PLUS_2025, "UN", "António Guterres", "secretary-general", IN_PERSON, UN_2025_GUTERRES_CHINA_TRAVELS),
                // present at the Tianjin summit on 1 Sep (sideline meetings); the source does not name the session; non-
                // members could attend only the SCO Plus session that day; first Vietnamese leader at an SCO summit
                state(SCO_PLUS_2025, GUEST, VN, "Phạm Minh Chính", "prime minister", HEAD_OF_GOVERNMENT, IN_PERSON, BAOQUOCTE_2025_TIANJIN_PHAM_MINH_CHINH),

                // the only delegation the source names: Xi in the group photo with the member states' leaders, and
                // speaking at the SCO Plus meeting that afternoon after Japarov's welcome banquet
                state(CHS_26, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, PEOPLE_DAILY_2026_BISHKEK),
                state(SCO_PLUS_2026, MEMBER, CN, "Xi Jinping", "president", HEAD_OF_STATE, IN_PERSON, PEOPLE_DAILY_2026_BISHKEK));
    }

    /** A meeting as the rows refer to it: its identifier and its first day. */
    private record Meet(String id, LocalDate day) {
    }

    private static Meet meet(String id, int year, int month, int dayOfMonth) {
        return new Meet(id, LocalDate.of(year, month, dayOfMonth));
    }

    /** A state's delegation. */
    private static Attendance state(Meet meeting, AttendanceCapacity capacity, Country country, String person,
                                    String office, DelegationLevel level, AttendanceMode mode, Source... sources) {
        String id = "attendance." + meeting.id() + "." + country.alpha2().toLowerCase(Locale.ROOT);
        return new Attendance(FactId.of(id),
                MeetingRef.of(meeting.id()), meeting.day(), capacity, Optional.of(country), Optional.empty(), person,
                office, level, mode, Optional.empty(), List.of(sources));
    }

    /** An international organisation's delegation, led by one of its officials. */
    private static Attendance organisation(Meet meeting, String organisation, String person, String office,
                                           AttendanceMode mode, Source... sources) {
        String id = "attendance." + meeting.id() + "." + organisation.toLowerCase(Locale.ROOT).replace(' ', '-');
        return new Attendance(FactId.of(id),
                MeetingRef.of(meeting.id()), meeting.day(), AttendanceCapacity.ORGANISATION, Optional.empty(),
                Optional.of(organisation), person, office, OTHER, mode, Optional.empty(), List.of(sources));
    }
}
