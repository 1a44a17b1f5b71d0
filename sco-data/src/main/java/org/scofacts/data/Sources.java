package org.scofacts.data;

import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.year;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;
import static org.scofacts.model.SourceKind.REFERENCE_WORK;

import java.net.URI;
import java.util.Optional;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;

/** Every source the facts cite: one row per publication. */
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

    // Reference works.
    static final Source WIKI_SCO = source("wiki-sco", REFERENCE_WORK, "Shanghai Cooperation Organisation",
            "Wikipedia", null, "https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation");

    // Names of states in the SCO's languages, where official use differs from the JDK's spelling.
    static final Source REPORT_2025_KYRGYZ_CHAIR_RU = source("report-2025-kyrgyz-chair-ru", NEWS_REPORT,
            "SCO chairmanship passes to Kyrgyzstan (Russian; quotes the Tianjin Declaration, via TASS)", "Report.az",
            partialDate(2025, 9, 1), "https://report.az/ru/drugie-strany/predsedatelstvo-v-shos-perehodit-k-kyrgyzstanu");
    static final Source CRI_2016_MFA_KYRGYZSTAN_ZH = source("cri-2016-mfa-kyrgyzstan-zh", OFFICIAL,
            "Kyrgyzstan country profile (Chinese; from the website of the Ministry of Foreign Affairs of China)",
            "China Radio International", partialDate(2016, 10, 27),
            "https://big5.cri.cn/gate/big5/news.cri.cn/20161027/bfe24c15-a3d0-584e-7295-125124549922.html");

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
    static final Source RIA_2007_NURGALIYEV = source("ria-2007-nurgaliyev", NEWS_REPORT,
            "Nurgaliyev formally takes office as SCO Secretary-General", "RIA Novosti (Chinese service)",
            partialDate(2007, 1, 23), "https://sputniknews.cn/20070123/41686254.html");
    static final Source BJREVIEW_2010_IMANALIEV = source("bjreview-2010-imanaliev", NEWS_REPORT,
            "An Advancing Alliance (interview with Secretary-General Muratbek Imanaliev)", "Beijing Review",
            partialDate(2010, 2, 11), "http://www.bjreview.com/world/txt/2010-02/11/content_246609.htm");
    static final Source CARAVAN_2012_APPOINTMENTS = source("caravan-2012-appointments", NEWS_REPORT,
            "Dmitry Mezentsev appointed SCO Secretary-General; Zhang Xinfeng to head the RATS Executive Committee",
            "Caravan.kz (RIA Novosti)", month(2012, 6),
            "https://caravan.kz/amp/news/dmitrijj-mezencev-naznachen-generalnym-sekretarem-shos-311171");
    static final Source KAZINFORM_2016_ALIMOV = source("kazinform-2016-alimov", NEWS_REPORT,
            "Rashid Alimov of Tajikistan becomes new SCO Secretary-General", "Kazinform", partialDate(2016, 1, 12),
            "https://en.inform.kz/news/rashid-alimov-of-tajikistan-becomes-new-sco-secretary-general_a2859020/");
    static final Source APP_2019_NOROV = source("app-2019-norov", NEWS_REPORT,
            "China welcomes Vladimir Norov as new SCO Secretary-General", "Associated Press of Pakistan",
            partialDate(2019, 1, 25), "https://www.app.com.pk/global/china-welcomes-vladimir-norov-as-new-sco-secretary-general/");
    static final Source HT_2022_ZHANG_MING = source("ht-2022-zhang-ming", NEWS_REPORT,
            "Veteran Chinese diplomat appointed SCO secretary-general", "Hindustan Times", partialDate(2022, 1, 5),
            "https://www.hindustantimes.com/world-news/veteran-chinese-diplomat-appointed-sco-secretarygeneral-101641388222528.html");
    static final Source ASTANA_TIMES_2024_YERMEKBAYEV = source("astana-times-2024-yermekbayev", NEWS_REPORT,
            "Nurlan Yermekbayev appointed SCO Secretary-General for 2025-2027", "The Astana Times",
            partialDate(2024, 7, 4), "https://astanatimes.com/2024/07/nurlan-yermekbayev-appointed-sco-secretary-general-for-2025-2027/");
    static final Source ASIA_PLUS_2016_SYSOYEV = source("asia-plus-2016-sysoyev", NEWS_REPORT,
            "RATS SCO director expected to pay working visit to Tajikistan", "Asia-Plus", partialDate(2016, 2, 15),
            "http://old.news.tj/en/news/rats-sco-director-expected-pay-working-visit-tajikistan");
    static final Source KHOVAR_2018_GIYOSOV = source("khovar-2018-giyosov", NEWS_REPORT,
            "Tajikistan's representative Jumakhon Giyosov appointed Director of the RATS Executive Committee",
            "Khovar", month(2018, 6),
            "https://khovar.tj/rus/2018/06/predstavitel-tadzhikistana-dzhumahon-giyosov-naznachen-direktorom-ispolnitelnogo-komiteta-regionalnoj-antiterroristicheskoj-struktury-shos");
    static final Source SPUTNIK_UZ_2022_MIRZAYEV = source("sputnik-uz-2022-mirzayev", NEWS_REPORT,
            "Uzbekistan's representative takes up the post of head of the SCO RATS", "Sputnik Uzbekistan",
            partialDate(2022, 3, 25), "https://sputniknews.uz/20220325/ozbekiston-vakili-shht-matt-rahbari-lavozimida-ish-boshladi-23552505.html");
    static final Source KT_2025_SHARSHEYEV = source("kt-2025-sharsheyev", NEWS_REPORT,
            "Kazakh Foreign Ministry hosted talks on ensuring security (with the new RATS Executive Committee Director)",
            "Kazakhstan Today", partialDate(2025, 2, 28),
            "https://www.kt.kz/eng/international_affair/kazakh_foreign_ministry_hosted_talks_on_ensuring_security_1377974573.html");
    static final Source CHINA_ORG_2006_RATS = noted("china-org-2006-rats", NEWS_REPORT,
            "SCO regional anti-terrorist structure in operation in Tashkent since June 2004", "china.org.cn (Xinhua)",
            partialDate(2006, 3, 29), "http://china.org.cn/international/world/2006-03/29/content_1163812.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source SECTSCO_RATS_STRUCTURE = noted("sectsco-rats-structure", OFFICIAL,
            "Regional Anti-Terrorist Structure", "SCO Secretariat (archived copy of sectsco.org)", null,
            "https://web.archive.org/web/20081211154326/http://www.sectsco.org/fk-03.html",
            "States that the head of the RATS Executive Committee is appointed for three years by the Council of Heads"
                    + " of State.");
    static final Source CHINA_ORG_2006_SHANGHAI_COMMUNIQUE = source("china-org-2006-shanghai-communique", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of Member States of the SCO, Shanghai",
            "china.org.cn (Xinhua)", partialDate(2006, 6, 15),
            "http://china.org.cn/features/meeting/2006-06/15/content_1171590.htm");
    static final Source UZDAILY_2007_BISHKEK_COMMUNIQUE = source("uzdaily-2007-bishkek-communique", OFFICIAL,
            "Joint Communique of Council of heads of SCO member states", "UzDaily", partialDate(2007, 8, 16),
            "https://uzdaily.uz/en/joint-communique-of-council-of-heads-of-sco-member-states");
    static final Source KREMLIN_2008_DUSHANBE_COMMUNIQUE = source("kremlin-2008-dushanbe-communique", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of State of the SCO, Dushanbe",
            "President of Russia (kremlin.ru)", partialDate(2008, 8, 28), "http://en.special.kremlin.ru/supplement/288");
    static final Source WORLDJPN_COMMUNIQUE_2009 = source("worldjpn-communique-2009", OFFICIAL,
            "Joint Communique of the Meeting of the Council of Heads of State of the SCO, Yekaterinburg",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2009, 6, 16),
            "https://worldjpn.net/documents/texts/SCO/20090616.D3E.html");
    static final Source LINK_2011_ASTANA = noted("link-2011-astana", NEWS_REPORT,
            "Cover story: the SCO's tenth-anniversary summit in Astana", "International Link Magazine (Hong Kong)",
            month(2011, 6),
            "https://www.internationallinkmagazine.com.hk/past-issues/past-2011/2011-june/2011-june-cover-story", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source XINHUA_2012_ZHANG_XINFENG = noted("xinhua-2012-zhang-xinfeng", NEWS_REPORT,
            "RATS Council agrees China's Zhang Xinfeng as Executive Committee Director from 1 January 2013",
            "Xinhua (via the CASS SCO studies site)", partialDate(2012, 3, 27),
            "http://studysco.euroasia.cssn.cn/zzjg/csjg/dqfkbjg/201309/t20130904_403799.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source KG24_2025_RATS_COUNCIL = source("24kg-2025-rats-council", NEWS_REPORT,
            "Tashiev at RATS SCO meeting: Kyrgyzstan is waging fight against terrorism", "24.kg", year(2025),
            "https://24.kg/english/343002_Tashiev_at_RATS_SCO_meeting_Kyrgyzstan_is_waging_fight_against_terrorism/");

    // Documents.
    static final Source KREMLIN_2001_FOUNDING = source("kremlin-2001-founding", OFFICIAL,
            "Founding summit of the Shanghai Cooperation Organisation, Shanghai", "President of Russia",
            partialDate(2001, 6, 15), "http://en.kremlin.ru/events/president/news/41570");
    static final Source WORLDJPN_SHANGHAI_CONVENTION = source("worldjpn-shanghai-convention", OFFICIAL,
            "Shanghai Convention on Combating Terrorism, Separatism and Extremism (text from the SCO Secretariat)",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2001, 6, 15),
            "https://worldjpn.net/documents/texts/SCO/20010615.T2E.html");
    static final Source UNODC_SHANGHAI_CONVENTION = source("unodc-shanghai-convention", OFFICIAL,
            "Shanghai Convention on Combating Terrorism, Separatism and Extremism: status", "UNODC SHERLOC", null,
            "https://sherloc.unodc.org/cld/en/treaties/status/shanghai_cooperation_organization/the_shanghai_convention_on_combating_terrorism_separatism_and_extremism.html");
    static final Source CIS_LEGISLATION_CHARTER = source("cis-legislation-charter", OFFICIAL,
            "Charter of the Shanghai Cooperation Organization of June 7, 2002", "CIS Legislation database", null,
            "https://cis-legislation.com/document.fwx?rgn=3851");
    static final Source SECTSCO_ABOUT = source("sectsco-about", OFFICIAL, "About SCO", "SCO Secretariat", null,
            "http://eng.sectsco.org/about_sco/");
    static final Source ZAKONPRAVO_RATS_AGREEMENT = source("zakonpravo-rats-agreement", OFFICIAL,
            "Law of Kazakhstan ratifying the Agreement on the Regional Anti-Terrorist Structure", "zakonpravo.kz",
            partialDate(2003, 6, 3), "http://www.zakonpravo.kz/en/on-the-ratification-of-the-agreement-between-the-member-states-of-the-shanghai-cooperation-organization-on-the-regional-anti-terrorist-structure");
    static final Source WORLDJPN_CHG_2003 = source("worldjpn-chg-2003", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Beijing",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2003, 9, 23),
            "https://worldjpn.net/documents/texts/SCO/20030923.D1E.html");
    static final Source SECTSCO_TREATY_2017 = source("sectsco-treaty-2017", OFFICIAL,
            "Conference on the 10th anniversary of the signing and 5th of the entry into force of the Treaty on"
                    + " Long-Term Good-Neighbourliness", "SCO Secretariat", partialDate(2017, 9, 25),
            "http://eng.sectsco.org/20170925/331478.html");
    static final Source SECTSCO_TREATY_2022 = source("sectsco-treaty-2022", OFFICIAL,
            "Work launched on the plan to implement the Treaty on Long-Term Good-Neighbourliness",
            "SCO Secretariat", partialDate(2022, 3, 14), "http://eng.sectsco.org/news/20220314/823027.html");
    static final Source WORLDJPN_CONVENTION_2009 = source("worldjpn-convention-2009", OFFICIAL,
            "SCO Convention against Terrorism (text)", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2009, 6, 16), "https://worldjpn.net/documents/texts/SCO/20090616.T1E.html");
    static final Source MID_2019_EXTREMISM = source("mid-2019-extremism", OFFICIAL,
            "Entry into force of the SCO Convention on Countering Extremism", "Ministry of Foreign Affairs of Russia",
            partialDate(2019, 11, 8), "https://www.mid.ru/en/web/guest/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3891639");
    static final Source TASS_2017_ASTANA = source("tass-2017-astana", NEWS_REPORT,
            "India and Pakistan join the SCO at the Astana summit", "TASS", partialDate(2017, 6, 9),
            "http://tass.com/world/950697");
    static final Source ECNS_2015_UFA = source("ecns-2015-ufa", NEWS_REPORT,
            "SCO approves Development Strategy until 2025 at Ufa summit", "ecns.cn (Xinhua)", partialDate(2015, 7, 12),
            "http://ecns.cn/2015/07-12/172751.shtml");
    static final Source TASS_2019_CHG_PROGRAMME = source("tass-2019-chg-programme", NEWS_REPORT,
            "SCO Council of Heads of Government adopts trade and economic cooperation programme through 2035",
            "TASS", partialDate(2019, 11, 2), "https://tass.com/economy/1086679");
    static final Source UN_A73_833 = source("un-a73-833", OFFICIAL,
            "Letter transmitting the documents of the SCO Qingdao summit (A/73/833)", "United Nations General Assembly",
            partialDate(2019, 4, 15), "https://docslib.org/doc/12159833/general-assembly-distr-general-15-april-2019");
    static final Source ET_2023_NEW_DELHI = source("et-2023-new-delhi", NEWS_REPORT,
            "SCO summit leads to a bouquet of declarations, including economic strategy and deradicalisation",
            "The Economic Times", partialDate(2023, 7, 4),
            "https://m.economictimes.com/news/international/world-news/sco-summit-leads-to-bouquet-of-declarations-including-economic-strategy-deradicalisation/articleshow/101493310.cms");
    static final Source KREMLIN_2024_ASTANA = source("kremlin-2024-astana", OFFICIAL,
            "Meeting of the SCO Heads of State Council (documents signed and adopted)", "President of Russia",
            partialDate(2024, 7, 4), "http://en.kremlin.ru/events/president/news/74464");
    static final Source MEA_2024_ASTANA_DECLARATION = source("mea-2024-astana-declaration", OFFICIAL,
            "Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization",
            "Ministry of External Affairs of India", partialDate(2024, 7, 10),
            "https://fsi.mea.gov.in/bilateral-documents.htm?dtl/37942/");
    static final Source KAZINFORM_2024_ASTANA_DOCUMENTS = source("kazinform-2024-astana-documents", NEWS_REPORT,
            "SCO members sign key documents on cooperation, including the Astana Declaration", "Kazinform",
            partialDate(2024, 7, 4), "https://en.inform.kz/news/sco-members-sign-key-documents-on-cooperation-including-astana-declaration-b95095/");
    static final Source TREND_2025_TIANJIN_DOCUMENTS = source("trend-2025-tianjin-documents", NEWS_REPORT,
            "Documents adopted at the SCO summit in Tianjin", "Trend News Agency", partialDate(2025, 9, 1),
            "https://www.trend.az/business/4085717.html");
    static final Source BELTA_2025_TIANJIN = source("belta-2025-tianjin", NEWS_REPORT,
            "In Tianjin heads of state approve SCO Development Strategy until 2035", "BelTA (news.by)",
            month(2025, 9), "https://news.by/eng/news/politika/in-tianjin-heads-of-states-approve-sco-development-strategy-until-2035");
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
    static final Source EIN_2022_SAMARKAND_DOCUMENTS = source("ein-2022-samarkand-documents", OFFICIAL,
            "Documents signed following the Samarkand summit", "Government of Uzbekistan (via EIN Presswire)",
            partialDate(2022, 9, 18), "https://www.einpresswire.com/article/591637267/documents-signed-following-the-samarkand-summit");

    static final Source URDUPOINT_2021_DUSHANBE = source("urdupoint-2021-dushanbe", NEWS_REPORT,
            "SCO leaders sign Dushanbe Declaration of the organisation's 20th anniversary", "UrduPoint (Sputnik)",
            partialDate(2021, 9, 17), "https://www.urdupoint.com/en/world/sco-leaders-sign-dushanbe-declaration-of-orga-1352893.html");
    static final Source WORLDJPN_DECLARATION_2002 = source("worldjpn-declaration-2002", OFFICIAL,
            "Declaration by the Heads of the Member States of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20020607.D1E.html");
    static final Source WORLDJPN_DECLARATION_2003 = source("worldjpn-declaration-2003", OFFICIAL,
            "Declaration of the Heads of the Member States of the SCO (Moscow, 29 May 2003)", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20030529.D1E.html");
    static final Source KREMLIN_2003_MOSCOW_DECLARATION = source("kremlin-2003-moscow-declaration", OFFICIAL,
            "Declaration of the Heads of the Member States of the SCO (Moscow, 29 May 2003)",
            "President of Russia (kremlin.ru)", partialDate(2003, 5, 29), "http://en.special.kremlin.ru/supplement/1672");
    static final Source CIS_LEGISLATION_2004_TASHKENT = source("cis-legislation-2004-tashkent", OFFICIAL,
            "Tashkent Declaration of Heads of State Members of the SCO of June 17, 2004", "CIS Legislation", null,
            "https://cis-legislation.com/document.fwx?rgn=6905");
    static final Source WORLDJPN_DECLARATION_2006 = source("worldjpn-declaration-2006", OFFICIAL,
            "Declaration on the Fifth Anniversary of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20060615.D2E.html");
    static final Source CHINA_ORG_2006_FIFTH_ANNIVERSARY = source("china-org-2006-fifth-anniversary", OFFICIAL,
            "Declaration on the Fifth Anniversary of the Shanghai Cooperation Organization", "china.org.cn (Xinhua)",
            partialDate(2006, 6, 15), "http://china.org.cn/features/meeting/2006-06/15/content_1171589.htm");
    static final Source SCO_SUMMIT_2013_BISHKEK_DECLARATION_2007 = source("sco-summit-2013-bishkek-declaration-2007",
            OFFICIAL, "Bishkek Declaration of the Heads of the Member States of the Shanghai Cooperation Organisation",
            "Official site of the 2013 SCO summit", null,
            "http://www.scosummit2013.org/en/documents/bishkekskaya-deklaratsiya/");
    static final Source WORLDJPN_DECLARATION_2008 = source("worldjpn-declaration-2008", OFFICIAL,
            "Dushanbe Declaration", "The World and Japan Database (GRIPS, University of Tokyo)", null, "https://worldjpn.net/documents/texts/SCO/20080828.D2E.html");
    static final Source KREMLIN_2008_DUSHANBE_DECLARATION = source("kremlin-2008-dushanbe-declaration", OFFICIAL,
            "Dushanbe Declaration of the Heads of SCO Member States", "President of Russia (kremlin.ru)",
            partialDate(2008, 8, 28), "http://en.kremlin.ru/supplement/287/print");
    static final Source WORLDJPN_DECLARATION_2009 = source("worldjpn-declaration-2009", OFFICIAL,
            "Yekaterinburg Declaration by the Heads of the Member States of the Shanghai Cooperation Organization",
            "The World and Japan Database (GRIPS, University of Tokyo)", null, "https://worldjpn.net/documents/texts/SCO/20090616.D4E.html");
    static final Source MFA_CHINA_2010_DECLARATION = source("mfa-china-2010-declaration", OFFICIAL,
            "Declaration of the 10th Meeting of the Council of Heads of State of the SCO Member States",
            "Ministry of Foreign Affairs of China", partialDate(2010, 6, 11),
            "https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t711709.shtml");
    static final Source WORLDJPN_DECLARATION_2011 = source("worldjpn-declaration-2011", OFFICIAL,
            "Astana Declaration on the 10th Anniversary of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20110615.D2E.html");
    static final Source WORLDJPN_DECLARATION_2012 = source("worldjpn-declaration-2012", OFFICIAL,
            "Declaration by the Heads of Member States of the Shanghai Cooperation Organization on Building a Region"
                    + " of Lasting Peace and Common Prosperity", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20120607.D2E.html");
    static final Source PEOPLE_2012_BEIJING_DOCUMENTS = noted("people-2012-beijing-documents", NEWS_REPORT,
            "Documents signed at the SCO summit in Beijing", "People's Daily Online", partialDate(2012, 6, 11),
            "http://en.people.cn/90883/7841940.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source WORLDJPN_DECLARATION_2013 = source("worldjpn-declaration-2013", OFFICIAL,
            "Bishkek Declaration by the Heads of the Member States of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)",
            null, "https://worldjpn.net/documents/texts/SCO/20130913.D2E.html");
    static final Source WORLDJPN_DECLARATION_2014 = source("worldjpn-declaration-2014", OFFICIAL,
            "Dushanbe Declaration by the Heads of the Member States of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)",
            null, "https://worldjpn.net/documents/texts/SCO/20140912.D2E.html");
    static final Source MFA_TAJIKISTAN_2014_DECLARATION = source("mfa-tajikistan-2014-declaration", OFFICIAL,
            "Dushanbe Declaration of the Heads of SCO Member States", "Ministry of Foreign Affairs of Tajikistan",
            partialDate(2014, 9, 12), "https://mid.tj/en/main/view/467/dushanbe-declaration-of-the-heads-of-sco-member-states");
    static final Source SPUTNIK_ARABIC_2015_UFA = noted("sputnik-arabic-2015-ufa", NEWS_REPORT,
            "Ufa Declaration issued at the close of the SCO summit", "Sputnik Arabic", partialDate(2015, 7, 10),
            "https://sarabic.ae/20150710/1014918376.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source KAZINFORM_2016_TASHKENT_DOCUMENTS = source("kazinform-2016-tashkent-documents", NEWS_REPORT,
            "Several documents signed at SCO Summit in Tashkent", "Kazinform", partialDate(2016, 6, 24),
            "https://en.inform.kz/news/several-documents-signed-at-sco-summit-in-tashkent_a2918145/");
    static final Source WORLDJPN_DECLARATION_2017 = source("worldjpn-declaration-2017", OFFICIAL,
            "The Astana declaration of the Heads of State of the Shanghai Cooperation Organisation", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20170609.D2E.html");
    static final Source SECTSCO_2017_ASTANA_BRIEFING = source("sectsco-2017-astana-briefing", OFFICIAL,
            "Press briefing of the SCO Secretary-General following the SCO Heads of State Council Meeting",
            "SCO Secretariat", partialDate(2017, 6, 9), "http://eng.sectsco.org/news/20170609/290249.html");
    static final Source TASS_2018_QINGDAO = noted("tass-2018-qingdao", NEWS_REPORT,
            "SCO leaders sign the Qingdao Declaration", "TASS", partialDate(2018, 6, 10), "http://tass.com/world/1009014",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source KREMLIN_2018_QINGDAO_DECLARATION = source("kremlin-2018-qingdao-declaration", OFFICIAL,
            "Qingdao Declaration of the Council of Heads of State of the SCO (Russian text)",
            "President of Russia (kremlin.ru)", partialDate(2018, 6, 10), "http://kremlin.ru/supplement/5315");
    static final Source WORLDJPN_DECLARATION_2019 = source("worldjpn-declaration-2019", OFFICIAL,
            "Bishkek Declaration of the Shanghai Cooperation Organisation's Heads of State Council", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20190614.D1E.html");
    static final Source RFERL_2019_BISHKEK_DECLARATION = source("rferl-2019-bishkek-declaration", NEWS_REPORT,
            "Shanghai Cooperation Organization members sign joint declaration", "Radio Free Europe/Radio Liberty",
            partialDate(2019, 6, 14),
            "https://www.rferl.org/a/shanghai-cooperation-organization-members-sign-joint-declaration/29999988.html");
    static final Source INFOSHOS_2020_MOSCOW_DECLARATION = source("infoshos-2020-moscow-declaration", OFFICIAL,
            "The Moscow Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation",
            "InfoSCO (infoshos.ru)", partialDate(2020, 11, 18), "http://www.infoshos.ru/en/?idn=25915");
    static final Source URDUPOINT_2020_MOSCOW = source("urdupoint-2020-moscow", NEWS_REPORT,
            "SCO adopts Moscow Declaration, set of documents", "UrduPoint (Sputnik)", partialDate(2020, 11, 10),
            "https://www.urdupoint.com/en/world/sco-adopts-moscow-declaration-set-of-documen-1081786.html");

    // Statuses: admissions, observers, dialogue partners and the 2025 reform.
    static final Source ECNS_2016_SHANGHAI_FIVE = source("ecns-2016-shanghai-five", NEWS_REPORT,
            "Twenty years since the Shanghai Five's confidence-building agreement", "ECNS (Xinhua)", partialDate(2016, 4, 15),
            "http://ecns.cn/voices/2016/04-15/206843.shtml");
    static final Source RFERL_1996_SHANGHAI = source("rferl-1996-shanghai", NEWS_REPORT,
            "Five presidents sign border treaty in Shanghai", "Radio Free Europe/Radio Liberty", partialDate(1996, 4, 26),
            "https://www.rferl.org/a/1080434.html");
    static final Source EASTDAY_2006_SUMMITS = source("eastday-2006-summits", NEWS_REPORT,
            "Chronology of SCO summits, 2001-2006", "Eastday (Xinhua)", partialDate(2006, 6, 15),
            "http://english.eastday.com/eastday/englishedition/node20665/node20667/node22808/node138957/node138959/userobject1ai2107373.html");
    static final Source GLOBAL_TIMES_2014_SUMMITS = source("global-times-2014-summits", NEWS_REPORT,
            "Backgrounder: SCO summits from Shanghai 2001 to Dushanbe 2014", "Global Times (Xinhua)",
            partialDate(2014, 9, 12), "https://www.globaltimes.cn/content/881158.shtml");
    static final Source KAZINFORM_2017_MONGOLIA = source("kazinform-2017-mongolia", NEWS_REPORT,
            "Mongolian President to participate in SCO summit in Astana", "Kazinform", partialDate(2017, 5, 29),
            "https://en.inform.kz/amp/mongolian-president-to-participate-in-sco-summit-in-astana_a3030679/");
    static final Source SECTSCO_2019_MONGOLIA = source("sectsco-2019-mongolia", OFFICIAL,
            "Mongolia, SCO observer state since 2004", "SCO Secretariat", partialDate(2019, 11, 1),
            "http://eng.sectsco.org/news/20191101/593557.html");
    // The database's header prints "June 7, 2004"; the text itself says 17 June 2004.
    static final Source WORLDJPN_CHS_2004 = source("worldjpn-chs-2004", OFFICIAL,
            "Tashkent Declaration by Heads of the Member States of the Shanghai Cooperation Organization",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2004, 6, 17),
            "https://worldjpn.net/documents/texts/SCO/20040607.D1E.html");
    static final Source WORLDJPN_CHS_2005 = source("worldjpn-chs-2005", OFFICIAL,
            "Declaration by the Heads of the Member States of the Shanghai Cooperation Organization",
            "The World and Japan Database (GRIPS, University of Tokyo)", partialDate(2005, 7, 5),
            "https://worldjpn.net/documents/texts/SCO/20050705.D1E.html");
    static final Source HINDU_2005_OBSERVERS = source("hindu-2005-observers", NEWS_REPORT,
            "India to join Shanghai group as observer", "The Hindu", month(2005, 6),
            "https://www.thehindu.com/todays-paper/tp-national/india-to-join-shanghai-group-as-observer/article27381151.ece");
    static final Source INTERFAX_2009_YEKATERINBURG = source("interfax-2009-yekaterinburg", NEWS_REPORT,
            "Medvedev: SCO grants dialogue partner status to Belarus and Sri Lanka", "Interfax", partialDate(2009, 6, 16),
            "https://www.interfax.ru/amp/85291");
    static final Source PRIU_2009_SRI_LANKA = source("priu-2009-sri-lanka", OFFICIAL,
            "Sri Lanka gains partnership in the SCO", "Government of Sri Lanka (PRIU)", partialDate(2009, 6, 17),
            "http://www.priu.gov.lk/news_update/Current_Affairs/ca200906/20090617sl_gains_partnership_in_sco.htm");
    static final Source PAJHWOK_2012_AFGHANISTAN = source("pajhwok-2012-afghanistan", NEWS_REPORT,
            "SCO accepts Afghanistan as observer", "Pajhwok Afghan News", partialDate(2012, 6, 7),
            "https://pajhwok.com/2012/06/07/sco-accepts-afghanistan-observer/");
    static final Source MFA_TURKEY_2013 = source("mfa-turkey-2013", OFFICIAL,
            "Statement of the Spokesman on Turkey's dialogue partnership with the SCO",
            "Ministry of Foreign Affairs of Turkey", partialDate(2013, 2, 5),
            "http://www.mfa.gov.tr/qa_3_-5-february-2013_-statement-of-the-spokesman-of-the-ministry-of-foreign-affairs-of-turkey-in-response-to-a-question-regarding-turkey_s-dialogue-partnership-to-the-shanghai-cooperation-organization.en.mfa");
    static final Source TRT_2015_UFA = source("trt-2015-ufa", NEWS_REPORT,
            "Uzbekistan takes over SCO leadership at Ufa", "TRT World", month(2015, 7),
            "http://www.trtworld.com/asia/uzbekistan-take-over-sco-leadership-4376");
    static final Source PAKISTAN_TODAY_2015_UFA = source("pakistan-today-2015-ufa", NEWS_REPORT,
            "Pakistan and India get permanent SCO membership", "Pakistan Today", partialDate(2015, 7, 10),
            "https://archive.pakistantoday.com.pk/2015/07/10/pakistan-and-india-get-permanent-sco-membership/");
    static final Source GAZETA_UZ_2016_ARMENIA = source("gazeta-uz-2016-armenia", NEWS_REPORT,
            "Armenia signs memorandum on SCO dialogue partner status", "Gazeta.uz", partialDate(2016, 4, 16),
            "https://www.gazeta.uz/ru/2016/04/16/sco/");
    static final Source UZTAG_2015_CAMBODIA = source("uztag-2015-cambodia", NEWS_REPORT,
            "Cambodia receives SCO dialogue partner status", "UzTAG", partialDate(2015, 9, 26),
            "https://uztag.info/ru/news/kambodzha-poluchila-status-partnera-po-dialogu-shos");
    static final Source REPORT_AZ_2016_AZERBAIJAN = source("report-az-2016-azerbaijan", NEWS_REPORT,
            "Azerbaijan officially granted status of SCO dialogue partner", "Report.az", partialDate(2016, 3, 14),
            "https://report.az/en/foreign-politics/azerbaijan-officially-granted-status-of-sco-dialogue-partner");
    static final Source SECTSCO_2020_NEPAL = source("sectsco-2020-nepal", OFFICIAL,
            "Nepal, SCO dialogue partner", "SCO Secretariat", partialDate(2020, 8, 19),
            "http://eng.sectsco.org/20200819/670183.html");
    static final Source ASEAN_TRIBUNE_2016_TASHKENT = source("asean-tribune-2016-tashkent", NEWS_REPORT,
            "Shanghai Cooperation Organization expanded (memoranda on India and Pakistan signed in Tashkent)",
            "ASEAN Tribune (TASS)", month(2016, 6), "https://www.aseantribune.com/shanghai-cooperation-organization-expanded/");
    static final Source ECNS_2017_ASTANA = source("ecns-2017-astana", NEWS_REPORT,
            "India and Pakistan become full SCO members", "ECNS (Xinhua)", partialDate(2017, 6, 10),
            "http://ecns.cn/2017/06-10/260947.shtml");
    static final Source TASS_2021_PARTNERS = source("tass-2021-partners", NEWS_REPORT,
            "Saudi Arabia, Egypt and Qatar will receive SCO dialogue partner status", "TASS", partialDate(2021, 9, 9),
            "https://tass.com/world/1335687");
    static final Source TASS_2021_AFGHANISTAN = source("tass-2021-afghanistan", NEWS_REPORT,
            "Afghan delegation will not attend the Dushanbe SCO summit", "TASS", partialDate(2021, 9, 9),
            "https://tass.com/world/1335609");
    static final Source PEOPLE_2022_SAMARKAND = source("people-2022-samarkand", NEWS_REPORT,
            "Memorandum of obligations on Iran's SCO membership signed at the Samarkand summit",
            "People's Daily Online (Xinhua)", partialDate(2022, 9, 16), "http://en.people.cn/n3/2022/0916/c90000-10148236.html");
    static final Source NEWS_GHANA_2022_EGYPT_QATAR = source("news-ghana-2022-egypt-qatar", NEWS_REPORT,
            "Egypt and Qatar granted status of SCO dialogue partner", "News Ghana (Uzbek foreign ministry)",
            month(2022, 9), "https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/");
    static final Source URDUPOINT_2023_SAUDI = source("urdupoint-2023-saudi", NEWS_REPORT,
            "Saudi King approves Riyadh's dialogue partner status in the SCO", "UrduPoint (Sputnik)",
            partialDate(2023, 3, 29), "https://www.urdupoint.com/en/world/saudi-king-approves-riyadhs-dialogue-partner-1667578.html");
    static final Source FINANCIAL_EXPRESS_2023_GOA = source("financial-express-2023-goa", NEWS_REPORT,
            "SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners", "Financial Express", partialDate(2023, 5, 6),
            "https://www.financialexpress.com/business/defence-sco-adds-kuwait-uae-myanmar-and-maldives-as-dialogue-partners-3076846/");
    static final Source LIBYAN_NEWSWIRE_2023_BAHRAIN = source("libyan-newswire-2023-bahrain", NEWS_REPORT,
            "Bahrain granted the status of SCO dialogue partner", "Libyan Newswire (BNA)", partialDate(2023, 7, 15),
            "https://libyannewswire.com/bahrain-granted-the-status-of-sco-dialogue-partner/");
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
    static final Source TREND_2025_TIANJIN_DECLARATION = source("trend-2025-tianjin-declaration", NEWS_REPORT,
            "Tianjin Declaration merges SCO observer and dialogue partner statuses", "Trend News Agency",
            partialDate(2025, 9, 1), "https://www.trend.az/world/4085750.html");
    static final Source TASS_2025_PARTNERS = source("tass-2025-partners", NEWS_REPORT,
            "Wang Yi: SCO observers and dialogue partners unified as SCO partners; Laos welcomed", "TASS",
            partialDate(2025, 9, 1), "https://tass.com/world/2010381");
    static final Source KG24_2025_TIANJIN = source("24kg-2025-tianjin", NEWS_REPORT,
            "Documents signed as a result of the SCO Heads of State Council meeting in Tianjin", "24.kg",
            partialDate(2025, 9, 1), "https://24.kg/english/341784_Number_of_documents_signed_as_a_result_of_SCO_Heads_of_State_Council_meeting/");

    // Bodies.
    static final Source SECTSCO_SECRETARIAT = source("sectsco-secretariat", OFFICIAL,
            "General information about the SCO Secretariat", "SCO Secretariat", null,
            "http://eng.sectsco.org/secretariat/");
    static final Source EURASIANET_2012_RATS = source("eurasianet-2012-rats", NEWS_REPORT,
            "Uzbekistan: a peek inside an SCO anti-terrorism center", "EurasiaNet (via Eurasia Review)",
            partialDate(2012, 9, 25), "https://www.eurasiareview.com/26092012-uzbekistan-a-peek-inside-an-sco-anti-terrorism-center/");
    static final Source COSCOS_2013_INTERBANK = source("coscos-2013-interbank", OFFICIAL,
            "SCO Interbank Consortium: history", "China SCO Center (coscos.org.cn)", partialDate(2013, 6, 13),
            "http://coscos.org.cn/a/En/SCO_IBC/2013/0612/251.html");
    static final Source SCO_RUSSIA_2015_BUSINESS_COUNCIL = source("sco-russia-2015-business-council", OFFICIAL,
            "SCO Business Council", "Russian SCO presidency 2014-2015", partialDate(2014, 9, 5),
            "http://en.sco-russia2015.ru/cooperation/20140905/1013179794.html");
    static final Source SCO_FORUM_ABOUT = source("sco-forum-about", OFFICIAL, "About the SCO Forum", "SCO Forum",
            year(2012), "http://scoforum.org/2012/?lng=en&module=pages&action=view&id=12");
    static final Source PEOPLE_2016_SCO_UNIVERSITY = source("people-2016-sco-university", NEWS_REPORT,
            "SCO youth education: the SCO University", "People's Daily Online", partialDate(2016, 6, 24),
            "http://en.people.cn/n3/2016/0624/c90782-9077126.html");
    static final Source GNFCC_2021_WUHAN = source("gnfcc-2021-wuhan", OFFICIAL,
            "Wuhan Initiative of the SCO Forum on People-to-People Friendship",
            "SCO Good-Neighbourliness, Friendship and Cooperation Commission", partialDate(2021, 6, 3),
            "http://en.gnfccsco.com/2021-06/03/c_884442.htm");
    static final Source TASS_2025_SCO_CENTRES = noted("tass-2025-sco-centres", NEWS_REPORT,
            "SCO countries sign agreements on the Anti-Drug Centre and the Universal Centre (Tianjin Declaration)",
            "TASS", partialDate(2025, 9, 1), "https://tass.com/world/2010361", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source TASS_2025_PUTIN_TIANJIN = noted("tass-2025-putin-tianjin", NEWS_REPORT,
            "Putin at the SCO summit in Tianjin on the new centres in Dushanbe and Tashkent", "TASS",
            partialDate(2025, 9, 1), "https://tass.com/politics/2009975", "The title is a descriptive English label; the page's own headline was not recorded.");

    // Designations.
    static final Source CANINDIA_2022_VARANASI = source("canindia-2022-varanasi", NEWS_REPORT,
            "Varanasi nominated as first-ever SCO tourism and cultural capital at Samarkand summit", "CanIndia (IANS)",
            partialDate(2022, 9, 16), "https://www.canindia.com/varanasi-nominated-as-first-ever-sco-tourism-cultural-capital-at-samarkand-summit/");
    static final Source ASTANA_TIMES_2023_ALMATY = source("astana-times-2023-almaty", NEWS_REPORT,
            "Almaty becomes SCO cultural and tourism capital for 2023-2024", "The Astana Times", partialDate(2023, 4, 4),
            "https://astanatimes.com/2023/04/almaty-becomes-sco-cultural-and-tourism-capital-for-2023-2024/");
    static final Source SECTSCO_2023_YEAR_OF_TOURISM = source("sectsco-2023-year-of-tourism", OFFICIAL,
            "Year of Tourism 2023 SCO forum poised to begin", "SCO Secretariat", partialDate(2023, 11, 22),
            "https://eng.sectsco.org/20231122/-Year-of-Tourism-2023-SCO-forum-poised-to-begin--967051.html");
    static final Source ASTANA_TIMES_2024_YEAR_OF_ECOLOGY = source("astana-times-2024-year-of-ecology", NEWS_REPORT,
            "SCO kicks off Year of Environment chaired by Kazakhstan", "The Astana Times", partialDate(2024, 1, 16),
            "https://astanatimes.com/2024/01/sco-kicks-off-year-of-environment-chaired-by-kazakhstan/");
    static final Source SECTSCO_2024_TOURISM_HEADS = source("sectsco-2024-tourism-heads", OFFICIAL,
            "Meeting of heads of tourism administrations of the SCO member states, Almaty", "SCO Secretariat",
            partialDate(2024, 5, 26), "https://chn.sectsco.org/20240526/1364566.html");
    static final Source PEOPLE_2024_SUSTAINABLE_DEVELOPMENT = source("people-2024-sustainable-development",
            NEWS_REPORT, "China to host friendly, united, fruitful SCO summit next year",
            "People's Daily Online (Xinhua)", partialDate(2024, 9, 10), "http://en.people.cn/n3/2024/0910/c90000-20217024.html");
    static final Source PEOPLE_2025_PARTIES_FORUM = source("people-2025-parties-forum", NEWS_REPORT,
            "SCO political parties meet in Urumqi", "People's Daily Online (Xinhua)", partialDate(2025, 4, 24),
            "http://en.people.cn/n3/2025/0424/c90000-20306751.html");
    static final Source ASTANA_TIMES_2025_TIANJIN = source("astana-times-2025-tianjin", NEWS_REPORT,
            "SCO summit in Tianjin: Kyrgyzstan assumes rotating chairmanship", "The Astana Times", partialDate(2025, 9, 2),
            "https://astanatimes.com/2025/09/sco-summit-in-tianjin-kyrgyzstan-assumes-rotating-chairmanship/");

    // Summits and chairmanships.
    static final Source UZBEKISTAN_EMBASSY_2010_CHAIR = source("uzbekistan-embassy-2010-chair", OFFICIAL,
            "Uzbekistan's chairmanship of the SCO and the Tashkent summit", "Embassy of Uzbekistan to the United States",
            partialDate(2010, 6, 10), "http://uzbekistan.org/news/archive/815/");
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
    static final Source NEWSLINE_2011_CHINA_CHAIR = source("newsline-2011-china-chair", NEWS_REPORT,
            "China assumes rotating SCO presidency from Kazakhstan", "Newsline.kz", partialDate(2011, 7, 4),
            "https://newsline.kz/article/602282/");
    static final Source SCO_SUMMIT_2013 = source("sco-summit-2013", OFFICIAL,
            "13th meeting of the SCO Council of Heads of State, Bishkek", "Official site of the 2013 SCO summit",
            year(2013), "http://www.scosummit2013.org/en/");
    static final Source DIPLOMAT_2014_DUSHANBE = source("diplomat-2014-dushanbe", NEWS_REPORT,
            "Results of the SCO summit in Dushanbe (Foreign Minister of Tajikistan)", "Diplomat Magazine",
            partialDate(2014, 11, 3), "https://diplomatmagazine.eu/2014/11/03/results-sco-summit-dushanbe-2014");
    static final Source TASS_2014_PRESIDENCY = source("tass-2014-presidency", NEWS_REPORT,
            "Russia to take over SCO presidency after the Dushanbe summit", "ITAR-TASS", partialDate(2014, 9, 11),
            "https://tass.com/russia/748980");
    static final Source TASS_2015_UFA = source("tass-2015-ufa", NEWS_REPORT,
            "SCO presidency goes from Russia to Uzbekistan at the Ufa summit", "TASS", partialDate(2015, 7, 10),
            "http://tass.com/world/807537");
    static final Source TIMES_KUWAIT_2016_TASHKENT = source("times-kuwait-2016-tashkent", NEWS_REPORT,
            "Presidency of Uzbekistan at the Shanghai Cooperation Organization", "Times Kuwait", partialDate(2016, 6, 22),
            "http://timeskuwait.com/Times_-Presidency-of-Uzbekistan-at-the-Shanghai-Cooperation-Organization");
    static final Source KAZINFORM_2016_CHAIR = source("kazinform-2016-chair", NEWS_REPORT,
            "Astana to host next SCO summit in June 2017, Nazarbayev says", "Kazinform", partialDate(2016, 6, 24),
            "https://en.inform.kz/amp/astana-to-host-next-sco-summit-in-june-2017-nazarbayev_a2918124/");
    static final Source KHOVAR_2017_CHINA_CHAIR = source("khovar-2017-china-chair", NEWS_REPORT,
            "China to take over SCO chairmanship from Kazakhstan", "Khovar (Kazinform)", partialDate(2017, 6, 8),
            "https://eng.khovar.tj/2017/06/china-to-take-over-sco-chairmanship-from-kazakhstan");
    static final Source KP_KG_2018_QINGDAO = source("kp-kg-2018-qingdao", NEWS_REPORT,
            "SCO chairmanship passes from China to Kyrgyzstan at Qingdao", "Komsomolskaya Pravda Kyrgyzstan",
            partialDate(2018, 6, 10), "https://www.kp.kg/online/news/3142115/");
    static final Source RFERL_2019_BISHKEK = source("rferl-2019-bishkek", NEWS_REPORT,
            "Leaders of the Shanghai Cooperation Organization sign joint declaration", "Radio Free Europe/Radio Liberty",
            month(2019, 6), "https://www.rferl.org/a/leaders-of-shanghai-cooperation-organization-sign-joint-declaration/29999849.html");
    static final Source TASS_2020_VIDEO_SUMMIT = source("tass-2020-video-summit", NEWS_REPORT,
            "SCO summit by video link to be the main event of Russia's chairmanship", "TASS", partialDate(2020, 10, 21),
            "https://tass.com/world/1214849");
    static final Source MFA_TAJIKISTAN_2020_PRESIDENCY = source("mfa-tajikistan-2020-presidency", OFFICIAL,
            "Tajikistan's SCO presidency: cooperation for stability and prosperity", "Ministry of Foreign Affairs of"
                    + " Tajikistan", month(2020, 12),
            "https://www.mfa.tj/en/berlin/view/6771/tajikistans-sco-presidency-cooperation-for-stability-and-prosperity");
    static final Source KHOVAR_2021_DUSHANBE = source("khovar-2021-dushanbe", NEWS_REPORT,
            "SCO's jubilee summit took place in Dushanbe", "Khovar", partialDate(2021, 9, 17),
            "https://eng.khovar.tj/2021/09/sco-s-jubilee-summit-took-place-in-dushanbe-todayv");
    static final Source CENTRELINE_2021_UZBEK_CHAIR = source("centreline-2021-uzbek-chair", NEWS_REPORT,
            "Uzbekistan's chairmanship in the SCO (article by Secretary-General Vladimir Norov)", "Centreline",
            partialDate(2021, 10, 15), "https://centreline.com.pk/2021/10/15/uzbekistans-chairmanship-in-the-sco/");
    static final Source PTI_2022_INDIA_CHAIR = source("pti-2022-india-chair", NEWS_REPORT,
            "India takes over SCO rotating presidency", "Press Trust of India (Moneycontrol)", partialDate(2022, 9, 16),
            "https://www.moneycontrol.com/news/business/india-takes-over-sco-rotating-presidency-9190731.html");
    static final Source TREND_2023_KAZAKH_CHAIR = source("trend-2023-kazakh-chair", NEWS_REPORT,
            "New Delhi Declaration: SCO chairmanship passes to Kazakhstan", "Trend News Agency", partialDate(2023, 7, 4),
            "https://en.trend.az/casia/kazakhstan/3768763.html");
    static final Source TREND_2024_CHINA_CHAIR = source("trend-2024-china-chair", NEWS_REPORT,
            "Astana Declaration: SCO chairmanship passes from Kazakhstan to China", "Trend News Agency",
            partialDate(2024, 7, 4), "https://en.trend.az/azerbaijan/politics/3919792.html");
    static final Source XINHUA_2025_KYRGYZ_CHAIR = source("xinhua-2025-kyrgyz-chair", NEWS_REPORT,
            "Kyrgyzstan takes over SCO rotating presidency for 2025-2026", "People's Daily Online (Xinhua)",
            partialDate(2025, 9, 1), "http://en.people.cn/n3/2025/0901/c90000-20360489.html");
    static final Source TASS_2026_KYRGYZ_CHAIR = source("tass-2026-kyrgyz-chair", NEWS_REPORT,
            "Japarov: Kyrgyzstan chairs the SCO in 2026 for the fourth time", "TASS", partialDate(2026, 1, 1),
            "https://tass.com/world/2067289");
    static final Source PRC_EMBASSY_GREECE_2003_MOSCOW = source("prc-embassy-greece-2003-moscow", OFFICIAL,
            "Third SCO Summit Meeting Held in Moscow", "Embassy of the People's Republic of China in Greece",
            partialDate(2003, 5, 29),
            "http://gr.china-embassy.org/eng/xwdt/xw2003/xw200305/200305/t20030529_3367627.htm");
    static final Source UTRO_2003_MOSCOW = noted("utro-2003-moscow", NEWS_REPORT,
            "Prikhodko: holding the summit in Moscow leaves Kazakhstan's president the SCO chair", "Utro.ru",
            partialDate(2003, 5, 28), "https://utro.ru/news/2003/05/28/202181.shtml", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source PRAVDA_2003_MOSCOW = noted("pravda-2003-moscow", NEWS_REPORT,
            "Kazakhstan's president remains SCO chairman at the Moscow summit", "Pravda.ru (English)",
            partialDate(2003, 5, 28), "https://english.pravda.ru/news/russia/50125-n/", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source UZBEK_CONSULATE_2016_CHAIR = noted("uzbek-consulate-2016-chair", OFFICIAL,
            "Uzbekistan's chairmanships of the SCO", "Consulate of Uzbekistan in Jordan", year(2016),
            "http://www.uzbekconsulate.jo/news.aspx?id=1672&group_key=news&lang=en", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source MFA_CHINA_2007_PRESIDING_STATE = noted("mfa-china-2007-presiding-state", OFFICIAL,
            "Bishkek summit opens: Bakiyev greets the leaders as president of the SCO's presiding state",
            "Ministry of Foreign Affairs of China (Russian site)", partialDate(2007, 8, 16),
            "https://www.mfa.gov.cn/rus/zxxx/200708/t20070816_763587.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source INFOSHOS_2009_NURGALIYEV = noted("infoshos-2009-nurgaliyev", NEWS_REPORT,
            "Secretary-General Bolat Nurgaliyev at the Yekaterinburg summit: the year of Russia's chairmanship",
            "InfoSCO (infoshos.ru)", partialDate(2009, 6, 18), "http://www.infoshos.ru/en/print.php?idn=4411", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source KT_2010_KAZAKH_PRESIDENCY = source("kt-2010-kazakh-presidency", NEWS_REPORT,
            "Official logo of presidency of Kazakhstan in SCO confirmed", "Kazakhstan Today", partialDate(2010, 8, 24),
            "https://kt.kz/eng/society/official_logo_of_presidency_of_kazakhstan_in_sco_confirmed_1153523247.html");
    static final Source TASS_2024_SCO_PLUS = source("tass-2024-sco-plus", NEWS_REPORT,
            "First meeting in SCO Plus format to be held on July 4 in Astana", "TASS", partialDate(2024, 7, 2),
            "https://tass.com/politics/1811375");
    static final Source KAZINFORM_2024_SCO_PLUS = source("kazinform-2024-sco-plus", NEWS_REPORT,
            "SCO Plus meeting kicks off in Astana", "Kazinform", partialDate(2024, 7, 4),
            "https://en.inform.kz/news/sco-plus-meeting-kicks-off-in-astana-b3b260/");
    static final Source GLOBAL_TIMES_2025_TIANJIN = source("global-times-2025-tianjin", NEWS_REPORT,
            "Xi calls for forging ahead with solid steps as SCO convenes largest-ever summit",
            "Global Times (PR Newswire)", partialDate(2025, 9, 1),
            "https://www.prnewswire.com/news-releases/global-times-xi-calls-for-forging-ahead-with-solid-steps-as-sco-convenes-largest-ever-summit-302543353.html");
    static final Source MFA_CHINA_2004_CHG = source("mfa-china-2004-chg", OFFICIAL,
            "Joint communique of the third meeting of the Prime Ministers of the SCO member states, Bishkek",
            "Ministry of Foreign Affairs of China", partialDate(2004, 9, 23),
            "https://www.mfa.gov.cn/eng/zy/gb/202405/t20240531_11367142.html");

    // Events and figures.
    static final Source SECTSCO_2021_SCO_DAY = source("sectsco-2021-sco-day", OFFICIAL,
            "Gala evening for the SCO's 20th anniversary at Diaoyutai, Beijing", "SCO Secretariat", partialDate(2021, 6, 15),
            "https://eng.sectsco.org/20210615/765514.html");
    static final Source SECTSCO_2021_CONTACT_GROUP = source("sectsco-2021-contact-group", OFFICIAL,
            "Secretary-General at the SCO-Afghanistan Contact Group meeting of foreign ministers, Dushanbe",
            "SCO Secretariat", partialDate(2021, 7, 14), "http://eng.sectsco.org/20210714/768423.html");
    static final Source SECTSCO_2019_SPIDER_WEB = source("sectsco-2019-spider-web", OFFICIAL,
            "International anti-drug operation Spider Web", "SCO Secretariat", partialDate(2019, 7, 12),
            "http://eng.sectsco.org/news/20190712/565195.html");
    static final Source CHINA_DIPLOMACY_2024_INTERACTION = source("china-diplomacy-2024-interaction", NEWS_REPORT,
            "SCO members conduct joint counter-terrorism live exercise Interaction-2024", "China Diplomacy (Xinhua)",
            partialDate(2024, 7, 23), "http://en.chinadiplomacy.org.cn/2024-07/23/content_117325990.shtml");
    static final Source CHINA_DAILY_2024_GREEN_FORUM = source("china-daily-2024-green-forum", NEWS_REPORT,
            "SCO member states push for green development in Qingdao", "China Daily", partialDate(2024, 7, 10),
            "https://regional.chinadaily.com.cn/shandong/qingdao/2024-07/10/c_1003510.htm");
    static final Source SECTSCO_2024_ECOLOGY_FORUM = source("sectsco-2024-ecology-forum", OFFICIAL,
            "Secretary-General's speech at the SCO Forum Year of Ecology 2024", "SCO Secretariat", partialDate(2024, 7, 8),
            "https://eng.sectsco.org/20240708/1460217.html");
    static final Source ASTANA_TIMES_2023_TOURISM_FORUM = source("astana-times-2023-tourism-forum", NEWS_REPORT,
            "SCO Year of Tourism 2023 forum kicks off in China", "The Astana Times", partialDate(2023, 11, 25),
            "https://astanatimes.com/2023/11/sco-year-of-tourism-2023-forum-kicks-off-in-china/");
    static final Source TASS_2024_WATER_CONFERENCE = source("tass-2024-water-conference", NEWS_REPORT,
            "SCO Secretary-General at the Dushanbe Water Action Decade conference", "TASS", partialDate(2024, 6, 11),
            "https://tass.com/world/1802255");
    static final Source KAZINFORM_2023_IMPROVEMENT = source("kazinform-2023-improvement", NEWS_REPORT,
            "Improvement of SCO activities discussed in Astana", "Kazinform", partialDate(2023, 4, 2),
            "https://www.inform.kz/en/improvement-of-sco-activities-discussed-in-astana_a4052191");
    static final Source PEOPLE_2024_RAILWAY = source("people-2024-railway", NEWS_REPORT,
            "Xi's letter to the commencement ceremony of the China-Kyrgyzstan-Uzbekistan railway project",
            "People's Daily Online (Xinhua)", partialDate(2024, 12, 27), "http://en.people.cn/n3/2024/1227/c90000-20259516.html");
    static final Source PEOPLE_2024_YANGLING = source("people-2024-yangling", NEWS_REPORT,
            "Chinese agricultural hub nurtures talent for SCO member states", "People's Daily Online (Xinhua)",
            partialDate(2024, 6, 13), "http://en.people.cn/n3/2024/0613/c90000-20181032.html");
    static final Source DEVDISCOURSE_2021_VACCINES = source("devdiscourse-2021-vaccines", NEWS_REPORT,
            "Xi says China aims to provide 2 billion COVID-19 vaccine doses to the world in 2021", "Devdiscourse (CCTV)",
            partialDate(2021, 8, 5), "https://www.devdiscourse.com/article/health/1681498-xi-says-china-aims-to-provide-2-bln-covid-19-vaccine-doses-to-world-in-2021--cctv");
    static final Source PEOPLE_2020_ECONOMIC_FACTS = source("people-2020-economic-facts", NEWS_REPORT,
            "Facts and figures: China-SCO economic cooperation", "People's Daily Online (Xinhua)", partialDate(2020, 11, 10),
            "http://en.people.cn/n3/2020/1110/c90000-9778690.html");
    static final Source ETNET_2025_TRADE_TARGET = source("etnet-2025-trade-target", NEWS_REPORT,
            "Xi at the 25th Council of Heads of State: China-SCO trade target reached ahead of schedule", "ETNet",
            partialDate(2025, 9, 1), "http://202.62.215.22/www/tc/ashares/news_detail.php?category=%E4%B8%8A%E5%90%88%E5%B3%B0%E6%9C%83&newsid=ETN350901843&page=1");
    static final Source GLOBAL_TIMES_2024_PRESIDENCY = source("global-times-2024-presidency", NEWS_REPORT,
            "China initiates work of rotating SCO presidency for 2024-2025", "Global Times", month(2024, 7),
            "https://www.globaltimes.cn/page/202407/1316472.shtml");
    static final Source PEOPLE_2021_XI_PLEDGES = source("people-2021-xi-pledges", NEWS_REPORT,
            "China to help countries in need build capacity, improve people's lives: Xi", "People's Daily Online"
                    + " (Xinhua)", partialDate(2021, 9, 18), "http://en.people.cn/n3/2021/0918/c90000-9898305.html");
    static final Source SCIO_2018_EXERCISES = noted("scio-2018-exercises", OFFICIAL,
            "SCO infographic: joint anti-terror exercises", "State Council Information Office of China",
            partialDate(2018, 6, 5), "http://english.scio.gov.cn/infographics/2018-06/05/content_51673238.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source CHINA_ORG_2005_PEACE_MISSION = noted("china-org-2005-peace-mission", NEWS_REPORT,
            "China confirms the dates of Peace Mission 2005", "china.org.cn (Xinhua)", partialDate(2005, 8, 2),
            "http://china.org.cn/english/2005/Aug/137129.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source HERALD_TRIBUNE_2005_PEACE_MISSION = source("herald-tribune-2005-peace-mission", NEWS_REPORT,
            "Russia, China hold military exercises", "Herald-Tribune", partialDate(2005, 8, 18),
            "https://www.heraldtribune.com/story/news/2005/08/18/russia-china-hold-military-exercises/28858456007/");
    static final Source CHINA_ORG_2007_PEACE_MISSION = noted("china-org-2007-peace-mission", NEWS_REPORT,
            "Peace Mission 2007: final stage near Chelyabinsk", "china.org.cn (Xinhua)", month(2007, 8),
            "http://english.china.org.cn/english/international/221276.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source BJREVIEW_2009_PEACE_MISSION = noted("bjreview-2009-peace-mission", NEWS_REPORT,
            "Peace Mission 2009", "Beijing Review", partialDate(2009, 7, 24),
            "http://www.bjreview.com.cn/print/txt/2009-07/24/content_209206.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source XINHUA_2010_PEACE_MISSION = noted("xinhua-2010-peace-mission", NEWS_REPORT,
            "Peace Mission 2010 concludes in Kazakhstan", "Xinhua (mirror)", partialDate(2010, 9, 25),
            "http://m.keyanhelp.cn/world/2010-09/25/content_20997066.htm", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source ECRATS_COORDINATION = source("ecrats-coordination", OFFICIAL, "Coordination activities",
            "Executive Committee of the SCO Regional Anti-Terrorist Structure", null,
            "https://ecrats.org/en/activity/coordination/");
    static final Source PEOPLE_2012_PEACE_MISSION = source("people-2012-peace-mission", NEWS_REPORT,
            "Joint SCO military drill concludes in Tajikistan", "People's Daily Online (Xinhua)", partialDate(2012, 6, 15),
            "http://en.people.cn/90786/7846814.html");
    static final Source CHINA_DAILY_2013_PEACE_MISSION = source("china-daily-2013-peace-mission", NEWS_REPORT,
            "Joint drills vital for security", "China Daily", partialDate(2013, 8, 1),
            "http://covid-19.chinadaily.com.cn/opinion/2013-08/01/content_16860219.htm");
    static final Source RT_2013_PEACE_MISSION = source("rt-2013-peace-mission", NEWS_REPORT,
            "Chinese military hardware hits Russia for joint anti-terror drills", "RT", partialDate(2013, 8, 4),
            "https://www.rt.com/news/russia-china-drills-urals-016/");
    static final Source XINHUA_2014_PEACE_MISSION = source("xinhua-2014-peace-mission", NEWS_REPORT,
            "Foreign troops leave China after anti-terror drill", "Xinhua (People's Daily Online, via GlobalSecurity.org)",
            partialDate(2014, 9, 4), "https://www.globalsecurity.org/military/library/news/2014/09/mil-140904-pdo01.htm");
    static final Source KAZINFORM_2016_PEACE_MISSION = source("kazinform-2016-peace-mission", NEWS_REPORT,
            "SCO countries display high combat potential - Kyrgyz General Staff chief", "Kazinform (TASS)",
            partialDate(2016, 9, 21),
            "https://en.inform.kz/amp/sco-countries-display-high-combat-potential-kyrgyz-general-staff-chief_a2951406/");
    static final Source IDS_2018_PEACE_MISSION = noted("ids-2018-peace-mission", OFFICIAL,
            "SCO Exercise Peace Mission 2018", "Integrated Defence Staff, Ministry of Defence of India", null,
            "https://www.ids.nic.in/hadr-exercises-detail.php?id=MTA%3D", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source TASS_2021_PEACE_MISSION = source("tass-2021-peace-mission", NEWS_REPORT,
            "About 5,500 servicemen to take part in SCO Peace Mission-2021", "TASS", partialDate(2021, 9, 20),
            "https://tass.com/defense/1339845");
    static final Source TASS_2021_PEACE_MISSION_STARTS = source("tass-2021-peace-mission-starts", NEWS_REPORT,
            "SCO member states kick off Peace Mission 2021 anti-terror drills", "TASS", partialDate(2021, 9, 20),
            "https://tass.com/defense/1339999");
    static final Source CHINAMIL_2015_XIAMEN = source("chinamil-2015-xiamen", NEWS_REPORT,
            "SCO hosts first joint online counter-terrorism exercise in China", "China Military Online",
            partialDate(2015, 10, 15), "http://english.chinamil.com.cn/view/2015-10/15/content_7130465.htm");
    static final Source SECTSCO_2021_PABBI = noted("sectsco-2021-pabbi", OFFICIAL,
            "Joint anti-terrorist exercise Pabbi-Antiterror-2021", "SCO Secretariat", partialDate(2021, 10, 4),
            "http://eng.sectsco.org/20211004/786524.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    static final Source NIE_2022_MANESAR = source("nie-2022-manesar", NEWS_REPORT,
            "India hosts SCO joint anti-terror drill to enhance operational capabilities", "The New Indian Express",
            partialDate(2022, 10, 10),
            "https://www.newindianexpress.com/nation/2022/oct/10/india-hosts-sco-joint-anti-terror-drill-to-enhance-operational-capabilities-2506551.html");
    static final Source GLOBAL_TIMES_2024_INTERACTION = source("global-times-2024-interaction", NEWS_REPORT,
            "SCO holds first joint anti-terrorism drill in China featuring all member states", "Global Times",
            partialDate(2024, 7, 23), "https://globaltimes.cn/page/202407/1316564.shtml");
    static final Source BASTILLE_POST_2024_RAILWAY = source("bastille-post-2024-railway", NEWS_REPORT,
            "Launch ceremony for China-Kyrgyzstan-Uzbekistan railway held in Kyrgyzstan", "Bastille Post (CCTV)",
            partialDate(2024, 12, 28),
            "https://bastillepost.com/global/article/4438299-launch-ceremony-for-china-kyrgyzstan-uzbekistan-railway-held-in-kyrgyzstan");
    static final Source KG24_2024_RAILWAY = source("24kg-2024-railway", NEWS_REPORT,
            "China-Kyrgyzstan-Uzbekistan railway: Heads of State send addresses", "24.kg", partialDate(2024, 12, 27),
            "https://24.kg/english/315640_China-Kyrgyzstan-Uzbekistan_railway_Heads_of_State_send_addresses/");
    static final Source CGTN_2023_TRADE_SHARE = source("cgtn-2023-trade-share", NEWS_REPORT,
            "Chart of the Day: SCO's share in global trade rises", "CGTN", partialDate(2023, 7, 3),
            "https://news.cgtn.com/news/2023-07-03/Chart-of-the-Day-SCO-s-share-in-global-trade-rises-1l825wajJoQ/index.html");
    static final Source PEOPLE_2021_XI_VACCINES = source("people-2021-xi-vaccines", NEWS_REPORT,
            "China to make due contribution to humanity's ultimate victory over pandemic: Xi",
            "People's Daily Online (Xinhua)", partialDate(2021, 9, 18), "http://en.people.cn/n3/2021/0918/c90000-9898314.html");
    static final Source CLIMA_2021_XI_TRADE_TARGET = noted("clima-2021-xi-trade-target", NEWS_REPORT,
            "Xi Jinping at the 21st meeting of the SCO Council of Heads of State: China's pledges", "clima.org.cn"
                    + " (repost of a Chinese media report)", null, "http://clima.org.cn/news/show-8230.html",
            "Chinese-language repost of a report whose original outlet the page does not name; the title is a"
                    + " descriptive English label.");
    static final Source PAKISTAN_TODAY_2025_XI = source("pakistan-today-2025-xi", NEWS_REPORT,
            "Xi calls for forging ahead with solid steps as SCO convenes largest-ever summit", "Pakistan Today (Xinhua)",
            partialDate(2025, 9, 1),
            "https://www.pakistantoday.com.pk/2025/09/01/xi-calls-for-forging-ahead-with-solid-steps-as-sco-convenes-largest-ever-summit/");

    // Councils of Heads of Government and of Foreign Ministers; SCO Plus.
    static final Source CHINA_DAILY_2007_TIMELINE = source("china-daily-2007-timeline", NEWS_REPORT,
            "Six years of determination and action: SCO timeline", "China Daily",
            partialDate(2007, 8, 16), "https://global.chinadaily.com.cn/china/2007-08/16/content_6029081.htm");
    static final Source CHINAGATE_2015_CHG = source("chinagate-2015-chg", NEWS_REPORT,
            "Backgrounder: prime ministers' meetings of the SCO", "China.org.cn (Xinhua)",
            partialDate(2015, 12, 14), "http://en.chinagate.cn/2015-12/14/content_37309761.htm");
    static final Source WORLDJPN_CHG_2004 = source("worldjpn-chg-2004", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Bishkek", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2004, 9, 23), "https://worldjpn.net/documents/texts/SCO/20040923.D1E.html");
    static final Source XINHUA_2005_CHG = source("xinhua-2005-chg", NEWS_REPORT,
            "Fourth SCO heads-of-government meeting opens in Moscow", "Xinhua",
            partialDate(2005, 10, 27), "http://keyanhelp.cn/archive/2005-10/27/content_1146665.htm");
    static final Source WORLDJPN_CHG_2006 = source("worldjpn-chg-2006", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Dushanbe", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2006, 9, 15), "https://worldjpn.net/documents/texts/SCO/20060915.D1E.html");
    static final Source WORLDJPN_CHG_2007 = source("worldjpn-chg-2007", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Tashkent", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2007, 11, 2), "https://worldjpn.net/documents/texts/SCO/20071102.D1E.html");
    static final Source WORLDJPN_CHG_2008 = source("worldjpn-chg-2008", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Astana", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2008, 10, 30), "https://worldjpn.net/documents/texts/SCO/20081030.D1E.html");
    static final Source EMBASSY_2009_CHG = source("embassy-2009-chg", OFFICIAL,
            "The eighth SCO prime ministers' meeting held in Beijing", "Embassy of China in the Netherlands",
            partialDate(2009, 10, 14), "http://nl.china-embassy.gov.cn/eng/zgyw/200910/t20091016_2640849.htm");
    static final Source CHINA_ORG_2010_CHG = source("china-org-2010-chg", NEWS_REPORT,
            "SCO prime ministers meet in Dushanbe", "china.org.cn (Xinhua)",
            partialDate(2010, 11, 25), "http://english.china.org.cn/world/2010-11/25/content_21420591.htm");
    static final Source WORLDJPN_CHG_2011 = source("worldjpn-chg-2011", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Saint Petersburg", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2011, 11, 7), "https://worldjpn.net/documents/texts/SCO/20111107.D2E.html");
    static final Source WORLDJPN_CHG_2012 = source("worldjpn-chg-2012", OFFICIAL,
            "Joint communique of the Council of Heads of Government, Bishkek", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2012, 12, 5), "https://worldjpn.net/documents/texts/SCO/20121205.D1E.html");
    static final Source WORLDJPN_CHG_2013 = source("worldjpn-chg-2013", OFFICIAL,
            "Joint communique of the 12th Council of Heads of Government, Tashkent", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2013, 11, 29), "https://worldjpn.net/documents/texts/SCO/20131129.D1E.html");
    static final Source WORLDJPN_CHG_2014 = source("worldjpn-chg-2014", OFFICIAL,
            "Joint communique of the 13th Council of Heads of Government, Astana", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2014, 12, 15), "https://worldjpn.net/documents/texts/SCO/20141215.D1E.html");
    static final Source ESCAP_2015_CHG = source("escap-2015-chg", OFFICIAL,
            "Joint communique of the 14th Council of Heads of Government, Zhengzhou", "Asia Pacific Energy Portal (UN ESCAP)",
            partialDate(2015, 12, 15), "https://policy.asiapacificenergy.org/node/2572");
    static final Source DOCSLIB_2016_CHG = source("docslib-2016-chg", OFFICIAL,
            "Joint communique of the 15th Council of Heads of Government", "docslib.org (communique text)",
            partialDate(2016, 11, 3), "https://docslib.org/doc/10785277/prime-ministers-council");
    static final Source CASE_2017_CHG = source("case-2017-chg", NEWS_REPORT,
            "Joint communique following the 16th meeting of the SCO Heads of Government Council", "CASE Tajikistan (Xinhua)",
            month(2017, 12), "https://case.com.tj/en/news/joint_communiqu-_following_the_16th_meeting_of_the_sco_heads_of_government_council/");
    static final Source NEWS_TJ_2018_CHG = source("news-tj-2018-chg", NEWS_REPORT,
            "Joint communique on the outcomes of the 17th SCO prime ministers' meeting issued in Dushanbe", "Asia-Plus (news.tj)",
            partialDate(2018, 10, 12), "https://news.tj/en/news/tajikistan/politics/20181012/joint-communiqu-on-outcomes-of-the-17th-sco-prime-ministers-meeting-issued-in-dushanbe");
    static final Source UZDAILY_2019_CHG = source("uzdaily-2019-chg", NEWS_REPORT,
            "18th meeting of the SCO Council of Heads of Government held in Tashkent", "UzDaily",
            month(2019, 11), "https://uzdaily.uz/ru/post/47254");
    static final Source SECTSCO_2020_CHG = source("sectsco-2020-chg", OFFICIAL,
            "19th meeting of the Council of Heads of Government by videoconference", "SCO Secretariat",
            partialDate(2020, 11, 30), "https://eng.sectsco.org/20201130/697604.html");
    static final Source SECTSCO_2021_CHG = source("sectsco-2021-chg", OFFICIAL,
            "Council of Heads of Government meeting by videoconference", "SCO Secretariat",
            partialDate(2021, 11, 25), "https://eng.sectsco.org/20211125/802560.html");
    static final Source MEA_2022_CHG = source("mea-2022-chg", OFFICIAL,
            "Joint communique following the 21st meeting of the Council of Heads of Government", "Ministry of External Affairs of India",
            partialDate(2022, 11, 1), "https://meacms.mea.gov.in/bilateral-documents.htm?dtl/35848/Joint_Communiqu_following_the_21st_Meeting_of_the_Council_of_Heads_of_Governments_Prime_Ministers_of_SCO_Member_States");
    static final Source TASS_2024_CHG = source("tass-2024-chg", NEWS_REPORT,
            "Documents signed at the 23rd Council of Heads of Government, Islamabad", "TASS",
            partialDate(2024, 10, 16), "https://tass.com/world/1856827");
    static final Source GOVERNMENT_RU_2025_CHG = source("government-ru-2025-chg", OFFICIAL,
            "Meeting of the SCO Heads of Government Council in expanded format", "Government of Russia",
            partialDate(2025, 11, 18), "http://government.ru/en/news/56961");
    static final Source PEOPLE_2025_SCO_PLUS = source("people-2025-sco-plus", NEWS_REPORT,
            "Xi urges SCO to lead on the Global Governance Initiative at the SCO Plus meeting", "People's Daily Online (Xinhua)",
            partialDate(2025, 9, 1), "http://en.people.cn/n3/2025/0901/c90000-20360514.html");
    static final Source WORLDJPN_CHS_2014 = source("worldjpn-chs-2014", OFFICIAL,
            "Press release of the Council of Heads of State, Dushanbe", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2014, 9, 12), "https://worldjpn.net/documents/texts/SCO/20140912.D1E.html");
    static final Source TIMES_CA_2018_CFM = source("times-ca-2018-cfm", NEWS_REPORT,
            "SCO foreign ministers meet in Beijing", "The Times of Central Asia",
            month(2018, 4), "https://timesca.com/shanghai-cooperation-organization-s-foreign-ministers-meet-in-beijing/");
    static final Source SECTSCO_2019_CFM = source("sectsco-2019-cfm", OFFICIAL,
            "Council of Foreign Ministers held in Bishkek", "SCO Secretariat",
            partialDate(2019, 5, 22), "http://eng.sectsco.org/20190522/543257.html");
    static final Source MID_2020_CFM = source("mid-2020-cfm", OFFICIAL,
            "Foreign Minister Lavrov's remarks at the SCO Council of Foreign Ministers, Moscow", "Ministry of Foreign Affairs of Russia",
            partialDate(2020, 9, 10), "https://www.mid.ru/en/maps/tj/-/asset_publisher/VfByAd5UOwu3/content/id/4330371");
    static final Source KAZINFORM_2021_CFM = source("kazinform-2021-cfm", NEWS_REPORT,
            "Kazakh foreign minister attends sitting of the SCO Council of Foreign Ministers", "Kazinform",
            partialDate(2021, 7, 14), "https://www.inform.kz/en/kazakh-fm-attends-sitting-of-sco-council-of-fms_a3812226");
    static final Source DIPLOMATIC_INSIGHT_2022_CFM = source("diplomatic-insight-2022-cfm", NEWS_REPORT,
            "Press briefing by the Foreign Ministry of Uzbekistan on the SCO Council of Foreign Ministers", "The Diplomatic Insight",
            partialDate(2022, 7, 28), "https://thediplomaticinsight.com/press-briefing-held-by-foreign-ministry-of-uzbekistan/");
    static final Source NEWS18_2023_CFM = source("news18-2023-cfm", NEWS_REPORT,
            "SCO foreign ministers' meeting in Goa", "News18",
            partialDate(2023, 5, 5), "https://www.news18.com/world/sco-foreign-ministers-meeting-in-goa-expansion-of-group-july-summit-agenda-to-be-discussed-7726033.html");
    static final Source KAZINFORM_2024_CFM = source("kazinform-2024-cfm", NEWS_REPORT,
            "SCO foreign ministers meet in Astana", "Kazinform",
            partialDate(2024, 5, 21), "https://en.inform.kz/news/sco-foreign-ministers-observe-moment-of-silence-over-death-of-iranian-president-ef2d53/");
    static final Source PAKISTAN_TODAY_2025_CFM = source("pakistan-today-2025-cfm", NEWS_REPORT,
            "SCO foreign ministers' council makes sound preparations for the Tianjin summit", "Pakistan Today (Xinhua)",
            partialDate(2025, 7, 17), "https://www.pakistantoday.com.pk/2025/07/17/sco-fms-council-makes-sound-preparations-for-tianjin-summit-wang-yi/");

    private static Source seed(String id, String title, String publisher, PartialDate published, String note) {
        return new Source(SourceId.of(id), SourceKind.SEED_ARTICLE, title, publisher, Optional.of(published),
                Optional.empty(), note);
    }

    private static Source source(String id, SourceKind kind, String title, String publisher,
                                 PartialDate publishedOrNull, String url) {
        return noted(id, kind, title, publisher, publishedOrNull, url, "");
    }

    /** A source with a note, such as that its title is a descriptive label rather than the page's headline. */
    private static Source noted(String id, SourceKind kind, String title, String publisher,
                                PartialDate publishedOrNull, String url, String note) {
        return new Source(SourceId.of(id), kind, title, publisher, Optional.ofNullable(publishedOrNull),
                Optional.of(URI.create(url)), note);
    }

    // Round two: accession procedures, partner organisations, principles.
    static final Source NATION_2014_APPLICATIONS = source("nation-2014-applications", NEWS_REPORT,
            "India, Pakistan file formal applications for full membership in SCO", "The Nation (Pakistan)",
            partialDate(2014, 9, 13), "https://nation.com.pk/13-Sep-2014/india-pakistan-file-formal-applications-for-full-membership-in-sco");
    static final Source PRIME_2015_UFA = source("prime-2015-ufa", NEWS_REPORT,
            "SCO heads of state decide to begin admitting India and Pakistan (Ufa summit)", "PRIME (RIA Novosti)",
            partialDate(2015, 7, 10), "https://1prime.ru/amp/20150710/815170589.html");
    static final Source DAILY_STAR_2015_UFA = source("daily-star-2015-ufa", NEWS_REPORT,
            "India, Pakistan join security group led by Russia, China", "The Daily Star (AP)",
            partialDate(2015, 7, 11), "https://www.thedailystar.net/world/south-asia/india-pakistan-join-security-group-led-russia-china-110674?amp");
    static final Source ASIA_PLUS_2016_MEMORANDA = source("asia-plus-2016-memoranda", NEWS_REPORT,
            "SCO foreign ministers adopt memorandum of obligations for India and Pakistan to join organization",
            "Asia-Plus", partialDate(2016, 5, 27),
            "http://old.news.tj/en/news/sco-foreign-ministers-adopt-memorandum-obligations-india-and-pakistan-join-organizatio");
    static final Source KAZINFORM_2016_TASHKENT = source("kazinform-2016-tashkent", NEWS_REPORT,
            "Several documents signed at SCO summit in Tashkent", "Kazinform", partialDate(2016, 6, 24),
            "https://en.inform.kz/amp/several-documents-signed-at-sco-summit-in-tashkent_a2918145/");
    static final Source APP_2016_MEMORANDUM = source("app-2016-memorandum", NEWS_REPORT,
            "Pakistan signs SCO memorandum of obligations", "Associated Press of Pakistan", partialDate(2016, 6, 24),
            "https://www.app.com.pk/global/pakistan-signs-sco-memorandum-of-obligations/");
    static final Source XEBERSAATI_2017_ASTANA = source("xebersaati-2017-astana", NEWS_REPORT,
            "India and Pakistan join SCO", "Xebersaati (Trend)", partialDate(2017, 6, 9),
            "http://www.xebersaati.com/news/64401-india-and-pakistan-join-sco/");
    static final Source SPUTNIK_2017_IRAN = source("sputnik-2017-iran", NEWS_REPORT,
            "Iran's bid for SCO membership, applied for in 2008", "Sputnik", partialDate(2017, 4, 21),
            "https://sputniknews.com/asia/201704211052839605-iran-kazakhstan-sco-membership/");
    static final Source FINANCIAL_TRIBUNE_2019_IRAN = source("financial-tribune-2019-iran", NEWS_REPORT,
            "Iran firm on boosting cooperation with SCO", "Financial Tribune", year(2019),
            "https://financialtribune.com/articles/national/96372/iran-firm-on-boosting-cooperation-with-sco");
    static final Source TASS_2021_DUSHANBE_DECISIONS = source("tass-2021-dushanbe-decisions", NEWS_REPORT,
            "Dushanbe summit launches Iran's admission and grants three dialogue partner statuses", "TASS",
            partialDate(2021, 9, 23), "https://tass.com/politics/1341593");
    static final Source TASS_2022_IRAN = source("tass-2022-iran", NEWS_REPORT,
            "Iran's admission to the SCO, launched at the Dushanbe summit of 17 September 2021", "TASS",
            partialDate(2022, 7, 12), "https://tass.com/world/1479045");
    static final Source ROSSAPRIMAVERA_2022_IRAN = source("rossaprimavera-2022-iran", NEWS_REPORT,
            "Protocol of consultations on Iran's accession to the SCO signed in Tashkent (Uzbek foreign ministry)",
            "Krasnaya Vesna", partialDate(2022, 3, 11), "https://rossaprimavera.ru/news/a26a7e71");
    static final Source IRAN_PROJECT_2022_IRAN = source("iran-project-2022-iran", NEWS_REPORT,
            "SCO members agree with Iran's membership mechanism", "The Iran Project (Mehr)", partialDate(2022, 3, 12),
            "https://theiranproject.com/blog/2022/03/12/sco-members-agree-with-irans-membership-mechanism/");
    static final Source URDUPOINT_2022_IRAN = source("urdupoint-2022-iran", NEWS_REPORT,
            "Iran signs memorandum of commitments to SCO", "UrduPoint (Sputnik)", partialDate(2022, 9, 15),
            "https://www.urdupoint.com/en/world/iran-signs-memorandum-of-commitments-to-sco-1563091.html");
    static final Source INFOROS_2022_IRAN = source("inforos-2022-iran", NEWS_REPORT,
            "Iran's memorandum of obligations signed in Samarkand", "Inforos", partialDate(2022, 9, 15),
            "https://inforos.com/?action=view&id=144431&module=news");
    static final Source SPUTNIK_2023_IRAN = source("sputnik-2023-iran", NEWS_REPORT,
            "Iran becomes full-fledged member of Shanghai Cooperation Organization", "Sputnik", partialDate(2023, 7, 4),
            "https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html");
    static final Source DEVDISCOURSE_2023_KWATRA = source("devdiscourse-2023-kwatra", NEWS_REPORT,
            "Belarus set to become a full member of SCO by 2024: FS Kwatra", "Devdiscourse (ANI)", partialDate(2023, 7, 4),
            "https://www.devdiscourse.com/article/international/2510936-belarus-set-to-become-a-full-member-of-sco-charter-by-2024-fs-kwatra");
    static final Source URDUPOINT_2022_BELARUS = source("urdupoint-2022-belarus", NEWS_REPORT,
            "Minsk applies for membership in Shanghai Cooperation Organization", "UrduPoint (Sputnik)",
            partialDate(2022, 7, 11), "https://www.urdupoint.com/en/world/minsk-applies-for-membership-in-shanghai-coop-1535080.html");
    static final Source TASS_2022_BELARUS = source("tass-2022-belarus", NEWS_REPORT,
            "SCO Secretary-General: Belarus has officially applied for membership", "TASS", partialDate(2022, 7, 15),
            "https://tass.com/economy/1480313");
    static final Source NEWS_AZ_2024_BELARUS = source("news-az-2024-belarus", NEWS_REPORT,
            "Belarus officially becomes SCO member", "News.az", partialDate(2024, 7, 4),
            "https://news.az/news/belarus-officially-becomes-sco-member");
    static final Source SECTSCO_2023_BELARUS_MINUTES = source("sectsco-2023-belarus-minutes", OFFICIAL,
            "Minutes of consultations on Belarus's accession signed in Varanasi", "SCO Secretariat (Chinese site)",
            partialDate(2023, 1, 18), "https://chn.sectsco.org/20230118/927512.html");
    static final Source EADAILY_2023_BELARUS = source("eadaily-2023-belarus", NEWS_REPORT,
            "SCO countries sign memorandum on Belarus's accession to the organisation", "EADaily",
            partialDate(2023, 7, 4), "https://eadaily.com/ru/ampnews/2023/07/04/strany-shos-podpisali-memorandum-o-prisoedinenii-belorussii-k-organizacii");
    static final Source ORIENT_2023_BELARUS = source("orient-2023-belarus", NEWS_REPORT,
            "Belarus has completed ratification of memorandum on joining SCO", "Orient", partialDate(2023, 11, 30),
            "https://orient.tm/en/post/64634/belarus-has-completed-ratification-memorandum-joining-sco");
    static final Source PEOPLE_2023_BELARUS = source("people-2023-belarus", NEWS_REPORT,
            "Lukashenko signs law ratifying Belarus's SCO memorandum of obligations", "People's Daily Online (Xinhua)",
            partialDate(2023, 12, 1), "http://en.people.cn/n3/2023/1201/c90000-20104775.html");
    static final Source KAZINFORM_2024_BELARUS = source("kazinform-2024-belarus", NEWS_REPORT,
            "Belarus officially joins SCO, becoming its 10th member state", "Kazinform", partialDate(2024, 7, 4),
            "https://en.inform.kz/news/belarus-officially-joins-sco-becoming-its-10th-member-state-bbfe88/");

    static final Source SECTSCO_2018_CIS = source("sectsco-2018-cis", OFFICIAL,
            "SCO Secretary-General at the CIS summit events in Dushanbe", "SCO Secretariat (Russian site)",
            partialDate(2018, 9, 27), "https://rus.sectsco.org/20180927/469313.html");
    static final Source MAIL_RU_2025_CIS = source("mail-ru-2025-cis", NEWS_REPORT,
            "SCO granted observer status at the CIS (CIS Executive Committee)", "News.mail.ru",
            partialDate(2025, 10, 14), "https://news.mail.ru/economics/68298119/");
    static final Source SPUTNIK_UZ_2025_CIS = source("sputnik-uz-2025-cis", NEWS_REPORT,
            "SCO granted observer status at the CIS", "Sputnik Uzbekistan", partialDate(2025, 10, 14),
            "https://uz.sputniknews.ru/20251014/shos-predostavili-status-nablyudatelya-pri-sng-52683129.html");
    static final Source ASEAN_2005_SCO = source("asean-2005-sco", OFFICIAL,
            "ASEAN and SCO Secretariats Sign Agreement for Substantive Cooperation", "ASEAN Secretariat",
            partialDate(2005, 4, 21), "https://asean.org/2005/04/21");
    static final Source EALEGISLATION_2007_CSTO = source("ealegislation-2007-csto", OFFICIAL,
            "Memorandum of understanding between the Secretariat of the CSTO and the Secretariat of the SCO of"
                    + " October 5, 2007", "CIS Legislation database", null,
            "https://ealegislation.com/document.fwx?rgn=46847");
    static final Source UN_2010_TASHKENT = source("un-2010-tashkent", OFFICIAL,
            "Activities of Secretary-General in Uzbekistan, 4-5 April (SG/T/2722)", "United Nations", year(2010),
            "https://press.un.org/en/2010/sgt2722.doc.htm");
    static final Source TENGRINEWS_2011_UNODC = source("tengrinews-2011-unodc", NEWS_REPORT,
            "SCO and UN agreed on cooperation in countering terrorism", "Tengrinews (KazTAG)", partialDate(2011, 6, 14),
            "https://en.tengrinews.kz/kazakhstan_news/SCO-and-UN-agreed-on-cooperation-in-countering-terrorism-2500/");
    static final Source SECTSCO_2017_UNODC = source("sectsco-2017-unodc", OFFICIAL,
            "SCO Secretary-General meets with UNODC Executive Director", "SCO Secretariat", partialDate(2017, 3, 14),
            "http://eng.sectsco.org/news/20170314/232847.html");
    static final Source KAZINFORM_2014_CICA = source("kazinform-2014-cica", NEWS_REPORT,
            "SCO and CICA secretariats ink MoU", "Kazinform", partialDate(2014, 5, 20),
            "https://qazinform.com/news/sco-and-cica-secretariats-ink-mou_a2659863");
    static final Source SECTSCO_2017_ICRC = source("sectsco-2017-icrc", OFFICIAL,
            "SCO, Red Cross sign memorandum of understanding", "SCO Secretariat", partialDate(2017, 6, 9),
            "http://eng.sectsco.org/news/20170609/290214.html");
    static final Source SECTSCO_2020_UNESCO = source("sectsco-2020-unesco", OFFICIAL,
            "SCO Secretary-General sends World Cultural Diversity Day greetings to UNESCO Director-General",
            "SCO Secretariat", partialDate(2020, 5, 22), "http://eng.sectsco.org/news/20200522/649553.html");
    static final Source EADAILY_2022_UNESCO = source("eadaily-2022-unesco", NEWS_REPORT,
            "SCO and UNESCO sign memorandum of cooperation", "EADaily (SCO press service)", partialDate(2022, 9, 15),
            "https://eadaily.com/ru/ampnews/2022/09/15/shos-i-yunesko-podpisali-memorandum-o-sotrudnichestve");
    static final Source SECTSCO_2019_UNWTO = source("sectsco-2019-unwto", OFFICIAL,
            "Helsinki hosts meeting on expanded SCO-UNWTO cooperation", "SCO Secretariat", partialDate(2019, 9, 5),
            "http://eng.sectsco.org/news/20190905/572892.html");
    static final Source AGROINFORM_2019_FAO = source("agroinform-2019-fao", NEWS_REPORT,
            "FAO and the Shanghai Cooperation Organisation strengthen partnership on food security and sustainable"
                    + " development", "Agroinform.asia (FAO)", month(2019, 11),
            "https://agroinform.asia/en/2019/11/11/fao-and-the-shanghai-cooperation-organisation-strengthen-partnership-on-food-security-and-sustainable-development/");
    static final Source MFA_KG_2019_UNGA = source("mfa-kg-2019-unga", OFFICIAL,
            "On 30 August 2019 the UN General Assembly adopted by consensus the resolution on cooperation between"
                    + " the United Nations and the SCO", "Permanent Mission of the Kyrgyz Republic to the United Nations",
            null, "https://mfa.gov.kg/en/dm/Permanent-Mission-of-the-Kyrgyz-Republic-to-the-United-Nations/Menu---Foreign-/News/News-and-Events/On-August-30-2019-at-a-meeting-of-the-UN-General-Assembly-a-resolution-entitled-Cooperation-between-the-United-Nations-and-the-Shanghai-Cooperation-Organization-was-adopted-by-consensus");
    static final Source SECTSCO_2021_UNGA = source("sectsco-2021-unga", OFFICIAL,
            "UN General Assembly adopts the resolution on cooperation between the UN and the SCO", "SCO Secretariat",
            partialDate(2021, 3, 30), "http://eng.sectsco.org/news/20210330/737245.html");
    static final Source GREATER_KASHMIR_2025_UNGA = source("greater-kashmir-2025-unga", NEWS_REPORT,
            "United Nations debates on SCO", "Greater Kashmir", partialDate(2025, 9, 6),
            "https://m.greaterkashmir.com/article/united-nations-debates-on-sco/430840");
    static final Source CARICC_2026_SCO = source("caricc-2026-sco", OFFICIAL,
            "Memorandum of understanding signed between CARICC and SCO Secretariat", "CARICC", partialDate(2026, 3, 18),
            "https://www.caricc.org/en/publications/news/memorandum-of-understanding-signed-between-caricc-and-sco-secretariat");

    static final Source PEOPLE_2001_SHANGHAI_SPIRIT = source("people-2001-shanghai-spirit", NEWS_REPORT,
            "Commentary: \"Shanghai Spirit\" -- New Banner of International Cooperation", "People's Daily Online",
            partialDate(2001, 6, 15), "http://en.people.cn/english/200106/15/print20010615_72746.html");
    static final Source MFA_CHINA_2012_DECLARATION = source("mfa-china-2012-declaration", OFFICIAL,
            "Declaration of the Heads of State of the SCO Member States on Building a Region of Lasting Peace and"
                    + " Common Prosperity", "Ministry of Foreign Affairs of the People's Republic of China",
            partialDate(2024, 5, 31), "https://www.mfa.gov.cn/eng/zy/gb/202405/t20240531_11367264.html");
    static final Source CIS_LEGISLATION_SHANGHAI_CONVENTION = source("cis-legislation-shanghai-convention", OFFICIAL,
            "Shanghai Convention on fight against terrorism, separatism and extremism of June 15, 2001",
            "CIS Legislation database", null, "https://cis-legislation.com/document.fwx?rgn=3865");
    static final Source CGTN_2019_THREE_EVILS = source("cgtn-2019-three-evils", NEWS_REPORT,
            "How SCO fights against 'three evils'?", "CGTN", partialDate(2019, 6, 13),
            "https://news.cgtn.com/news/2019-06-13/How-SCO-fights-against-three-evils--HuviG7qT7i/index.html");
    static final Source CCTV_2006_ABOUT_SCO = source("cctv-2006-about-sco", NEWS_REPORT,
            "SCO Summit 2006: About SCO", "CCTV (Xinhua)", year(2006),
            "http://www.cctv.com/english/special/C15892/01/index.shtml");
    static final Source CHINA_ORG_2018_WIKI = source("china-org-2018-wiki", REFERENCE_WORK,
            "CIIC: Today's featured article, May 28, 2018 (Shanghai Cooperation Organisation)", "Wiki China.org.cn",
            partialDate(2018, 5, 28),
            "http://wiki.china.org.cn/index.php?direction=prev&oldid=42528&title=CIIC%3AToday%27s_featured_article%2FMay_28%2C_2018");
    static final Source CFR_CHARTER = source("cfr-charter", REFERENCE_WORK,
            "Shanghai Cooperation Organization Charter (primary source)", "Council on Foreign Relations", null,
            "http://www.cfr.org/regional-security/shanghai-cooperation-organization-charter/p33011");
    static final Source CHINA_ORG_2002_CHARTER = source("china-org-2002-charter", NEWS_REPORT,
            "SCO Charter adopted in St Petersburg", "china.org.cn (Xinhua)", partialDate(2002, 6, 8),
            "http://english.china.org.cn/english/2002/Jun/34117.htm");
}
