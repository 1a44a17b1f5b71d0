package org.scofacts.model;

/**
 * The posts whose holders the dataset records.
 *
 * @since 0.1.0
 */
public enum Post {
    /** Secretary-General, head of the SCO Secretariat in Beijing. */
    SECRETARY_GENERAL("Secretary-General of the SCO"),
    /** Director of the Executive Committee of the Regional Anti-Terrorist Structure, in Tashkent. */
    RATS_EXECUTIVE_COMMITTEE_DIRECTOR("Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure");

    private final String title;

    Post(String title) {
        this.title = title;
    }

    /**
     * The English title of the post.
     *
     * @return the title
     */
    public String title() {
        return title;
    }
}
