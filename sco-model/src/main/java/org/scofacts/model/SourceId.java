package org.scofacts.model;

/**
 * The stable identifier of a source, such as {@code seed-000} or {@code sco-charter-text}: lower-case
 * letters and digits separated by {@code -} or {@code .}. Identifiers never change once published,
 * so users, exports and diffs can refer to a source across dataset versions.
 *
 * @param value the identifier text
 * @since 0.1.0
 */
public record SourceId(String value) implements Comparable<SourceId> {

    /**
     * Validates the identifier's form.
     *
     * @param value see {@link #value()}
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not of the identifier form
     */
    public SourceId {
        Checks.identifier(value, "source id");
    }

    /**
     * The identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public int compareTo(SourceId other) {
        return value.compareTo(other.value);
    }

    /**
     * The identifier text.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }


    /**
     * Whether the other object is {@code SourceId} with equal components.
     *
     * @param o the other object
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SourceId)) {
            return false;
        }
        SourceId other = (SourceId) o;
        return value.equals(other.value);
    }

    /**
     * A hash code from every component, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
