package org.scofacts.model;

/**
 * A reference to a meeting of the same dataset, by its identifier.
 *
 * @param id the identifier of the meeting
 * @since 0.1.0
 */
public record MeetingRef(FactId id) implements FactRef {

    /**
     * Validates the reference.
     *
     * @param id see {@link #id()}
     * @throws NullPointerException if the identifier is null
     */
    public MeetingRef {
        Checks.nonNull(id, "id");
    }

    /**
     * The reference to the meeting with an identifier.
     *
     * @param id the identifier text, such as {@code chs-17}
     * @return the reference
     * @throws IllegalArgumentException if the text is not of the identifier form
     */
    public static MeetingRef of(String id) {
        return new MeetingRef(FactId.of(id));
    }

    /**
     * The reference to a meeting.
     *
     * @param meeting the meeting
     * @return a reference to it
     * @throws NullPointerException if the meeting is null
     */
    public static MeetingRef to(Meeting meeting) {
        Checks.nonNull(meeting, "meeting");
        return new MeetingRef(meeting.id());
    }

    @Override
    public Class<Meeting> target() {
        return Meeting.class;
    }

    /**
     * The identifier referred to.
     *
     * @return the identifier's text
     */
    @Override
    public String toString() {
        return id.value();
    }
}
