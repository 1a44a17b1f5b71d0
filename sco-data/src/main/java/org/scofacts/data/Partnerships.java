package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.SECTSCO_2019_FAO;
import static org.scofacts.model.PartnershipKind.JOINT_DECLARATION;
import static org.scofacts.model.PartnershipKind.MEMORANDUM_OF_UNDERSTANDING;
import static org.scofacts.model.PartnershipKind.OBSERVER_STATUS;
import static org.scofacts.model.PartnershipKind.UN_GENERAL_ASSEMBLY_RESOLUTION;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Partnership;
import org.scofacts.model.PartnershipKind;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/**
 * The SCO's formal ties with other international organisations: memoranda, a joint declaration, the UN
 * General Assembly's resolutions on cooperation, an observer status. One row per tie. A place outside the
 * dataset's countries (Jakarta, New York) is not recorded, nor one that a source only implies.
 *
 * <p>Not recorded for want of a source that states them: the SCO's observer status in the UN General Assembly
 * (the pages found say only that the SCO has been an observer since 2005, not when or by which resolution it was
 * granted), the Assembly's resolutions on cooperation before 2016 and any other than those below, which no page
 * found dates to the day, a RATS-CSTO protocol said to date from 2011, and memoranda with UNECE and the ECO, of
 * which the pages report only drafts and talks. The memorandum with ESCAP is dated only to its year.
 */
final class Partnerships {

    private Partnerships() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source SECTSCO_2018_CIS = source("sectsco-2018-cis", OFFICIAL,
            "SCO Secretary-General at the CIS summit events in Dushanbe", "SCO Secretariat (Russian site)",
            partialDate(2018, 9, 27), "https://rus.sectsco.org/20180927/469313.html");
    private static final Source MAIL_RU_2025_CIS = source("mail-ru-2025-cis", NEWS_REPORT,
            "SCO granted observer status at the CIS (CIS Executive Committee)", "News.mail.ru",
            partialDate(2025, 10, 14), "https://news.mail.ru/economics/68298119/");
    private static final Source SPUTNIK_UZ_2025_CIS = source("sputnik-uz-2025-cis", NEWS_REPORT,
            "SCO granted observer status at the CIS", "Sputnik Uzbekistan", partialDate(2025, 10, 14),
            "https://uz.sputniknews.ru/20251014/shos-predostavili-status-nablyudatelya-pri-sng-52683129.html");
    private static final Source ASEAN_2005_SCO = source("asean-2005-sco", OFFICIAL,
            "ASEAN and SCO Secretariats Sign Agreement for Substantive Cooperation", "ASEAN Secretariat",
            partialDate(2005, 4, 21), "https://asean.org/2005/04/21");
    private static final Source EALEGISLATION_2007_CSTO = source("ealegislation-2007-csto", OFFICIAL,
            "Memorandum of understanding between the Secretariat of the CSTO and the Secretariat of the SCO of"
                    + " October 5, 2007", "CIS Legislation database", null,
            "https://ealegislation.com/document.fwx?rgn=46847");
    private static final Source UN_2010_TASHKENT = source("un-2010-tashkent", OFFICIAL,
            "Activities of Secretary-General in Uzbekistan, 4-5 April (SG/T/2722)", "United Nations", year(2010),
            "https://press.un.org/en/2010/sgt2722.doc.htm");
    private static final Source TENGRINEWS_2011_UNODC = source("tengrinews-2011-unodc", NEWS_REPORT,
            "SCO and UN agreed on cooperation in countering terrorism", "Tengrinews (KazTAG)", partialDate(2011, 6, 14),
            "https://en.tengrinews.kz/kazakhstan_news/SCO-and-UN-agreed-on-cooperation-in-countering-terrorism-2500/");
    private static final Source SECTSCO_2017_UNODC = source("sectsco-2017-unodc", OFFICIAL,
            "SCO Secretary-General meets with UNODC Executive Director", "SCO Secretariat", partialDate(2017, 3, 14),
            "http://eng.sectsco.org/news/20170314/232847.html");
    private static final Source KAZINFORM_2014_CICA = source("kazinform-2014-cica", NEWS_REPORT,
            "SCO and CICA secretariats ink MoU", "Kazinform", partialDate(2014, 5, 20),
            "https://qazinform.com/news/sco-and-cica-secretariats-ink-mou_a2659863");
    private static final Source SECTSCO_2017_ICRC = source("sectsco-2017-icrc", OFFICIAL,
            "SCO, Red Cross sign memorandum of understanding", "SCO Secretariat", partialDate(2017, 6, 9),
            "http://eng.sectsco.org/news/20170609/290214.html");
    private static final Source SECTSCO_2020_UNESCO = source("sectsco-2020-unesco", OFFICIAL,
            "SCO Secretary-General sends World Cultural Diversity Day greetings to UNESCO Director-General",
            "SCO Secretariat", partialDate(2020, 5, 22), "http://eng.sectsco.org/news/20200522/649553.html");
    private static final Source EADAILY_2022_UNESCO = source("eadaily-2022-unesco", NEWS_REPORT,
            "SCO and UNESCO sign memorandum of cooperation", "EADaily (SCO press service)", partialDate(2022, 9, 15),
            "https://eadaily.com/ru/ampnews/2022/09/15/shos-i-yunesko-podpisali-memorandum-o-sotrudnichestve");
    private static final Source SECTSCO_2019_UNWTO = source("sectsco-2019-unwto", OFFICIAL,
            "Helsinki hosts meeting on expanded SCO-UNWTO cooperation", "SCO Secretariat", partialDate(2019, 9, 5),
            "http://eng.sectsco.org/news/20190905/572892.html");
    private static final Source AGROINFORM_2019_FAO = source("agroinform-2019-fao", NEWS_REPORT,
            "FAO and the Shanghai Cooperation Organisation strengthen partnership on food security and sustainable"
                    + " development", "Agroinform.asia (FAO)", month(2019, 11),
            "https://agroinform.asia/en/2019/11/11/fao-and-the-shanghai-cooperation-organisation-strengthen-partnership-on-food-security-and-sustainable-development/");
    private static final Source MFA_KG_2019_UNGA = source("mfa-kg-2019-unga", OFFICIAL,
            "On 30 August 2019 the UN General Assembly adopted by consensus the resolution on cooperation between"
                    + " the United Nations and the SCO", "Permanent Mission of the Kyrgyz Republic to the United Nations",
            null, "https://mfa.gov.kg/en/dm/Permanent-Mission-of-the-Kyrgyz-Republic-to-the-United-Nations/Menu---Foreign-/News/News-and-Events/On-August-30-2019-at-a-meeting-of-the-UN-General-Assembly-a-resolution-entitled-Cooperation-between-the-United-Nations-and-the-Shanghai-Cooperation-Organization-was-adopted-by-consensus");
    private static final Source SECTSCO_2021_UNGA = source("sectsco-2021-unga", OFFICIAL,
            "UN General Assembly adopts the resolution on cooperation between the UN and the SCO", "SCO Secretariat",
            partialDate(2021, 3, 30), "http://eng.sectsco.org/news/20210330/737245.html");
    private static final Source GREATER_KASHMIR_2025_UNGA = source("greater-kashmir-2025-unga", NEWS_REPORT,
            "United Nations debates on SCO", "Greater Kashmir", partialDate(2025, 9, 6),
            "https://m.greaterkashmir.com/article/united-nations-debates-on-sco/430840");
    private static final Source TDMINEWS_ESCAP = source("tdminews-escap", NEWS_REPORT,
            "SCO mulls cooperation with ESCAP", "TDM News (agencies, SCO Secretariat)", null,
            "https://tdminews.com/sco-mulls-cooperation-with-esap");
    private static final Source CIVILSHOS_2016_UNGA = source("civilshos-2016-unga", NEWS_REPORT,
            "The UN General Assembly adopted a resolution on the strengthening of cooperation with the CSTO, CIS and"
                    + " SCO", "SCO Civil Forum (civilshos.ru)", partialDate(2016, 11, 24),
            "http://en.civilshos.ru/news/news_post/the-un-general-assembly-adopted-a-resolution-on-the-strengthening-of-cooperation-with-the-csto-cis-and-sco");
    private static final Source KHOVAR_2021_UNGA = source("khovar-2021-unga", NEWS_REPORT,
            "UN GA Adopts the Resolution Between the UN and the SCO Developed by Tajikistan", "Khovar (NIAT)",
            partialDate(2021, 4, 1),
            "https://eng.khovar.tj/2021/04/un-ga-adopts-the-resolution-between-the-un-and-the-sco-developed-by-tajikistan/");
    private static final Source NEWSWIRE_2023_EEC = source("newswire-2023-eec", NEWS_REPORT,
            "SCO's role in ensuring sustainable growth in region emphasized", "Newswire (SCO Secretariat)",
            partialDate(2023, 4, 2), "https://newswire.com.pk/2023/04/02/sco-22");
    private static final Source EEC_2023_SCO = source("eec-2023-sco", OFFICIAL,
            "EAEU and SCO strengthen their multi-faceted economic partnership", "Eurasian Economic Commission", null,
            "https://eec.eaeunion.org:443/en/news/eaes-i-shos-ukreplyayut-mnogoplanovye-ekonomicheskoe-partnerstvo-/");
    private static final Source ASTANA_TIMES_2023_UNGA = source("astana-times-2023-unga", NEWS_REPORT,
            "UN General Assembly adopts resolution on UN-SCO cooperation", "The Astana Times", month(2023, 9),
            "https://astanatimes.com/2023/09/un-general-assembly-adopts-resolution-on-un-sco-cooperation/");
    private static final Source QAZINFORM_2025_UNGA = source("qazinform-2025-unga", NEWS_REPORT,
            "General Assembly adopts resolution on UN-SCO cooperation", "Qazinform (Xinhua)", null,
            "https://qazinform.com/news/general-assembly-adopts-resolution-on-un-sco-cooperation-75ff02");
    private static final Source CARICC_2026_SCO = source("caricc-2026-sco", OFFICIAL,
            "Memorandum of understanding signed between CARICC and SCO Secretariat", "CARICC", partialDate(2026, 3, 18),
            "https://www.caricc.org/en/publications/news/memorandum-of-understanding-signed-between-caricc-and-sco-secretariat");

    private static final Place NOT_RECORDED = null;
    private static final String MOU = "Memorandum of understanding between the secretariats";
    private static final String UNGA = "Resolution \"Cooperation between the United Nations and the Shanghai"
            + " Cooperation Organization\"";

    static List<Partnership> all() {
        return List.of(
                partnership("partnership.cis.2005", "Executive Committee of the Commonwealth of Independent States",
                        MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between the SCO Secretariat and the"
                                + " CIS Executive Committee", partialDate(2005, 4, 12), NOT_RECORDED, SECTSCO_2018_CIS,
                        MAIL_RU_2025_CIS),
                // Signed in Jakarta by Secretaries-General Ong Keng Yong and Zhang Deguang.
                partnership("partnership.asean.2005", "ASEAN Secretariat", MEMORANDUM_OF_UNDERSTANDING, MOU,
                        partialDate(2005, 4, 21), NOT_RECORDED, ASEAN_2005_SCO),
                // An advance announcement placed the signing in Dushanbe; the signed text gives only the date.
                partnership("partnership.csto.2007", "Secretariat of the Collective Security Treaty Organization",
                        MEMORANDUM_OF_UNDERSTANDING, MOU, partialDate(2007, 10, 5), NOT_RECORDED,
                        EALEGISLATION_2007_CSTO),
                // The report, citing the SCO Secretariat, gives only the year. A 2020 report (APP) has the national
                // coordinators discussing a draft memorandum with ESCAP; no page found dates one to 2019.
                partnership("partnership.escap.2008", "United Nations Economic and Social Commission for Asia and the"
                                + " Pacific (ESCAP)", MEMORANDUM_OF_UNDERSTANDING, MOU, year(2008), NOT_RECORDED,
                        TDMINEWS_ESCAP),
                partnership("partnership.un.2010", "United Nations Secretariat", JOINT_DECLARATION,
                        "Joint Declaration on Cooperation between the Secretariats of the UN and the SCO, signed by"
                                + " Secretary-General Ban Ki-moon", partialDate(2010, 4, 5), at("Tashkent", UZ),
                        UN_2010_TASHKENT),
                // Signed on the eve of the Astana summit; the report does not say where.
                partnership("partnership.unodc.2011", "United Nations Office on Drugs and Crime",
                        MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between the SCO Secretariat and"
                                + " UNODC", partialDate(2011, 6, 14), NOT_RECORDED, TENGRINEWS_2011_UNODC,
                        SECTSCO_2017_UNODC),
                partnership("partnership.cica.2014", "Secretariat of the Conference on Interaction and"
                                + " Confidence-Building Measures in Asia", MEMORANDUM_OF_UNDERSTANDING, MOU,
                        partialDate(2014, 5, 20), at("Shanghai", CN), KAZINFORM_2014_CICA),
                // The report, posted on Thursday 24 November 2016, says the Assembly adopted it without a vote on the
                // Monday, 21 November, together with the resolutions on the CSTO and the CIS.
                partnership("partnership.unga.2016", "United Nations General Assembly",
                        UN_GENERAL_ASSEMBLY_RESOLUTION, UNGA + ", adopted without a vote", partialDate(2016, 11, 21),
                        NOT_RECORDED, CIVILSHOS_2016_UNGA),
                partnership("partnership.icrc.2017", "International Committee of the Red Cross",
                        MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between the SCO Secretariat and the"
                                + " ICRC", partialDate(2017, 6, 9), at("Astana", KZ), SECTSCO_2017_ICRC),
                // 10 June 2018 was the Qingdao summit's second day, but the source does not give the place.
                partnership("partnership.unesco.2018", "United Nations Educational, Scientific and Cultural"
                                + " Organization", MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between"
                                + " the SCO Secretariat and UNESCO", partialDate(2018, 6, 10), NOT_RECORDED,
                        SECTSCO_2020_UNESCO),
                partnership("partnership.unwto.2019", "World Tourism Organization", MEMORANDUM_OF_UNDERSTANDING,
                        "Memorandum of understanding between the SCO Secretariat and UNWTO, signed alongside the"
                                + " Bishkek summit", month(2019, 6), at("Bishkek", KG), SECTSCO_2019_UNWTO),
                partnership("partnership.unga.2019", "United Nations General Assembly",
                        UN_GENERAL_ASSEMBLY_RESOLUTION, UNGA + ", adopted by consensus", partialDate(2019, 8, 30),
                        NOT_RECORDED, MFA_KG_2019_UNGA),
                // Signed on 2 November 2019 alongside the 18th Council of Heads of Government (sectsco-2019-fao);
                // doc-fao-memorandum records it as a document.
                partnership("partnership.fao.2019", "Food and Agriculture Organization of the United Nations",
                        MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between the SCO Secretariat and"
                                + " FAO", partialDate(2019, 11, 2), at("Tashkent", UZ), AGROINFORM_2019_FAO, SECTSCO_2019_FAO),
                partnership("partnership.unga.2021", "United Nations General Assembly",
                        UN_GENERAL_ASSEMBLY_RESOLUTION, "Resolution 75/69 \"Cooperation between the United Nations and"
                                + " the Shanghai Cooperation Organization\", adopted by consensus", partialDate(2021, 3, 25),
                        NOT_RECORDED, SECTSCO_2021_UNGA, KHOVAR_2021_UNGA),
                // The SCO Secretariat's memorandum with the Eurasian Economic Union's executive body.
                partnership("partnership.eec.2021", "Eurasian Economic Commission", MEMORANDUM_OF_UNDERSTANDING,
                        "Memorandum of understanding between the SCO Secretariat and the Eurasian Economic Commission",
                        partialDate(2021, 9, 17), at("Dushanbe", TJ), NEWSWIRE_2023_EEC, EEC_2023_SCO),
                // Renews the 2018 memorandum for 2023-2027; signed on the margins of the Samarkand summit.
                partnership("partnership.unesco.2022", "United Nations Educational, Scientific and Cultural"
                                + " Organization", MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between"
                                + " the SCO Secretariat and UNESCO for 2023-2027", partialDate(2022, 9, 15),
                        at("Samarkand", UZ), EADAILY_2022_UNESCO),
                // Drafted under Kazakhstan's chairmanship, in the Assembly's 77th session.
                partnership("partnership.unga.2023", "United Nations General Assembly",
                        UN_GENERAL_ASSEMBLY_RESOLUTION, UNGA, partialDate(2023, 9, 1), NOT_RECORDED,
                        ASTANA_TIMES_2023_UNGA),
                partnership("partnership.unga.2025", "United Nations General Assembly",
                        UN_GENERAL_ASSEMBLY_RESOLUTION, UNGA + ", adopted by 120 votes to 27 with 28 abstentions",
                        partialDate(2025, 9, 5), NOT_RECORDED, GREATER_KASHMIR_2025_UNGA, QAZINFORM_2025_UNGA),
                // Decided at the CIS Council of Heads of State in Dushanbe.
                partnership("partnership.cis.2025", "Commonwealth of Independent States", OBSERVER_STATUS,
                        "Observer status of the SCO in the CIS", partialDate(2025, 10, 10), at("Dushanbe", TJ),
                        MAIL_RU_2025_CIS, SPUTNIK_UZ_2025_CIS),
                // On countering drug trafficking; the 2024 Astana Declaration had decided on it.
                partnership("partnership.caricc.2026", "Central Asian Regional Information and Coordination Centre"
                                + " (CARICC)", MEMORANDUM_OF_UNDERSTANDING, MOU, partialDate(2026, 3, 18),
                        at("Almaty", KZ), CARICC_2026_SCO));
    }

    private static Place at(String city, Country country) {
        return Place.of(city, country);
    }

    private static Partnership partnership(String id, String organisation, PartnershipKind kind, String title,
                                           PartialDate date, Place placeOrNull, Source... sources) {
        return new Partnership(FactId.of(id), organisation, kind, title, date, Optional.ofNullable(placeOrNull),
                List.of(sources));
    }
}
