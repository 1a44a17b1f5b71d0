package org.scofacts.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The finite domains the model's laws are checked over exhaustively, and seeded samples where a
 * domain (pairs of periods, say) is too large to walk.
 */
final class Domains {

    /** Five years before the SCO's founding. */
    static final LocalDate FIRST_DAY = LocalDate.of(1996, 1, 1);
    /** Ten years after the bundled dataset's check date (2026-11-23), to the end of that year. */
    static final LocalDate LAST_DAY = LocalDate.of(2036, 12, 31);

    private Domains() {
    }

    /** Every day from {@link #FIRST_DAY} to {@link #LAST_DAY}, both included. */
    static Stream<LocalDate> days() {
        return FIRST_DAY.datesUntil(LAST_DAY.plusDays(1));
    }

    /** Every year from {@link #FIRST_DAY}'s to {@link #LAST_DAY}'s. */
    static IntStream years() {
        return IntStream.rangeClosed(FIRST_DAY.getYear(), LAST_DAY.getYear());
    }

    /** Every partial date within the year, at every precision: the year, its months and its days. */
    static Stream<PartialDate> partialDatesIn(int year) {
        Stream<PartialDate> months = IntStream.rangeClosed(1, 12).mapToObj(m -> PartialDate.of(year, m));
        Stream<PartialDate> days = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .map(PartialDate::of);
        return Stream.concat(Stream.of(PartialDate.ofYear(year)), Stream.concat(months, days));
    }

    /** Every partial date of every year of the domain, at every precision. */
    static Stream<PartialDate> partialDates() {
        return years().boxed().flatMap(Domains::partialDatesIn);
    }

    /** A partial date of any precision in the given years, drawn from the seeded generator. */
    static PartialDate partialDate(Random random, int minYear, int maxYear) {
        int year = minYear + random.nextInt(maxYear - minYear + 1);
        int month = 1 + random.nextInt(12);
        switch (DatePrecision.values()[random.nextInt(DatePrecision.values().length)]) {
            case DAY:
                return PartialDate.of(YearMonth.of(year, month).atDay(1 + random.nextInt(YearMonth.of(year, month)
                        .lengthOfMonth())));
            case MONTH:
                return PartialDate.of(year, month);
            default:
                return PartialDate.ofYear(year);
        }
    }

    /**
     * A period, open-ended one time in five, whose bounds fall in the given years: a span of a few
     * years makes drawn periods often overlap, abut or share bounds.
     */
    static DateRange period(Random random, int minYear, int maxYear) {
        PartialDate a = partialDate(random, minYear, maxYear);
        PartialDate b = partialDate(random, minYear, maxYear);
        while (a.firstDay().equals(b.firstDay())) {
            b = partialDate(random, minYear, maxYear);
        }
        PartialDate start = a.firstDay().isBefore(b.firstDay()) ? a : b;
        PartialDate end = start == a ? b : a;
        return random.nextInt(5) == 0 ? DateRange.ofOpenEnd(start) : DateRange.of(start, end);
    }
}
