package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Sources.AGROINFORM_2019_FAO;
import static org.scofacts.data.Sources.ASEAN_2005_SCO;
import static org.scofacts.data.Sources.CARICC_2026_SCO;
import static org.scofacts.data.Sources.EADAILY_2022_UNESCO;
import static org.scofacts.data.Sources.EALEGISLATION_2007_CSTO;
import static org.scofacts.data.Sources.GREATER_KASHMIR_2025_UNGA;
import static org.scofacts.data.Sources.KAZINFORM_2014_CICA;
import static org.scofacts.data.Sources.MAIL_RU_2025_CIS;
import static org.scofacts.data.Sources.MFA_KG_2019_UNGA;
import static org.scofacts.data.Sources.SECTSCO_2017_ICRC;
import static org.scofacts.data.Sources.SECTSCO_2017_UNODC;
import static org.scofacts.data.Sources.SECTSCO_2018_CIS;
import static org.scofacts.data.Sources.SECTSCO_2019_FAO;
import static org.scofacts.data.Sources.SECTSCO_2019_UNWTO;
import static org.scofacts.data.Sources.SECTSCO_2020_UNESCO;
import static org.scofacts.data.Sources.SECTSCO_2021_UNGA;
import static org.scofacts.data.Sources.SPUTNIK_UZ_2025_CIS;
import static org.scofacts.data.Sources.TENGRINEWS_2011_UNODC;
import static org.scofacts.data.Sources.UN_2010_TASHKENT;
import static org.scofacts.model.PartnershipKind.JOINT_DECLARATION;
import static org.scofacts.model.PartnershipKind.MEMORANDUM_OF_UNDERSTANDING;
import static org.scofacts.model.PartnershipKind.OBSERVER_STATUS;
import static org.scofacts.model.PartnershipKind.UN_GENERAL_ASSEMBLY_RESOLUTION;

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
 * <p>Not recorded for want of a source that states them: the date of the SCO's observer status in the UN
 * General Assembly, and memoranda with ESCAP, UNECE and the ECO.
 */
final class Partnerships {

    private Partnerships() {
    }

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
                // Signed alongside the 18th Council of Heads of Government; doc-fao-memorandum records it as a
                // document, dated to the day.
                partnership("partnership.fao.2019", "Food and Agriculture Organization of the United Nations",
                        MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between the SCO Secretariat and"
                                + " FAO", month(2019, 11), at("Tashkent", UZ), AGROINFORM_2019_FAO, SECTSCO_2019_FAO),
                partnership("partnership.unga.2021", "United Nations General Assembly",
                        UN_GENERAL_ASSEMBLY_RESOLUTION, UNGA + ", adopted by consensus", partialDate(2021, 3, 25),
                        NOT_RECORDED, SECTSCO_2021_UNGA),
                // Renews the 2018 memorandum for 2023-2027; signed on the margins of the Samarkand summit.
                partnership("partnership.unesco.2022", "United Nations Educational, Scientific and Cultural"
                                + " Organization", MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding between"
                                + " the SCO Secretariat and UNESCO for 2023-2027", partialDate(2022, 9, 15),
                        at("Samarkand", UZ), EADAILY_2022_UNESCO),
                partnership("partnership.unga.2025", "United Nations General Assembly",
                        UN_GENERAL_ASSEMBLY_RESOLUTION, UNGA + ", adopted by 120 votes to 27 with 28 abstentions",
                        partialDate(2025, 9, 5), NOT_RECORDED, GREATER_KASHMIR_2025_UNGA),
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
