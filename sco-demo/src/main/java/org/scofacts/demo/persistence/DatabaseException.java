package org.scofacts.demo.persistence;

import java.io.Serial;

/**
 * A database could not be reached, created, written or read. The message is one line for a person:
 * it names the database and says what went wrong in words (see {@link org.scofacts.demo.message.Messages});
 * the cause keeps the driver's or Hibernate's detail.
 */
public final class DatabaseException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether the user typed the URL or the credentials wrong, rather than the database failing. */
    private final boolean typedWrong;

    DatabaseException(String message, boolean typedWrong, Throwable cause) {
        super(message, cause);
        this.typedWrong = typedWrong;
    }

    DatabaseException(String message) {
        super(message);
        this.typedWrong = false;
    }

    /**
     * Whether this is bad input: a malformed JDBC URL, one that no bundled driver accepts, or a user name or
     * password the database refused; otherwise the environment failed (the database is unreachable, its host
     * unknown, its disk not writable ...).
     *
     * @return true when the user typed the URL or the credentials wrong
     */
    public boolean isTypedWrong() {
        return typedWrong;
    }
}
