package org.scofacts.model;

import java.util.List;
import java.util.Optional;

/**
 * A state holding an SCO status over a period, such as India as a member state since 9 June 2017.
 *
 * @param id        the stable identifier
 * @param country   the state
 * @param status    the status it held
 * @param period    when it held it, half-open; open while it still does
 * @param grantedBy the decision or act that granted the status, in English
 * @param decidedAt the meeting that took the decision, when the dataset records it
 * @param sources   the sources that back the fact
 * @since 0.1.0
 */
public record StatusPeriod(FactId id, Country country, Status status, DateRange period, String grantedBy,
                           Optional<MeetingRef> decidedAt, List<Source> sources) implements Fact {

    /**
     * Validates the status period.
     *
     * @param id see {@link #id()}
     * @param country see {@link #country()}
     * @param status see {@link #status()}
     * @param period see {@link #period()}
     * @param grantedBy see {@link #grantedBy()}
     * @param decidedAt see {@link #decidedAt()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the grant is blank or no source is cited
     */
    public StatusPeriod {
        Checks.nonNull(id, "id");
        Checks.nonNull(country, "country");
        Checks.nonNull(status, "status");
        Checks.nonNull(period, "period");
        Checks.nonBlank(grantedBy, "grantedBy");
        Checks.optional(decidedAt, "decidedAt");
        sources = Checks.sources(sources, id.value());
    }

    /**
     * The status, the country and the days (last day included, see {@link DateRange#toString()}):
     * {@code member state of Iran since 2023-07-04}, {@code observer state of Iran 2005-07..2023-07-03}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        String days = period.isOpenEnded() ? "since " + period.start() : period.toString();
        return status.label() + " of " + country.shortName() + " " + days;
    }

    /**
     * When the fact starts: the first day of the period.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(period.start());
    }
}
