package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void of_date_has_day_precision() {
        PartialDate d = PartialDate.of(LocalDate.of(2001, 6, 15));

        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2001, 6, 15));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(d.isExact()).isTrue();
        assertThat(d).isEqualTo(PartialDate.of(2001, 6, 15));
    }

    @Test
    void of_year_month_starts_on_the_first_of_the_month() {
        PartialDate d = PartialDate.of(YearMonth.of(2004, 6));

        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2004, 6, 1));
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.isExact()).isFalse();
        assertThat(d).isEqualTo(PartialDate.of(2004, 6));
    }

    @Test
    void of_year_starts_on_the_first_of_january() {
        PartialDate d = PartialDate.of(Year.of(2005));

        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(d.isExact()).isFalse();
        assertThat(d).isEqualTo(PartialDate.ofYear(2005));
    }

    @Test
    void constructor_accepts_aligned_first_days() {
        assertThat(new PartialDate(LocalDate.of(2004, 6, 1), DatePrecision.MONTH)).isEqualTo(PartialDate.of(2004, 6));
        assertThat(new PartialDate(LocalDate.of(2005, 1, 1), DatePrecision.YEAR)).isEqualTo(PartialDate.ofYear(2005));
        assertThat(new PartialDate(LocalDate.of(2005, 1, 1), DatePrecision.MONTH)).isEqualTo(PartialDate.of(2005, 1));
    }

    @Test
    void constructor_rejects_month_precision_not_on_the_first() {
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2004, 6, 15), DatePrecision.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstDay")
                .hasMessageContaining("2004-06-15")
                .hasMessageContaining("month");
    }

    @Test
    void constructor_rejects_year_precision_not_on_the_first_of_january() {
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2005, 3, 1), DatePrecision.YEAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstDay")
                .hasMessageContaining("2005-03-01")
                .hasMessageContaining("year");
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2005, 1, 2), DatePrecision.YEAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstDay")
                .hasMessageContaining("2005-01-02");
    }

    @Test
    void constructor_rejects_nulls() {
        assertThatThrownBy(() -> new PartialDate(null, DatePrecision.DAY))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("firstDay");
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2005, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("precision");
    }

    @Test
    void factories_reject_nulls() {
        assertThatThrownBy(() -> PartialDate.of((LocalDate) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("firstDay");
        assertThatThrownBy(() -> PartialDate.of((YearMonth) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("yearMonth");
        assertThatThrownBy(() -> PartialDate.of((Year) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> PartialDate.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    @Test
    void of_rejects_month_13() {
        assertThatThrownBy(() -> PartialDate.of(2005, 13, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2005-13-1")
                .hasMessageContaining("MonthOfYear");
        assertThatThrownBy(() -> PartialDate.of(2005, 13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2005-13")
                .hasMessageContaining("MonthOfYear");
    }

    @Test
    void of_rejects_30_february() {
        assertThatThrownBy(() -> PartialDate.of(2005, 2, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2005-2-30")
                .hasMessageContaining("FEBRUARY");
    }

    @Test
    void of_year_rejects_a_year_beyond_the_calendar() {
        assertThatThrownBy(() -> PartialDate.ofYear(1_000_000_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year")
                .hasMessageContaining("1000000000");
    }

    @Test
    void parse_reads_each_precision() {
        assertThat(PartialDate.parse("2005")).isEqualTo(PartialDate.ofYear(2005));
        assertThat(PartialDate.parse("2004-06")).isEqualTo(PartialDate.of(2004, 6));
        assertThat(PartialDate.parse("2001-06-15")).isEqualTo(PartialDate.of(2001, 6, 15));
        assertThat(PartialDate.parse(new StringBuilder("2001-06-15"))).isEqualTo(PartialDate.of(2001, 6, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "05", "2005-6", "2005-06-1", "15.06.2001", "2001-06-15T00:00", " 2005"})
    void parse_rejects_other_shapes_naming_the_text(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid date")
                .hasMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2005-13", "2005-02-30", "200X", "2005-06-x1"})
    void parse_rejects_impossible_dates_naming_the_text(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void to_string_is_iso_at_the_precision() {
        assertThat(PartialDate.ofYear(2005)).hasToString("2005");
        assertThat(PartialDate.of(2004, 6)).hasToString("2004-06");
        assertThat(PartialDate.of(2001, 6, 15)).hasToString("2001-06-15");
    }

    @Test
    void to_string_pads_years_before_1000_to_four_digits_so_parse_reads_them_back() {
        assertThat(PartialDate.ofYear(999)).hasToString("0999");
        assertThat(PartialDate.parse("0999")).isEqualTo(PartialDate.ofYear(999));
        assertThat(PartialDate.of(999, 6)).hasToString("0999-06");
    }

    @Test
    void last_day_and_end_exclusive_cover_the_unknown_part() {
        assertThat(PartialDate.of(2001, 6, 15).lastDay()).isEqualTo(LocalDate.of(2001, 6, 15));
        assertThat(PartialDate.of(2001, 6, 15).endExclusive()).isEqualTo(LocalDate.of(2001, 6, 16));
        assertThat(PartialDate.of(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.of(2024, 2).endExclusive()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(PartialDate.ofYear(2005).lastDay()).isEqualTo(LocalDate.of(2005, 12, 31));
        assertThat(PartialDate.ofYear(2005).endExclusive()).isEqualTo(LocalDate.of(2006, 1, 1));
    }

    @Test
    void covers_every_day_it_could_be_and_no_other() {
        PartialDate june = PartialDate.of(2004, 6);

        assertThat(june.covers(LocalDate.of(2004, 5, 31))).isFalse();
        assertThat(june.covers(LocalDate.of(2004, 6, 1))).isTrue();
        assertThat(june.covers(LocalDate.of(2004, 6, 30))).isTrue();
        assertThat(june.covers(LocalDate.of(2004, 7, 1))).isFalse();
        assertThatThrownBy(() -> june.covers(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    }

    @Test
    void year_is_known_at_every_precision() {
        assertThat(PartialDate.of(2001, 6, 15).year()).isEqualTo(Year.of(2001));
        assertThat(PartialDate.of(2004, 6).year()).isEqualTo(Year.of(2004));
        assertThat(PartialDate.ofYear(2005).year()).isEqualTo(Year.of(2005));
    }

    @Test
    void compare_to_orders_by_first_day_then_coarser_first() {
        PartialDate year = PartialDate.ofYear(2005);
        PartialDate january = PartialDate.of(2005, 1);
        PartialDate newYearsDay = PartialDate.of(2005, 1, 1);
        PartialDate secondOfJanuary = PartialDate.of(2005, 1, 2);

        assertThat(year).isLessThan(january);
        assertThat(january).isLessThan(newYearsDay);
        assertThat(newYearsDay).isLessThan(secondOfJanuary);
        assertThat(PartialDate.of(2004, 12, 31)).isLessThan(year);
        assertThat(year.compareTo(PartialDate.ofYear(2005))).isZero();
    }

    @Test
    void equals_and_hash_code_follow_the_components() {
        EqualsVerifier.forClass(PartialDate.class)
                .withPrefabValues(LocalDate.class, LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1))
                .suppress(Warning.NULL_FIELDS) // the constructor rejects null, tested above
                .verify();
        assertThat(PartialDate.of(2005, 1)).as("same first day, other precision")
                .isNotEqualTo(PartialDate.ofYear(2005));
    }

    @Test
    void every_month_and_year_from_0_to_9999_prints_as_the_jdk_prints_a_year_month_and_a_four_digit_year() {
        for (int year = 0; year <= 9999; year++) {
            assertThat(PartialDate.ofYear(year).toString()).isEqualTo(String.format(java.util.Locale.ROOT, "%04d", year));
            for (int month = 1; month <= 12; month++) {
                String expected = YearMonth.of(year, month).toString();
                if (!PartialDate.of(year, month).toString().equals(expected)) {
                    assertThat(PartialDate.of(year, month).toString()).isEqualTo(expected);
                }
            }
        }
    }
}
