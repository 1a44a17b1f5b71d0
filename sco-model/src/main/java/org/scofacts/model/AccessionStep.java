package org.scofacts.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One dated step of a state's accession to a status in the SCO: its application, the decision that
 * launched the procedure, the memorandum of obligations, admission and the steps between.
 *
 * @param id           the stable identifier
 * @param country      the acceding state
 * @param statusSought the status the state sought, such as {@link Status#MEMBER_STATE}
 * @param kind         the kind of step
 * @param date         when the step was taken, at the precision the sources give
 * @param place        where it was taken, when known
 * @param meeting      the council meeting at which it was taken or decided, when one was and the dataset records it
 * @param sources      the sources that back the fact
 * @since 0.1.0
 */
public record AccessionStep(FactId id, Country country, Status statusSought, AccessionStepKind kind, PartialDate date,
                            Optional<Place> place, Optional<MeetingRef> meeting, List<Source> sources) implements Fact {

    /**
     * Validates the step.
     *
     * @param id see {@link #id()}
     * @param country see {@link #country()}
     * @param statusSought see {@link #statusSought()}
     * @param kind see {@link #kind()}
     * @param date see {@link #date()}
     * @param place see {@link #place()}
     * @param meeting see {@link #meeting()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no source is cited
     */
    public AccessionStep {
        Checks.nonNull(id, "id");
        Checks.nonNull(country, "country");
        Checks.nonNull(statusSought, "statusSought");
        Checks.nonNull(kind, "kind");
        Checks.nonNull(date, "date");
        Checks.optional(place, "place");
        Checks.optional(meeting, "meeting");
        sources = Checks.sources(sources, id.value());
    }

    /**
     * The state, the step and the status sought, and the date:
     * {@code Iran: admission (member state), 2023-07-04}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return country.shortName() + ": " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ("
                + statusSought.label() + "), " + date;
    }

    /**
     * When the fact starts: the date of the step.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(date);
    }
}
