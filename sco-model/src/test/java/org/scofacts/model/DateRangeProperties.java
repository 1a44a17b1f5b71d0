package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.testkit.SeededRandom;

/**
 * Laws of {@link DateRange}. Laws about one period and one day walk every day of a window around the
 * period for seeded random periods; laws about pairs of periods draw seeded random pairs whose
 * bounds fall in a few years, so that they often overlap, abut or share a bound.
 */
@ExtendWith(SeededRandom.class)
class DateRangeProperties {

    private static final int FIRST_YEAR = 2003;
    private static final int LAST_YEAR = 2005;
    private static final int PAIRS = 20_000;
    private static final int PERIODS = 400;
    /** Every day a period with bounds in FIRST_YEAR..LAST_YEAR can start, end or leave out. */
    private static final List<LocalDate> WINDOW = LocalDate.of(FIRST_YEAR - 1, 1, 1)
            .datesUntil(LocalDate.of(LAST_YEAR + 2, 1, 1)).collect(Collectors.toList());

    @Test
    void contains_its_start_day_and_never_its_end_day(Random random) {
        for (int i = 0; i < PAIRS; i++) {
            DateRange p = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            assertThat(p.contains(p.startDay())).as("%s contains its start day", p).isTrue();
            assertThat(p.contains(p.startDay().minusDays(1))).as("%s contains the day before its start", p).isFalse();
            p.endDay().ifPresent(end -> {
                assertThat(p.contains(end)).as("%s contains its end day", p).isFalse();
                assertThat(p.contains(end.minusDays(1))).as("%s contains its last day", p).isTrue();
            });
        }
    }

    @Test
    void overlaps_is_symmetric(Random random) {
        for (int i = 0; i < PAIRS; i++) {
            DateRange a = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            DateRange b = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(b.overlaps(a));
        }
    }

    @Test
    void overlaps_when_and_only_when_a_day_is_in_both(Random random) {
        for (int i = 0; i < PERIODS; i++) {
            DateRange a = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            DateRange b = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            boolean shared = WINDOW.stream().anyMatch(d -> a.contains(d) && b.contains(d));
            assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(shared);
        }
    }

    @Test
    void abuts_is_symmetric_and_implies_no_overlap(Random random) {
        for (int i = 0; i < PAIRS; i++) {
            DateRange a = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            DateRange b = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            assertThat(a.abuts(b)).as("%s abuts %s", a, b).isEqualTo(b.abuts(a));
            if (a.abuts(b)) {
                assertThat(a.overlaps(b)).as("%s abuts and overlaps %s", a, b).isFalse();
            }
        }
    }

    @Test
    void encloses_implies_overlaps_and_every_day_inside(Random random) {
        for (int i = 0; i < PERIODS; i++) {
            DateRange a = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            DateRange b = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            if (a.encloses(b)) {
                assertThat(a.overlaps(b)).as("%s encloses %s", a, b).isTrue();
                assertThat(WINDOW.stream().filter(b::contains)).as("%s encloses %s", a, b).allMatch(a::contains);
            }
            assertThat(a.encloses(a)).as("%s encloses itself", a).isTrue();
        }
    }

    @Test
    void certainly_implies_contains_implies_possibly(Random random) {
        for (int i = 0; i < PERIODS; i++) {
            DateRange p = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            for (LocalDate day : WINDOW) {
                if (p.certainlyContains(day)) {
                    assertThat(p.contains(day)).as("%s certainly contains %s", p, day).isTrue();
                }
                if (p.contains(day)) {
                    assertThat(p.possiblyContains(day)).as("%s contains %s", p, day).isTrue();
                }
            }
        }
    }

    @Test
    void certainly_and_possibly_contains_quantify_over_every_reading_of_the_bounds(Random random) {
        for (int i = 0; i < PERIODS; i++) {
            DateRange p = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            // GIVEN every day each bound could be
            List<LocalDate> starts = p.start().firstDay().datesUntil(p.start().endExclusive())
                    .collect(Collectors.toList());
            List<LocalDate> ends = p.end().map(e -> e.firstDay().datesUntil(e.endExclusive())
                    .collect(Collectors.toList())).orElse(List.of());
            for (LocalDate day : WINDOW) {
                // THEN "certainly" holds for every reading and "possibly" for some reading
                boolean certainly = starts.stream().allMatch(s -> !day.isBefore(s))
                        && ends.stream().allMatch(day::isBefore);
                boolean possibly = starts.stream().anyMatch(s -> !day.isBefore(s))
                        && (p.isOpenEnded() || ends.stream().anyMatch(day::isBefore));
                assertThat(p.certainlyContains(day)).as("%s certainly contains %s", p, day).isEqualTo(certainly);
                assertThat(p.possiblyContains(day)).as("%s possibly contains %s", p, day).isEqualTo(possibly);
            }
        }
    }

    @Test
    void with_exact_bounds_certainly_contains_and_possibly_contains_agree_with_contains(Random random) {
        for (int i = 0; i < PERIODS; i++) {
            DateRange p = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            DateRange exact = p.end().map(end -> DateRange.of(p.startDay(), end.firstDay()))
                    .orElseGet(() -> DateRange.ofOpenEnd(p.startDay()));
            for (LocalDate day : WINDOW) {
                assertThat(exact.certainlyContains(day)).as("%s on %s", exact, day).isEqualTo(exact.contains(day));
                assertThat(exact.possiblyContains(day)).as("%s on %s", exact, day).isEqualTo(exact.contains(day));
            }
        }
    }

    /** Precision widening: a partial date read as a period holds exactly the days the date may be. */
    @ParameterizedTest
    @MethodSource("org.scofacts.model.Domains#years")
    void from_contains_exactly_the_days_the_partial_date_covers(int year) {
        List<LocalDate> around = LocalDate.of(year - 1, 12, 1).datesUntil(LocalDate.of(year + 1, 2, 1))
                .collect(Collectors.toList());
        Domains.partialDatesIn(year).forEach(d -> {
            DateRange p = DateRange.from(d);
            for (LocalDate day : around) {
                assertThat(p.contains(day)).as("%s contains %s", p, day).isEqualTo(d.covers(day));
                assertThat(p.certainlyContains(day)).as("%s certainly contains %s", p, day).isEqualTo(d.covers(day));
            }
        });
    }

    @Test
    void is_before_a_day_means_it_no_longer_contains_that_day_or_any_later(Random random) {
        for (int i = 0; i < PERIODS; i++) {
            DateRange p = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            for (LocalDate day : WINDOW) {
                if (p.isBefore(day)) {
                    assertThat(p.contains(day)).as("%s is before and contains %s", p, day).isFalse();
                    assertThat(p.contains(day.plusYears(1))).as("%s contains a year after %s", p, day).isFalse();
                }
            }
        }
    }

    @Test
    void parse_reads_back_to_string(Random random) {
        for (int i = 0; i < PAIRS; i++) {
            DateRange p = Domains.period(random, 0, 9999);
            assertThat(DateRange.parse(p.toString())).isEqualTo(p);
        }
    }

    @Test
    void parse_reads_back_the_iso_interval_and_both_forms_agree(Random random) {
        for (int i = 0; i < PAIRS; i++) {
            DateRange p = Domains.period(random, 0, 9999);
            assertThat(DateRange.parse(p.toIsoInterval())).isEqualTo(p);
            p.endInclusive().ifPresent(last -> assertThat(p.toString()).as("inclusive form of %s", p.toIsoInterval())
                    .endsWith(last.toString()));
            p.endInclusive().ifPresent(last -> assertThat(p.contains(last.lastDay()))
                    .as("%s contains the last day of its inclusive end", p.toIsoInterval()).isTrue());
        }
    }

    @Test
    void equal_periods_have_equal_hash_codes(Random random) {
        for (int i = 0; i < PAIRS; i++) {
            DateRange a = Domains.period(random, FIRST_YEAR, LAST_YEAR);
            DateRange b = random.nextBoolean() ? Domains.period(random, FIRST_YEAR, LAST_YEAR) : DateRange.parse(a.toString());
            if (a.equals(b)) {
                assertThat(a.hashCode()).as("hash codes of %s and %s", a, b).isEqualTo(b.hashCode());
            }
            assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(a.toString().equals(b.toString()));
        }
    }
}
