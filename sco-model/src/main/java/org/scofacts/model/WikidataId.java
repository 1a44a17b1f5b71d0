package org.scofacts.model;


/**
 * A Wikidata item identifier, such as {@code Q148} for China: the key that joins SCO Facts to
 * Wikidata and to the many datasets keyed on it.
 *
 * @param value the identifier, {@code Q} followed by a positive number without leading zeros
 * @since 0.1.0
 */
public record WikidataId(String value) {


    /**
     * Validates the identifier's form.
     *
     * @param value see {@link #value()}
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not {@code Q} and a positive number
     */
    public WikidataId {
        Checks.nonNull(value, "wikidataId");
        if (!isItem(value)) {
            throw new IllegalArgumentException(
                    "Invalid wikidataId: \"" + value + "\" (expected Q and a positive number, e.g. Q148)");
        }
    }

    /**
     * The identifier with the given text.
     *
     * @param value the identifier, such as {@code Q148}
     * @return the identifier
     */
    public static WikidataId of(String value) {
        return new WikidataId(value);
    }

    /**
     * The identifier text, which {@link #of(String)} reads back.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }

    /** "Q", a digit 1-9, then digits. */
    private static boolean isItem(String value) {
        if (value.length() < 2 || value.charAt(0) != 'Q' || value.charAt(1) < '1' || value.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }


    /**
     * Whether the other object is {@code WikidataId} with equal components.
     *
     * @param o the other object
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WikidataId)) {
            return false;
        }
        WikidataId other = (WikidataId) o;
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
