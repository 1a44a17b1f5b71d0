package org.scofacts.json;

import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;
import static org.scofacts.model.Status.PARTNER;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.Attendance;
import org.scofacts.model.AttendanceCapacity;
import org.scofacts.model.AttendanceMode;
import org.scofacts.model.Appointment;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.Bound;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Claim;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.CowStateCode;
import org.scofacts.model.Designation;
import org.scofacts.model.DesignationKind;
import org.scofacts.model.Document;
import org.scofacts.model.DelegationLevel;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.Fact;
import org.scofacts.model.DocumentRef;
import org.scofacts.model.FactId;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Partnership;
import org.scofacts.model.PartnershipKind;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;
import org.scofacts.model.Post;
import org.scofacts.model.Principle;
import org.scofacts.model.PrincipleKind;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.model.WikidataId;
import org.scofacts.model.Unit;
import org.scofacts.model.WikidataId;

/**
 * A small dataset with every fact family and every shape a column can take: open and closed periods,
 * day, month and year precision, optional places and dates present and absent, meetings with and
 * without ordinals, figures with positive, zero and negative scales, countries with identifiers (India and
 * Iran) and without. The bundled dataset does not yet hold every family, so the persistence and console
 * tests run on both.
 */
public final class Fixtures {

    public static final Country CN = Country.of("CN", "China", "People's Republic of China", "PRC");
    public static final Country RU = Country.of("RU", "Russia", "Russian Federation");
    public static final Country KZ = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan");
    public static final Country KG = Country.of("KG", "Kyrgyzstan", "Kyrgyz Republic", "Kirghizia");
    public static final Country TJ = Country.of("TJ", "Tajikistan", "Republic of Tajikistan");
    public static final Country UZ = Country.of("UZ", "Uzbekistan", "Republic of Uzbekistan");
    public static final Country IN = Country.of("IN", "India", "Republic of India", "Bharat")
            .withIdentifiers(IsoNumericCode.of(356), WikidataId.of("Q668"), CowStateCode.of(750, "IND"));
    public static final Country PK = Country.of("PK", "Pakistan", "Islamic Republic of Pakistan");
    public static final Country IR = Country.of("IR", "Iran", "Islamic Republic of Iran", "Persia")
            .withIdentifiers(IsoNumericCode.of(364), WikidataId.of("Q794"), CowStateCode.of(630, "IRN"));
    public static final Country BY = Country.of("BY", "Belarus", "Republic of Belarus");
    public static final Country MN = Country.of("MN", "Mongolia", "Mongolia");
    public static final Country TR = Country.of("TR", "Türkiye", "Republic of Türkiye", "Turkey");

    static final Source REF = new Source(SourceId.of("ref-sco"), SourceKind.REFERENCE_WORK,
            "Shanghai Cooperation Organisation", "Encyclopaedia", Optional.empty(),
            Optional.of(URI.create("https://example.org/sco")), "");
    static final Source OFFICIAL = new Source(SourceId.of("official-astana"), SourceKind.OFFICIAL,
            "Astana Declaration of the Council of Heads of State", "SCO Secretariat",
            Optional.of(PartialDate.of(2024, 7, 4)), Optional.of(URI.create("https://example.org/astana")),
            "Text of the declaration.");
    static final Source NEWS = new Source(SourceId.of("news-2025"), SourceKind.NEWS_REPORT,
            "Tianjin summit closes", "News agency", Optional.of(PartialDate.of(2025, 9)), Optional.empty(),
            "Month of publication only.");
    static final Source YEARBOOK = new Source(SourceId.of("yearbook-2013"), SourceKind.REFERENCE_WORK,
            "Yearbook", "Publisher", Optional.of(PartialDate.ofYear(2013)), Optional.empty(), "");

    /** The day of the check: answers about later days assume no change. */
    public static final LocalDate CHECKED_THROUGH = LocalDate.of(2025, 11, 1);

    private Fixtures() {
    }

    /**
     * The fixture dataset.
     *
     * @return a dataset with every fact family
     */
    public static ScoDataset dataset() {
        List<Fact> facts = new ArrayList<>();
        for (Country founder : List.of(CN, RU, KZ, KG, TJ, UZ)) {
            facts.add(status(founder, MEMBER_STATE, DateRange.ofOpenEnd(day(2001, 6, 15)), "founding member", null, REF));
        }
        facts.add(status(IN, OBSERVER_STATE, DateRange.of(day(2005, 7, 5), day(2017, 6, 9)), "granted", null, REF));
        facts.add(status(IN, MEMBER_STATE, DateRange.ofOpenEnd(day(2017, 6, 9)), "admitted", null, REF));
        facts.add(status(PK, OBSERVER_STATE, DateRange.of(day(2005, 7, 5), day(2017, 6, 9)), "granted", null, REF));
        facts.add(status(PK, MEMBER_STATE, DateRange.ofOpenEnd(day(2017, 6, 9)), "admitted", null, REF));
        facts.add(status(IR, OBSERVER_STATE, DateRange.of(PartialDate.of(2005, 7), day(2023, 7, 4)), "granted", null,
                REF));
        facts.add(status(IR, MEMBER_STATE, DateRange.ofOpenEnd(day(2023, 7, 4)), "admitted", "chs-23", REF, NEWS));
        facts.add(status(BY, MEMBER_STATE, DateRange.ofOpenEnd(day(2024, 7, 4)), "admitted", "chs-24", OFFICIAL));
        facts.add(status(MN, OBSERVER_STATE, DateRange.of(day(2004, 6, 17), day(2025, 9, 1)), "granted", null, REF));
        facts.add(status(MN, PARTNER, DateRange.ofOpenEnd(day(2025, 9, 1)), "2025 reform", "chs-25", NEWS));
        facts.add(status(TR, DIALOGUE_PARTNER, DateRange.of(PartialDate.ofYear(2013), day(2025, 9, 1)), "granted", null,
                YEARBOOK));
        facts.add(status(TR, PARTNER, DateRange.ofOpenEnd(day(2025, 9, 1)), "2025 reform", "chs-25", NEWS));

        facts.add(summit(22, LocalDate.of(2022, 9, 15), LocalDate.of(2022, 9, 16), "Samarkand", UZ,
                MeetingFormat.IN_PERSON, REF));
        facts.add(summit(23, LocalDate.of(2023, 7, 4), LocalDate.of(2023, 7, 4), "New Delhi", IN,
                MeetingFormat.VIRTUAL, REF));
        facts.add(summit(24, LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4), "Astana", KZ,
                MeetingFormat.IN_PERSON, OFFICIAL, REF));
        facts.add(summit(25, LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 1), "Tianjin", CN,
                MeetingFormat.IN_PERSON, NEWS));
        facts.add(new Meeting(FactId.of("sco-plus-2024"), Council.SCO_PLUS, Optional.empty(),
                LocalDate.of(2024, 7, 4), LocalDate.of(2024, 7, 4), Place.of("Astana", KZ), MeetingFormat.HYBRID,
                // Wikidata ids in this fixture are made up: they test that the field survives, not a fact.
                List.of(OFFICIAL), Optional.of(WikidataId.of("Q9000001"))));

        facts.add(new Document(FactId.of("doc-charter"), "Charter of the Shanghai Cooperation Organisation",
                DocumentKind.CHARTER, day(2002, 6, 7), Optional.of(Place.of("Saint Petersburg", RU)),
                Optional.of(day(2003, 9, 19)), Optional.empty(), List.of(REF), Optional.of(WikidataId.of("Q9000002"))));
        facts.add(new Document(FactId.of("doc-astana-declaration"), "Astana Declaration",
                DocumentKind.DECLARATION, day(2024, 7, 4), Optional.of(Place.of("Astana", KZ)), Optional.empty(),
                Optional.of(MeetingRef.of("chs-24")), List.of(OFFICIAL)));
        facts.add(new Document(FactId.of("doc-world-unity"),
                "Initiative on World Unity for Just Peace, Harmony and Development", DocumentKind.INITIATIVE,
                day(2024, 7, 4), Optional.empty(), Optional.empty(), Optional.of(MeetingRef.of("chs-24")),
                List.of(OFFICIAL, REF)));
        facts.add(new Document(FactId.of("doc-strategy-2035"), "SCO Development Strategy until 2035",
                DocumentKind.STRATEGY, day(2025, 9, 1), Optional.of(Place.of("Tianjin", CN)), Optional.empty(),
                Optional.of(MeetingRef.of("chs-25")), List.of(NEWS)));
        facts.add(new Document(FactId.of("doc-convention-2009"), "Convention against Terrorism",
                DocumentKind.CONVENTION, PartialDate.ofYear(2009), Optional.empty(),
                Optional.of(PartialDate.of(2012, 1)), Optional.empty(), List.of(YEARBOOK)));

        facts.add(new Appointment(FactId.of("sg-norov"), Post.SECRETARY_GENERAL, "Vladimir Norov", Optional.of(UZ),
                DateRange.of(day(2019, 1, 1), day(2022, 1, 1)), List.of(REF), Optional.of(WikidataId.of("Q9000003"))));
        facts.add(new Appointment(FactId.of("sg-zhang"), Post.SECRETARY_GENERAL, "Zhang Ming", CN,
                DateRange.of(day(2022, 1, 1), day(2025, 1, 1)), List.of(REF)));
        facts.add(new Appointment(FactId.of("sg-yermekbayev"), Post.SECRETARY_GENERAL, "Nurlan Yermekbayev", KZ,
                DateRange.ofOpenEnd(day(2025, 1, 1)), List.of(REF)));
        facts.add(new Appointment(FactId.of("rats-subanov"), Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR,
                "Myrzakan Subanov", Optional.empty(), DateRange.of(PartialDate.ofYear(2007), PartialDate.ofYear(2010)),
                List.of(REF), Optional.empty()));
        facts.add(new Appointment(FactId.of("rats-mirzayev"), Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR,
                "Ruslan Mirzayev", UZ, DateRange.ofOpenEnd(PartialDate.of(2022, 1)), List.of(REF)));

        facts.add(chair("chair-uz", UZ, day(2021, 9, 18), day(2022, 9, 17)));
        facts.add(chair("chair-in", IN, day(2022, 9, 17), day(2023, 7, 5)));
        facts.add(chair("chair-kz", KZ, day(2023, 7, 5), day(2024, 7, 5)));
        facts.add(chair("chair-cn", CN, day(2024, 7, 5), day(2025, 9, 2)));
        facts.add(new Chairmanship(FactId.of("chair-kg"), KG, DateRange.ofOpenEnd(day(2025, 9, 2)), List.of(NEWS)));

        facts.add(new Body(FactId.of("body-secretariat"), "SCO Secretariat", BodyKind.PERMANENT_BODY,
                Optional.of(Place.of("Beijing", CN)), Optional.of(PartialDate.of(2004, 1)), List.of(REF)));
        facts.add(new Body(FactId.of("body-business-council"), "SCO Business Council",
                BodyKind.NON_GOVERNMENTAL_STRUCTURE, Optional.empty(), Optional.of(day(2006, 6, 15)), List.of(REF)));
        facts.add(new Body(FactId.of("body-chs"), "Council of Heads of State", BodyKind.COUNCIL, Optional.empty(),
                Optional.empty(), List.of(REF)));

        facts.add(new Designation(FactId.of("year-ecology-2024"), DesignationKind.THEMED_YEAR, "SCO Year of Ecology",
                Optional.empty(), DateRange.of(PartialDate.ofYear(2024), PartialDate.ofYear(2025)), List.of(OFFICIAL)));
        facts.add(new Designation(FactId.of("capital-qingdao"), DesignationKind.TOURISM_AND_CULTURAL_CAPITAL,
                "SCO tourism and cultural capital", Optional.of(Place.of("Qingdao", CN)),
                DateRange.of(PartialDate.of(2024, 7), PartialDate.of(2025, 7)), List.of(OFFICIAL)));

        facts.add(new Event(FactId.of("peace-mission-2021"), EventKind.EXERCISE, "Peace Mission 2021",
                DateRange.of(day(2021, 9, 11), day(2021, 9, 26)), Optional.of(Place.of("Orenburg", RU)), List.of(REF),
                List.of(RU, CN, IN, PK)));
        facts.add(new Event(FactId.of("forum-2025"), EventKind.FORUM, "SCO Forum",
                DateRange.from(PartialDate.of(2025, 5)), Optional.empty(), List.of(NEWS)));

        facts.add(new Figure(FactId.of("members-2024"), Measure.MEMBER_COUNT, "member states", Bound.EXACTLY, new BigDecimal("10"),
                Unit.COUNT, day(2024, 7, 4), List.of(OFFICIAL)));
        facts.add(new Figure(FactId.of("population-share-2024"), Measure.POPULATION_SHARE, "share of the world's population", Bound.ABOUT,
                new BigDecimal("42.00"), Unit.PERCENT, PartialDate.ofYear(2024), List.of(REF)));
        facts.add(new Figure(FactId.of("gdp-2024"), Measure.GDP, "combined GDP", Bound.MORE_THAN,
                new BigDecimal("2.3E+13"), Unit.US_DOLLARS, PartialDate.ofYear(2024), List.of(REF),
                Optional.of(Claim.of("Xi Jinping", day(2024, 7, 4)))));
        facts.add(new Figure(FactId.of("trade-share-2024"), Measure.TRADE, "tiny share", Bound.UP_TO, new BigDecimal("0.0000012345"),
                Unit.PERCENT, PartialDate.of(2024, 12), List.of(REF)));

        facts.add(new AccessionStep(FactId.of("accession.ir.application"), IR, MEMBER_STATE,
                AccessionStepKind.APPLICATION, PartialDate.ofYear(2008), Optional.empty(), Optional.empty(),
                List.of(YEARBOOK)));
        facts.add(new AccessionStep(FactId.of("accession.ir.admission"), IR, MEMBER_STATE, AccessionStepKind.ADMISSION,
                day(2023, 7, 4), Optional.of(Place.of("New Delhi", IN)), Optional.of(MeetingRef.of("chs-23")),
                List.of(REF, NEWS)));

        facts.add(new Partnership(FactId.of("partnership.asean.2005"), "ASEAN Secretariat",
                PartnershipKind.MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding", day(2005, 4, 21),
                Optional.empty(), List.of(REF)));
        facts.add(new Partnership(FactId.of("partnership.cica.2014"), "CICA Secretariat",
                PartnershipKind.MEMORANDUM_OF_UNDERSTANDING, "Memorandum of understanding", PartialDate.of(2014, 5),
                Optional.of(Place.of("Shanghai", CN)), List.of(NEWS)));

        facts.add(new Principle(FactId.of("principle.shanghai-spirit.equality"), PrincipleKind.SHANGHAI_SPIRIT_VALUE,
                "Equality", day(2001, 6, 15), Optional.of(DocumentRef.of("doc-charter")), List.of(REF)));
        facts.add(new Principle(FactId.of("principle.language.russian"), PrincipleKind.WORKING_LANGUAGE, "Russian",
                PartialDate.ofYear(2006), Optional.empty(), List.of(YEARBOOK)));

        facts.add(new Attendance(FactId.of("attendance.chs-23.in"), MeetingRef.of("chs-23"), LocalDate.of(2023, 7, 4),
                AttendanceCapacity.MEMBER, Optional.of(IN), Optional.empty(), "Narendra Modi", "prime minister",
                DelegationLevel.HEAD_OF_GOVERNMENT, AttendanceMode.VIDEO, Optional.empty(), List.of(NEWS)));
        facts.add(new Attendance(FactId.of("attendance.sco-plus-2024.un"), MeetingRef.of("sco-plus-2024"),
                LocalDate.of(2024, 7, 4), AttendanceCapacity.ORGANISATION, Optional.empty(), Optional.of("UN"),
                "António Guterres", "secretary-general", DelegationLevel.OTHER, AttendanceMode.IN_PERSON,
                Optional.of(WikidataId.of("Q9000009")), List.of(OFFICIAL)));

        List<Country> countries = List.of(CN, RU, KZ, KG, TJ, UZ, IN, PK, IR, BY, MN, TR);
        return ScoDataset.builder().version("fixture-1").checkedThrough(CHECKED_THROUGH).countries(countries)
                .sources(List.of(REF, OFFICIAL, NEWS, YEARBOOK)).facts(facts).build();
    }

    private static PartialDate day(int year, int month, int dayOfMonth) {
        return PartialDate.of(year, month, dayOfMonth);
    }

    private static StatusPeriod status(Country country, Status status, DateRange period, String grantedBy,
                                       String decidedAt, Source... sources) {
        String id = "status." + country.alpha2().toLowerCase(java.util.Locale.ROOT) + "."
                + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + period.start().year();
        return new StatusPeriod(FactId.of(id), country, status, period, grantedBy,
                Optional.ofNullable(decidedAt).map(MeetingRef::of), List.of(sources));
    }

    private static Meeting summit(int ordinal, LocalDate firstDay, LocalDate lastDay, String city, Country host,
                                  MeetingFormat format, Source... sources) {
        return new Meeting(FactId.of("chs-" + ordinal), Council.HEADS_OF_STATE, Optional.of(ordinal), firstDay,
                lastDay, Place.of(city, host), format, List.of(sources));
    }

    private static Chairmanship chair(String id, Country state, PartialDate start, PartialDate endExclusive) {
        return new Chairmanship(FactId.of(id), state, DateRange.of(start, endExclusive), List.of(REF));
    }
}
