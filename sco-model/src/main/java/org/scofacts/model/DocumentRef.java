package org.scofacts.model;

/**
 * A reference to a document of the same dataset, by its identifier.
 *
 * @param id the identifier of the document
 * @since 0.1.0
 */
public record DocumentRef(FactId id) implements FactRef {

    /**
     * Validates the reference.
     *
     * @param id see {@link #id()}
     * @throws NullPointerException if the identifier is null
     */
    public DocumentRef {
        Checks.nonNull(id, "id");
    }

    /**
     * The reference to the document with an identifier.
     *
     * @param id the identifier text, such as {@code doc-charter}
     * @return the reference
     * @throws IllegalArgumentException if the text is not of the identifier form
     */
    public static DocumentRef of(String id) {
        return new DocumentRef(FactId.of(id));
    }

    /**
     * The reference to a document.
     *
     * @param document the document
     * @return a reference to it
     * @throws NullPointerException if the document is null
     */
    public static DocumentRef to(Document document) {
        Checks.nonNull(document, "document");
        return new DocumentRef(document.id());
    }

    @Override
    public Class<Document> target() {
        return Document.class;
    }

    /**
     * The identifier referred to.
     *
     * @return the identifier's text
     */
    @Override
    public String toString() {
        return id.value();
    }
}
