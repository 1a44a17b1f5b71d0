package org.scofacts.query;

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
}
