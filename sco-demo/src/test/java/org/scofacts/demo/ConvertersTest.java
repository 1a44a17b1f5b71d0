package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The values people type: days are read by hand as yyyy-MM-dd, strictly. */
class ConvertersTest {

    private final Converters.DateConverter dates = new Converters.DateConverter();

    @ParameterizedTest
    @CsvSource({"2024-02-29, 2024, 2, 29", "2001-06-15, 2001, 6, 15", "1996-04-26, 1996, 4, 26",
        "2026-12-31, 2026, 12, 31", "0001-01-01, 1, 1, 1"})
    void given_a_possible_day_when_read_then_it_is_that_day(String text, int year, int month, int day) {
        assertThat(dates.convert(text)).isEqualTo(LocalDate.of(year, month, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
        "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01 ", " 2024-01-01", "20240101", "2024-01-01T00:00",
        "+2024-01-01", "２０２４-01-01", "2024-0a-01", "", "today"})
    void given_an_impossible_or_malformed_day_when_read_then_the_message_names_it_and_the_form(String text) {
        assertThatThrownBy(() -> dates.convert(text)).isInstanceOf(Converters.BadValue.class)
                .hasMessage("'" + text + "' is not a date: expected yyyy-MM-dd, such as 2024-07-04");
    }
}
