package org.scofacts.model;

/**
 * How participants attended a meeting.
 *
 * @since 0.1.0
 */
public enum MeetingFormat {
    /** Every delegation attended in person. */
    IN_PERSON,
    /** Every delegation took part by video link. */
    VIRTUAL,
    /** Some delegations attended in person and others by video link. */
    HYBRID
}
