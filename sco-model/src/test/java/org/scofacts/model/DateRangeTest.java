package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.date;
import static org.scofacts.model.TestData.day;

import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    private static final DateRange INDIA_MEMBER = DateRange.ofOpenEnd(day(2017, 6, 9));
    private static final DateRange JUNE_2004 = DateRange.of(PartialDate.of(2004, 6), PartialDate.of(2004, 7));

    @Test
    void of_keeps_its_bounds() {
        DateRange p = DateRange.of(date(2001, 6, 15), date(2017, 6, 9));

        assertThat(p.start()).isEqualTo(day(2001, 6, 15));
        assertThat(p.end()).contains(day(2017, 6, 9));
        assertThat(p.startDay()).isEqualTo(date(2001, 6, 15));
        assertThat(p.endDay()).contains(date(2017, 6, 9));
        assertThat(p.isOpenEnded()).isFalse();
    }

    @Test
    void of_open_end_has_no_end() {
        assertThat(INDIA_MEMBER.end()).isEmpty();
        assertThat(INDIA_MEMBER.endDay()).isEmpty();
        assertThat(INDIA_MEMBER.isOpenEnded()).isTrue();
        assertThat(DateRange.ofOpenEnd(date(2017, 6, 9))).isEqualTo(INDIA_MEMBER);
    }

    @Test
    void of_rejects_an_end_equal_to_the_start() {
        assertThatThrownBy(() -> DateRange.of(date(2001, 6, 15), date(2001, 6, 15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end 2001-06-15")
                .hasMessageContaining("start 2001-06-15");
    }

    @Test
    void of_rejects_an_end_before_the_start() {
        assertThatThrownBy(() -> DateRange.of(day(2017, 6, 9), day(2001, 6, 15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end 2001-06-15")
                .hasMessageContaining("start 2017-06-09")
                .hasMessageContaining("2017-06-09/2001-06-15");
    }

    @Test
    void of_compares_bounds_by_their_first_possible_day() {
        // GIVEN an end known to the month that starts before a start known to the day, in the same month
        // THEN the nominal reading (first possible day) decides, and the period is rejected
        assertThatThrownBy(() -> DateRange.of(day(2004, 6, 15), PartialDate.of(2004, 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end 2004-06")
                .hasMessageContaining("start 2004-06-15");
        // while a year that starts before a later month is a valid start
        assertThat(DateRange.of(PartialDate.ofYear(2004), PartialDate.of(2004, 6)).startDay()).isEqualTo(date(2004, 1, 1));
    }

    @Test
    void factories_reject_nulls() {
        assertThatThrownBy(() -> DateRange.of((PartialDate) null, day(2001, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startInclusive");
        assertThatThrownBy(() -> DateRange.of(day(2001, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("endExclusive");
        assertThatThrownBy(() -> DateRange.of((LocalDate) null, date(2001, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startInclusive");
        assertThatThrownBy(() -> DateRange.of(date(2001, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("endExclusive");
        assertThatThrownBy(() -> DateRange.ofOpenEnd((PartialDate) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startInclusive");
        assertThatThrownBy(() -> DateRange.ofOpenEnd((LocalDate) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startInclusive");
        assertThatThrownBy(() -> DateRange.from(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> DateRange.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> INDIA_MEMBER.withEnd(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("endExclusive");
    }

    @Test
    void queries_reject_null_arguments() {
        assertThatThrownBy(() -> JUNE_2004.contains(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> JUNE_2004.certainlyContains(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> JUNE_2004.possiblyContains(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> JUNE_2004.isBefore(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> JUNE_2004.overlaps(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other");
        assertThatThrownBy(() -> JUNE_2004.abuts(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other");
        assertThatThrownBy(() -> JUNE_2004.encloses(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other");
    }

    @Test
    void from_widens_a_year_to_its_days() {
        assertThat(DateRange.from(PartialDate.ofYear(2005))).isEqualTo(DateRange.of(date(2005, 1, 1), date(2006, 1, 1)));
        assertThat(DateRange.from(PartialDate.of(2024, 2))).isEqualTo(DateRange.of(date(2024, 2, 1), date(2024, 3, 1)));
        assertThat(DateRange.from(day(2001, 6, 15))).isEqualTo(DateRange.of(date(2001, 6, 15), date(2001, 6, 16)));
    }

    @Test
    void contains_is_half_open() {
        DateRange p = DateRange.of(date(2001, 6, 15), date(2017, 6, 9));

        assertThat(p.contains(date(2001, 6, 14))).isFalse();
        assertThat(p.contains(date(2001, 6, 15))).isTrue();
        assertThat(p.contains(date(2017, 6, 8))).isTrue();
        assertThat(p.contains(date(2017, 6, 9))).isFalse();
        assertThat(INDIA_MEMBER.contains(date(9999, 12, 31))).isTrue();
        assertThat(INDIA_MEMBER.contains(date(2017, 6, 8))).isFalse();
    }

    @Test
    void certainly_and_possibly_contains_account_for_unknown_days() {
        // GIVEN a period known only to the month at both ends: from some day in June 2004 to some day in May 2005
        DateRange p = DateRange.of(PartialDate.of(2004, 6), PartialDate.of(2005, 5));

        // THEN on 1 June 2004 it nominally holds, may hold, but not certainly
        assertThat(p.contains(date(2004, 6, 1))).isTrue();
        assertThat(p.possiblyContains(date(2004, 6, 1))).isTrue();
        assertThat(p.certainlyContains(date(2004, 6, 1))).isFalse();
        // on 30 June 2004 it certainly holds
        assertThat(p.certainlyContains(date(2004, 6, 30))).isTrue();
        assertThat(p.certainlyContains(date(2004, 6, 29))).isFalse();
        // on 1 May 2005 it has nominally ended but may still hold, up to 30 May
        assertThat(p.contains(date(2005, 5, 1))).isFalse();
        assertThat(p.possiblyContains(date(2005, 5, 1))).isTrue();
        assertThat(p.possiblyContains(date(2005, 5, 30))).isTrue();
        assertThat(p.possiblyContains(date(2005, 5, 31))).isFalse();
        assertThat(p.certainlyContains(date(2005, 4, 30))).isTrue();
        assertThat(p.certainlyContains(date(2005, 5, 1))).isFalse();
        // before June 2004 it cannot hold
        assertThat(p.possiblyContains(date(2004, 5, 31))).isFalse();
    }

    @Test
    void certainly_and_possibly_contains_on_an_open_end() {
        DateRange p = DateRange.ofOpenEnd(PartialDate.ofYear(2025));

        assertThat(p.certainlyContains(date(2025, 12, 31))).isTrue();
        assertThat(p.certainlyContains(date(2025, 12, 30))).isFalse();
        assertThat(p.possiblyContains(date(2025, 1, 1))).isTrue();
        assertThat(p.possiblyContains(date(2024, 12, 31))).isFalse();
    }

    @Test
    void overlaps_needs_a_shared_day() {
        DateRange a = DateRange.of(date(2001, 1, 1), date(2002, 1, 1));

        assertThat(a.overlaps(DateRange.of(date(2001, 12, 31), date(2003, 1, 1)))).isTrue();
        assertThat(a.overlaps(DateRange.of(date(2002, 1, 1), date(2003, 1, 1)))).isFalse();
        assertThat(a.overlaps(DateRange.of(date(2000, 1, 1), date(2001, 1, 2)))).isTrue();
        assertThat(a.overlaps(DateRange.of(date(2000, 1, 1), date(2001, 1, 1)))).isFalse();
        assertThat(a.overlaps(DateRange.ofOpenEnd(date(2001, 6, 1)))).isTrue();
        assertThat(a.overlaps(DateRange.ofOpenEnd(date(2002, 1, 1)))).isFalse();
        assertThat(INDIA_MEMBER.overlaps(DateRange.ofOpenEnd(date(2030, 1, 1)))).isTrue();
        assertThat(a.overlaps(a)).isTrue();
    }

    @Test
    void abuts_when_one_ends_where_the_other_starts() {
        DateRange a = DateRange.of(date(2001, 1, 1), date(2002, 1, 1));

        assertThat(a.abuts(DateRange.ofOpenEnd(date(2002, 1, 1)))).isTrue();
        assertThat(DateRange.ofOpenEnd(date(2002, 1, 1)).abuts(a)).isTrue();
        assertThat(a.abuts(DateRange.of(date(2000, 1, 1), date(2001, 1, 1)))).isTrue();
        assertThat(a.abuts(DateRange.ofOpenEnd(date(2002, 1, 2)))).isFalse();
        assertThat(a.abuts(DateRange.of(date(2000, 1, 1), date(2001, 1, 2)))).isFalse();
        assertThat(INDIA_MEMBER.abuts(DateRange.ofOpenEnd(date(2017, 6, 9)))).isFalse();
    }

    @Test
    void encloses_every_day_of_the_other() {
        DateRange a = DateRange.of(date(2001, 1, 1), date(2002, 1, 1));

        assertThat(a.encloses(a)).isTrue();
        assertThat(a.encloses(DateRange.of(date(2001, 3, 1), date(2001, 4, 1)))).isTrue();
        assertThat(a.encloses(DateRange.of(date(2000, 12, 31), date(2001, 4, 1)))).isFalse();
        assertThat(a.encloses(DateRange.of(date(2001, 3, 1), date(2002, 1, 2)))).isFalse();
        assertThat(a.encloses(DateRange.ofOpenEnd(date(2001, 3, 1)))).isFalse();
        assertThat(DateRange.ofOpenEnd(date(2001, 1, 1)).encloses(DateRange.ofOpenEnd(date(2001, 3, 1)))).isTrue();
        assertThat(DateRange.ofOpenEnd(date(2001, 3, 1)).encloses(DateRange.ofOpenEnd(date(2001, 1, 1)))).isFalse();
        assertThat(DateRange.ofOpenEnd(date(2001, 1, 1)).encloses(a)).isTrue();
    }

    @Test
    void is_before_once_the_period_has_ended() {
        DateRange a = DateRange.of(date(2001, 1, 1), date(2002, 1, 1));

        assertThat(a.isBefore(date(2001, 12, 31))).isFalse();
        assertThat(a.isBefore(date(2002, 1, 1))).isTrue();
        assertThat(INDIA_MEMBER.isBefore(date(9999, 1, 1))).isFalse();
    }

    @Test
    void with_end_returns_a_new_period_and_leaves_the_original() {
        DateRange ended = INDIA_MEMBER.withEnd(day(2030, 1, 1));

        assertThat(ended).isEqualTo(DateRange.of(date(2017, 6, 9), date(2030, 1, 1)));
        assertThat(INDIA_MEMBER.isOpenEnded()).isTrue();
        assertThatThrownBy(() -> INDIA_MEMBER.withEnd(day(2017, 6, 9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end 2017-06-09");
    }

    @Test
    void to_iso_interval_is_half_open() {
        assertThat(DateRange.of(date(2001, 6, 15), date(2017, 6, 9)).toIsoInterval()).isEqualTo("2001-06-15/2017-06-09");
        assertThat(INDIA_MEMBER.toIsoInterval()).isEqualTo("2017-06-09/..");
        assertThat(DateRange.of(PartialDate.ofYear(2004), day(2007, 1, 1)).toIsoInterval()).isEqualTo("2004/2007-01-01");
        assertThat(JUNE_2004.toIsoInterval()).isEqualTo("2004-06/2004-07");
    }

    @Test
    void to_string_shows_the_last_day_inclusive() {
        assertThat(DateRange.of(date(2001, 6, 15), date(2001, 6, 16))).hasToString("2001-06-15");
        assertThat(DateRange.of(date(2025, 8, 31), date(2025, 9, 2))).hasToString("2025-08-31..2025-09-01");
        assertThat(DateRange.of(date(2001, 6, 15), date(2017, 6, 9))).hasToString("2001-06-15..2017-06-08");
        assertThat(DateRange.ofOpenEnd(day(2023, 7, 4))).hasToString("2023-07-04..");
    }

    @Test
    void to_string_keeps_the_precision_of_each_bound() {
        assertThat(DateRange.of(PartialDate.ofYear(2005), PartialDate.ofYear(2010))).hasToString("2005..2009");
        assertThat(DateRange.of(PartialDate.ofYear(2005), PartialDate.ofYear(2006))).hasToString("2005");
        assertThat(JUNE_2004).hasToString("2004-06");
        assertThat(DateRange.of(PartialDate.of(2004, 6), PartialDate.of(2005, 1))).hasToString("2004-06..2004-12");
        assertThat(DateRange.of(PartialDate.ofYear(2004), day(2007, 1, 1))).hasToString("2004..2006-12-31");
        assertThat(DateRange.of(day(2005, 5, 15), PartialDate.of(2005, 6))).hasToString("2005-05-15..2005-05");
        assertThat(DateRange.ofOpenEnd(PartialDate.of(2005, 7))).hasToString("2005-07..");
    }

    @Test
    void a_single_partial_date_is_not_the_day_range_it_widens_to() {
        DateRange year = DateRange.parse("2005");

        assertThat(year).isEqualTo(DateRange.of(PartialDate.ofYear(2005), PartialDate.ofYear(2006)));
        assertThat(year).isNotEqualTo(DateRange.from(PartialDate.ofYear(2005)));
        assertThat(DateRange.from(PartialDate.ofYear(2005))).hasToString("2005-01-01..2005-12-31");
    }

    @Test
    void end_inclusive_is_one_step_of_the_end_precision_before_the_end() {
        assertThat(DateRange.of(PartialDate.ofYear(2005), PartialDate.ofYear(2010)).endInclusive())
                .contains(PartialDate.ofYear(2009));
        assertThat(DateRange.of(PartialDate.of(2004, 6), PartialDate.of(2005, 1)).endInclusive())
                .contains(PartialDate.of(2004, 12));
        assertThat(DateRange.of(date(2024, 2, 28), date(2024, 3, 1)).endInclusive()).contains(day(2024, 2, 29));
        assertThat(INDIA_MEMBER.endInclusive()).isEmpty();
    }

    @Test
    void parse_reads_the_inclusive_form() {
        assertThat(DateRange.parse("2001-06-15")).isEqualTo(DateRange.of(date(2001, 6, 15), date(2001, 6, 16)));
        assertThat(DateRange.parse("2025-08-31..2025-09-01")).isEqualTo(DateRange.of(date(2025, 8, 31), date(2025, 9, 2)));
        assertThat(DateRange.parse("2005..2009")).isEqualTo(DateRange.of(PartialDate.ofYear(2005), PartialDate.ofYear(2010)));
        assertThat(DateRange.parse("2004-06..2004-12")).isEqualTo(DateRange.of(PartialDate.of(2004, 6), PartialDate.of(2005, 1)));
        assertThat(DateRange.parse("2017-06-09..")).isEqualTo(INDIA_MEMBER);
        assertThat(DateRange.parse("2005..2005")).isEqualTo(DateRange.parse("2005"));
    }

    @Test
    void parse_still_reads_the_half_open_iso_interval() {
        assertThat(DateRange.parse("2001-06-15/2017-06-09")).isEqualTo(DateRange.of(date(2001, 6, 15), date(2017, 6, 9)));
        assertThat(DateRange.parse("2017-06-09/..")).isEqualTo(INDIA_MEMBER);
        assertThat(DateRange.parse("2004/2007-01-01")).isEqualTo(DateRange.of(PartialDate.ofYear(2004), day(2007, 1, 1)));
        assertThat(DateRange.parse(JUNE_2004.toIsoInterval())).isEqualTo(JUNE_2004);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2001/2002/2003", "..", "2001-06-15--2017-06-09", "..2001", "2001...2002", "2001-6-15"})
    void parse_rejects_text_of_no_known_form(String text) {
        assertThatThrownBy(() -> DateRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid range")
                .hasMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001/", "/2001", "../2001", "2001/2001-13", "2001-06-15/ 2017", "2001.. 2002"})
    void parse_rejects_bad_bounds_naming_the_text(String text) {
        assertThatThrownBy(() -> DateRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void parse_rejects_a_reversed_inclusive_range() {
        assertThatThrownBy(() -> DateRange.parse("2017-06-09..2001-06-15"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"2017-06-09..2001-06-15\"");
    }

    @Test
    void parse_rejects_a_reversed_period() {
        assertThatThrownBy(() -> DateRange.parse("2017-06-09/2001-06-15"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2017-06-09/2001-06-15");
    }

    @Test
    void equals_and_hash_code_follow_the_bounds() {
        EqualsVerifier.forClass(DateRange.class)
                .withNonnullFields("start")
                .withPrefabValues(PartialDate.class, PartialDate.ofYear(2001), PartialDate.ofYear(2002))
                .verify();
        assertThat(DateRange.ofOpenEnd(PartialDate.ofYear(2005)))
                .isNotEqualTo(DateRange.ofOpenEnd(PartialDate.of(2005, 1)))
                .isNotEqualTo(DateRange.of(PartialDate.ofYear(2005), PartialDate.ofYear(2006)));
    }

    // ---- isConnected and intersection, with LocalDateRange's half-open semantics ----

    @Test
    void given_overlapping_or_abutting_periods_when_is_connected_then_true_both_ways() {
        DateRange observer = DateRange.of(day(2005, 7, 5), day(2023, 7, 4));
        DateRange member = DateRange.ofOpenEnd(day(2023, 7, 4));
        DateRange overlapping = DateRange.of(day(2020, 1, 1), day(2024, 1, 1));

        assertThat(observer.isConnected(member)).isTrue();
        assertThat(member.isConnected(observer)).isTrue();
        assertThat(observer.isConnected(overlapping)).isTrue();
        assertThat(overlapping.isConnected(member)).isTrue();
        assertThat(member.isConnected(member)).isTrue();
    }

    @Test
    void given_periods_with_a_gap_when_is_connected_then_false_both_ways() {
        DateRange early = DateRange.of(day(2001, 6, 15), day(2002, 6, 7));
        DateRange late = DateRange.of(day(2002, 6, 8), day(2003, 1, 1));

        assertThat(early.isConnected(late)).isFalse();
        assertThat(late.isConnected(early)).isFalse();
        assertThat(JUNE_2004.isConnected(INDIA_MEMBER)).isFalse();
        assertThatThrownBy(() -> early.isConnected(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other");
    }

    @Test
    void given_overlapping_periods_when_intersected_then_the_later_start_and_earlier_end_both_ways() {
        DateRange observer = DateRange.of(day(2005, 7, 5), day(2023, 7, 4));
        DateRange checked = DateRange.of(day(2020, 1, 1), day(2024, 1, 1));

        assertThat(observer.intersection(checked)).isEqualTo(DateRange.of(day(2020, 1, 1), day(2023, 7, 4)));
        assertThat(checked.intersection(observer)).isEqualTo(DateRange.of(day(2020, 1, 1), day(2023, 7, 4)));
        assertThat(observer.intersection(observer)).isEqualTo(observer);
    }

    @Test
    void given_open_ended_periods_when_intersected_then_open_only_if_both_are() {
        DateRange since2020 = DateRange.ofOpenEnd(day(2020, 1, 1));

        assertThat(INDIA_MEMBER.intersection(since2020)).isEqualTo(since2020);
        assertThat(since2020.intersection(INDIA_MEMBER)).isEqualTo(since2020);
        assertThat(since2020.intersection(DateRange.of(day(2019, 1, 1), day(2021, 1, 1))))
                .isEqualTo(DateRange.of(day(2020, 1, 1), day(2021, 1, 1)));
    }

    @Test
    void given_a_month_precise_bound_when_intersected_then_the_bound_keeps_its_precision() {
        DateRange mid2004 = DateRange.of(day(2004, 1, 1), day(2004, 6, 20));

        assertThat(mid2004.intersection(JUNE_2004)).isEqualTo(DateRange.of(PartialDate.of(2004, 6), day(2004, 6, 20)));
        assertThat(mid2004.intersection(JUNE_2004).start().precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void given_abutting_or_separate_periods_when_intersected_then_refused_naming_both() {
        DateRange observer = DateRange.of(day(2005, 7, 5), day(2023, 7, 4));
        DateRange member = DateRange.ofOpenEnd(day(2023, 7, 4));

        assertThatThrownBy(() -> observer.intersection(member)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(observer.toString()).hasMessageContaining(member.toString());
        assertThatThrownBy(() -> JUNE_2004.intersection(INDIA_MEMBER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JUNE_2004.toString()).hasMessageContaining(INDIA_MEMBER.toString());
        assertThatThrownBy(() -> JUNE_2004.intersection(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other");
    }
}
