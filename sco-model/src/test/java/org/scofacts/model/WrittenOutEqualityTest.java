package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records whose equals and hashCode are written out (see "Start-up" in package-info) compare every
 * component, as a record's generated ones would: for each record, two instances that differ in every
 * component, and for each component (found by reflection, so a component added later is covered too) a copy
 * of the first with only that component taken from the second must be unequal to the first.
 */
class WrittenOutEqualityTest {

    private static final Source WIKI = TestData.WIKI;
    private static final Source XINHUA = TestData.XINHUA;

    /** Pairs of instances that differ in every component. */
    static List<List<Record>> pairs() {
        return List.of(
                List.of(new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("Qazaqstan"),
                                Optional.of(IsoNumericCode.of(398)), Optional.of(WikidataId.of("Q232")),
                                Optional.of(CowStateCode.of(705, "KZK")),
                                List.of(CountryName.of("ru", "Казахстан", WIKI))),
                        new Country("KG", "KGZ", "Kyrgyzstan", "Kyrgyz Republic", Set.of(),
                                Optional.empty(), Optional.empty(), Optional.empty(),
                                List.of(CountryName.of("ru", "Кыргызстан", XINHUA)))),
                List.of(CowStateCode.of(705, "KZK"), CowStateCode.of(703, "KYR")),
                List.of(FactId.of("chs-24"), FactId.of("chs-25")),
                List.of(IsoNumericCode.of(398), IsoNumericCode.of(417)),
                List.of(new PartialDate(LocalDate.of(2001, 6, 1), DatePrecision.DAY),
                        new PartialDate(LocalDate.of(2004, 1, 1), DatePrecision.MONTH)),
                List.of(WIKI, new Source(SourceId.of("xinhua-2024"), SourceKind.NEWS_REPORT, "Astana summit report",
                        "Xinhua", Optional.of(PartialDate.of(2024, 7, 4)), Optional.of(URI.create("https://x.org")),
                        "a note")),
                List.of(SourceId.of("wiki-sco"), SourceId.of("xinhua-2024")),
                List.of(WikidataId.of("Q232"), WikidataId.of("Q813")));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void equals_and_hash_code_follow_every_component(List<Record> pair) throws ReflectiveOperationException {
        Record first = pair.get(0);
        Record second = pair.get(1);
        RecordComponent[] components = first.getClass().getRecordComponents();

        assertThat(first.getClass().getDeclaredMethod("equals", Object.class).getDeclaringClass())
                .as("equals written out").isEqualTo(first.getClass());
        Record copy = withComponent(first, second, -1);
        assertThat(copy).isEqualTo(first).hasSameHashCodeAs(first).isNotEqualTo(null).isNotEqualTo(first.toString());
        Set<String> varied = new java.util.HashSet<>();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            assertThat(components[i].getAccessor().invoke(first)).as("the pair differs in %s", name)
                    .isNotEqualTo(components[i].getAccessor().invoke(second));
            Record changed;
            try {
                changed = withComponent(first, second, i);
            } catch (java.lang.reflect.InvocationTargetException e) {
                // A country's codes are checked against one another, so one cannot change alone; the two
                // alpha codes are varied together below.
                assertThat(e.getCause()).as("refused %s", name).isInstanceOf(IllegalArgumentException.class);
                assertThat(name).as("a component the constructor refuses to change alone")
                        .isIn("alpha2", "alpha3", "isoNumeric", "wikidataId", "cowCode");
                continue;
            }
            assertThat(changed).as("%s with another %s", first, name).isNotEqualTo(first);
            varied.add(name);
        }
        assertThat(varied).as("components varied alone").isNotEmpty();
        if (first instanceof Country) {
            assertThat(varied).contains("shortName", "officialName", "aliases", "localNames");
            Country kg = (Country) second;
            assertThat(new Country(kg.alpha2(), kg.alpha3(), ((Country) first).shortName(),
                    ((Country) first).officialName(), ((Country) first).aliases(), ((Country) first).isoNumeric(),
                    ((Country) first).wikidataId(), ((Country) first).cowCode(), ((Country) first).localNames()))
                    .as("another country's codes alone").isNotEqualTo(first);
        }
    }

    /** A copy of {@code base} through its canonical constructor, component {@code changed} from {@code other}. */
    private static Record withComponent(Record base, Record other, int changed) throws ReflectiveOperationException {
        RecordComponent[] components = base.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getAccessor().invoke(i == changed ? other : base);
        }
        Constructor<? extends Record> canonical = base.getClass().getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }
}
