package org.scofacts.query;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.Status;

/**
 * A change of a country's SCO status on a day, as {@link Sco#changesBetween} reports it: a status period
 * starting (joining, or moving up from the status whose period ends that day) or ending without a
 * successor (leaving).
 *
 * @param country   the country whose status changed
 * @param day       the first day under the new status (or without any), at the precision the sources give
 * @param before    the status held the day before, or empty when the country held none (joining)
 * @param after     the status held from that day, or empty when the country holds none (leaving)
 * @param decidedAt the meeting that decided the change, where the dataset records one
 * @param sources   the sources of the status period that starts (or, when leaving, ends) that day
 * @since 0.1.0
 */
public record StatusChange(Country country, PartialDate day, Optional<Status> before, Optional<Status> after,
                           Optional<MeetingRef> decidedAt, List<Source> sources) {

    /**
     * Validates the components and copies the sources.
     *
     * @param country see {@link #country()}
     * @param day see {@link #day()}
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     * @param decidedAt see {@link #decidedAt()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null, naming it
     * @throws IllegalArgumentException if both statuses are empty or equal, naming them
     */
    public StatusChange {
        Args.nonNull(country, "country");
        Args.nonNull(day, "day");
        Args.nonNull(before, "before");
        Args.nonNull(after, "after");
        Args.nonNull(decidedAt, "decidedAt");
        Args.nonNull(sources, "sources");
        if (before.equals(after)) {
            throw new IllegalArgumentException("before " + before + " and after " + after + " of the change of "
                    + country.alpha2() + " on " + day + " must differ");
        }
        sources = List.copyOf(sources);
    }

    /**
     * Whether the country gained a status it did not hold the day before, from none.
     *
     * @return true when {@link #before()} is empty
     */
    public boolean isJoining() {
        return before.isEmpty();
    }

    /**
     * Whether the country held no status from that day.
     *
     * @return true when {@link #after()} is empty
     */
    public boolean isLeaving() {
        return after.isEmpty();
    }

    /**
     * The country, the statuses and the day: {@code Iran (IR): observer state -> member state on 2023-07-04},
     * with {@code none} for an absent status.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return country + ": " + before.map(Status::label).orElse("none") + " -> "
                + after.map(Status::label).orElse("none") + " on " + day;
    }
}
