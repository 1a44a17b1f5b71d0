package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.testkit.SeededRandom;

/**
 * Laws of {@link PartialDate}, checked for every partial date of every precision from 1996 to ten
 * years after the check date, and for seeded random dates over the whole range of years.
 */
@ExtendWith(SeededRandom.class)
class PartialDateProperties {

    private static final int SAMPLES = 20_000;

    @ParameterizedTest
    @MethodSource("org.scofacts.model.Domains#years")
    void parse_reads_back_to_string_for_every_date_of_the_year(int year) {
        Domains.partialDatesIn(year).forEach(d -> assertThat(PartialDate.parse(d.toString())).isEqualTo(d));
    }

    @Test
    void parse_reads_back_to_string_for_any_year(Random random) {
        for (int i = 0; i < SAMPLES; i++) {
            PartialDate d = Domains.partialDate(random, 0, 9999);
            assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
        }
    }

    @ParameterizedTest
    @MethodSource("org.scofacts.model.Domains#years")
    void compare_to_is_consistent_with_equals(int year) {
        // Every pair within the year and with the years on either side: the only places precisions interleave.
        List<PartialDate> dates = Domains.partialDatesIn(year).collect(Collectors.toList());
        List<PartialDate> neighbours = List.of(PartialDate.ofYear(year - 1), PartialDate.of(year - 1, 12),
                PartialDate.of(year - 1, 12, 31), PartialDate.ofYear(year + 1), PartialDate.of(year + 1, 1),
                PartialDate.of(year + 1, 1, 1));
        for (PartialDate a : dates) {
            for (PartialDate b : neighbours) {
                assertThat(a.compareTo(b) == 0).as("%s compared with %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(a.compareTo(b))).as("%s compared with %s", a, b)
                        .isEqualTo(-Integer.signum(b.compareTo(a)));
            }
        }
        for (int i = 0; i < dates.size(); i++) {
            PartialDate a = dates.get(i);
            // The year's own partial dates against each other, a stride apart to keep the count linear.
            for (int j = i; j < dates.size(); j += 7) {
                PartialDate b = dates.get(j);
                assertThat(a.compareTo(b) == 0).as("%s compared with %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(a.compareTo(b))).as("%s compared with %s", a, b)
                        .isEqualTo(-Integer.signum(b.compareTo(a)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.scofacts.model.Domains#years")
    void covers_exactly_the_days_from_first_day_to_last_day(int year) {
        List<LocalDate> around = LocalDate.of(year - 1, 12, 1).datesUntil(LocalDate.of(year + 1, 2, 1))
                .collect(Collectors.toList());
        Domains.partialDatesIn(year).forEach(d -> {
            for (LocalDate day : around) {
                boolean between = !day.isBefore(d.firstDay()) && !day.isAfter(d.lastDay());
                assertThat(d.covers(day)).as("%s covers %s", d, day).isEqualTo(between);
            }
            assertThat(d.covers(d.firstDay())).as("%s covers its first day", d).isTrue();
            assertThat(d.covers(d.lastDay())).as("%s covers its last day", d).isTrue();
            assertThat(d.covers(d.endExclusive())).as("%s covers its end", d).isFalse();
            assertThat(d.covers(d.firstDay().minusDays(1))).as("%s covers the day before", d).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(DatePrecision.class)
    void only_day_precision_is_exact_and_covers_one_day(DatePrecision precision) {
        Domains.partialDates().filter(d -> d.precision() == precision).forEach(d -> {
            assertThat(d.isExact()).as("%s is exact", d).isEqualTo(precision == DatePrecision.DAY);
            assertThat(d.firstDay().equals(d.lastDay())).as("%s covers one day", d).isEqualTo(d.isExact());
        });
    }
}
