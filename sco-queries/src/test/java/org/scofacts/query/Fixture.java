package org.scofacts.query;

import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;
import static org.scofacts.model.Status.PARTNER;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Appointment;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.Bound;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Designation;
import org.scofacts.model.DesignationKind;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;
import org.scofacts.model.Post;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.model.Unit;

/**
 * A small dataset built with {@link ScoDataset#builder()} for the fact families the bundled dataset
 * does not hold yet (observers, dialogue partners, SCO partners, posts, chairs, documents, bodies,
 * designations, events, figures). It is a test fixture, not curated data: tests that use it say so.
 */
final class Fixture {

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
    static final Country TR = Country.of("TR", "Türkiye", "Republic of Türkiye", "Turkey", "Republic of Turkey");

    static final Source OFFICIAL = new Source(SourceId.of("fixture-official"), SourceKind.OFFICIAL,
            "Fixture official source", "Fixture publisher", Optional.of(PartialDate.ofYear(2025)),
            Optional.of(URI.create("https://example.org/official")), "");
    static final Source REFERENCE = new Source(SourceId.of("fixture-reference"), SourceKind.REFERENCE_WORK,
            "Fixture reference work", "Fixture encyclopaedia", Optional.empty(), Optional.empty(), "");

    static final LocalDate FOUNDED = LocalDate.of(2001, 6, 15);
    static final LocalDate TIANJIN = LocalDate.of(2025, 9, 1);

    static final Meeting CHS_22 = summit(22, LocalDate.of(2022, 9, 15), LocalDate.of(2022, 9, 16), "Samarkand", UZ,
            MeetingFormat.IN_PERSON);
    static final Meeting CHS_23 = summit(23, LocalDate.of(2023, 7, 4), LocalDate.of(2023, 7, 4), "New Delhi", IN,
            MeetingFormat.VIRTUAL);
    static final Meeting CHS_24 = summit(24, LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4), "Astana", KZ,
            MeetingFormat.IN_PERSON);
    static final Meeting CHS_25 = summit(25, LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 1), "Tianjin", CN,
            MeetingFormat.IN_PERSON);
    static final Meeting CHG_BISHKEK = new Meeting(FactId.of("chg-2023"), Council.HEADS_OF_GOVERNMENT,
            Optional.empty(), LocalDate.of(2023, 10, 26), LocalDate.of(2023, 10, 26), Place.of("Bishkek", KG),
            MeetingFormat.IN_PERSON, List.of(REFERENCE));

    static final Document CHARTER = new Document(FactId.of("doc-charter"), "Charter of the Shanghai Cooperation"
            + " Organization", DocumentKind.CHARTER, PartialDate.of(2002, 6, 7),
            Optional.of(Place.of("Saint Petersburg", RU)), Optional.of(PartialDate.of(2003, 9, 19)), Optional.empty(),
            List.of(OFFICIAL));
    static final Document ASTANA_DECLARATION = new Document(FactId.of("doc-astana-declaration"),
            "Astana Declaration of the Council of Heads of State", DocumentKind.DECLARATION, PartialDate.of(2024, 7, 4),
            Optional.of(Place.of("Astana", KZ)), Optional.empty(), Optional.of(MeetingRef.to(CHS_24)), List.of(OFFICIAL));
    static final Document WORLD_UNITY = new Document(FactId.of("doc-world-unity"),
            "Initiative on World Unity for Just Peace, Harmony and Development", DocumentKind.INITIATIVE,
            PartialDate.of(2024, 7, 4), Optional.of(Place.of("Astana", KZ)), Optional.empty(),
            Optional.of(MeetingRef.to(CHS_24)), List.of(REFERENCE));
    static final Document STRATEGY_2035 = new Document(FactId.of("doc-strategy-2035"),
            "SCO Development Strategy until 2035", DocumentKind.STRATEGY, PartialDate.of(2025, 9),
            Optional.empty(), Optional.empty(), Optional.of(MeetingRef.to(CHS_25)), List.of(REFERENCE));

    static final Appointment SG_NOROV = sg("norov", "Vladimir Norov", UZ, 2019, 2022);
    static final Appointment SG_ZHANG_MING = sg("zhang-ming", "Zhang Ming", CN, 2022, 2025);
    static final Appointment SG_YERMEKBAYEV = new Appointment(FactId.of("sg-yermekbayev"), Post.SECRETARY_GENERAL,
            "Nurlan Yermekbayev", KZ, DateRange.ofOpenEnd(LocalDate.of(2025, 1, 1)), List.of(REFERENCE));
    static final Appointment RATS_DIRECTOR = new Appointment(FactId.of("rats-fixture"),
            Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR, "Fixture Director", KZ,
            DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1)), List.of(REFERENCE));

    static final Chairmanship CHAIR_IN = chair(IN, LocalDate.of(2022, 9, 17), LocalDate.of(2023, 7, 5));
    static final Chairmanship CHAIR_KZ = chair(KZ, LocalDate.of(2023, 7, 5), LocalDate.of(2024, 7, 5));
    static final Chairmanship CHAIR_CN = chair(CN, LocalDate.of(2024, 7, 5), LocalDate.of(2025, 9, 2));

    static final Body SECRETARIAT = new Body(FactId.of("body-secretariat"), "SCO Secretariat",
            BodyKind.PERMANENT_BODY, Optional.of(Place.of("Beijing", CN)), Optional.of(PartialDate.of(2004, 1)),
            List.of(REFERENCE));
    static final Body RATS = new Body(FactId.of("body-rats"), "Executive Committee of the Regional Anti-Terrorist"
            + " Structure", BodyKind.PERMANENT_BODY, Optional.of(Place.of("Tashkent", UZ)),
            Optional.of(PartialDate.ofYear(2004)), List.of(REFERENCE));
    static final Body BUSINESS_COUNCIL = new Body(FactId.of("body-business-council"), "SCO Business Council",
            BodyKind.NON_GOVERNMENTAL_STRUCTURE, Optional.empty(), Optional.of(PartialDate.ofYear(2006)),
            List.of(REFERENCE));

    static final Designation YEAR_OF_ECOLOGY = new Designation(FactId.of("year-ecology-2024"),
            DesignationKind.THEMED_YEAR, "SCO Year of Ecology", Optional.empty(),
            DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), List.of(REFERENCE));
    static final Designation CAPITAL = new Designation(FactId.of("capital-fixture"),
            DesignationKind.TOURISM_AND_CULTURAL_CAPITAL, "SCO Tourism and Cultural Capital",
            Optional.of(Place.of("Varanasi", IN)), DateRange.of(LocalDate.of(2022, 9, 16), LocalDate.of(2023, 9, 16)),
            List.of(REFERENCE));

    static final Event PEACE_MISSION = new Event(FactId.of("event-peace-mission-2007"), EventKind.EXERCISE,
            "Peace Mission 2007", DateRange.of(LocalDate.of(2007, 8, 9), LocalDate.of(2007, 8, 18)),
            Optional.of(Place.of("Chelyabinsk", RU)), List.of(REFERENCE));
    static final Event FORUM = new Event(FactId.of("event-forum-fixture"), EventKind.FORUM, "Fixture Forum",
            DateRange.of(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 22)), Optional.empty(), List.of(REFERENCE));

    static final Figure MEMBERS_2024 = new Figure(FactId.of("figure-members-2024"), Measure.MEMBER_COUNT, "member states", Bound.EXACTLY,
            BigDecimal.TEN, Unit.COUNT, PartialDate.of(2024, 7, 4), List.of(OFFICIAL));
    static final Figure POPULATION_SHARE = new Figure(FactId.of("figure-population-share"), Measure.POPULATION_SHARE,
            "member states' share of world population", Bound.ABOUT, new BigDecimal("42"), Unit.PERCENT,
            PartialDate.ofYear(2024), List.of(REFERENCE));

    private static final List<StatusPeriod> STATUS_PERIODS = new ArrayList<>();

    static {
        for (Country founder : List.of(CN, RU, KZ, KG, TJ, UZ)) {
            status(founder, MEMBER_STATE, DateRange.ofOpenEnd(FOUNDED));
        }
        status(MN, OBSERVER_STATE, DateRange.of(LocalDate.of(2004, 6, 17), TIANJIN));
        status(MN, PARTNER, DateRange.ofOpenEnd(TIANJIN));
        for (Country c : List.of(IN, PK)) {
            status(c, OBSERVER_STATE, DateRange.of(LocalDate.of(2005, 7, 5), LocalDate.of(2017, 6, 9)));
            status(c, MEMBER_STATE, DateRange.ofOpenEnd(LocalDate.of(2017, 6, 9)));
        }
        status(IR, OBSERVER_STATE, DateRange.of(LocalDate.of(2005, 7, 5), LocalDate.of(2023, 7, 4)));
        status(IR, MEMBER_STATE, DateRange.ofOpenEnd(LocalDate.of(2023, 7, 4)));
        status(BY, DIALOGUE_PARTNER, DateRange.of(PartialDate.ofYear(2010), PartialDate.of(2015, 7, 10)));
        status(BY, OBSERVER_STATE, DateRange.of(LocalDate.of(2015, 7, 10), LocalDate.of(2024, 7, 4)));
        status(BY, MEMBER_STATE, DateRange.ofOpenEnd(LocalDate.of(2024, 7, 4)));
        status(TR, DIALOGUE_PARTNER, DateRange.of(PartialDate.of(2013, 4), PartialDate.of(TIANJIN)));
        status(TR, PARTNER, DateRange.ofOpenEnd(TIANJIN));
    }

    private Fixture() {
    }

    static ScoDataset dataset() {
        List<Fact> facts = new ArrayList<>(STATUS_PERIODS);
        facts.addAll(List.of(CHS_22, CHS_23, CHS_24, CHS_25, CHG_BISHKEK, CHARTER, ASTANA_DECLARATION, WORLD_UNITY,
                STRATEGY_2035, SG_NOROV, SG_ZHANG_MING, SG_YERMEKBAYEV, RATS_DIRECTOR, CHAIR_IN, CHAIR_KZ, CHAIR_CN,
                SECRETARIAT, RATS, BUSINESS_COUNCIL, YEAR_OF_ECOLOGY, CAPITAL, PEACE_MISSION, FORUM, MEMBERS_2024,
                POPULATION_SHARE));
        return ScoDataset.builder()
                .version("fixture")
                .checkedThrough(LocalDate.of(2025, 12, 31))
                .countries(List.of(CN, RU, KZ, KG, TJ, UZ, IN, PK, IR, BY, MN, TR))
                .sources(List.of(OFFICIAL, REFERENCE))
                .facts(facts)
                .build();
    }

    static Sco sco() {
        return Sco.of(dataset());
    }

    /** A well-formed source that no fixture fact cites. */
    static Source unrelatedSource() {
        return new Source(SourceId.of("fixture-unrelated"), SourceKind.NEWS_REPORT, "Unrelated", "Nobody",
                Optional.empty(), Optional.empty(), "");
    }

    private static void status(Country country, Status status, DateRange period) {
        String id = "fixture." + country.alpha2().toLowerCase(Locale.ROOT) + "."
                + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        STATUS_PERIODS.add(new StatusPeriod(FactId.of(id), country, status, period, "fixture grant",
                Optional.empty(), List.of(REFERENCE)));
    }

    private static Meeting summit(int ordinal, LocalDate firstDay, LocalDate lastDay, String city, Country host,
                                  MeetingFormat format) {
        return new Meeting(FactId.of("chs-" + ordinal), Council.HEADS_OF_STATE, Optional.of(ordinal), firstDay,
                lastDay, Place.of(city, host), format, List.of(OFFICIAL));
    }

    private static Appointment sg(String id, String holder, Country nominatedBy, int from, int to) {
        return new Appointment(FactId.of("sg-" + id), Post.SECRETARY_GENERAL, holder, nominatedBy,
                DateRange.of(LocalDate.of(from, 1, 1), LocalDate.of(to, 1, 1)), List.of(REFERENCE));
    }

    private static Chairmanship chair(Country state, LocalDate fromInclusive, LocalDate toExclusive) {
        return new Chairmanship(FactId.of("chair-" + state.alpha2().toLowerCase(Locale.ROOT) + "-"
                + fromInclusive.getYear()), state, DateRange.of(fromInclusive, toExclusive), List.of(REFERENCE));
    }
}
