package org.scofacts.model;

import java.util.List;

/**
 * A curated statement about the SCO, with a stable identifier and at least one source.
 */
public sealed interface Fact
        permits StatusPeriod, Meeting, Document, Appointment, Body, Chairmanship, Designation, Event, Figure,
                AccessionStep, Partnership, Principle {

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
}
