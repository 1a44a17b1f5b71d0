package org.scofacts.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * A sovereign state, identified by its ISO 3166-1 codes.
 *
 * <p>Names in other languages, including Russian and Chinese, the SCO's official languages, come
 * from the JDK's locale data through {@link #name(Locale)} rather than from tables of our own; where an
 * official body writes a name differently from the JDK (the Russian {@code Кыргызстан}, where the JDK
 * says {@code Киргизия}), {@link #localNames()} records that form with its source.
 *
 * @param alpha2       the ISO 3166-1 alpha-2 code, upper case, such as {@code KZ}
 * @param alpha3       the ISO 3166-1 alpha-3 code, upper case, such as {@code KAZ}
 * @param shortName    the English short name, such as {@code Kazakhstan}
 * @param officialName the English official name, such as {@code Republic of Kazakhstan}
 * @param aliases      other English names in use, such as {@code Turkey} for Türkiye; may be empty
 * @param isoNumeric   the ISO 3166-1 numeric code, where recorded
 * @param wikidataId   the Wikidata item of the state, where recorded
 * @param cowCode      the Correlates of War state code, where the state has one and it is recorded
 * @param localNames   names in other languages that differ from the JDK's, each with its source; may be empty
 * @since 0.1.0
 */
public record Country(String alpha2, String alpha3, String shortName, String officialName, Set<String> aliases,
                      Optional<IsoNumericCode> isoNumeric, Optional<WikidataId> wikidataId,
                      Optional<CowStateCode> cowCode, List<CountryName> localNames) {

    /** The SCO's official languages, Russian and Chinese, in which {@link #name(Locale)} is most asked. */
    public static final List<Locale> OFFICIAL_LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.CHINESE);


    /**
     * Validates the codes against the JDK's ISO 3166 tables and copies the aliases.
     *
     * @param alpha2 see {@link #alpha2()}
     * @param alpha3 see {@link #alpha3()}
     * @param shortName see {@link #shortName()}
     * @param officialName see {@link #officialName()}
     * @param aliases see {@link #aliases()}
     * @param isoNumeric see {@link #isoNumeric()}
     * @param wikidataId see {@link #wikidataId()}
     * @param cowCode see {@link #cowCode()}
     * @param localNames see {@link #localNames()}
     * @throws NullPointerException     if any argument, alias or local name is null
     * @throws IllegalArgumentException if a code is unknown, the two codes do not belong to the same
     *                                  country, or a name is blank
     */
    public Country {
        Checks.nonNull(alpha2, "alpha2");
        Checks.nonNull(alpha3, "alpha3");
        String expectedAlpha3 = isoAlpha3OrNull(alpha2);
        if (expectedAlpha3 == null) {
            throw new IllegalArgumentException("alpha2 is not an ISO 3166-1 alpha-2 code: \"" + alpha2 + "\"");
        }
        if (!expectedAlpha3.equals(alpha3)) {
            throw new IllegalArgumentException("alpha3 \"" + alpha3 + "\" does not match alpha2 \"" + alpha2
                    + "\" (ISO 3166-1 gives " + expectedAlpha3 + ")");
        }
        Checks.nonBlank(shortName, "shortName");
        Checks.nonBlank(officialName, "officialName");
        Checks.nonNull(aliases, "aliases");
        for (String alias : aliases) {
            Checks.nonBlank(alias, "aliases of " + alpha2);
        }
        aliases = Set.copyOf(aliases);
        Checks.optional(isoNumeric, "isoNumeric");
        Checks.optional(wikidataId, "wikidataId");
        Checks.optional(cowCode, "cowCode");
        Checks.nonNull(localNames, "localNames");
        for (int i = 0; i < localNames.size(); i++) {
            Checks.nonNull(localNames.get(i), "localNames[" + i + "] of " + alpha2);
        }
        localNames = List.copyOf(localNames);
    }

    /**
     * A country without names of its own in other languages.
     *
     * @param alpha2       the ISO 3166-1 alpha-2 code
     * @param alpha3       the ISO 3166-1 alpha-3 code
     * @param shortName    the English short name
     * @param officialName the English official name
     * @param aliases      other English names in use
     * @param isoNumeric   the ISO 3166-1 numeric code, where recorded
     * @param wikidataId   the Wikidata item, where recorded
     * @param cowCode      the Correlates of War state code, where recorded
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Country(String alpha2, String alpha3, String shortName, String officialName, Set<String> aliases,
                   Optional<IsoNumericCode> isoNumeric, Optional<WikidataId> wikidataId,
                   Optional<CowStateCode> cowCode) {
        this(alpha2, alpha3, shortName, officialName, aliases, isoNumeric, wikidataId, cowCode, List.of());
    }

    /**
     * A country without recorded identifiers beyond its ISO alpha codes.
     *
     * @param alpha2       the ISO 3166-1 alpha-2 code
     * @param alpha3       the ISO 3166-1 alpha-3 code
     * @param shortName    the English short name
     * @param officialName the English official name
     * @param aliases      other English names in use
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Country(String alpha2, String alpha3, String shortName, String officialName, Set<String> aliases) {
        this(alpha2, alpha3, shortName, officialName, aliases, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * This country with its numeric, Wikidata and Correlates of War identifiers.
     *
     * @param isoNumeric the ISO 3166-1 numeric code
     * @param wikidataId the Wikidata item
     * @param cowCode    the Correlates of War state code
     * @return a country equal to this one but for the identifiers
     */
    public Country withIdentifiers(IsoNumericCode isoNumeric, WikidataId wikidataId, CowStateCode cowCode) {
        return new Country(alpha2, alpha3, shortName, officialName, aliases,
                Optional.of(Checks.nonNull(isoNumeric, "isoNumeric")), Optional.of(Checks.nonNull(wikidataId, "wikidataId")),
                Optional.of(Checks.nonNull(cowCode, "cowCode")), localNames);
    }

    /**
     * This country with one more name in another language, cited.
     *
     * @param name the name, its language and its source
     * @return a country equal to this one but for the added name
     * @throws NullPointerException if the name is null
     */
    public Country withLocalName(CountryName name) {
        List<CountryName> names = new java.util.ArrayList<>(localNames);
        names.add(Checks.nonNull(name, "name"));
        return new Country(alpha2, alpha3, shortName, officialName, aliases, isoNumeric, wikidataId, cowCode, names);
    }

    /**
     * The recorded names in a language, such as the Russian {@code Кыргызстан} and {@code Кыргызская
     * Республика}; the JDK's own name is {@link #name(Locale)}.
     *
     * @param language the language
     * @return the names, in recorded order; empty when none is recorded
     */
    public List<String> localNames(Locale language) {
        Checks.nonNull(language, "language");
        return localNames.stream().filter(n -> n.language().getLanguage().equals(language.getLanguage()))
                .map(CountryName::name).toList();
    }

    /**
     * A country from its alpha-2 code, with the alpha-3 code taken from the JDK. The factory only passes
     * on to the canonical constructor, which alone validates (as {@code LocalDateRange.of} does); an alias
     * given twice is kept once, since the aliases are a set.
     *
     * @param alpha2       the ISO 3166-1 alpha-2 code
     * @param shortName    the English short name
     * @param officialName the English official name
     * @param aliases      other English names in use
     * @return the country
     * @throws NullPointerException     if an argument or alias is null, naming it
     * @throws IllegalArgumentException if the code is unknown or a name is blank
     */
    public static Country of(String alpha2, String shortName, String officialName, String... aliases) {
        return new Country(alpha2, knownAlpha3Of(alpha2), shortName, officialName,
                aliases == null ? null : new HashSet<>(Arrays.asList(aliases)));
    }

    /** The alpha-3 code the JDK gives a known alpha-2 code; empty text otherwise, for the constructor to refuse. */
    private static String knownAlpha3Of(String alpha2) {
        String alpha3 = alpha2 == null ? null : isoAlpha3OrNull(alpha2);
        return alpha3 == null ? "" : alpha3;
    }

    /**
     * The ISO 3166-1 alpha-3 code of an upper-case alpha-2 code, from the JDK's ISO table, or null when the
     * table has no such code.
     */
    private static String isoAlpha3OrNull(String alpha2) {
        if (alpha2.length() != 2 || !isUpperAsciiLetter(alpha2.charAt(0)) || !isUpperAsciiLetter(alpha2.charAt(1))) {
            return null;
        }
        try {
            return new Locale("", alpha2).getISO3Country();
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static boolean isUpperAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * The country's name in a language, from the JDK's locale data.
     *
     * <p>The Russian and Chinese names need the JDK's {@code jdk.localedata} module, which this module
     * requires so that a {@code jlink} image built from it includes that data. Where the data is missing
     * anyway, this method fails rather than answer in English.
     *
     * @param language the language, such as {@code Locale.CHINESE}
     * @return the name in that language, or the JDK's fallback when it has none
     * @throws IllegalStateException if the language is Russian or Chinese and the runtime has no locale data
     *                               for it
     */
    public String name(Locale language) {
        Checks.nonNull(language, "language");
        Locale region = new Locale("", alpha2);
        String name = region.getDisplayCountry(language);
        if (isOfficialLanguage(language)
                && (name.equals(alpha2) || name.equals(region.getDisplayCountry(Locale.ENGLISH)))) {
            throw new IllegalStateException("The Java runtime has no locale data for \"" + language.toLanguageTag()
                    + "\": the name of " + alpha2 + " came back as \"" + name + "\"; add the module"
                    + " jdk.localedata to the runtime image (jlink --add-modules jdk.localedata)");
        }
        return name;
    }

    private static boolean isOfficialLanguage(Locale language) {
        for (Locale official : OFFICIAL_LANGUAGES) {
            if (official.getLanguage().equals(language.getLanguage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every English name of the country: short name, official name, then the aliases in
     * alphabetical order.
     *
     * @return the names, without duplicates
     */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(shortName);
        names.add(officialName);
        List<String> sortedAliases = new ArrayList<>(aliases);
        Collections.sort(sortedAliases);
        names.addAll(sortedAliases);
        return List.copyOf(names);
    }


    /**
     * Whether the other object is {@code Country} with equal components.
     *
     * @param o the other object
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Country)) {
            return false;
        }
        Country other = (Country) o;
        return alpha2.equals(other.alpha2)
                && alpha3.equals(other.alpha3)
                && shortName.equals(other.shortName)
                && officialName.equals(other.officialName)
                && aliases.equals(other.aliases)
                && isoNumeric.equals(other.isoNumeric)
                && wikidataId.equals(other.wikidataId)
                && cowCode.equals(other.cowCode)
                && localNames.equals(other.localNames);
    }

    /**
     * A hash code from every component, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = alpha2.hashCode();
        h = 31 * h + alpha3.hashCode();
        h = 31 * h + shortName.hashCode();
        h = 31 * h + officialName.hashCode();
        h = 31 * h + aliases.hashCode();
        h = 31 * h + isoNumeric.hashCode();
        h = 31 * h + wikidataId.hashCode();
        h = 31 * h + cowCode.hashCode();
        h = 31 * h + localNames.hashCode();
        return h;
    }

    /**
     * The English short name and the alpha-2 code, as people write it: {@code Kazakhstan (KZ)}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return shortName + " (" + alpha2 + ")";
    }
}
