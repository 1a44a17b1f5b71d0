package org.scofacts.model;

import java.util.Locale;

/**
 * A name of a country in a language, as an official body writes it, where it differs from the JDK's
 * spelling: for example the Russian {@code Кыргызстан} for Kyrgyzstan, where the JDK says
 * {@code Киргизия}. Each name cites the source that uses it.
 *
 * @param language the language, such as Russian ({@code ru}), without a country or variant
 * @param name     the name as written in that language
 * @param source   the source that gives the name
 * @since 0.1.0
 */
public record CountryName(Locale language, String name, Source source) {

    /**
     * Validates the components.
     *
     * @param language see {@link #language()}
     * @param name see {@link #name()}
     * @param source see {@link #source()}
     * @throws NullPointerException     if an argument is null, naming it
     * @throws IllegalArgumentException if the language is not a bare language or the name is blank
     */
    public CountryName {
        Checks.nonNull(language, "language");
        if (language.getLanguage().isEmpty() || !language.equals(new Locale(language.getLanguage()))) {
            throw new IllegalArgumentException("language of a country name must be a bare language such as ru,"
                    + " was \"" + language.toLanguageTag() + "\"");
        }
        Checks.nonBlank(name, "name");
        Checks.nonNull(source, "source");
    }

    /**
     * A name in a language given by its tag.
     *
     * @param languageTag the IETF language tag, such as {@code ru} or {@code zh}
     * @param name        the name
     * @param source      the source that gives it
     * @return the name
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public static CountryName of(String languageTag, String name, Source source) {
        return new CountryName(Locale.forLanguageTag(Checks.nonNull(languageTag, "languageTag")), name, source);
    }

    /**
     * The name and its language tag: {@code Кыргызстан (ru)}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return name + " (" + language.toLanguageTag() + ")";
    }
}
