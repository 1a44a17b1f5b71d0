package org.scofacts.demo;

import java.io.Serial;

/** A well-formed question the dataset has no answer to, such as a summit it does not record. */
final class NoSuchFact extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    NoSuchFact(String message) {
        super(message);
    }
}
