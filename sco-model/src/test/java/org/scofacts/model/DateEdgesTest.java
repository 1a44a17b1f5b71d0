package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates at the edges of what a partial date holds (years 0000 to 9999): everything the constructors accept
 * prints and parses back, everything else is refused with an {@link IllegalArgumentException} naming the
 * value, and no {@link java.time.DateTimeException} escapes.
 */
class DateEdgesTest {

    @Test
    void the_constructors_refuse_the_days_java_time_holds_beyond_four_digit_years() {
        for (LocalDate day : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1),
                LocalDate.of(-1, 12, 31))) {
            assertThatThrownBy(() -> PartialDate.of(day)).as("PartialDate.of(%s)", day)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("firstDay " + day)
                    .hasMessageContaining("0 to 9999");
        }
        assertThatThrownBy(() -> PartialDate.ofYear(10_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("+10000-01-01");
        assertThatThrownBy(() -> PartialDate.of(-1, 12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0001-12-01");
        assertThatThrownBy(() -> PartialDate.of(Year.of(Year.MAX_VALUE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of(YearMonth.of(12_345, 6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.ofOpenEnd(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2001, 6, 15), LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+999999999-12-31");
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {0, 1, 999, 1000, 9998, 9999})
    void every_date_of_the_first_and_last_years_prints_and_parses_back(int year) {
        Domains.partialDatesIn(year).forEach(date -> {
            assertThat(PartialDate.parse(date.toString())).as("parse of %s", date).isEqualTo(date);
            assertThat(date.toString()).as("text of %s", date.firstDay()).doesNotStartWith("+").doesNotStartWith("-");
            assertThat(date.lastDay()).as("last day of %s", date).isEqualTo(jdkLastDay(date));
            assertThat(date.endExclusive()).as("end of %s", date).isEqualTo(jdkLastDay(date).plusDays(1));
        });
    }

    @Test
    void the_last_day_of_february_follows_the_leap_year_rule() {
        assertThat(PartialDate.of(2016, 2).lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(PartialDate.of(2000, 2).lastDay()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(PartialDate.of(2100, 2).lastDay()).isEqualTo(LocalDate.of(2100, 2, 28));
        assertThat(PartialDate.of(2016, 2, 28).endExclusive()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(PartialDate.of(2017, 2, 28).endExclusive()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(DateRange.of(PartialDate.of(2016, 1), PartialDate.of(2016, 3)).endInclusive())
                .contains(PartialDate.of(2016, 2));
        assertThat(DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 1)).endInclusive())
                .contains(PartialDate.of(2016, 2, 29));
    }

    @Test
    void a_range_over_every_year_a_partial_date_holds_answers_prints_and_parses_back() {
        List<DateRange> widest = List.of(
                DateRange.of(PartialDate.ofYear(0), PartialDate.ofYear(9999)),
                DateRange.of(PartialDate.of(0, 1, 1), PartialDate.of(9999, 12, 31)),
                DateRange.of(PartialDate.of(0, 1), PartialDate.of(9999, 12)),
                DateRange.ofOpenEnd(PartialDate.of(9999, 12, 31)),
                DateRange.from(PartialDate.of(9999, 11)),
                DateRange.from(PartialDate.of(9999, 12, 30)));
        for (DateRange range : widest) {
            assertThat(DateRange.parse(range.toString())).as("parse of %s", range).isEqualTo(range);
            assertThat(DateRange.parse(range.toIsoInterval())).as("parse of %s", range.toIsoInterval())
                    .isEqualTo(range);
            LocalDate lastDay = LocalDate.of(9999, 12, 31);
            assertThat(range.possiblyContains(lastDay)).as("%s possibly contains %s", range, lastDay)
                    .isEqualTo(range.isOpenEnded() || range.endInclusive().get().lastDay().equals(lastDay)
                            && !range.end().get().isExact());
            assertThat(range.certainlyContains(LocalDate.of(9999, 12, 30))).as("%s", range)
                    .isEqualTo(range.contains(LocalDate.of(9999, 12, 30)) && !range.start().lastDay().isAfter(
                            LocalDate.of(9999, 12, 30)));
        }
        assertThat(DateRange.of(PartialDate.ofYear(0), PartialDate.ofYear(9999))).hasToString("0000..9998");
    }

    @Test
    void the_range_of_a_date_covering_the_last_day_of_9999_is_refused_naming_the_date() {
        for (PartialDate last : List.of(PartialDate.ofYear(9999), PartialDate.of(9999, 12),
                PartialDate.of(9999, 12, 31))) {
            assertThatThrownBy(() -> DateRange.from(last)).as("from(%s)", last)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("date " + last)
                    .hasMessageContaining("9999");
        }
        assertThatThrownBy(() -> DateRange.parse("9999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid range: \"9999\"");
        assertThatThrownBy(() -> DateRange.parse("2001..9999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid range: \"2001..9999\"");
    }

    /** The JDK's own reading, for comparison (in a test, where loading java.time.Year costs nothing). */
    private static LocalDate jdkLastDay(PartialDate date) {
        switch (date.precision()) {
            case DAY:
                return date.firstDay();
            case MONTH:
                return YearMonth.from(date.firstDay()).atEndOfMonth();
            default:
                return Year.of(date.firstDay().getYear()).atDay(1).plusYears(1).minusDays(1);
        }
    }
}
