package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PeriodProperties {

    private static final int FIRST_YEAR = 2003;
    private static final int LAST_YEAR = 2005;

    @Provide
    Arbitrary<Period> period() {
        return Generators.periods(FIRST_YEAR, LAST_YEAR);
    }

    @Provide
    Arbitrary<Period> anyPeriod() {
        return Generators.periods(0, 9999);
    }

    @Provide
    Arbitrary<PartialDate> partialDate() {
        return Generators.partialDates(FIRST_YEAR, LAST_YEAR);
    }

    @Provide
    Arbitrary<LocalDate> day() {
        return Generators.days(FIRST_YEAR, LAST_YEAR);
    }

    @Property
    void contains_its_start_day_and_never_its_end_day(@ForAll("period") Period p) {
        assertThat(p.contains(p.startDay())).isTrue();
        assertThat(p.contains(p.startDay().minusDays(1))).isFalse();
        p.endDay().ifPresent(end -> {
            assertThat(p.contains(end)).isFalse();
            assertThat(p.contains(end.minusDays(1))).isTrue();
        });
    }

    @Property
    void overlaps_is_symmetric(@ForAll("period") Period a, @ForAll("period") Period b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    }

    @Property
    void overlaps_when_and_only_when_a_day_is_in_both(@ForAll("period") Period a, @ForAll("period") Period b) {
        // Bounds lie in FIRST_YEAR..LAST_YEAR, so a shared day, if any, lies before LAST_YEAR + 2.
        boolean shared = LocalDate.of(FIRST_YEAR, 1, 1).datesUntil(LocalDate.of(LAST_YEAR + 2, 1, 1))
                .anyMatch(d -> a.contains(d) && b.contains(d));
        assertThat(a.overlaps(b)).isEqualTo(shared);
    }

    @Property
    void abuts_is_symmetric_and_implies_no_overlap(@ForAll("period") Period a, @ForAll("period") Period b) {
        assertThat(a.abuts(b)).isEqualTo(b.abuts(a));
        if (a.abuts(b)) {
            assertThat(a.overlaps(b)).isFalse();
        }
    }

    @Property
    void encloses_implies_overlaps_and_every_day_inside(@ForAll("period") Period a, @ForAll("period") Period b) {
        if (a.encloses(b)) {
            assertThat(a.overlaps(b)).isTrue();
            assertThat(LocalDate.of(FIRST_YEAR, 1, 1).datesUntil(LocalDate.of(LAST_YEAR + 2, 1, 1))
                    .filter(b::contains)).allMatch(a::contains);
        }
        assertThat(a.encloses(a)).isTrue();
    }

    @Property
    void certainly_implies_contains_implies_possibly(@ForAll("period") Period p, @ForAll("day") LocalDate day) {
        if (p.certainlyContains(day)) {
            assertThat(p.contains(day)).isTrue();
        }
        if (p.contains(day)) {
            assertThat(p.possiblyContains(day)).isTrue();
        }
    }

    @Property
    void certainly_and_possibly_contains_quantify_over_every_reading_of_the_bounds(
            @ForAll("period") Period p, @ForAll("day") LocalDate day) {
        // GIVEN every day each bound could be
        List<LocalDate> starts = p.start().firstDay().datesUntil(p.start().endExclusive()).collect(Collectors.toList());
        List<LocalDate> ends = p.end().map(e -> e.firstDay().datesUntil(e.endExclusive()).collect(Collectors.toList()))
                .orElse(List.of());
        // THEN "certainly" holds for every reading and "possibly" for some reading
        boolean certainly = starts.stream().allMatch(s -> !day.isBefore(s)) && ends.stream().allMatch(day::isBefore);
        boolean possibly = starts.stream().anyMatch(s -> !day.isBefore(s))
                && (p.isOpenEnded() || ends.stream().anyMatch(day::isBefore));
        assertThat(p.certainlyContains(day)).isEqualTo(certainly);
        assertThat(p.possiblyContains(day)).isEqualTo(possibly);
    }

    @Property
    void with_exact_bounds_certainly_contains_and_possibly_contains_agree_with_contains(
            @ForAll("period") Period p, @ForAll("day") LocalDate day) {
        Period exact = p.end().map(end -> Period.of(p.startDay(), end.firstDay()))
                .orElseGet(() -> Period.ofOpenEnd(p.startDay()));
        assertThat(exact.certainlyContains(day)).isEqualTo(exact.contains(day));
        assertThat(exact.possiblyContains(day)).isEqualTo(exact.contains(day));
    }

    @Property
    void from_contains_exactly_the_days_the_partial_date_covers(@ForAll("partialDate") PartialDate d,
                                                                @ForAll("day") LocalDate day) {
        Period p = Period.from(d);
        assertThat(p.contains(day)).isEqualTo(d.covers(day));
        assertThat(p.certainlyContains(day)).isEqualTo(d.covers(day));
    }

    @Property
    void is_before_a_day_means_it_no_longer_contains_that_day_or_any_later(@ForAll("period") Period p,
                                                                          @ForAll("day") LocalDate day) {
        if (p.isBefore(day)) {
            assertThat(p.contains(day)).isFalse();
            assertThat(p.contains(day.plusYears(1))).isFalse();
        }
    }

    @Property
    void parse_reads_back_to_string(@ForAll("anyPeriod") Period p) {
        assertThat(Period.parse(p.toString())).isEqualTo(p);
    }

    @Property
    void equal_periods_have_equal_hash_codes(@ForAll("period") Period a, @ForAll("period") Period b) {
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
        assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
    }
}
