package org.scofacts.data;

import java.time.LocalDate;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;

/** Short, typed factories that let the fact tables read as one row per fact. */
final class Rows {

    private Rows() {
    }

    /** A date known to the day, as the model's {@link PartialDate}. */
    static PartialDate partialDate(int year, int month, int dayOfMonth) {
        return PartialDate.of(year, month, dayOfMonth);
    }

    /** A day as a {@link LocalDate}, for the fields that are always known to the day. */
    static LocalDate localDate(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    static PartialDate month(int year, int month) {
        return PartialDate.of(year, month);
    }

    static PartialDate year(int year) {
        return PartialDate.ofYear(year);
    }

    static DateRange since(PartialDate startInclusive) {
        return DateRange.ofOpenEnd(startInclusive);
    }

    static DateRange between(PartialDate startInclusive, PartialDate endExclusive) {
        return DateRange.of(startInclusive, endExclusive);
    }
}
