package org.scofacts.model;

/** In what capacity a delegation attended a meeting: as the sources list it, on the day of the meeting. */
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
