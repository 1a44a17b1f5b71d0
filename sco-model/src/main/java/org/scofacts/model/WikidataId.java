package org.scofacts.model;

import java.util.regex.Pattern;

/**
 * A Wikidata item identifier, such as {@code Q148} for China: the key that joins SCO Facts to
 * Wikidata and to the many datasets keyed on it.
 *
 * @param value the identifier, {@code Q} followed by a positive number without leading zeros
 */
public record WikidataId(String value) {

    private static final Pattern FORM = Pattern.compile("Q[1-9][0-9]*");

    /**
     * Validates the identifier's form.
     *
     * @param value see {@link #value()}
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not {@code Q} and a positive number
     */
    public WikidataId {
        Checks.nonNull(value, "wikidataId");
        if (!FORM.matcher(value).matches()) {
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
}
