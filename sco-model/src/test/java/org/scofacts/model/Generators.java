package org.scofacts.model;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for the model's date types. */
final class Generators {

    private Generators() {
    }

    /** Partial dates of every precision in the given years. */
    static Arbitrary<PartialDate> partialDates(int minYear, int maxYear) {
        Arbitrary<Integer> years = Arbitraries.integers().between(minYear, maxYear);
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 31);
        Arbitrary<DatePrecision> precisions = Arbitraries.of(DatePrecision.class);
        return Combinators.combine(years, months, days, precisions).as((y, m, d, precision) -> {
            switch (precision) {
                case DAY:
                    return PartialDate.of(YearMonth.of(y, m).atDay(Math.min(d, YearMonth.of(y, m).lengthOfMonth())));
                case MONTH:
                    return PartialDate.of(y, m);
                default:
                    return PartialDate.ofYear(y);
            }
        });
    }

    /**
     * Periods, open or closed, whose bounds fall in a few years so that generated periods often
     * overlap, abut or share bounds.
     */
    static Arbitrary<Period> periods(int minYear, int maxYear) {
        Arbitrary<PartialDate> bounds = partialDates(minYear, maxYear);
        return Combinators.combine(bounds, bounds, Arbitraries.integers().between(0, 4))
                .filter((a, b, open) -> !a.firstDay().equals(b.firstDay()))
                .as((a, b, open) -> {
                    PartialDate start = a.firstDay().isBefore(b.firstDay()) ? a : b;
                    PartialDate end = start == a ? b : a;
                    return open == 0 ? Period.ofOpenEnd(start) : Period.of(start, end);
                });
    }

    /** Days from one year before to one year after the given years. */
    static Arbitrary<LocalDate> days(int minYear, int maxYear) {
        return Arbitraries.integers().between(0, (maxYear - minYear + 3) * 366)
                .map(offset -> LocalDate.of(minYear - 1, 1, 1).plusDays(offset));
    }
}
