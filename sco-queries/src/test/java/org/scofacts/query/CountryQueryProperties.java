package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.testkit.SeededRandom;

/**
 * Laws of status queries, against the fixture and the bundled dataset: for every day from 1996-01-01
 * to ten years after the dataset's check date, every status and every country; and, where the domain
 * is pairs of days, for seeded random pairs.
 */
@ExtendWith(SeededRandom.class)
class CountryQueryProperties {

    private static final int PAIRS = 5_000;

    static Stream<Arguments> datasets() {
        return Stream.of(Arguments.of("fixture", Fixture.sco()), Arguments.of("bundled", Bundled.sco()));
    }

    static Stream<Arguments> datasetsAndStatuses() {
        return datasets().flatMap(d -> Stream.of(Status.values()).map(s -> Arguments.of(d.get()[0], d.get()[1], s)));
    }

    /** Every day from 1996-01-01 to ten years after the dataset's check date. */
    private static List<LocalDate> days(Sco sco) {
        return LocalDate.of(1996, 1, 1).datesUntil(sco.dataset().checkedThrough().plusYears(10).plusDays(1))
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void given_any_day_when_each_status_is_asked_then_no_country_holds_two_statuses_at_once(String name, Sco sco) {
        for (LocalDate day : days(sco)) {
            Set<Country> seen = new HashSet<>();
            for (Status status : Status.values()) {
                for (Country c : sco.countries().withStatus(status).asOf(day).list()) {
                    assertThat(seen.add(c)).as("%s listed under two statuses on %s", c.alpha2(), day).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("datasetsAndStatuses")
    void given_any_day_and_status_when_listed_then_the_timeline_has_that_status_that_day(String name, Sco sco,
                                                                                          Status status) {
        for (LocalDate day : days(sco)) {
            for (Country c : sco.countries().withStatus(status).asOf(day).list()) {
                assertThat(sco.statusOf(c, day)).as("status of %s on %s", c.alpha2(), day).contains(status);
                assertThat(sco.timeline(c)).as("timeline of %s on %s", c.alpha2(), day)
                        .anyMatch(p -> p.status() == status && p.period().contains(day));
            }
        }
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("datasetsAndStatuses")
    void given_any_day_and_status_when_listed_then_exactly_the_hand_loop_answer(String name, Sco sco, Status status) {
        for (LocalDate day : days(sco)) {
            List<Country> expected = new ArrayList<>();
            for (StatusPeriod p : sco.dataset().statusPeriods()) {
                if (p.status() == status && p.period().contains(day)) {
                    expected.add(p.country());
                }
            }
            assertThat(sco.countries().withStatus(status).asOf(day).list()).as("%s on %s", status, day)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void given_any_day_and_country_when_status_of_then_the_status_the_listing_gives(String name, Sco sco) {
        List<LocalDate> days = days(sco);
        for (Country c : sco.dataset().countries()) {
            for (LocalDate day : days) {
                List<Status> listed = Stream.of(Status.values())
                        .filter(s -> sco.countries().withStatus(s).asOf(day).list().contains(c))
                        .collect(Collectors.toList());
                assertThat(sco.statusOf(c, day).stream().collect(Collectors.toList()))
                        .as("status of %s on %s", c.alpha2(), day).isEqualTo(listed);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void given_any_day_when_any_status_as_of_then_the_union_of_every_status(String name, Sco sco) {
        for (LocalDate day : days(sco)) {
            List<Country> union = new ArrayList<>();
            for (Status status : Status.values()) {
                union.addAll(sco.countries().withStatus(status).asOf(day).list());
            }
            assertThat(sco.countries().asOf(day).list()).as("any status on %s", day)
                    .containsExactlyInAnyOrderElementsOf(union);
        }
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("datasetsAndStatuses")
    void given_composed_query_when_counted_then_count_is_the_size_of_the_list(String name, Sco sco, Status status,
                                                                             Random random) {
        List<LocalDate> days = days(sco);
        for (int i = 0; i < PAIRS; i++) {
            LocalDate from = days.get(random.nextInt(days.size()));
            LocalDate to = days.get(random.nextInt(days.size()));
            LocalDate start = from.isBefore(to) ? from : to;
            LocalDate end = from.isBefore(to) ? to : from;
            CountryQuery q = sco.countries().withStatus(status).joinedBetween(start, end);
            q = random.nextBoolean() ? q.foundingMembers() : q;
            assertThat(q.count()).as("%s", q).isEqualTo(q.list().size());
            assertThat(q.exists()).as("%s", q).isEqualTo(!q.list().isEmpty());
            assertThat(q.first()).as("%s", q).isEqualTo(q.list().stream().findFirst());
        }
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("datasetsAndStatuses")
    void given_query_when_derived_then_the_original_is_unchanged_and_equal_to_a_fresh_copy(String name, Sco sco,
                                                                                           Status status) {
        CountryQuery original = sco.countries().withStatus(status);
        List<Country> before = original.list();
        for (LocalDate day : days(sco)) {
            CountryQuery derived = original.asOf(day);
            assertThat(derived).isNotSameAs(original);
            assertThat(derived).isEqualTo(sco.countries().asOf(day).withStatus(status));
        }
        assertThat(original).isEqualTo(sco.countries().withStatus(status))
                .hasToString("countries().withStatus(" + status + ")");
        assertThat(original.list()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void given_any_ordinal_when_summit_numbered_then_present_exactly_when_the_dataset_has_it(String name, Sco sco) {
        IntStream.rangeClosed(1, 40).forEach(ordinal -> {
            boolean inDataset = sco.dataset().meetings().stream()
                    .anyMatch(m -> m.ordinal().orElse(0) == ordinal && m.council() == Council.HEADS_OF_STATE);
            assertThat(sco.summits().numbered(ordinal).isPresent()).as("summit %d", ordinal).isEqualTo(inDataset);
        });
    }
}
