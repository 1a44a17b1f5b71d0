package org.scofacts.data;

import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.CIS_LEGISLATION_CHARTER;
import static org.scofacts.data.Sources.WORLDJPN_SHANGHAI_CONVENTION;
import static org.scofacts.model.PrincipleKind.CHARTER_GOAL;
import static org.scofacts.model.PrincipleKind.SHANGHAI_SPIRIT_VALUE;
import static org.scofacts.model.PrincipleKind.THREE_EVILS;
import static org.scofacts.model.PrincipleKind.WORKING_LANGUAGE;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;
import static org.scofacts.model.SourceKind.REFERENCE_WORK;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.DocumentRef;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Principle;
import org.scofacts.model.PrincipleKind;
import org.scofacts.model.Source;

/**
 * What the SCO stands for, one row per statement, in this dataset's own words: the six values of the
 * "Shanghai Spirit", the "three evils", the working languages and the goals of the Charter.
 */
final class Principles {

    private Principles() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source PEOPLE_2001_SHANGHAI_SPIRIT = source("people-2001-shanghai-spirit", NEWS_REPORT,
            "Commentary: \"Shanghai Spirit\" -- New Banner of International Cooperation", "People's Daily Online",
            partialDate(2001, 6, 15), "http://en.people.cn/english/200106/15/print20010615_72746.html");
    private static final Source MFA_CHINA_2012_DECLARATION = source("mfa-china-2012-declaration", OFFICIAL,
            "Declaration of the Heads of State of the SCO Member States on Building a Region of Lasting Peace and"
                    + " Common Prosperity", "Ministry of Foreign Affairs of the People's Republic of China",
            partialDate(2024, 5, 31), "https://www.mfa.gov.cn/eng/zy/gb/202405/t20240531_11367264.html");
    private static final Source CIS_LEGISLATION_SHANGHAI_CONVENTION = source("cis-legislation-shanghai-convention", OFFICIAL,
            "Shanghai Convention on fight against terrorism, separatism and extremism of June 15, 2001",
            "CIS Legislation database", null, "https://cis-legislation.com/document.fwx?rgn=3865");
    private static final Source CGTN_2019_THREE_EVILS = source("cgtn-2019-three-evils", NEWS_REPORT,
            "How SCO fights against 'three evils'?", "CGTN", partialDate(2019, 6, 13),
            "https://news.cgtn.com/news/2019-06-13/How-SCO-fights-against-three-evils--HuviG7qT7i/index.html");
    private static final Source CCTV_2006_ABOUT_SCO = source("cctv-2006-about-sco", NEWS_REPORT,
            "SCO Summit 2006: About SCO", "CCTV (Xinhua)", year(2006),
            "http://www.cctv.com/english/special/C15892/01/index.shtml");
    private static final Source CHINA_ORG_2018_WIKI = source("china-org-2018-wiki", REFERENCE_WORK,
            "CIIC: Today's featured article, May 28, 2018 (Shanghai Cooperation Organisation)", "Wiki China.org.cn",
            partialDate(2018, 5, 28),
            "http://wiki.china.org.cn/index.php?direction=prev&oldid=42528&title=CIIC%3AToday%27s_featured_article%2FMay_28%2C_2018");
    private static final Source CFR_CHARTER = source("cfr-charter", REFERENCE_WORK,
            "Shanghai Cooperation Organization Charter (primary source)", "Council on Foreign Relations", null,
            "http://www.cfr.org/regional-security/shanghai-cooperation-organization-charter/p33011");
    private static final Source CHINA_ORG_2002_CHARTER = source("china-org-2002-charter", NEWS_REPORT,
            "SCO Charter adopted in St Petersburg", "china.org.cn (Xinhua)", partialDate(2002, 6, 8),
            "http://english.china.org.cn/english/2002/Jun/34117.htm");

    /** Jiang Zemin first summed up the Shanghai Spirit at the founding meeting; the Charter's preamble dates it there. */
    private static final PartialDate FOUNDING = partialDate(2001, 6, 15);
    private static final PartialDate CHARTER_SIGNED = partialDate(2002, 6, 7);
    private static final String CHARTER = "doc-charter";
    private static final String SHANGHAI_CONVENTION = "doc-shanghai-convention";
    private static final String NO_DOCUMENT = null;

    static List<Principle> all() {
        return List.of(
                spirit("mutual-trust", "Mutual trust"),
                spirit("mutual-benefit", "Mutual benefit"),
                spirit("equality", "Equality"),
                spirit("consultation", "Consultation"),
                spirit("cultural-diversity", "Respect for the diversity of cultures"),
                spirit("common-development", "Pursuit of common development"),

                // The Convention names and defines the three; "three evils" is the name used in China.
                evil("terrorism", "Terrorism"),
                evil("separatism", "Separatism"),
                evil("extremism", "Extremism"),

                // No source read gives the Charter's article on languages, so no document is named and the
                // date is that of the earliest source stating them. English is not a working language.
                principle("principle.language.russian", WORKING_LANGUAGE, "Russian", year(2006), NO_DOCUMENT,
                        CCTV_2006_ABOUT_SCO, CHINA_ORG_2018_WIKI),
                principle("principle.language.chinese", WORKING_LANGUAGE, "Chinese", year(2006), NO_DOCUMENT,
                        CCTV_2006_ABOUT_SCO, CHINA_ORG_2018_WIKI),

                // Article 1 of the Charter, all ten goals and tasks in its order.
                goal("mutual-trust", "Strengthen mutual trust, friendship and good-neighbourliness among the member"
                        + " states"),
                goal("peace-security-stability", "Develop cooperation in many fields to keep peace, security and"
                        + " stability in the region and to build a new, democratic, fair and rational international"
                        + " political and economic order"),
                goal("three-evils-crime", "Counter terrorism, separatism and extremism together, and fight illicit"
                        + " drug and arms trafficking, other transnational crime and illegal migration", CHINA_ORG_2002_CHARTER),
                goal("regional-cooperation", "Encourage regional cooperation in politics, trade and the economy,"
                        + " defence, law enforcement, the environment, culture, science and technology, education,"
                        + " energy, transport, finance and other fields"),
                goal("balanced-growth", "Promote balanced economic growth and social and cultural development in the"
                        + " region, to raise living standards"),
                goal("world-economy", "Coordinate approaches to integration into the world economy"),
                goal("human-rights", "Promote human rights and fundamental freedoms in line with the member states'"
                        + " international obligations and national laws"),
                goal("external-relations", "Maintain and develop relations with other states and international"
                        + " organisations"),
                goal("conflict-prevention", "Cooperate in preventing international conflicts and settling them"
                        + " peacefully"),
                goal("twenty-first-century", "Look together for answers to the problems the twenty-first century"
                        + " would bring"));
    }

    private static Principle spirit(String slug, String statement) {
        return principle("principle.shanghai-spirit." + slug, SHANGHAI_SPIRIT_VALUE, statement, FOUNDING, CHARTER,
                PEOPLE_2001_SHANGHAI_SPIRIT, CIS_LEGISLATION_CHARTER, MFA_CHINA_2012_DECLARATION);
    }

    private static Principle evil(String slug, String statement) {
        return principle("principle.three-evils." + slug, THREE_EVILS, statement, FOUNDING, SHANGHAI_CONVENTION,
                WORLDJPN_SHANGHAI_CONVENTION, CIS_LEGISLATION_SHANGHAI_CONVENTION, CGTN_2019_THREE_EVILS);
    }

    private static Principle goal(String slug, String statement, Source... more) {
        Source[] sources = new Source[more.length + 1];
        sources[0] = CFR_CHARTER;
        System.arraycopy(more, 0, sources, 1, more.length);
        return principle("principle.charter-goal." + slug, CHARTER_GOAL, statement, CHARTER_SIGNED, CHARTER, sources);
    }

    private static Principle principle(String id, PrincipleKind kind, String statement, PartialDate stated,
                                       String documentOrNull, Source... sources) {
        return new Principle(FactId.of(id), kind, statement, stated, documentOrNull == null ? Optional.empty() : Optional.of(DocumentRef.of(documentOrNull)),
                List.of(sources));
    }
}
