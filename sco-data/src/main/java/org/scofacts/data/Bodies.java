package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.BELTA_2025_TIANJIN;
import static org.scofacts.data.Sources.CHINA_ORG_2004_SECRETARIAT;
import static org.scofacts.data.Sources.CIS_LEGISLATION_CHARTER;
import static org.scofacts.data.Sources.EURASIANET_2012_RATS;
import static org.scofacts.data.Sources.GNFCC_2021_WUHAN;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.PEOPLE_2004_SECRETARIAT;
import static org.scofacts.data.Sources.SECTSCO_SECRETARIAT_20;
import static org.scofacts.data.Sources.SEED_001;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2003;
import static org.scofacts.model.BodyKind.COUNCIL;
import static org.scofacts.model.BodyKind.NON_GOVERNMENTAL_STRUCTURE;
import static org.scofacts.model.BodyKind.PERMANENT_BODY;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/**
 * The SCO's councils, its permanent bodies (the Secretariat, the RATS Executive Committee and the two
 * centres agreed in 2025) and its non-governmental structures: one row per
 * body. Founding dates appear only where a source confirms them.
 */
final class Bodies {

    private Bodies() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source SECTSCO_SECRETARIAT = source("sectsco-secretariat", OFFICIAL,
            "General information about the SCO Secretariat", "SCO Secretariat", null,
            "http://eng.sectsco.org/secretariat/");
    private static final Source COSCOS_2013_INTERBANK = source("coscos-2013-interbank", OFFICIAL,
            "SCO Interbank Consortium: history", "China SCO Center (coscos.org.cn)", partialDate(2013, 6, 12),
            "http://coscos.org.cn/a/En/SCO_IBC/2013/0612/251.html");
    private static final Source SCO_RUSSIA_2015_BUSINESS_COUNCIL = source("sco-russia-2015-business-council", OFFICIAL,
            "SCO Business Council", "Russian SCO presidency 2014-2015", partialDate(2014, 9, 5),
            "http://en.sco-russia2015.ru/cooperation/20140905/1013179794.html");
    private static final Source SCO_FORUM_ABOUT = source("sco-forum-about", OFFICIAL, "About the SCO Forum", "SCO Forum",
            year(2012), "http://scoforum.org/2012/?lng=en&module=pages&action=view&id=12");
    private static final Source PEOPLE_2016_SCO_UNIVERSITY = source("people-2016-sco-university", NEWS_REPORT,
            "SCO youth education: the SCO University", "People's Daily Online", partialDate(2016, 6, 24),
            "http://en.people.cn/n3/2016/0624/c90782-9077126.html");
    private static final Source TASS_2025_SCO_CENTRES = noted("tass-2025-sco-centres", NEWS_REPORT,
            "SCO countries sign agreements on the Anti-Drug Centre and the Universal Centre (Tianjin Declaration)",
            "TASS", partialDate(2025, 9, 1), "https://tass.com/world/2010361", "The title is a descriptive English label; the page's own headline was not recorded.");
    private static final Source TASS_2025_PUTIN_TIANJIN = noted("tass-2025-putin-tianjin", NEWS_REPORT,
            "Putin at the SCO summit in Tianjin on the new centres in Dushanbe and Tashkent", "TASS",
            partialDate(2025, 9, 1), "https://tass.com/politics/2009975", "The title is a descriptive English label; the page's own headline was not recorded.");

    private static final Place NO_SEAT = null;
    private static final PartialDate FOUNDING_NOT_CONFIRMED = null;

    static List<Body> all() {
        return List.of(
                row("body-heads-of-state-council", "Council of Heads of State", COUNCIL, NO_SEAT, partialDate(2001, 6, 15),
                        KREMLIN_2001_FOUNDING, CIS_LEGISLATION_CHARTER),
                row("body-heads-of-government-council", "Council of Heads of Government", COUNCIL, NO_SEAT,
                        FOUNDING_NOT_CONFIRMED, CIS_LEGISLATION_CHARTER, WORLDJPN_CHG_2003),
                row("body-foreign-ministers-council", "Council of Ministers of Foreign Affairs", COUNCIL, NO_SEAT,
                        FOUNDING_NOT_CONFIRMED, CIS_LEGISLATION_CHARTER, SECTSCO_SECRETARIAT),
                row("body-national-coordinators-council", "Council of National Coordinators", COUNCIL, NO_SEAT,
                        FOUNDING_NOT_CONFIRMED, CIS_LEGISLATION_CHARTER, SECTSCO_SECRETARIAT),
                row("body-secretariat", "SCO Secretariat", PERMANENT_BODY, Place.of("Beijing", CN), partialDate(2004, 1, 15),
                        SECTSCO_SECRETARIAT_20, PEOPLE_2004_SECRETARIAT, CHINA_ORG_2004_SECRETARIAT),
                // The Charter first placed RATS in Bishkek; it has worked from Tashkent since it opened.
                row("body-rats-executive-committee", "Executive Committee of the Regional Anti-Terrorist Structure",
                        PERMANENT_BODY, Place.of("Tashkent", UZ), month(2004, 6), EURASIANET_2012_RATS, SEED_004),
                row("body-interbank-consortium", "SCO Interbank Consortium", NON_GOVERNMENTAL_STRUCTURE, NO_SEAT,
                        partialDate(2005, 10, 26), COSCOS_2013_INTERBANK),
                row("body-business-council", "SCO Business Council", NON_GOVERNMENTAL_STRUCTURE, NO_SEAT,
                        partialDate(2006, 6, 14), SCO_RUSSIA_2015_BUSINESS_COUNCIL),
                row("body-sco-forum", "SCO Forum", NON_GOVERNMENTAL_STRUCTURE, NO_SEAT, month(2006, 5),
                        SCO_FORUM_ABOUT),
                row("body-sco-university", "SCO University", NON_GOVERNMENTAL_STRUCTURE, NO_SEAT,
                        FOUNDING_NOT_CONFIRMED, PEOPLE_2016_SCO_UNIVERSITY),
                row("body-good-neighbourliness-commission", "SCO Good-Neighbourliness, Friendship and Cooperation"
                        + " Commission", NON_GOVERNMENTAL_STRUCTURE, NO_SEAT, FOUNDING_NOT_CONFIRMED, GNFCC_2021_WUHAN,
                        SEED_001, SEED_002, SEED_004),
                // Agreements signed at Tianjin on 1 September 2025; no source gives the day either centre was
                // founded or began work, so the founding date is left out.
                row("body-anti-drug-centre", "SCO Anti-Drug Centre", PERMANENT_BODY, Place.of("Dushanbe", TJ),
                        FOUNDING_NOT_CONFIRMED, TASS_2025_SCO_CENTRES, BELTA_2025_TIANJIN, TASS_2025_PUTIN_TIANJIN),
                row("body-universal-security-centre", "Universal Centre for Countering Challenges and Threats to the"
                        + " Security of SCO Member States", PERMANENT_BODY, Place.of("Tashkent", UZ),
                        FOUNDING_NOT_CONFIRMED, TASS_2025_SCO_CENTRES, BELTA_2025_TIANJIN, TASS_2025_PUTIN_TIANJIN));
    }

    private static Body row(String id, String name, BodyKind kind, Place seatOrNull, PartialDate establishedOrNull,
                            Source... sources) {
        return new Body(FactId.of(id), name, kind, Optional.ofNullable(seatOrNull),
                Optional.ofNullable(establishedOrNull), List.of(sources));
    }
}
