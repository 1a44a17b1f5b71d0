package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.DateRange;

/**
 * A half-open {@link DateRange} in four columns: each bound's first day and its precision. The end
 * columns are null while the period is open. A JPQL "holds on :date" reads
 * {@code startDay <= :date and (endDay is null or endDay > :date)}, exactly {@link DateRange#contains}.
 */
@Embeddable
class DateRangeColumns {

    @Column(name = "start_day", nullable = false)
    LocalDate startDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_precision", nullable = false, length = 8)
    DatePrecision startPrecision;

    @Column(name = "end_day")
    LocalDate endDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_precision", length = 8)
    DatePrecision endPrecision;

    protected DateRangeColumns() {
    }

    static DateRangeColumns of(DateRange period) {
        DateRangeColumns c = new DateRangeColumns();
        c.startDay = period.start().firstDay();
        c.startPrecision = period.start().precision();
        period.end().ifPresent(end -> {
            c.endDay = end.firstDay();
            c.endPrecision = end.precision();
        });
        return c;
    }

    DateRange toPeriod() {
        return endDay == null
                ? DateRange.ofOpenEnd(Columns.partialDate(startDay, startPrecision))
                : DateRange.of(Columns.partialDate(startDay, startPrecision), Columns.partialDate(endDay, endPrecision));
    }
}
