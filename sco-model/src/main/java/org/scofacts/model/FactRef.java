package org.scofacts.model;

/**
 * A reference from one fact to another of a known family, such as the meeting that adopted a document.
 * The reference says what it refers to, so a dataset's validator finds and checks every reference
 * through a fact's record components, as it does the countries a fact names.
 *
 * <p>A reference prints, and is written in JSON, as the identifier it holds ({@code chs-17}).
 *
 * @since 0.1.0
 */
public sealed interface FactRef permits MeetingRef, DocumentRef {

    /**
     * The identifier of the fact referred to.
     *
     * @return the identifier
     */
    FactId id();

    /**
     * The record type of the fact referred to.
     *
     * @return the type, such as {@code Meeting.class}
     */
    Class<? extends Fact> target();
}
