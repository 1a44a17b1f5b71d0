package org.scofacts.model;

import java.util.List;
import java.util.Optional;

/**
 * A curated statement about the SCO, with a stable identifier and at least one source.
 *
 * @since 0.1.0
 */
public sealed interface Fact
        permits StatusPeriod, Meeting, Document, Appointment, Body, Chairmanship, Designation, Event, Figure,
                AccessionStep, Partnership, Principle, Attendance {

    /**
     * The stable identifier of the fact.
     *
     * @return the identifier, unique within a dataset
     */
    FactId id();

    /**
     * The sources that back the fact, never empty.
     *
     * @return the sources, in the order they were cited
     */
    List<Source> sources();

    /**
     * When the fact starts, which is never after its dataset's check date. A family's facts are listed
     * by start, then by identifier, unless the family has an order of its own.
     *
     * @return the start, at the precision the sources give, or empty where the dataset does not record one
     */
    Optional<PartialDate> start();
}
