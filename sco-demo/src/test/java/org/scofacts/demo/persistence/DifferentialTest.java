package org.scofacts.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.Fixtures;
import org.scofacts.model.Appointment;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Fact;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.query.Sco;

/**
 * GIVEN a dataset in H2 and in the fluent API WHEN a battery of questions is asked of both THEN the
 * answers are the same. The days asked about are every bound of every period, the day before each,
 * and the first of every quarter from 2001 to a year past the check date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialTest {

    private final List<ScoDatabase> open = new ArrayList<>();

    record Subject(String name, ScoDataset data, Sco sco, ScoDatabase db) {
        @Override
        public String toString() {
            return name;
        }
    }

    private List<Subject> subjects;

    @BeforeAll
    void load() {
        subjects = new ArrayList<>();
        for (var named : List.of(new Object[] {"bundled", ScoDataset.bundled()},
                new Object[] {"fixture", Fixtures.dataset()})) {
            ScoDataset data = (ScoDataset) named[1];
            ScoDatabase db = ScoDatabase.inMemory(data);
            open.add(db);
            subjects.add(new Subject((String) named[0], data, Sco.of(data), db));
        }
    }

    @AfterAll
    void close() {
        open.forEach(ScoDatabase::close);
    }

    Stream<Arguments> subjects() {
        return subjects.stream().map(Arguments::of);
    }

    static List<LocalDate> days(ScoDataset data) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate d = LocalDate.of(2001, 1, 1); d.isBefore(data.checkedThrough().plusYears(1)); d = d.plusMonths(3)) {
            days.add(d);
        }
        List<DateRange> periods = new ArrayList<>();
        data.statusPeriods().forEach(p -> periods.add(p.period()));
        data.appointments().forEach(a -> periods.add(a.term()));
        data.chairmanships().forEach(c -> periods.add(c.term()));
        for (DateRange p : periods) {
            addAround(days, p.start());
            p.end().ifPresent(end -> addAround(days, end));
        }
        return List.copyOf(days);
    }

    private static void addAround(TreeSet<LocalDate> days, PartialDate bound) {
        days.add(bound.firstDay());
        days.add(bound.firstDay().minusDays(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void countries_with_every_status_on_every_day(Subject s) {
        List<LocalDate> days = days(s.data());
        assertThat(days).hasSizeGreaterThan(100);
        for (LocalDate day : days) {
            for (Status status : Status.values()) {
                List<Country> fluent = new ArrayList<>(s.sco().countries().withStatus(status).asOf(day).list());
                fluent.sort(Comparator.comparing(Country::alpha2));
                assertThat(s.db().jpql().countriesWithStatus(status, day)).as("%s on %s", status, day)
                        .containsExactlyElementsOf(fluent);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void status_and_timeline_of_every_country(Subject s) {
        List<LocalDate> days = days(s.data());
        for (Country c : s.data().countries()) {
            List<StatusPeriod> timeline = s.db().jpql().timeline(c);
            assertThat(timeline).as("timeline of %s", c.alpha2()).containsExactlyElementsOf(s.sco().timeline(c));
            for (LocalDate day : days) {
                assertThat(s.db().jpql().statusOf(c, day)).as("%s on %s", c.alpha2(), day)
                        .isEqualTo(s.sco().statusOf(c, day));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void summit_by_ordinal_and_its_documents(Subject s) {
        int last = s.data().meetings().stream().filter(m -> m.council() == Council.HEADS_OF_STATE)
                .flatMap(m -> m.ordinal().stream()).max(Integer::compare).orElse(0);
        assertThat(last).isPositive();
        for (int n = 1; n <= last + 2; n++) {
            Optional<Meeting> summit = s.db().jpql().summit(n);
            assertThat(summit).as("summit %d", n).isEqualTo(s.sco().summits().numbered(n));
            List<Document> fluentDocuments = summit.map(m -> s.sco().documents().adoptedAt(m).list()).orElse(List.of());
            assertThat(s.db().jpql().documentsOfSummit(n)).as("documents of summit %d", n)
                    .containsExactlyInAnyOrderElementsOf(fluentDocuments);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void summits_by_host_and_year(Subject s) {
        assertThat(s.db().jpql().summits(Optional.empty(), Optional.empty()))
                .containsExactlyElementsOf(s.sco().summits().list());
        for (Country c : s.data().countries()) {
            assertThat(s.db().jpql().summits(Optional.of(c), Optional.empty())).as("hosted by %s", c.alpha2())
                    .containsExactlyElementsOf(s.sco().summits().hostedBy(c).list());
        }
        for (int year = 2000; year <= s.data().checkedThrough().getYear() + 1; year++) {
            assertThat(s.db().jpql().summits(Optional.empty(), Optional.of(year))).as("in %d", year)
                    .containsExactlyElementsOf(s.sco().summits().inYear(year).list());
        }
        assertThat(s.db().jpql().latestSummit())
                .isEqualTo(s.sco().summits().list().stream().max(Comparator.comparing(Meeting::firstDay)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void official_and_chair_on_every_day(Subject s) {
        for (LocalDate day : days(s.data())) {
            for (Post post : Post.values()) {
                List<Appointment> fluent = s.sco().appointments().post(post).servingOn(day).list();
                assertThat(s.db().jpql().appointments(Optional.of(post), Optional.of(day)))
                        .as("%s on %s", post, day).containsExactlyInAnyOrderElementsOf(fluent);
            }
            Optional<Chairmanship> chair = s.sco().chairmanshipOn(day);
            assertThat(s.db().jpql().chairOn(day)).as("chair on %s", day).isEqualTo(chair);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void documents_of_every_kind_and_sources_of_every_fact(Subject s) {
        assertThat(s.db().jpql().documents(Optional.empty()))
                .containsExactlyInAnyOrderElementsOf(s.sco().documents().list());
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(s.db().jpql().documents(Optional.of(kind))).as("%s", kind)
                    .containsExactlyInAnyOrderElementsOf(s.sco().documents().kind(kind).list());
        }
        assertThat(s.db().jpql().sources()).containsExactlyInAnyOrderElementsOf(s.sco().sources().list());
        for (Fact f : s.data().facts().toList()) {
            assertThat(s.db().jpql().sourcesOf(f.id())).as("sources of %s", f.id())
                    .contains(f.sources());
            assertThat(s.sco().sources().citedBy(f).list()).as("fluent sources of %s", f.id())
                    .containsExactlyInAnyOrderElementsOf(f.sources());
        }
    }
}
