package org.scofacts.data;

import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;
import java.util.List;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.CowStateCode;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.Source;
import org.scofacts.model.WikidataId;

/**
 * Every state the facts name: one row per state. The model checks the alpha codes against the JDK's
 * ISO 3166-1 tables. The numeric codes, Wikidata items and Correlates of War codes were each checked
 * against at least two independent published tables (for ISO: lukes/ISO-3166-Countries-with-Regional-Codes
 * and datasets/country-codes; for Wikidata: Our World in Data's country list and waldenn/conzept; for
 * COW: the COW state list states2016.csv, COW-country-codes.csv and Our World in Data).
 *
 * <p>Names in Russian and Chinese come from the JDK; a name is added here, with its source, only where
 * official use differs from the JDK's spelling and a stored official text confirms it.
 */
final class Countries {

    private Countries() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source REPORT_2025_KYRGYZ_CHAIR_RU = source("report-2025-kyrgyz-chair-ru", NEWS_REPORT,
            "SCO chairmanship passes to Kyrgyzstan (Russian; quotes the Tianjin Declaration, via TASS)", "Report.az",
            partialDate(2025, 9, 1), "https://report.az/ru/drugie-strany/predsedatelstvo-v-shos-perehodit-k-kyrgyzstanu");
    private static final Source CRI_2016_MFA_KYRGYZSTAN_ZH = source("cri-2016-mfa-kyrgyzstan-zh", OFFICIAL,
            "Kyrgyzstan country profile (Chinese; from the website of the Ministry of Foreign Affairs of China)",
            "China Radio International", partialDate(2016, 10, 27),
            "https://big5.cri.cn/gate/big5/news.cri.cn/20161027/bfe24c15-a3d0-584e-7295-125124549922.html");

    static final Country CN = Country.of("CN", "China", "People's Republic of China", "PRC")
            .withIdentifiers(IsoNumericCode.of(156), WikidataId.of("Q148"), CowStateCode.of(710, "CHN"));
    static final Country RU = Country.of("RU", "Russia", "Russian Federation")
            .withIdentifiers(IsoNumericCode.of(643), WikidataId.of("Q159"), CowStateCode.of(365, "RUS"));
    static final Country KZ = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan")
            .withIdentifiers(IsoNumericCode.of(398), WikidataId.of("Q232"), CowStateCode.of(705, "KZK"));
    static final Country KG = Country.of("KG", "Kyrgyzstan", "Kyrgyz Republic", "Kirghizia")
            .withIdentifiers(IsoNumericCode.of(417), WikidataId.of("Q813"), CowStateCode.of(703, "KYR"))
            // The JDK says Киргизия; the SCO's documents and Kyrgyzstan's own usage say Кыргызстан.
            .withLocalName(CountryName.of("ru", "Кыргызстан", REPORT_2025_KYRGYZ_CHAIR_RU))
            .withLocalName(CountryName.of("ru", "Кыргызская Республика", REPORT_2025_KYRGYZ_CHAIR_RU))
            // The JDK has the short form 吉尔吉斯斯坦; the formal name per China's foreign ministry.
            .withLocalName(CountryName.of("zh", "吉尔吉斯共和国", CRI_2016_MFA_KYRGYZSTAN_ZH));
    static final Country TJ = Country.of("TJ", "Tajikistan", "Republic of Tajikistan")
            .withIdentifiers(IsoNumericCode.of(762), WikidataId.of("Q863"), CowStateCode.of(702, "TAJ"));
    static final Country UZ = Country.of("UZ", "Uzbekistan", "Republic of Uzbekistan")
            .withIdentifiers(IsoNumericCode.of(860), WikidataId.of("Q265"), CowStateCode.of(704, "UZB"));
    static final Country IN = Country.of("IN", "India", "Republic of India", "Bharat")
            .withIdentifiers(IsoNumericCode.of(356), WikidataId.of("Q668"), CowStateCode.of(750, "IND"));
    static final Country PK = Country.of("PK", "Pakistan", "Islamic Republic of Pakistan")
            .withIdentifiers(IsoNumericCode.of(586), WikidataId.of("Q843"), CowStateCode.of(770, "PAK"));
    static final Country IR = Country.of("IR", "Iran", "Islamic Republic of Iran", "Persia")
            .withIdentifiers(IsoNumericCode.of(364), WikidataId.of("Q794"), CowStateCode.of(630, "IRN"));
    static final Country BY = Country.of("BY", "Belarus", "Republic of Belarus", "Byelorussia")
            .withIdentifiers(IsoNumericCode.of(112), WikidataId.of("Q184"), CowStateCode.of(370, "BLR"));
    static final Country MN = Country.of("MN", "Mongolia", "Mongolia")
            .withIdentifiers(IsoNumericCode.of(496), WikidataId.of("Q711"), CowStateCode.of(712, "MON"));
    static final Country AF = Country.of("AF", "Afghanistan", "Afghanistan", "Islamic Republic of Afghanistan")
            .withIdentifiers(IsoNumericCode.of(4), WikidataId.of("Q889"), CowStateCode.of(700, "AFG"));
    static final Country LK = Country.of("LK", "Sri Lanka", "Democratic Socialist Republic of Sri Lanka")
            .withIdentifiers(IsoNumericCode.of(144), WikidataId.of("Q854"), CowStateCode.of(780, "SRI"));
    static final Country TR = Country.of("TR", "Türkiye", "Republic of Türkiye", "Turkey", "Republic of Turkey")
            .withIdentifiers(IsoNumericCode.of(792), WikidataId.of("Q43"), CowStateCode.of(640, "TUR"));
    static final Country AM = Country.of("AM", "Armenia", "Republic of Armenia")
            .withIdentifiers(IsoNumericCode.of(51), WikidataId.of("Q399"), CowStateCode.of(371, "ARM"));
    static final Country AZ = Country.of("AZ", "Azerbaijan", "Republic of Azerbaijan")
            .withIdentifiers(IsoNumericCode.of(31), WikidataId.of("Q227"), CowStateCode.of(373, "AZE"));
    static final Country KH = Country.of("KH", "Cambodia", "Kingdom of Cambodia")
            .withIdentifiers(IsoNumericCode.of(116), WikidataId.of("Q424"), CowStateCode.of(811, "CAM"));
    static final Country NP = Country.of("NP", "Nepal", "Federal Democratic Republic of Nepal")
            .withIdentifiers(IsoNumericCode.of(524), WikidataId.of("Q837"), CowStateCode.of(790, "NEP"));
    static final Country EG = Country.of("EG", "Egypt", "Arab Republic of Egypt")
            .withIdentifiers(IsoNumericCode.of(818), WikidataId.of("Q79"), CowStateCode.of(651, "EGY"));
    static final Country QA = Country.of("QA", "Qatar", "State of Qatar")
            .withIdentifiers(IsoNumericCode.of(634), WikidataId.of("Q846"), CowStateCode.of(694, "QAT"));
    static final Country SA = Country.of("SA", "Saudi Arabia", "Kingdom of Saudi Arabia")
            .withIdentifiers(IsoNumericCode.of(682), WikidataId.of("Q851"), CowStateCode.of(670, "SAU"));
    static final Country KW = Country.of("KW", "Kuwait", "State of Kuwait")
            .withIdentifiers(IsoNumericCode.of(414), WikidataId.of("Q817"), CowStateCode.of(690, "KUW"));
    static final Country MV = Country.of("MV", "Maldives", "Republic of Maldives")
            .withIdentifiers(IsoNumericCode.of(462), WikidataId.of("Q826"), CowStateCode.of(781, "MAD"));
    static final Country MM = Country.of("MM", "Myanmar", "Republic of the Union of Myanmar", "Burma")
            .withIdentifiers(IsoNumericCode.of(104), WikidataId.of("Q836"), CowStateCode.of(775, "MYA"));
    static final Country BH = Country.of("BH", "Bahrain", "Kingdom of Bahrain")
            .withIdentifiers(IsoNumericCode.of(48), WikidataId.of("Q398"), CowStateCode.of(692, "BAH"));
    static final Country AE = Country.of("AE", "United Arab Emirates", "United Arab Emirates", "UAE")
            .withIdentifiers(IsoNumericCode.of(784), WikidataId.of("Q878"), CowStateCode.of(696, "UAE"));
    static final Country LA = Country.of("LA", "Laos", "Lao People's Democratic Republic", "Lao PDR")
            .withIdentifiers(IsoNumericCode.of(418), WikidataId.of("Q819"), CowStateCode.of(812, "LAO"));
    static final Country TM = Country.of("TM", "Turkmenistan", "Turkmenistan")
            .withIdentifiers(IsoNumericCode.of(795), WikidataId.of("Q874"), CowStateCode.of(701, "TKM"));
    static final Country MY = Country.of("MY", "Malaysia", "Malaysia")
            .withIdentifiers(IsoNumericCode.of(458), WikidataId.of("Q833"), CowStateCode.of(820, "MAL"));
    static final Country VN = Country.of("VN", "Vietnam", "Socialist Republic of Viet Nam", "Viet Nam")
            .withIdentifiers(IsoNumericCode.of(704), WikidataId.of("Q881"), CowStateCode.of(816, "DRV"));

    static List<Country> all() {
        return List.of(CN, RU, KZ, KG, TJ, UZ, IN, PK, IR, BY, MN, AF, LK, TR, AM, AZ, KH, NP, EG, QA, SA, KW, MV,
                MM, BH, AE, LA, TM, MY, VN);
    }
}
