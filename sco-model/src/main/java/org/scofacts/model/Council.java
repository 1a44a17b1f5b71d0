package org.scofacts.model;

/**
 * The SCO bodies whose meetings the dataset records.
 *
 * @since 0.1.0
 */
public enum Council {
    /** The Council of Heads of State, the SCO's supreme body; its annual meeting is the summit. */
    HEADS_OF_STATE("Council of Heads of State"),
    /** The Council of Heads of Government (Prime Ministers). */
    HEADS_OF_GOVERNMENT("Council of Heads of Government"),
    /** The Council of Ministers of Foreign Affairs. */
    FOREIGN_MINISTERS("Council of Ministers of Foreign Affairs"),
    /** An "SCO Plus" meeting of the member states' leaders with invited partners and organisations. */
    SCO_PLUS("SCO Plus meeting");

    private final String title;

    Council(String title) {
        this.title = title;
    }

    /**
     * The English title of the council.
     *
     * @return the title, such as {@code Council of Heads of State}
     */
    public String title() {
        return title;
    }
}
