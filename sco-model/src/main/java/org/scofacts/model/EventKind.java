package org.scofacts.model;

/**
 * The kinds of SCO events other than council meetings.
 *
 * @since 0.1.0
 */
public enum EventKind {
    /** A forum, such as the Wuhan Forum on People-to-People Friendship. */
    FORUM,
    /** A joint military or anti-terrorist exercise, such as a Peace Mission. */
    EXERCISE,
    /** A joint operation. */
    OPERATION,
    /** Consultations or a meeting of officials below the councils. */
    CONSULTATION,
    /** A conference, exhibition or festival. */
    CONFERENCE,
    /** The opening of an institution or an anniversary. */
    MILESTONE
}
