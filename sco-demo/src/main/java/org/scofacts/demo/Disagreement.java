package org.scofacts.demo;

import java.io.Serial;

/** JPQL and the fluent API gave different answers to one question: a bug in one of them. */
final class Disagreement extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    Disagreement(String question, Object jpql, Object fluent) {
        super("JPQL and the fluent API disagree on " + question + ": JPQL says " + jpql + ", the fluent API says "
                + fluent);
    }
}
