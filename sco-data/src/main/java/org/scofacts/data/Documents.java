package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.BELTA_2025_TIANJIN;
import static org.scofacts.data.Sources.KAZINFORM_2016_TASHKENT_DOCUMENTS;
import static org.scofacts.data.Sources.KREMLIN_2008_DUSHANBE_DECLARATION;
import static org.scofacts.data.Sources.URDUPOINT_2020_MOSCOW;
import static org.scofacts.data.Sources.UZDAILY_2007_BISHKEK_COMMUNIQUE;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2004;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2005;
import static org.scofacts.data.Sources.CIS_LEGISLATION_CHARTER;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.KREMLIN_2024_ASTANA;
import static org.scofacts.data.Sources.SECTSCO_2019_FAO;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_001;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2019_CHG_PROGRAMME;
import static org.scofacts.data.Sources.TASS_2025_TIANJIN;
import static org.scofacts.data.Sources.TREND_2025_TIANJIN_DOCUMENTS;
import static org.scofacts.data.Sources.URDUPOINT_2021_DUSHANBE;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2003;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2023;
import static org.scofacts.data.Sources.WORLDJPN_SHANGHAI_CONVENTION;
import static org.scofacts.model.DocumentKind.ACTION_PLAN;
import static org.scofacts.model.DocumentKind.AGREEMENT;
import static org.scofacts.model.DocumentKind.CHARTER;
import static org.scofacts.model.DocumentKind.CONVENTION;
import static org.scofacts.model.DocumentKind.DECLARATION;
import static org.scofacts.model.DocumentKind.INITIATIVE;
import static org.scofacts.model.DocumentKind.MEMORANDUM;
import static org.scofacts.model.DocumentKind.PROGRAMME;
import static org.scofacts.model.DocumentKind.STATEMENT;
import static org.scofacts.model.DocumentKind.STRATEGY;
import static org.scofacts.model.DocumentKind.TREATY;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.FactId;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/**
 * Founding and legal texts, summit declarations, strategies, programmes and statements: one row per
 * document. Titles are the official English titles where the seeds give machine translations.
 */
final class Documents {

    private Documents() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source UNODC_SHANGHAI_CONVENTION = source("unodc-shanghai-convention", OFFICIAL,
            "Shanghai Convention on Combating Terrorism, Separatism and Extremism: status", "UNODC SHERLOC", null,
            "https://sherloc.unodc.org/cld/en/treaties/status/shanghai_cooperation_organization/the_shanghai_convention_on_combating_terrorism_separatism_and_extremism.html");
    private static final Source SECTSCO_ABOUT = source("sectsco-about", OFFICIAL, "About SCO", "SCO Secretariat", null,
            "http://eng.sectsco.org/about_sco/");
    private static final Source ZAKONPRAVO_RATS_AGREEMENT = source("zakonpravo-rats-agreement", OFFICIAL,
            "Law of Kazakhstan ratifying the Agreement on the Regional Anti-Terrorist Structure", "zakonpravo.kz",
            partialDate(2003, 6, 3), "http://www.zakonpravo.kz/en/on-the-ratification-of-the-agreement-between-the-member-states-of-the-shanghai-cooperation-organization-on-the-regional-anti-terrorist-structure");
    private static final Source SECTSCO_TREATY_2017 = source("sectsco-treaty-2017", OFFICIAL,
            "Conference on the 10th anniversary of the signing and 5th of the entry into force of the Treaty on"
                    + " Long-Term Good-Neighbourliness", "SCO Secretariat", partialDate(2017, 9, 25),
            "http://eng.sectsco.org/20170925/331478.html");
    private static final Source SECTSCO_TREATY_2022 = source("sectsco-treaty-2022", OFFICIAL,
            "Work launched on the plan to implement the Treaty on Long-Term Good-Neighbourliness",
            "SCO Secretariat", partialDate(2022, 3, 14), "http://eng.sectsco.org/news/20220314/823027.html");
    private static final Source WORLDJPN_CONVENTION_2009 = source("worldjpn-convention-2009", OFFICIAL,
            "SCO Convention against Terrorism (text)", "The World and Japan Database (GRIPS, University of Tokyo)",
            partialDate(2009, 6, 16), "https://worldjpn.net/documents/texts/SCO/20090616.T1E.html");
    private static final Source MID_2019_EXTREMISM = source("mid-2019-extremism", OFFICIAL,
            "Entry into force of the SCO Convention on Countering Extremism", "Ministry of Foreign Affairs of Russia",
            partialDate(2019, 11, 8), "https://www.mid.ru/en/web/guest/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3891639");
    private static final Source ECNS_2015_UFA = source("ecns-2015-ufa", NEWS_REPORT,
            "SCO approves Development Strategy until 2025 at Ufa summit", "ecns.cn (Xinhua)", partialDate(2015, 7, 12),
            "http://ecns.cn/2015/07-12/172751.shtml");
    private static final Source UN_A73_833 = source("un-a73-833", OFFICIAL,
            "Letter transmitting the documents of the SCO Qingdao summit (A/73/833)", "United Nations General Assembly",
            partialDate(2019, 4, 15), "https://docslib.org/doc/12159833/general-assembly-distr-general-15-april-2019");
    private static final Source ET_2023_NEW_DELHI = source("et-2023-new-delhi", NEWS_REPORT,
            "SCO summit leads to a bouquet of declarations, including economic strategy and deradicalisation",
            "The Economic Times", partialDate(2023, 7, 4),
            "https://m.economictimes.com/news/international/world-news/sco-summit-leads-to-bouquet-of-declarations-including-economic-strategy-deradicalisation/articleshow/101493310.cms");
    private static final Source MEA_2024_ASTANA_DECLARATION = source("mea-2024-astana-declaration", OFFICIAL,
            "Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization",
            "Ministry of External Affairs of India", partialDate(2024, 7, 10),
            "https://fsi.mea.gov.in/bilateral-documents.htm?dtl/37942/");
    private static final Source KAZINFORM_2024_ASTANA_DOCUMENTS = source("kazinform-2024-astana-documents", NEWS_REPORT,
            "SCO members sign key documents on cooperation, including the Astana Declaration", "Kazinform",
            partialDate(2024, 7, 4), "https://en.inform.kz/news/sco-members-sign-key-documents-on-cooperation-including-astana-declaration-b95095/");
    private static final Source EIN_2022_SAMARKAND_DOCUMENTS = source("ein-2022-samarkand-documents", OFFICIAL,
            "Documents signed following the Samarkand summit", "Government of Uzbekistan (via EIN Presswire)",
            partialDate(2022, 9, 18), "https://www.einpresswire.com/article/591637267/documents-signed-following-the-samarkand-summit");
    private static final Source WORLDJPN_DECLARATION_2002 = source("worldjpn-declaration-2002", OFFICIAL,
            "Declaration by the Heads of the Member States of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20020607.D1E.html");
    private static final Source WORLDJPN_DECLARATION_2003 = source("worldjpn-declaration-2003", OFFICIAL,
            "Declaration of the Heads of the Member States of the SCO (Moscow, 29 May 2003)", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20030529.D1E.html");
    private static final Source KREMLIN_2003_MOSCOW_DECLARATION = source("kremlin-2003-moscow-declaration", OFFICIAL,
            "Declaration of the Heads of the Member States of the SCO (Moscow, 29 May 2003)",
            "President of Russia (kremlin.ru)", partialDate(2003, 5, 29), "http://en.special.kremlin.ru/supplement/1672");
    private static final Source CIS_LEGISLATION_2004_TASHKENT = source("cis-legislation-2004-tashkent", OFFICIAL,
            "Tashkent Declaration of Heads of State Members of the SCO of June 17, 2004", "CIS Legislation", null,
            "https://cis-legislation.com/document.fwx?rgn=6905");
    private static final Source WORLDJPN_DECLARATION_2006 = source("worldjpn-declaration-2006", OFFICIAL,
            "Declaration on the Fifth Anniversary of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20060615.D2E.html");
    private static final Source CHINA_ORG_2006_FIFTH_ANNIVERSARY = source("china-org-2006-fifth-anniversary", OFFICIAL,
            "Declaration on the Fifth Anniversary of the Shanghai Cooperation Organization", "china.org.cn (Xinhua)",
            partialDate(2006, 6, 15), "http://china.org.cn/features/meeting/2006-06/15/content_1171589.htm");
    private static final Source SCO_SUMMIT_2013_BISHKEK_DECLARATION_2007 = source("sco-summit-2013-bishkek-declaration-2007",
            OFFICIAL, "Bishkek Declaration of the Heads of the Member States of the Shanghai Cooperation Organisation",
            "Official site of the 2013 SCO summit", null,
            "http://www.scosummit2013.org/en/documents/bishkekskaya-deklaratsiya/");
    private static final Source WORLDJPN_DECLARATION_2008 = source("worldjpn-declaration-2008", OFFICIAL,
            "Dushanbe Declaration", "The World and Japan Database (GRIPS, University of Tokyo)", null, "https://worldjpn.net/documents/texts/SCO/20080828.D2E.html");
    private static final Source WORLDJPN_DECLARATION_2009 = source("worldjpn-declaration-2009", OFFICIAL,
            "Yekaterinburg Declaration by the Heads of the Member States of the Shanghai Cooperation Organization",
            "The World and Japan Database (GRIPS, University of Tokyo)", null, "https://worldjpn.net/documents/texts/SCO/20090616.D4E.html");
    private static final Source MFA_CHINA_2010_DECLARATION = source("mfa-china-2010-declaration", OFFICIAL,
            "Declaration of the 10th Meeting of the Council of Heads of State of the SCO Member States",
            "Ministry of Foreign Affairs of China", partialDate(2010, 6, 11),
            "https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t711709.shtml");
    private static final Source XINHUA_2010_TASHKENT_DECLARATION = source("xinhua-2010-tashkent-declaration", NEWS_REPORT,
            "SCO summit vows to boost regional peace, stability, prosperity", "Xinhua (via Sina English)",
            partialDate(2010, 6, 11), "https://english.sina.com/china/2010/0611/324432.html");
    private static final Source PEOPLE_2010_TASHKENT_DECLARATION = source("people-2010-tashkent-declaration", NEWS_REPORT,
            "SCO Tashkent summit reiterates adherence to regional stability", "People's Daily Online",
            partialDate(2010, 6, 12), "http://en.people.cn/90001/90776/90883/7023313.html");
    private static final Source WORLDJPN_DECLARATION_2011 = source("worldjpn-declaration-2011", OFFICIAL,
            "Astana Declaration on the 10th Anniversary of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20110615.D2E.html");
    private static final Source WORLDJPN_DECLARATION_2012 = source("worldjpn-declaration-2012", OFFICIAL,
            "Declaration by the Heads of Member States of the Shanghai Cooperation Organization on Building a Region"
                    + " of Lasting Peace and Common Prosperity", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20120607.D2E.html");
    private static final Source PEOPLE_2012_BEIJING_DOCUMENTS = noted("people-2012-beijing-documents", NEWS_REPORT,
            "Documents signed at the SCO summit in Beijing", "People's Daily Online", partialDate(2012, 6, 11),
            "http://en.people.cn/90883/7841940.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source WORLDJPN_DECLARATION_2013 = source("worldjpn-declaration-2013", OFFICIAL,
            "Bishkek Declaration by the Heads of the Member States of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)",
            null, "https://worldjpn.net/documents/texts/SCO/20130913.D2E.html");
    private static final Source WORLDJPN_DECLARATION_2014 = source("worldjpn-declaration-2014", OFFICIAL,
            "Dushanbe Declaration by the Heads of the Member States of the Shanghai Cooperation Organization", "The World and Japan Database (GRIPS, University of Tokyo)",
            null, "https://worldjpn.net/documents/texts/SCO/20140912.D2E.html");
    private static final Source MFA_TAJIKISTAN_2014_DECLARATION = source("mfa-tajikistan-2014-declaration", OFFICIAL,
            "Dushanbe Declaration of the Heads of SCO Member States", "Ministry of Foreign Affairs of Tajikistan",
            partialDate(2014, 9, 12), "https://mid.tj/en/main/view/467/dushanbe-declaration-of-the-heads-of-sco-member-states");
    private static final Source SPUTNIK_ARABIC_2015_UFA = noted("sputnik-arabic-2015-ufa", NEWS_REPORT,
            "Ufa Declaration issued at the close of the SCO summit", "Sputnik Arabic", partialDate(2015, 7, 10),
            "https://sarabic.ae/20150710/1014918376.html", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source WORLDJPN_DECLARATION_2017 = source("worldjpn-declaration-2017", OFFICIAL,
            "The Astana declaration of the Heads of State of the Shanghai Cooperation Organisation", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20170609.D2E.html");
    private static final Source SECTSCO_2017_ASTANA_BRIEFING = source("sectsco-2017-astana-briefing", OFFICIAL,
            "Press briefing of the SCO Secretary-General following the SCO Heads of State Council Meeting",
            "SCO Secretariat", partialDate(2017, 6, 9), "http://eng.sectsco.org/news/20170609/290249.html");
    private static final Source TASS_2018_QINGDAO = noted("tass-2018-qingdao", NEWS_REPORT,
            "SCO leaders sign the Qingdao Declaration", "TASS", partialDate(2018, 6, 10), "http://tass.com/world/1009014",
            "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source KREMLIN_2018_QINGDAO_DECLARATION = source("kremlin-2018-qingdao-declaration", OFFICIAL,
            "Qingdao Declaration of the Council of Heads of State of the SCO (Russian text)",
            "President of Russia (kremlin.ru)", partialDate(2018, 6, 10), "http://kremlin.ru/supplement/5315");
    private static final Source WORLDJPN_DECLARATION_2019 = source("worldjpn-declaration-2019", OFFICIAL,
            "Bishkek Declaration of the Shanghai Cooperation Organisation's Heads of State Council", "The World and Japan Database (GRIPS, University of Tokyo)", null,
            "https://worldjpn.net/documents/texts/SCO/20190614.D1E.html");
    private static final Source RFERL_2019_BISHKEK_DECLARATION = source("rferl-2019-bishkek-declaration", NEWS_REPORT,
            "Shanghai Cooperation Organization members sign joint declaration", "Radio Free Europe/Radio Liberty",
            partialDate(2019, 6, 14),
            "https://www.rferl.org/a/shanghai-cooperation-organization-members-sign-joint-declaration/29999988.html");
    private static final Source INFOSHOS_2020_MOSCOW_DECLARATION = source("infoshos-2020-moscow-declaration", OFFICIAL,
            "The Moscow Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation",
            "InfoSCO (infoshos.ru)", partialDate(2020, 11, 18), "http://www.infoshos.ru/en/?idn=25915");

    private static final PartialDate NOT_IN_FORCE_YET_OR_UNKNOWN = null;
    private static final Place NO_PLACE = null;

    static List<Document> all() {
        return List.of(
                row("doc-declaration-establishment", "Declaration on the Establishment of the Shanghai Cooperation"
                        + " Organisation", DECLARATION, partialDate(2001, 6, 15), at("Shanghai", CN),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-1", KREMLIN_2001_FOUNDING, SECTSCO_ABOUT),
                row("doc-shanghai-convention", "Shanghai Convention on Combating Terrorism, Separatism and Extremism",
                        CONVENTION, partialDate(2001, 6, 15), at("Shanghai", CN), partialDate(2003, 3, 29), "chs-1",
                        WORLDJPN_SHANGHAI_CONVENTION, UNODC_SHANGHAI_CONVENTION, SEED_002),
                row("doc-charter", "Charter of the Shanghai Cooperation Organisation", CHARTER, partialDate(2002, 6, 7),
                        at("Saint Petersburg", RU), partialDate(2003, 9, 19), "chs-2", CIS_LEGISLATION_CHARTER, SECTSCO_ABOUT,
                        SEED_003),
                row("doc-rats-agreement", "Agreement on the Regional Anti-Terrorist Structure", AGREEMENT,
                        partialDate(2002, 6, 7), at("Saint Petersburg", RU), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-2",
                        ZAKONPRAVO_RATS_AGREEMENT),
                // seed-003 places this at the "first" heads-of-government meeting; the first was Almaty 2001.
                row("doc-trade-programme-2003", "Programme of Multilateral Trade and Economic Cooperation of the SCO"
                        + " Member States", PROGRAMME, partialDate(2003, 9, 23), at("Beijing", CN),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chg-2", WORLDJPN_CHG_2003, SEED_003),
                // In force in 2012 (the Secretariat marked five years in force in 2017); the day is not confirmed.
                row("doc-good-neighbourliness-treaty", "Treaty on Long-Term Good-Neighbourliness, Friendship and"
                        + " Cooperation of the SCO Member States", TREATY, partialDate(2007, 8, 16), at("Bishkek", KG),
                        year(2012), "chs-7", SECTSCO_TREATY_2022, SECTSCO_TREATY_2017, SEED_001),
                row("doc-convention-terrorism", "SCO Convention against Terrorism", CONVENTION, partialDate(2009, 6, 16),
                        at("Yekaterinburg", RU), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-9", WORLDJPN_CONVENTION_2009),
                row("doc-development-strategy-2025", "SCO Development Strategy until 2025", STRATEGY,
                        partialDate(2015, 7, 10), at("Ufa", RU), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-15", ECNS_2015_UFA,
                        SEED_002),
                row("doc-convention-extremism", "SCO Convention on Countering Extremism", CONVENTION, partialDate(2017, 6, 9),
                        at("Astana", KZ), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-17", TASS_2017_ASTANA,
                        MID_2019_EXTREMISM, SEED_001, SEED_002),
                row("doc-anti-drug-strategy-2018", "SCO Anti-Drug Strategy for 2018-2023", STRATEGY, partialDate(2018, 6, 10),
                        at("Qingdao", CN), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-18", UN_A73_833),
                row("doc-trade-programme-2019", "Programme of Multilateral Trade and Economic Cooperation of the SCO"
                        + " Member States (new version)", PROGRAMME, partialDate(2019, 11, 2), at("Tashkent", UZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chg-18", TASS_2019_CHG_PROGRAMME),
                row("doc-fao-memorandum", "Memorandum of Understanding between the SCO Secretariat and the Food and"
                        + " Agriculture Organization of the United Nations", MEMORANDUM, partialDate(2019, 11, 2),
                        at("Tashkent", UZ), NOT_IN_FORCE_YET_OR_UNKNOWN, null, SECTSCO_2019_FAO, SEED_000),
                row("doc-declaration-2002", "Declaration by the Heads of the Member States of the Shanghai Cooperation"
                        + " Organization", DECLARATION, partialDate(2002, 6, 7), at("Saint Petersburg", RU),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-2", WORLDJPN_DECLARATION_2002, CIS_LEGISLATION_CHARTER),
                // No source in hand prints the official English title line; China.org.cn calls it the Moscow
                // Declaration, CIS Legislation the declaration of the heads of state of 29 May 2003.
                row("doc-moscow-declaration-2003", "Moscow Declaration of the Heads of the Member States of the SCO",
                        DECLARATION, partialDate(2003, 5, 29), at("Moscow", RU), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-3",
                        KREMLIN_2003_MOSCOW_DECLARATION, WORLDJPN_DECLARATION_2003),
                row("doc-tashkent-declaration-2004", "Tashkent Declaration by Heads of the Member States of the Shanghai"
                        + " Cooperation Organization", DECLARATION, partialDate(2004, 6, 17), at("Tashkent", UZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-4", WORLDJPN_CHS_2004, CIS_LEGISLATION_2004_TASHKENT),
                row("doc-astana-declaration-2005", "Declaration by the Heads of the Member States of the Shanghai"
                        + " Cooperation Organization", DECLARATION, partialDate(2005, 7, 5), at("Astana", KZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-5", WORLDJPN_CHS_2005),
                row("doc-fifth-anniversary-declaration", "Declaration on the Fifth Anniversary of the Shanghai"
                        + " Cooperation Organization", DECLARATION, partialDate(2006, 6, 15), at("Shanghai", CN),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-6", WORLDJPN_DECLARATION_2006, CHINA_ORG_2006_FIFTH_ANNIVERSARY),
                row("doc-bishkek-declaration-2007", "Bishkek Declaration of the Heads of the Member States of the"
                        + " Shanghai Cooperation Organisation", DECLARATION, partialDate(2007, 8, 16), at("Bishkek", KG),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-7", SCO_SUMMIT_2013_BISHKEK_DECLARATION_2007,
                        UZDAILY_2007_BISHKEK_COMMUNIQUE),
                row("doc-dushanbe-declaration-2008", "Dushanbe Declaration of the Heads of SCO Member States",
                        DECLARATION, partialDate(2008, 8, 28), at("Dushanbe", TJ), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-8",
                        WORLDJPN_DECLARATION_2008, KREMLIN_2008_DUSHANBE_DECLARATION),
                row("doc-yekaterinburg-declaration", "Yekaterinburg Declaration by the Heads of the Member States of the"
                        + " Shanghai Cooperation Organization", DECLARATION, partialDate(2009, 6, 16),
                        at("Yekaterinburg", RU), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-9", WORLDJPN_DECLARATION_2009),
                // The meeting sat on 10-11 June; Xinhua and People's Daily report the declaration issued as the
                // summit closed on Friday 11 June.
                row("doc-tashkent-declaration-2010", "Declaration of the 10th Meeting of the Council of Heads of State"
                        + " of the SCO Member States", DECLARATION, partialDate(2010, 6, 11), at("Tashkent", UZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-10", MFA_CHINA_2010_DECLARATION, XINHUA_2010_TASHKENT_DECLARATION,
                        PEOPLE_2010_TASHKENT_DECLARATION),
                row("doc-astana-declaration-2011", "Astana Declaration on the 10th Anniversary of the Shanghai"
                        + " Cooperation Organization", DECLARATION, partialDate(2011, 6, 15), at("Astana", KZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-11", WORLDJPN_DECLARATION_2011),
                row("doc-beijing-declaration-2012", "Declaration by the Heads of Member States of the Shanghai"
                        + " Cooperation Organization on Building a Region of Lasting Peace and Common Prosperity",
                        DECLARATION, partialDate(2012, 6, 7), at("Beijing", CN), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-12",
                        WORLDJPN_DECLARATION_2012, PEOPLE_2012_BEIJING_DOCUMENTS),
                row("doc-bishkek-declaration-2013", "Bishkek Declaration by the Heads of the Member States of the"
                        + " Shanghai Cooperation Organization", DECLARATION, partialDate(2013, 9, 13), at("Bishkek", KG),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-13", WORLDJPN_DECLARATION_2013),
                row("doc-dushanbe-declaration-2014", "Dushanbe Declaration by the Heads of the Member States of the"
                        + " Shanghai Cooperation Organization", DECLARATION, partialDate(2014, 9, 12), at("Dushanbe", TJ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-14", WORLDJPN_DECLARATION_2014, MFA_TAJIKISTAN_2014_DECLARATION),
                // Only the short name is attested; the full official English title was not found.
                row("doc-ufa-declaration", "Ufa Declaration", DECLARATION, partialDate(2015, 7, 10), at("Ufa", RU),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-15", SPUTNIK_ARABIC_2015_UFA),
                row("doc-tashkent-declaration-2016", "Tashkent Declaration of the Fifteenth Anniversary of the Shanghai"
                        + " Cooperation Organization", DECLARATION, partialDate(2016, 6, 24), at("Tashkent", UZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-16", KAZINFORM_2016_TASHKENT_DOCUMENTS),
                row("doc-astana-declaration-2017", "The Astana Declaration of the Heads of State of the Shanghai"
                        + " Cooperation Organisation", DECLARATION, partialDate(2017, 6, 9), at("Astana", KZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-17", WORLDJPN_DECLARATION_2017, SECTSCO_2017_ASTANA_BRIEFING),
                row("doc-qingdao-declaration", "Qingdao Declaration of the Council of Heads of State of the Shanghai"
                        + " Cooperation Organisation", DECLARATION, partialDate(2018, 6, 10), at("Qingdao", CN),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-18", TASS_2018_QINGDAO, KREMLIN_2018_QINGDAO_DECLARATION),
                row("doc-bishkek-declaration-2019", "Bishkek Declaration of the Shanghai Cooperation Organisation's"
                        + " Heads of State Council", DECLARATION, partialDate(2019, 6, 14), at("Bishkek", KG),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-19", WORLDJPN_DECLARATION_2019, RFERL_2019_BISHKEK_DECLARATION),
                // Adopted at a meeting held by videoconference; no place is recorded for the document.
                row("doc-moscow-declaration-2020", "The Moscow Declaration of the Council of Heads of State of the"
                        + " Shanghai Cooperation Organisation", DECLARATION, partialDate(2020, 11, 10), NO_PLACE,
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-20", INFOSHOS_2020_MOSCOW_DECLARATION, URDUPOINT_2020_MOSCOW),
                row("doc-dushanbe-declaration", "Dushanbe Declaration on the Twentieth Anniversary of the Shanghai"
                        + " Cooperation Organisation", DECLARATION, partialDate(2021, 9, 17), at("Dushanbe", TJ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-21", URDUPOINT_2021_DUSHANBE, SEED_003),
                row("doc-samarkand-declaration", "Samarkand Declaration of the Council of Heads of State", DECLARATION,
                        partialDate(2022, 9, 16), at("Samarkand", UZ), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-22",
                        EIN_2022_SAMARKAND_DOCUMENTS),
                // seed-004 renders the title by machine translation ("expanding the quota of local currencies").
                row("doc-national-currencies-roadmap", "Roadmap for the Gradual Increase in the Share of National"
                        + " Currencies in Mutual Settlements", ACTION_PLAN, partialDate(2022, 9, 16), at("Samarkand", UZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-22", EIN_2022_SAMARKAND_DOCUMENTS, SEED_004),
                row("doc-new-delhi-declaration", "New Delhi Declaration of the Council of Heads of State", DECLARATION,
                        partialDate(2023, 7, 4), at("New Delhi", IN), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-23", ET_2023_NEW_DELHI),
                row("doc-economic-strategy-2030", "SCO Economic Development Strategy until 2030", STRATEGY,
                        partialDate(2023, 7, 4), at("New Delhi", IN), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-23", ET_2023_NEW_DELHI),
                row("doc-year-of-ecology-plan", "Action Plan for the SCO Year of Ecology", ACTION_PLAN,
                        partialDate(2023, 10, 26), at("Bishkek", KG), NOT_IN_FORCE_YET_OR_UNKNOWN, "chg-22", SEED_000,
                        WORLDJPN_CHG_2023),
                row("doc-astana-declaration", "Astana Declaration of the Council of Heads of State", DECLARATION,
                        partialDate(2024, 7, 4), at("Astana", KZ), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-24",
                        MEA_2024_ASTANA_DECLARATION, KREMLIN_2024_ASTANA, SEED_004, SEED_000),
                // seed-000 gives the draft's title; seed-004 a machine translation. Official title per the MEA text.
                row("doc-world-unity-initiative", "SCO Initiative on World Unity for a Just Peace, Harmony and"
                        + " Development", INITIATIVE, partialDate(2024, 7, 4), at("Astana", KZ), NOT_IN_FORCE_YET_OR_UNKNOWN,
                        "chs-24", MEA_2024_ASTANA_DECLARATION, KAZINFORM_2024_ASTANA_DOCUMENTS, SEED_004, SEED_000),
                // Adopted without signing (Kremlin), where seed-004 says signed.
                row("doc-good-neighbourliness-statement", "Statement of the Council of Heads of State on the"
                        + " Principles of Good-Neighbourliness, Trust and Partnership", STATEMENT, partialDate(2024, 7, 4),
                        at("Astana", KZ), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-24", KREMLIN_2024_ASTANA, SEED_004,
                        SEED_000),
                row("doc-drinking-water-statement", "Statement of the Council of Heads of State on Ensuring the Safety"
                        + " of Drinking Water and Sanitation", STATEMENT, partialDate(2024, 7, 4), at("Astana", KZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-24", KREMLIN_2024_ASTANA, SEED_000),
                row("doc-counter-terrorism-programme-2025", "Programme of Cooperation in Countering Terrorism,"
                        + " Separatism and Extremism for 2025-2027", PROGRAMME, partialDate(2024, 7, 4), at("Astana", KZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-24", KREMLIN_2024_ASTANA, SEED_004),
                row("doc-anti-drug-strategy-2024", "SCO Anti-Drug Strategy for 2024-2029", STRATEGY, partialDate(2024, 7, 4),
                        at("Astana", KZ), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-24", KREMLIN_2024_ASTANA,
                        KAZINFORM_2024_ASTANA_DOCUMENTS, SEED_004),
                row("doc-energy-strategy-2030", "Strategy for the Development of Energy Cooperation of the SCO Member"
                        + " States until 2030", STRATEGY, partialDate(2024, 7, 4), at("Astana", KZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-24", KAZINFORM_2024_ASTANA_DOCUMENTS),
                row("doc-environment-agreement", "Agreement between the Governments of the SCO Member States on"
                        + " Cooperation in Environmental Protection", AGREEMENT, partialDate(2024, 7, 4), at("Astana", KZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-24", KREMLIN_2024_ASTANA, SEED_004),
                row("doc-tianjin-declaration", "Tianjin Declaration of the Council of Heads of State", DECLARATION,
                        partialDate(2025, 9, 1), at("Tianjin", CN), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-25",
                        TREND_2025_TIANJIN_DOCUMENTS, TASS_2025_TIANJIN),
                row("doc-development-strategy-2035", "SCO Development Strategy for 2026-2035", STRATEGY,
                        partialDate(2025, 9, 1), at("Tianjin", CN), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-25",
                        TREND_2025_TIANJIN_DOCUMENTS, BELTA_2025_TIANJIN),
                row("doc-anti-drug-centre-agreement", "Agreement on the SCO Anti-Drug Centre", AGREEMENT,
                        partialDate(2025, 9, 1), at("Tianjin", CN), NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-25", BELTA_2025_TIANJIN,
                        TREND_2025_TIANJIN_DOCUMENTS),
                row("doc-universal-security-centre-agreement", "Agreement on the SCO Universal Centre for Countering"
                        + " Challenges and Threats to Security", AGREEMENT, partialDate(2025, 9, 1), at("Tianjin", CN),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-25", BELTA_2025_TIANJIN, TREND_2025_TIANJIN_DOCUMENTS));
    }

    private static Place at(String city, Country country) {
        return Place.of(city, country);
    }

    private static Document row(String id, String title, DocumentKind kind, PartialDate adopted, Place placeOrNull,
                                PartialDate inForceOrNull, String meetingOrNull, Source... sources) {
        return new Document(FactId.of(id), title, kind, adopted, Optional.ofNullable(placeOrNull),
                Optional.ofNullable(inForceOrNull),
                meetingOrNull == null ? Optional.empty() : Optional.of(MeetingRef.of(meetingOrNull)), List.of(sources));
    }
}
