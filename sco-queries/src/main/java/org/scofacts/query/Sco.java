package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Attendance;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * The entry point: questions about the SCO, answered from one dataset.
 *
 * <pre>{@code
 * Sco sco = Sco.facts();
 * List<Country> members = sco.countries().withStatus(Status.MEMBER_STATE)
 *                            .asOf(LocalDate.of(2017, 6, 9)).list();  // the first eight, India and Pakistan last
 * Optional<Meeting> astana = sco.summits().numbered(24);             // Optional[24th summit, Astana, 2024-07-04]
 * }</pre>
 *
 * <p>A {@code Sco} builds each of its indexes the first time a question needs it, and never changes an
 * index once built; it is thread-safe and meant to be shared. Each call that starts a query returns a new
 * immutable query.
 *
 * @since 0.1.0
 */
public final class Sco {

    private final ScoIndex index;

    private Sco(ScoDataset dataset) {
        this.index = new ScoIndex(dataset);
    }

    /** The shared instance, made on first use (the holder idiom: the JVM's class initialisation locks it). */
    private static final class Bundled {
        static final Sco FACTS = new Sco(ScoDataset.bundled());
    }

    /**
     * The bundled dataset, whose tables were checked whole when the library was built. Each family's facts
     * are read the first time a question needs them, and each index is built the first time a question
     * needs it.
     *
     * <pre>{@code
     * Sco sco = Sco.facts();
     * boolean shared = sco == Sco.facts();  // true: one instance for the whole program
     * }</pre>
     *
     * @return the shared instance
     */
    public static Sco facts() {
        return Bundled.FACTS;
    }

    /**
     * Questions answered from a dataset of your own, such as one built with
     * {@link ScoDataset#builder()}. The dataset was validated when it was built; this indexes it.
     *
     * <pre>{@code
     * Sco mine = Sco.of(ScoDataset.bundled().toBuilder().build());
     * Optional<Meeting> first = mine.summits().numbered(1);  // Optional[1st summit, Shanghai, 2001-06-15]
     * }</pre>
     *
     * @param dataset the dataset
     * @return a new instance
     * @throws NullPointerException if the dataset is null
     */
    public static Sco of(ScoDataset dataset) {
        return new Sco(Args.nonNull(dataset, "dataset"));
    }

    /**
     * The dataset the answers come from: its version, check date and every fact.
     *
     * <pre>{@code
     * Optional<Country> kz = sco.dataset().country("KZ");  // Optional[Kazakhstan (KZ)]
     * }</pre>
     *
     * @return the dataset
     */
    public ScoDataset dataset() {
        return index.dataset();
    }

    /**
     * Whether the facts were checked against their sources up to a day. An answer about a later day
     * assumes that nothing changed since {@link ScoDataset#checkedThrough()}.
     *
     * <pre>{@code
     * boolean checked = sco.isChecked(LocalDate.of(2030, 1, 1));  // false: later than the check date
     * }</pre>
     *
     * @param date the day
     * @return true if the day is on or before the check date
     * @throws NullPointerException if the date is null
     */
    public boolean isChecked(LocalDate date) {
        return index.dataset().isChecked(Args.nonNull(date, "date"));
    }

    /**
     * The country a user names: by ISO 3166-1 alpha-2 or alpha-3 code, Wikidata id ({@code Q148}),
     * English short or official name, an alias, or its name in Russian or Chinese, ignoring case, accents
     * and punctuation. Numeric codes are ambiguous between systems and have their own methods,
     * {@link #countryByIsoNumeric(int)} and {@link #countryByCowCode(int)}.
     *
     * <pre>{@code
     * Country iran = sco.country("irn");     // Iran (IR)
     * Country china = sco.country("Китай");  // China (CN)
     * }</pre>
     *
     * @param nameOrCode the code or name, such as {@code IR}, {@code irn} or {@code Turkey}
     * @return the country
     * @throws NullPointerException     if the input is null
     * @throws IllegalArgumentException naming the input and suggesting the nearest names, when no
     *                                  country in the dataset matches; without suggestions, quoting only the
     *                                  start of the input, when it is longer than 200 characters, which no
     *                                  name is
     */
    public Country country(String nameOrCode) {
        return index.country(nameOrCode);
    }

    /**
     * The country with an ISO 3166-1 numeric code, such as 156 for China.
     *
     * <pre>{@code
     * Country china = sco.countryByIsoNumeric(156);  // China (CN)
     * }</pre>
     *
     * @param code the ISO numeric code
     * @return the country
     * @throws IllegalArgumentException naming the code, when no country in the dataset has it
     */
    public Country countryByIsoNumeric(int code) {
        return index.countryByIsoNumeric(code);
    }

    /**
     * The country with a Correlates of War state code, such as 710 for China.
     *
     * <pre>{@code
     * Country india = sco.countryByCowCode(750);  // India (IN)
     * }</pre>
     *
     * @param code the COW state number (ccode)
     * @return the country
     * @throws IllegalArgumentException naming the code, when no country in the dataset has it
     */
    public Country countryByCowCode(int code) {
        return index.countryByCowCode(code);
    }

    /**
     * The country-year membership table of the SCO in the layout of the Correlates of War IGO
     * dataset, from 2001 to the year of the dataset's check date; see {@link CowIgoTable} for the
     * coding rules.
     *
     * <pre>{@code
     * CowIgoTable.Row first = sco.cowIgoTable().rows().get(0);
     * // Row[state=Russia (RU), cowCode=365 RUS, year=2001, status=1]
     * }</pre>
     *
     * @return the table
     * @throws IllegalStateException naming the check date, if the dataset is checked through a year after
     *                               {@link CowIgoTable#LAST_YEAR}
     */
    public CowIgoTable cowIgoTable() {
        return CowIgoTable.of(index);
    }

    /**
     * The status a country held on a day.
     *
     * <pre>{@code
     * Country iran = sco.country("IR");
     * Optional<Status> in2010 = sco.statusOf(iran, LocalDate.of(2010, 1, 1));  // Optional[OBSERVER_STATE]
     * }</pre>
     *
     * @param country the country
     * @param date    the day
     * @return the status, or empty when the country held none that day
     * @throws NullPointerException if an argument is null
     */
    public Optional<Status> statusOf(Country country, LocalDate date) {
        Args.nonNull(country, "country");
        Args.nonNull(date, "date");
        return index.statusOf(country, date);
    }

    /**
     * Every status period of a country, in chronological order.
     *
     * <pre>{@code
     * List<StatusPeriod> belarus = sco.timeline(sco.country("BY"));
     * // [dialogue partner of Belarus 2009-06-16..2015-07-09, observer state of Belarus 2015-07-10..2024-07-03,
     * //  member state of Belarus since 2024-07-04]
     * }</pre>
     *
     * @param country the country
     * @return the periods, unmodifiable; empty when the country never held a status
     * @throws NullPointerException if the country is null
     */
    public List<StatusPeriod> timeline(Country country) {
        return index.timeline(Args.nonNull(country, "country"));
    }

    /**
     * Every change of status on a day in {@code [fromInclusive, toExclusive)}, in date order (then by
     * alpha-2 code): a status period starting is a change, from the status whose period ends that day
     * (if one does) or from none; a period ending without a successor that day is a change to none. A day
     * known only to the month or year counts by its first possible day, as {@code DateRange.contains} reads it.
     *
     * <pre>{@code
     * List<StatusChange> in2017 = sco.changesBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1));
     * // [India (IN): observer state -> member state on 2017-06-09,
     * //  Pakistan (PK): observer state -> member state on 2017-06-09]
     * }</pre>
     *
     * @param fromInclusive the first day
     * @param toExclusive   the first day after the range
     * @return the changes, unmodifiable
     * @throws NullPointerException     if a day is null, naming it
     * @throws IllegalArgumentException if the range ends before it starts, naming both days
     */
    public List<StatusChange> changesBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        Args.range(fromInclusive, toExclusive);
        return index.changesBetween(fromInclusive, toExclusive);
    }

    /**
     * The facts of one family, for any family, including those without an entry point of their own.
     *
     * <pre>{@code
     * int permanent = sco.facts(FactFamily.BODIES).where(b -> b.kind() == BodyKind.PERMANENT_BODY).count();  // 4
     * }</pre>
     *
     * @param family the family, such as {@link FactFamily#EVENTS}
     * @param <F>    the type of the family's facts
     * @return a query over every fact of the family, in the family's order
     * @throws NullPointerException if the family is null
     */
    public <F extends Fact> FactQuery<F> facts(FactFamily<F> family) {
        return FactQuery.of(index, Args.nonNull(family, "family"));
    }

    /**
     * Status periods, to ask when a state held a status.
     *
     * <pre>{@code
     * Optional<StatusPeriod> india = sco.statusPeriods().country(sco.country("IN"))
     *         .withStatus(Status.MEMBER_STATE).first();  // Optional[member state of India since 2017-06-09]
     * }</pre>
     *
     * @return a query over every status period
     */
    public StatusPeriodQuery statusPeriods() {
        return StatusPeriodQuery.of(index);
    }

    /**
     * Which states held which status, when.
     *
     * <pre>{@code
     * List<Country> founders = sco.countries().foundingMembers().list();
     * // [China (CN), Kyrgyzstan (KG), Kazakhstan (KZ), Russia (RU), Tajikistan (TJ), Uzbekistan (UZ)]
     * }</pre>
     *
     * @return a query over every state that ever held a status
     */
    public CountryQuery countries() {
        return CountryQuery.of(index);
    }

    /**
     * Council meetings of every council.
     *
     * <pre>{@code
     * Optional<Meeting> firstPremiers = sco.meetings().council(Council.HEADS_OF_GOVERNMENT).numbered(1);
     * // Optional[1st meeting of the Council of Heads of Government, Almaty, 2001-09-13..2001-09-14]
     * }</pre>
     *
     * @return a query over every meeting
     */
    public MeetingQuery meetings() {
        return MeetingQuery.of(index, null);
    }

    /**
     * Summits: the meetings of the Council of Heads of State.
     *
     * <pre>{@code
     * Optional<Meeting> astana = sco.summits().numbered(24);  // Optional[24th summit, Astana, 2024-07-04]
     * }</pre>
     *
     * @return a query over the summits, equal to {@code meetings().council(Council.HEADS_OF_STATE)}
     */
    public MeetingQuery summits() {
        return MeetingQuery.of(index, Council.HEADS_OF_STATE);
    }

    /**
     * Holders of SCO posts.
     *
     * <pre>{@code
     * Optional<Appointment> sg = sco.appointments().post(Post.SECRETARY_GENERAL)
     *         .servingOn(LocalDate.of(2020, 1, 1)).first();
     * // Optional[Vladimir Norov (UZ), Secretary-General of the SCO, 2019-01-01..2021-12-31]
     * }</pre>
     *
     * @return a query over every appointment
     */
    public AppointmentQuery appointments() {
        return AppointmentQuery.of(index);
    }

    /**
     * Presiding states.
     *
     * <pre>{@code
     * List<Chairmanship> india = sco.chairmanships().presidedBy(sco.country("IN")).list();
     * // [chair India (IN), 2022-09-16..2023-07-03]
     * }</pre>
     *
     * @return a query over every chairmanship
     */
    public ChairmanshipQuery chairmanships() {
        return ChairmanshipQuery.of(index);
    }

    /**
     * The member state presiding on a day.
     *
     * <pre>{@code
     * Optional<Chairmanship> chair = sco.chairmanshipOn(LocalDate.of(2024, 9, 1));
     * // Optional[chair China (CN), 2024-07-04..2025-08-31]
     * }</pre>
     *
     * @param date the day
     * @return the chairmanship, or empty when the dataset records none for that day
     * @throws NullPointerException if the date is null
     */
    public Optional<Chairmanship> chairmanshipOn(LocalDate date) {
        return chairmanships().on(date).atMostOne();
    }

    /**
     * Documents the SCO adopted.
     *
     * <pre>{@code
     * Document charter = sco.documents().kind(DocumentKind.CHARTER).only();
     * // Charter of the Shanghai Cooperation Organisation, adopted 2002-06-07, Saint Petersburg
     * }</pre>
     *
     * @return a query over every document
     */
    public DocumentQuery documents() {
        return DocumentQuery.of(index);
    }

    /**
     * SCO bodies.
     *
     * <pre>{@code
     * List<Body> inChina = sco.bodies().seatedIn(sco.country("CN")).list();
     * // [SCO Secretariat, Beijing, since 2004-01-15]
     * }</pre>
     *
     * @return a query over every body
     */
    public BodyQuery bodies() {
        return BodyQuery.of(index);
    }

    /**
     * Themed years and tourism and cultural capitals.
     *
     * <pre>{@code
     * Designation ecology = sco.designations().kind(DesignationKind.THEMED_YEAR).inYear(2024).only();
     * // SCO Year of Ecology, 2024-01-01..2024-12-31
     * }</pre>
     *
     * @return a query over every designation
     */
    public DesignationQuery designations() {
        return DesignationQuery.of(index);
    }

    /**
     * Forums, exercises and other events.
     *
     * <pre>{@code
     * List<Event> aug2007 = sco.events().between(LocalDate.of(2007, 8, 1), LocalDate.of(2007, 9, 1)).list();
     * // [Peace Mission 2007 joint counter-terrorism exercise, Chelyabinsk, 2007-08-09..2007-08-17]
     * }</pre>
     *
     * @return a query over every event
     */
    public EventQuery events() {
        return EventQuery.of(index);
    }

    /**
     * Quantitative claims.
     *
     * <pre>{@code
     * Figure members = sco.figures().measuring(Measure.MEMBER_COUNT).referringToYear(2024).only();
     * // member states: 10 (2024-07-04)
     * }</pre>
     *
     * @return a query over every figure
     */
    public FigureQuery figures() {
        return FigureQuery.of(index);
    }

    /**
     * The steps of states' accession.
     *
     * <pre>{@code
     * Optional<AccessionStep> admitted = sco.accessionSteps().country(sco.country("IR"))
     *         .kind(AccessionStepKind.ADMISSION).first();  // Optional[Iran: admission (member state), 2023-07-04]
     * }</pre>
     *
     * @return a query over every accession step
     */
    public AccessionStepQuery accessionSteps() {
        return AccessionStepQuery.of(index);
    }

    /**
     * The SCO's formal ties with other international organisations.
     *
     * <pre>{@code
     * Optional<Partnership> csto = sco.partnerships().inYear(2007).first();
     * // Optional[Memorandum of understanding between the secretariats (Secretariat of the Collective Security
     * //  Treaty Organization), 2007-10-05]
     * }</pre>
     *
     * @return a query over every partnership
     */
    public PartnershipQuery partnerships() {
        return PartnershipQuery.of(index);
    }

    /**
     * What the SCO stands for: Shanghai Spirit values, the three evils, working languages, Charter goals.
     *
     * <pre>{@code
     * List<Principle> languages = sco.principles().kind(PrincipleKind.WORKING_LANGUAGE).list();
     * // [working language: Chinese, 2006, working language: Russian, 2006]
     * }</pre>
     *
     * @return a query over every principle
     */
    public PrincipleQuery principles() {
        return PrincipleQuery.of(index);
    }

    /**
     * Who led each delegation at the summits and the SCO Plus meetings.
     *
     * <pre>{@code
     * boolean anyInPerson = sco.attendance().atSummit(20).inPerson().exists();  // false: the 20th summit met by video
     * }</pre>
     *
     * @return a query over every recorded attendance
     */
    public AttendanceQuery attendance() {
        return AttendanceQuery.start(index);
    }

    /**
     * Who led a state's delegation at a summit (Council of Heads of State): one call for
     * {@code attendance().atSummit(summit).of(country).first()}.
     *
     * <pre>{@code
     * Optional<Attendance> india = sco.delegationLeader(sco.country("IN"), 24);
     * // Optional[Subramanyam Jaishankar, foreign minister of India (IN), in person at the 24th summit]
     * }</pre>
     *
     * @param country the state
     * @param summit  the summit's number, 1 for the founding summit of 2001
     * @return the delegation, or empty where the dataset records none (no source names its leader, or no
     *         such summit)
     * @throws NullPointerException     if the state is null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public Optional<Attendance> delegationLeader(Country country, int summit) {
        Args.nonNull(country, "country");
        return attendance().atSummit(summit).of(country).first();
    }

    /**
     * The publications the facts cite.
     *
     * <pre>{@code
     * Chairmanship china = sco.chairmanshipOn(LocalDate.of(2024, 9, 1)).orElseThrow();
     * int cited = sco.sources().citedBy(china).count();  // 3
     * }</pre>
     *
     * @return a query over every source
     */
    public SourceQuery sources() {
        return SourceQuery.of(index);
    }

    /**
     * The facts that cite a source, looked up by the source's identifier.
     *
     * <pre>{@code
     * Source trend = sco.dataset().source(SourceId.of("trend-2024-china-chair")).orElseThrow();
     * List<Fact> citing = sco.factsCiting(trend);
     * // [chair Kazakhstan (KZ), 2023-07-04..2024-07-03, chair China (CN), 2024-07-04..2025-08-31]
     * }</pre>
     *
     * @param source the source
     * @return the citing facts, unmodifiable, family by family as in {@link ScoDataset#facts()}; empty
     *         when the dataset has no source with that identifier
     * @throws NullPointerException if the source is null
     */
    public List<Fact> factsCiting(Source source) {
        return index.factsCiting(Args.nonNull(source, "source").id());
    }

    /**
     * The dataset's version and size.
     *
     * @return a one-line summary, such as {@code Sco[ScoDataset[version=2026.11.0, ...]]}
     */
    @Override
    public String toString() {
        return "Sco[" + index.dataset() + "]";
    }
}
