package org.scofacts.demo.persistence;

import java.io.Serial;

/**
 * A database could not be reached, created, written or read. The message is one line for a person:
 * it names the database and says what went wrong; the cause keeps the driver's or Hibernate's detail.
 */
public final class DatabaseException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    DatabaseException(String message) {
        super(message);
    }
}
