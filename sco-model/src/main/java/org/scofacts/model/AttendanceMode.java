package org.scofacts.model;

/**
 * How a delegation's leader took part in a meeting.
 *
 * @since 0.1.0
 */
public enum AttendanceMode {
    /** At the venue. */
    IN_PERSON,
    /** By video link. */
    VIDEO
}
