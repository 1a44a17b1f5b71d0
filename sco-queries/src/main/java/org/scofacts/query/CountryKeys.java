package org.scofacts.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;

/**
 * Finds a dataset's countries by code or name, in any case and accent, and suggests near names when
 * none matches. Names outside ASCII and the JDK's names are indexed on the first look-up that needs them,
 * so an answer by code or English name never loads Unicode normalisation or locale data.
 */
final class CountryKeys {

    private static final int MAX_SUGGESTIONS = 3;

    /**
     * Longer than any country's name in any language (the longest, official names such as "United Kingdom of
     * Great Britain and Northern Ireland", run to some 60 characters), so longer input matches nothing and
     * is refused before it is folded and compared, work that grows with its length.
     */
    static final int MAX_NAME_LENGTH = 200;

    private final List<Country> countries;
    private final Map<String, Country> countriesByKey = new HashMap<>();
    private final Map<Integer, Country> countriesByIsoNumeric = new HashMap<>();
    private final Map<Integer, Country> countriesByCowCode = new HashMap<>();
    /** Built on first need, for suggestions; see {@link #knownNames()}. */
    private volatile Map<Country, List<String>> knownNames;
    /** Built on first need; see {@link #unicodeNames()}. */
    private volatile Map<String, Country> unicodeNames;
    /** Built on first need; racing threads build equal maps, and a map is published whole. */
    private volatile Map<String, Country> jdkNames;

    CountryKeys(ScoDataset dataset) {
        this.countries = dataset.countries();
        indexCountryNames();
    }

    private void indexCountryNames() {
        for (Country c : countries) {
            countriesByKey.putIfAbsent(Text.fold(c.alpha2()), c);
            countriesByKey.putIfAbsent(Text.fold(c.alpha3()), c);
            if (c.wikidataId().isPresent()) {
                countriesByKey.putIfAbsent(Text.fold(c.wikidataId().get().value()), c);
            }
            if (c.isoNumeric().isPresent()) {
                countriesByIsoNumeric.putIfAbsent(c.isoNumeric().get().value(), c);
            }
            if (c.cowCode().isPresent()) {
                countriesByCowCode.putIfAbsent(c.cowCode().get().code(), c);
            }
        }
        for (Country c : countries) {
            // Only names in ASCII here; the others need Unicode normalisation, which a code or an English
            // name need not load: see unicodeNames().
            for (String name : recordedNames(c)) {
                if (Text.isAscii(name)) {
                    countriesByKey.putIfAbsent(Text.fold(name), c);
                }
            }
        }
    }

    /**
     * The names the JDK's locale data gives (English, Russian, Chinese), folded, built on the first look-up
     * that the codes and the recorded names cannot answer, so that a {@code Sco} that is never asked for such
     * a name never loads the locale data.
     */
    private Map<String, Country> jdkNames() {
        Map<String, Country> names = jdkNames;
        if (names == null) {
            Map<String, Country> built = new HashMap<>();
            for (Country c : countries) {
                built.putIfAbsent(Text.fold(c.name(Locale.ENGLISH)), c);
                Country.OFFICIAL_LANGUAGES.forEach(language -> built.putIfAbsent(Text.fold(c.name(language)), c));
            }
            names = Map.copyOf(built);
            jdkNames = names;
        }
        return names;
    }

    /** A country's own names: English names and aliases, then its recorded Russian and Chinese names. */
    private static List<String> recordedNames(Country c) {
        List<String> names = new ArrayList<>(c.names());
        for (CountryName name : c.localNames()) {
            names.add(name.name());
        }
        return names;
    }

    /** The recorded names beyond ASCII (Türkiye, Кыргызстан), folded; built on the first look-up that needs them. */
    private Map<String, Country> unicodeNames() {
        Map<String, Country> names = unicodeNames;
        if (names == null) {
            Map<String, Country> built = new HashMap<>();
            for (Country c : countries) {
                for (String name : recordedNames(c)) {
                    if (!Text.isAscii(name)) {
                        built.putIfAbsent(Text.fold(name), c);
                    }
                }
            }
            names = Map.copyOf(built);
            unicodeNames = names;
        }
        return names;
    }

    /** Each country's recorded names, folded, for suggestions after a failed look-up; built on first need. */
    private Map<Country, List<String>> knownNames() {
        Map<Country, List<String>> names = knownNames;
        if (names == null) {
            Map<Country, List<String>> built = new LinkedHashMap<>();
            for (Country c : countries) {
                List<String> folded = new ArrayList<>();
                for (String name : recordedNames(c)) {
                    folded.add(Text.fold(name));
                }
                built.put(c, List.copyOf(folded));
            }
            names = Collections.unmodifiableMap(built);
            knownNames = names;
        }
        return names;
    }

    /** Whether the JDK's names were looked up yet; for the test that a code look-up loads no locale data. */
    boolean jdkNamesLoaded() {
        return jdkNames != null;
    }

    /** The country a user typed, or an exception suggesting the nearest names. */
    Country country(String nameOrCode) {
        Args.nonNull(nameOrCode, "nameOrCode");
        if (nameOrCode.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(QueryMessages.countryNameTooLong(nameOrCode, MAX_NAME_LENGTH));
        }
        String folded = Text.fold(nameOrCode);
        Country found = countriesByKey.get(folded);
        if (found == null) {
            found = unicodeNames().get(folded);
        }
        if (found == null) {
            found = jdkNames().get(folded);
        }
        if (found == null) {
            throw new IllegalArgumentException(
                    QueryMessages.unknownCountry(nameOrCode, suggestions(folded), countries.size()));
        }
        return found;
    }

    /** The country with an ISO 3166-1 numeric code, or an exception naming the code. */
    Country countryByIsoNumeric(int code) {
        return byNumber(countriesByIsoNumeric, code, "ISO 3166-1 numeric code");
    }

    /** The country with a Correlates of War state code, or an exception naming the code. */
    Country countryByCowCode(int code) {
        return byNumber(countriesByCowCode, code, "Correlates of War state code");
    }

    private Country byNumber(Map<Integer, Country> countries, int code, String system) {
        Country found = countries.get(code);
        if (found == null) {
            throw new IllegalArgumentException(QueryMessages.unknownNumericCode(system, code));
        }
        return found;
    }

    private List<Country> suggestions(String folded) {
        int tolerance = folded.length() <= 4 ? 1 : folded.length() <= 8 ? 2 : 3;
        Map<Country, List<String>> candidates = new LinkedHashMap<>(knownNames());
        jdkNames().forEach((name, country) -> {
            List<String> names = new ArrayList<>(candidates.get(country));
            names.add(name);
            candidates.put(country, names);
        });
        Map<Country, Integer> scores = new HashMap<>();
        candidates.forEach((country, names) -> {
            int best = Integer.MAX_VALUE;
            for (String name : names) {
                best = Math.min(best, Text.distance(folded, name));
                if (folded.length() >= 3 && name.startsWith(folded)) {
                    best = Math.min(best, 1);
                }
            }
            if (folded.length() == 3) {
                best = Math.min(best, Text.distance(folded, Text.fold(country.alpha3())));
            }
            if (best <= tolerance && !folded.isEmpty()) {
                scores.put(country, best);
            }
        });
        List<Country> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparing((Country c) -> scores.get(c)).thenComparing(Country::shortName));
        return List.copyOf(ranked.subList(0, Math.min(MAX_SUGGESTIONS, ranked.size())));
    }
}
