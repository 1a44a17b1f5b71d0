package org.scofacts.query;

/** The bundled dataset for example tests: a dataset that fails its own validation fails them. */
final class Bundled {

    private Bundled() {
    }

    static Sco sco() {
        return Sco.facts();
    }
}
