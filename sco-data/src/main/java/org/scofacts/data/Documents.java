package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.BELTA_2025_TIANJIN;
import static org.scofacts.data.Sources.CHINA_ORG_2006_FIFTH_ANNIVERSARY;
import static org.scofacts.data.Sources.CIS_LEGISLATION_2004_TASHKENT;
import static org.scofacts.data.Sources.INFOSHOS_2020_MOSCOW_DECLARATION;
import static org.scofacts.data.Sources.KAZINFORM_2016_TASHKENT_DOCUMENTS;
import static org.scofacts.data.Sources.KREMLIN_2003_MOSCOW_DECLARATION;
import static org.scofacts.data.Sources.KREMLIN_2008_DUSHANBE_DECLARATION;
import static org.scofacts.data.Sources.KREMLIN_2018_QINGDAO_DECLARATION;
import static org.scofacts.data.Sources.MFA_CHINA_2010_DECLARATION;
import static org.scofacts.data.Sources.MFA_TAJIKISTAN_2014_DECLARATION;
import static org.scofacts.data.Sources.PEOPLE_2012_BEIJING_DOCUMENTS;
import static org.scofacts.data.Sources.RFERL_2019_BISHKEK_DECLARATION;
import static org.scofacts.data.Sources.SCO_SUMMIT_2013_BISHKEK_DECLARATION_2007;
import static org.scofacts.data.Sources.SECTSCO_2017_ASTANA_BRIEFING;
import static org.scofacts.data.Sources.SPUTNIK_ARABIC_2015_UFA;
import static org.scofacts.data.Sources.TASS_2018_QINGDAO;
import static org.scofacts.data.Sources.URDUPOINT_2020_MOSCOW;
import static org.scofacts.data.Sources.UZDAILY_2007_BISHKEK_COMMUNIQUE;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2004;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2005;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2002;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2003;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2006;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2008;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2009;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2011;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2012;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2013;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2014;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2017;
import static org.scofacts.data.Sources.WORLDJPN_DECLARATION_2019;
import static org.scofacts.data.Sources.CIS_LEGISLATION_CHARTER;
import static org.scofacts.data.Sources.ECNS_2015_UFA;
import static org.scofacts.data.Sources.EIN_2022_SAMARKAND_DOCUMENTS;
import static org.scofacts.data.Sources.ET_2023_NEW_DELHI;
import static org.scofacts.data.Sources.KAZINFORM_2024_ASTANA_DOCUMENTS;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.KREMLIN_2024_ASTANA;
import static org.scofacts.data.Sources.MEA_2024_ASTANA_DECLARATION;
import static org.scofacts.data.Sources.MID_2019_EXTREMISM;
import static org.scofacts.data.Sources.SECTSCO_2019_FAO;
import static org.scofacts.data.Sources.SECTSCO_ABOUT;
import static org.scofacts.data.Sources.SECTSCO_TREATY_2017;
import static org.scofacts.data.Sources.SECTSCO_TREATY_2022;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_001;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2019_CHG_PROGRAMME;
import static org.scofacts.data.Sources.TASS_2025_TIANJIN;
import static org.scofacts.data.Sources.TREND_2025_TIANJIN_DOCUMENTS;
import static org.scofacts.data.Sources.UNODC_SHANGHAI_CONVENTION;
import static org.scofacts.data.Sources.UN_A73_833;
import static org.scofacts.data.Sources.URDUPOINT_2021_DUSHANBE;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2003;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2023;
import static org.scofacts.data.Sources.WORLDJPN_CONVENTION_2009;
import static org.scofacts.data.Sources.WORLDJPN_SHANGHAI_CONVENTION;
import static org.scofacts.data.Sources.ZAKONPRAVO_RATS_AGREEMENT;
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

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.FactId;
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
                // The meeting sat on 10-11 June; the source does not say on which day the declaration was adopted.
                row("doc-tashkent-declaration-2010", "Declaration of the 10th Meeting of the Council of Heads of State"
                        + " of the SCO Member States", DECLARATION, month(2010, 6), at("Tashkent", UZ),
                        NOT_IN_FORCE_YET_OR_UNKNOWN, "chs-10", MFA_CHINA_2010_DECLARATION),
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
                meetingOrNull == null ? Optional.empty() : Optional.of(FactId.of(meetingOrNull)), List.of(sources));
    }
}
