package org.scofacts.model;

/**
 * Who stated a figure, and when: a figure recorded as what a named speaker said rather than as an
 * established value.
 *
 * @param speaker the speaker's name in English, given name first, such as {@code Xi Jinping}
 * @param on      the day (or the month or year, at the precision known) the speaker stated it
 * @since 0.1.0
 */
public record Claim(String speaker, PartialDate on) {

    /**
     * Validates the claim.
     *
     * @param speaker see {@link #speaker()}
     * @param on see {@link #on()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the speaker is blank
     */
    public Claim {
        Checks.nonBlank(speaker, "speaker");
        Checks.nonNull(on, "on");
    }

    /**
     * A claim by a speaker on a date.
     *
     * @param speaker the speaker
     * @param on      the date of the statement
     * @return the claim
     */
    public static Claim of(String speaker, PartialDate on) {
        return new Claim(speaker, on);
    }
}
