package org.scofacts.data;

import java.util.List;
import org.scofacts.model.Country;

/** Every state the facts name: one row per state, codes checked against ISO 3166-1 by the model. */
final class Countries {

    private Countries() {
    }

    static final Country CN = Country.of("CN", "China", "People's Republic of China", "PRC");
    static final Country RU = Country.of("RU", "Russia", "Russian Federation");
    static final Country KZ = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan");
    static final Country KG = Country.of("KG", "Kyrgyzstan", "Kyrgyz Republic", "Kirghizia");
    static final Country TJ = Country.of("TJ", "Tajikistan", "Republic of Tajikistan");
    static final Country UZ = Country.of("UZ", "Uzbekistan", "Republic of Uzbekistan");
    static final Country IN = Country.of("IN", "India", "Republic of India", "Bharat");
    static final Country PK = Country.of("PK", "Pakistan", "Islamic Republic of Pakistan");
    static final Country IR = Country.of("IR", "Iran", "Islamic Republic of Iran", "Persia");
    static final Country BY = Country.of("BY", "Belarus", "Republic of Belarus", "Byelorussia");
    static final Country MN = Country.of("MN", "Mongolia", "Mongolia");
    static final Country AF = Country.of("AF", "Afghanistan", "Afghanistan", "Islamic Republic of Afghanistan");
    static final Country LK = Country.of("LK", "Sri Lanka", "Democratic Socialist Republic of Sri Lanka");
    static final Country TR = Country.of("TR", "Türkiye", "Republic of Türkiye", "Turkey", "Republic of Turkey");
    static final Country AM = Country.of("AM", "Armenia", "Republic of Armenia");
    static final Country AZ = Country.of("AZ", "Azerbaijan", "Republic of Azerbaijan");
    static final Country KH = Country.of("KH", "Cambodia", "Kingdom of Cambodia");
    static final Country NP = Country.of("NP", "Nepal", "Federal Democratic Republic of Nepal");
    static final Country EG = Country.of("EG", "Egypt", "Arab Republic of Egypt");
    static final Country QA = Country.of("QA", "Qatar", "State of Qatar");
    static final Country SA = Country.of("SA", "Saudi Arabia", "Kingdom of Saudi Arabia");
    static final Country KW = Country.of("KW", "Kuwait", "State of Kuwait");
    static final Country MV = Country.of("MV", "Maldives", "Republic of Maldives");
    static final Country MM = Country.of("MM", "Myanmar", "Republic of the Union of Myanmar", "Burma");
    static final Country BH = Country.of("BH", "Bahrain", "Kingdom of Bahrain");
    static final Country AE = Country.of("AE", "United Arab Emirates", "United Arab Emirates", "UAE");
    static final Country LA = Country.of("LA", "Laos", "Lao People's Democratic Republic", "Lao PDR");

    static List<Country> all() {
        return List.of(CN, RU, KZ, KG, TJ, UZ, IN, PK, IR, BY, MN, AF, LK, TR, AM, AZ, KH, NP, EG, QA, SA, KW, MV,
                MM, BH, AE, LA);
    }
}
