package org.scofacts.data;

import java.util.Optional;
import org.scofacts.model.FactId;

/**
 * Thrown when a dataset breaks one of its invariants; the message names the offending fact.
 *
 * @since 0.1.0
 */
public final class InvalidDatasetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * The text of the identifier of the fact at fault, or null for a dataset-wide problem. Text rather
     * than a {@link FactId} so that the exception stays serialisable.
     */
    private final String factId;

    InvalidDatasetException(FactId factId, String message) {
        super(message);
        this.factId = factId == null ? null : factId.value();
    }

    /**
     * The identifier of the fact at fault, when the problem lies in one fact.
     *
     * @return the fact's identifier, or empty for a dataset-wide problem
     */
    public Optional<FactId> factId() {
        return Optional.ofNullable(factId).map(FactId::of);
    }
}
