package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class EpochDaysTest {

    @Test
    void every_day_from_year_minus_1000_to_3000_counts_as_the_jdk_counts_it() {
        LocalDate first = LocalDate.of(-1000, 1, 1);
        LocalDate last = LocalDate.of(3000, 12, 31);
        long checked = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (EpochDays.of(day) != day.toEpochDay()) {
                assertThat(EpochDays.of(day)).as("epoch day of %s", day).isEqualTo(day.toEpochDay());
            }
            checked++;
        }
        assertThat(checked).isEqualTo(ChronoUnit.DAYS.between(first, last) + 1);
    }

    @Test
    void the_first_and_last_days_java_time_knows_count_as_the_jdk_counts_them() {
        assertThat(EpochDays.of(LocalDate.MIN)).isEqualTo(LocalDate.MIN.toEpochDay());
        assertThat(EpochDays.of(LocalDate.MAX)).isEqualTo(LocalDate.MAX.toEpochDay());
        assertThat(EpochDays.of(LocalDate.of(1970, 1, 1))).isZero();
    }

    @Test
    void the_day_before_and_after_are_the_jdks_across_month_year_and_leap_day_boundaries() {
        for (LocalDate day = LocalDate.of(1899, 12, 1); day.getYear() < 2102; day = day.plusDays(1)) {
            if (!EpochDays.next(day).equals(day.plusDays(1)) || !EpochDays.previous(day).equals(day.minusDays(1))) {
                assertThat(EpochDays.next(day)).as("day after %s", day).isEqualTo(day.plusDays(1));
                assertThat(EpochDays.previous(day)).as("day before %s", day).isEqualTo(day.minusDays(1));
            }
        }
        assertThat(EpochDays.next(LocalDate.of(2016, 2, 28))).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(EpochDays.previous(LocalDate.of(2100, 3, 1))).isEqualTo(LocalDate.of(2100, 2, 28));
    }
}
