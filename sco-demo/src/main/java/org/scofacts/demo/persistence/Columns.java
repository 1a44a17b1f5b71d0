package org.scofacts.demo.persistence;

import java.time.LocalDate;
import java.util.Optional;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.PartialDate;

/** Conversions between model values and the column pairs that hold them. */
final class Columns {

    private Columns() {
    }

    static PartialDate partialDate(LocalDate firstDay, DatePrecision precision) {
        if (firstDay == null || precision == null) {
            throw new IllegalStateException("a stored date lacks its day or its precision: " + firstDay + " "
                    + precision);
        }
        return new PartialDate(firstDay, precision);
    }

    static Optional<PartialDate> optionalPartialDate(LocalDate firstDay, DatePrecision precision) {
        return firstDay == null && precision == null ? Optional.empty()
                : Optional.of(partialDate(firstDay, precision));
    }

    static LocalDate day(Optional<PartialDate> date) {
        return date.map(PartialDate::firstDay).orElse(null);
    }

    static DatePrecision precision(Optional<PartialDate> date) {
        return date.map(PartialDate::precision).orElse(null);
    }
}
