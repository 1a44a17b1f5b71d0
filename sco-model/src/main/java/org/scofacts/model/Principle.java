package org.scofacts.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A statement of what the SCO stands for: a value of the "Shanghai Spirit", one of the "three evils" it
 * counters, a working language, a goal of the Charter.
 *
 * @param id        the stable identifier
 * @param kind      the kind of statement
 * @param statement the statement in a few English words of this dataset (never a source's wording)
 * @param stated    when the SCO or its founders stated it, at the precision the sources give; where the
 *                  sources show no earlier occasion, the date of the earliest source that states it
 * @param document  the document of the dataset that sets it out, when one does and the sources show it
 * @param sources   the sources that back the fact
 * @since 0.1.0
 */
public record Principle(FactId id, PrincipleKind kind, String statement, PartialDate stated, Optional<DocumentRef> document,
                        List<Source> sources) implements Fact {

    /**
     * Validates the principle.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param statement see {@link #statement()}
     * @param stated see {@link #stated()}
     * @param document see {@link #document()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the statement is blank or no source is cited
     */
    public Principle {
        Checks.nonNull(id, "id");
        Checks.nonNull(kind, "kind");
        Checks.nonBlank(statement, "statement");
        Checks.nonNull(stated, "stated");
        Checks.optional(document, "document");
        sources = Checks.sources(sources, id.value());
    }

    /**
     * The kind, the statement and the date it was stated:
     * {@code three evils: separatism, 2001-06-15}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + statement + ", " + stated;
    }

    /**
     * When the fact starts: when it was stated.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(stated);
    }
}
