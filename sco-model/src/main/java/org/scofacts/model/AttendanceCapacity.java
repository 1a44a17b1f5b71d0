package org.scofacts.model;

/**
 * In what capacity a delegation attended a meeting: as the sources list it, on the day of the meeting.
 *
 * @since 0.1.0
 */
public enum AttendanceCapacity {
    /** A member state's delegation, including a state admitted at that meeting. */
    MEMBER,
    /** An observer state's delegation. */
    OBSERVER,
    /** A dialogue partner's delegation. */
    DIALOGUE_PARTNER,
    /** A state invited by the host, holding no status in the SCO on that day. */
    GUEST,
    /** An international organisation, the SCO's own Secretariat and RATS included. */
    ORGANISATION
}
