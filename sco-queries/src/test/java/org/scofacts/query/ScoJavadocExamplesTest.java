package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.Appointment;
import org.scofacts.model.Attendance;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Designation;
import org.scofacts.model.DesignationKind;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Event;
import org.scofacts.model.Fact;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.Meeting;
import org.scofacts.model.Partnership;
import org.scofacts.model.Post;
import org.scofacts.model.Principle;
import org.scofacts.model.PrincipleKind;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * Every example in the Javadoc of {@link Sco} is a tagged region of this file and runs here against the bundled
 * dataset, asserting the answer its comment shows: an example that stops compiling or starts answering
 * differently fails the build, and so does an example added to the Javadoc without a region here.
 */
class ScoJavadocExamplesTest {

    private static final Path SCO_SOURCE = Path.of("src", "main", "java", "org", "scofacts", "query", "Sco.java");
    private static final Path THIS_FILE = Path.of("src", "test", "java", "org", "scofacts", "query",
            "ScoJavadocExamplesTest.java");

    private final Sco sco = Bundled.sco();

    @Test
    void class_example_lists_the_first_eight_members_and_the_astana_summit() {
        // tag::class[]
        Sco sco = Sco.facts();
        List<Country> members = sco.countries().withStatus(Status.MEMBER_STATE)
                                   .asOf(LocalDate.of(2017, 6, 9)).list();  // the first eight, India and Pakistan last
        Optional<Meeting> astana = sco.summits().numbered(24);             // Optional[24th summit, Astana, 2024-07-04]
        // end::class[]

        assertThat(members).extracting(Country::alpha2)
                .containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ", "IN", "PK");
        assertThat(astana).hasToString("Optional[24th summit, Astana, 2024-07-04]");
    }

    @Test
    void facts_returns_one_shared_instance() {
        // tag::facts[]
        Sco sco = Sco.facts();
        boolean shared = sco == Sco.facts();  // true: one instance for the whole program
        // end::facts[]

        assertThat(shared).isTrue();
    }

    @Test
    void of_answers_from_a_dataset_of_your_own() {
        // tag::of[]
        Sco mine = Sco.of(ScoDataset.bundled().toBuilder().build());
        Optional<Meeting> first = mine.summits().numbered(1);  // Optional[1st summit, Shanghai, 2001-06-15]
        // end::of[]

        assertThat(first).hasToString("Optional[1st summit, Shanghai, 2001-06-15]");
    }

    @Test
    void dataset_finds_kazakhstan_by_its_alpha2_code() {
        // tag::dataset[]
        Optional<Country> kz = sco.dataset().country("KZ");  // Optional[Kazakhstan (KZ)]
        // end::dataset[]

        assertThat(kz).hasToString("Optional[Kazakhstan (KZ)]");
    }

    @Test
    void is_checked_is_false_after_the_check_date() {
        // tag::is-checked[]
        boolean checked = sco.isChecked(LocalDate.of(2030, 1, 1));  // false: later than the check date
        // end::is-checked[]

        assertThat(checked).isFalse();
        assertThat(sco.dataset().checkedThrough()).isBefore(LocalDate.of(2030, 1, 1));
    }

    @Test
    void country_reads_an_alpha3_code_and_a_russian_name() {
        // tag::country[]
        Country iran = sco.country("irn");     // Iran (IR)
        Country china = sco.country("Китай");  // China (CN)
        // end::country[]

        assertThat(iran).hasToString("Iran (IR)");
        assertThat(china).hasToString("China (CN)");
    }

    @Test
    void country_by_iso_numeric_finds_china() {
        // tag::country-by-iso-numeric[]
        Country china = sco.countryByIsoNumeric(156);  // China (CN)
        // end::country-by-iso-numeric[]

        assertThat(china).hasToString("China (CN)");
    }

    @Test
    void country_by_cow_code_finds_india() {
        // tag::country-by-cow-code[]
        Country india = sco.countryByCowCode(750);  // India (IN)
        // end::country-by-cow-code[]

        assertThat(india).hasToString("India (IN)");
    }

    @Test
    void cow_igo_table_starts_with_russia_in_2001() {
        // tag::cow-igo-table[]
        CowIgoTable.Row first = sco.cowIgoTable().rows().get(0);
        // Row[state=Russia (RU), cowCode=365 RUS, year=2001, status=1]
        // end::cow-igo-table[]

        assertThat(first).hasToString("Row[state=Russia (RU), cowCode=365 RUS, year=2001, status=1]");
    }

    @Test
    void status_of_iran_in_2010_is_observer_state() {
        // tag::status-of[]
        Country iran = sco.country("IR");
        Optional<Status> in2010 = sco.statusOf(iran, LocalDate.of(2010, 1, 1));  // Optional[OBSERVER_STATE]
        // end::status-of[]

        assertThat(in2010).hasToString("Optional[OBSERVER_STATE]");
    }

    @Test
    void timeline_of_belarus_has_three_periods() {
        // tag::timeline[]
        List<StatusPeriod> belarus = sco.timeline(sco.country("BY"));
        // [dialogue partner of Belarus 2009-06-16..2015-07-09, observer state of Belarus 2015-07-10..2024-07-03,
        //  member state of Belarus since 2024-07-04]
        // end::timeline[]

        assertThat(belarus).hasToString("[dialogue partner of Belarus 2009-06-16..2015-07-09,"
                + " observer state of Belarus 2015-07-10..2024-07-03, member state of Belarus since 2024-07-04]");
    }

    @Test
    void changes_between_in_2017_are_the_accessions_of_india_and_pakistan() {
        // tag::changes-between[]
        List<StatusChange> in2017 = sco.changesBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1));
        // [India (IN): observer state -> member state on 2017-06-09,
        //  Pakistan (PK): observer state -> member state on 2017-06-09]
        // end::changes-between[]

        assertThat(in2017).hasToString("[India (IN): observer state -> member state on 2017-06-09,"
                + " Pakistan (PK): observer state -> member state on 2017-06-09]");
    }

    @Test
    void facts_of_a_family_counts_the_permanent_bodies() {
        // tag::facts-of-family[]
        int permanent = sco.facts(FactFamily.BODIES).where(b -> b.kind() == BodyKind.PERMANENT_BODY).count();  // 4
        // end::facts-of-family[]

        assertThat(permanent).isEqualTo(4);
    }

    @Test
    void status_periods_tell_when_india_became_a_member() {
        // tag::status-periods[]
        Optional<StatusPeriod> india = sco.statusPeriods().country(sco.country("IN"))
                .withStatus(Status.MEMBER_STATE).first();  // Optional[member state of India since 2017-06-09]
        // end::status-periods[]

        assertThat(india).hasToString("Optional[member state of India since 2017-06-09]");
    }

    @Test
    void countries_lists_the_six_founding_members() {
        // tag::countries[]
        List<Country> founders = sco.countries().foundingMembers().list();
        // [China (CN), Kyrgyzstan (KG), Kazakhstan (KZ), Russia (RU), Tajikistan (TJ), Uzbekistan (UZ)]
        // end::countries[]

        assertThat(founders)
                .hasToString("[China (CN), Kyrgyzstan (KG), Kazakhstan (KZ), Russia (RU), Tajikistan (TJ),"
                        + " Uzbekistan (UZ)]");
    }

    @Test
    void meetings_find_the_first_meeting_of_the_heads_of_government() {
        // tag::meetings[]
        Optional<Meeting> firstPremiers = sco.meetings().council(Council.HEADS_OF_GOVERNMENT).numbered(1);
        // Optional[1st meeting of the Council of Heads of Government, Almaty, 2001-09-13..2001-09-14]
        // end::meetings[]

        assertThat(firstPremiers)
                .hasToString("Optional[1st meeting of the Council of Heads of Government, Almaty,"
                        + " 2001-09-13..2001-09-14]");
    }

    @Test
    void summits_find_the_24th_in_astana() {
        // tag::summits[]
        Optional<Meeting> astana = sco.summits().numbered(24);  // Optional[24th summit, Astana, 2024-07-04]
        // end::summits[]

        assertThat(astana).hasToString("Optional[24th summit, Astana, 2024-07-04]");
    }

    @Test
    void appointments_find_the_secretary_general_of_2020() {
        // tag::appointments[]
        Optional<Appointment> sg = sco.appointments().post(Post.SECRETARY_GENERAL)
                .servingOn(LocalDate.of(2020, 1, 1)).first();
        // Optional[Vladimir Norov (UZ), Secretary-General of the SCO, 2019-01-01..2021-12-31]
        // end::appointments[]

        assertThat(sg)
                .hasToString("Optional[Vladimir Norov (UZ), Secretary-General of the SCO, 2019-01-01..2021-12-31]");
    }

    @Test
    void chairmanships_presided_by_india() {
        // tag::chairmanships[]
        List<Chairmanship> india = sco.chairmanships().presidedBy(sco.country("IN")).list();
        // [chair India (IN), 2022-09-16..2023-07-03]
        // end::chairmanships[]

        assertThat(india).hasToString("[chair India (IN), 2022-09-16..2023-07-03]");
    }

    @Test
    void chairmanship_on_1_september_2024_is_china() {
        // tag::chairmanship-on[]
        Optional<Chairmanship> chair = sco.chairmanshipOn(LocalDate.of(2024, 9, 1));
        // Optional[chair China (CN), 2024-07-04..2025-08-31]
        // end::chairmanship-on[]

        assertThat(chair).hasToString("Optional[chair China (CN), 2024-07-04..2025-08-31]");
    }

    @Test
    void documents_find_the_charter() {
        // tag::documents[]
        Document charter = sco.documents().kind(DocumentKind.CHARTER).only();
        // Charter of the Shanghai Cooperation Organisation, adopted 2002-06-07, Saint Petersburg
        // end::documents[]

        assertThat(charter)
                .hasToString("Charter of the Shanghai Cooperation Organisation, adopted 2002-06-07, Saint Petersburg");
    }

    @Test
    void bodies_seated_in_china() {
        // tag::bodies[]
        List<Body> inChina = sco.bodies().seatedIn(sco.country("CN")).list();
        // [SCO Secretariat, Beijing, since 2004-01-15]
        // end::bodies[]

        assertThat(inChina).hasToString("[SCO Secretariat, Beijing, since 2004-01-15]");
    }

    @Test
    void designations_find_the_themed_year_of_2024() {
        // tag::designations[]
        Designation ecology = sco.designations().kind(DesignationKind.THEMED_YEAR).inYear(2024).only();
        // SCO Year of Ecology, 2024-01-01..2024-12-31
        // end::designations[]

        assertThat(ecology).hasToString("SCO Year of Ecology, 2024-01-01..2024-12-31");
    }

    @Test
    void events_of_august_2007() {
        // tag::events[]
        List<Event> aug2007 = sco.events().between(LocalDate.of(2007, 8, 1), LocalDate.of(2007, 9, 1)).list();
        // [Peace Mission 2007 joint counter-terrorism exercise, Chelyabinsk, 2007-08-09..2007-08-17]
        // end::events[]

        assertThat(aug2007)
                .hasToString("[Peace Mission 2007 joint counter-terrorism exercise, Chelyabinsk,"
                        + " 2007-08-09..2007-08-17]");
    }

    @Test
    void figures_give_the_member_count_of_2024() {
        // tag::figures[]
        Figure members = sco.figures().measuring(Measure.MEMBER_COUNT).referringToYear(2024).only();
        // member states: 10 (2024-07-04)
        // end::figures[]

        assertThat(members).hasToString("member states: 10 (2024-07-04)");
    }

    @Test
    void accession_steps_find_the_admission_of_iran() {
        // tag::accession-steps[]
        Optional<AccessionStep> admitted = sco.accessionSteps().country(sco.country("IR"))
                .kind(AccessionStepKind.ADMISSION).first();  // Optional[Iran: admission (member state), 2023-07-04]
        // end::accession-steps[]

        assertThat(admitted).hasToString("Optional[Iran: admission (member state), 2023-07-04]");
    }

    @Test
    void partnerships_of_2007() {
        // tag::partnerships[]
        Optional<Partnership> csto = sco.partnerships().inYear(2007).first();
        // Optional[Memorandum of understanding between the secretariats (Secretariat of the Collective Security
        //  Treaty Organization), 2007-10-05]
        // end::partnerships[]

        assertThat(csto).hasToString("Optional[Memorandum of understanding between the secretariats"
                + " (Secretariat of the Collective Security Treaty Organization), 2007-10-05]");
    }

    @Test
    void principles_list_the_working_languages() {
        // tag::principles[]
        List<Principle> languages = sco.principles().kind(PrincipleKind.WORKING_LANGUAGE).list();
        // [working language: Chinese, 2006, working language: Russian, 2006]
        // end::principles[]

        assertThat(languages).hasToString("[working language: Chinese, 2006, working language: Russian, 2006]");
    }

    @Test
    void attendance_at_the_20th_summit_was_by_video_only() {
        // tag::attendance[]
        boolean anyInPerson = sco.attendance().atSummit(20).inPerson().exists();  // false: the 20th summit met by video
        // end::attendance[]

        assertThat(anyInPerson).isFalse();
        assertThat(sco.attendance().atSummit(20).byVideo().exists()).isTrue();
    }

    @Test
    void delegation_leader_of_india_at_the_24th_summit() {
        // tag::delegation-leader[]
        Optional<Attendance> india = sco.delegationLeader(sco.country("IN"), 24);
        // Optional[Subramanyam Jaishankar, foreign minister of India (IN), in person at the 24th summit]
        // end::delegation-leader[]

        assertThat(india)
                .hasToString("Optional[Subramanyam Jaishankar, foreign minister of India (IN),"
                        + " in person at the 24th summit]");
    }

    @Test
    void sources_cited_by_the_chairmanship_of_china() {
        // tag::sources[]
        Chairmanship china = sco.chairmanshipOn(LocalDate.of(2024, 9, 1)).orElseThrow();
        int cited = sco.sources().citedBy(china).count();  // 3
        // end::sources[]

        assertThat(cited).isEqualTo(3);
    }

    @Test
    void facts_citing_a_source_are_two_chairmanships() {
        // tag::facts-citing[]
        Source trend = sco.dataset().source(SourceId.of("trend-2024-china-chair")).orElseThrow();
        List<Fact> citing = sco.factsCiting(trend);
        // [chair Kazakhstan (KZ), 2023-07-04..2024-07-03, chair China (CN), 2024-07-04..2025-08-31]
        // end::facts-citing[]

        assertThat(citing)
                .hasToString("[chair Kazakhstan (KZ), 2023-07-04..2024-07-03,"
                        + " chair China (CN), 2024-07-04..2025-08-31]");
    }

    @Test
    void every_example_in_the_javadoc_of_sco_is_a_tagged_region_here_and_back() throws IOException {
        List<String> examples = javadocExamples(Files.readString(SCO_SOURCE, StandardCharsets.UTF_8));
        Map<String, String> regions = TaggedRegions.of(Files.readString(THIS_FILE, StandardCharsets.UTF_8));

        assertThat(examples).as("<pre>{@code ...}</pre> blocks in Sco.java").isNotEmpty();
        assertThat(regions.values()).as("tagged regions of ScoJavadocExamplesTest")
                .containsExactlyInAnyOrderElementsOf(examples);
    }

    private static List<String> javadocExamples(String source) {
        Matcher m = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL).matcher(source);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            String code = m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                    .collect(Collectors.joining("\n"));
            blocks.add(TaggedRegions.dedent(code));
        }
        return blocks;
    }
}
