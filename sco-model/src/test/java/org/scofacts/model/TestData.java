package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Small, valid values shared by the model tests, and the checks every fact family must pass. */
final class TestData {

    static final Country KZ = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan");
    static final Country CN = Country.of("CN", "China", "People's Republic of China", "PRC");
    static final Country IN = Country.of("IN", "India", "Republic of India");
    static final Place ASTANA = Place.of("Astana", KZ);
    static final Place SHANGHAI = Place.of("Shanghai", CN);

    static final Source WIKI = new Source(SourceId.of("wiki-sco"), SourceKind.REFERENCE_WORK,
            "Shanghai Cooperation Organisation", "Wikipedia", Optional.empty(),
            Optional.of(URI.create("https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation")), "");
    static final Source XINHUA = new Source(SourceId.of("xinhua-2024"), SourceKind.NEWS_REPORT,
            "Astana summit report", "Xinhua", Optional.of(PartialDate.of(2024, 7, 4)), Optional.empty(), "");

    static final FactId CHS_24 = FactId.of("chs-24");

    private TestData() {
    }

    static PartialDate day(int year, int month, int dayOfMonth) {
        return PartialDate.of(year, month, dayOfMonth);
    }

    static LocalDate date(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    static List<Source> cite(Source... sources) {
        return List.of(sources);
    }

    /** A list the caller may still change after handing it over, as a careless caller would. */
    @SafeVarargs
    static <T> List<T> mutable(T... values) {
        List<T> list = new ArrayList<>();
        for (T value : values) {
            list.add(value);
        }
        return list;
    }

    /**
     * The source rules every fact family shares, checked through its canonical constructor: sources are
     * required, may not contain null or one source twice, are copied on the way in and unmodifiable on
     * the way out; the messages name the field and the fact.
     *
     * @param factId the id the factory gives the fact
     * @param fact   builds the fact with the given sources and otherwise valid components
     */
    static void assertSourcesChecked(String factId, Function<List<Source>, Fact> fact) {
        assertThatThrownBy(() -> fact.apply(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("sources");
        assertThatThrownBy(() -> fact.apply(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sources")
                .hasMessageContaining(factId);
        assertThatThrownBy(() -> fact.apply(Arrays.asList(WIKI, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("sources[1]");
        assertThatThrownBy(() -> fact.apply(List.of(WIKI, XINHUA, WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sources")
                .hasMessageContaining(factId)
                .hasMessageContaining("wiki-sco");

        // GIVEN a list the caller keeps
        List<Source> callers = mutable(WIKI);
        Fact built = fact.apply(callers);
        // WHEN the caller changes it afterwards
        callers.add(XINHUA);
        callers.remove(WIKI);
        // THEN the fact still cites what it was given, and its list cannot be changed through it
        assertThat(built.sources()).containsExactly(WIKI);
        assertThatThrownBy(() -> built.sources().add(XINHUA)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(fact.apply(List.of(WIKI, XINHUA)).sources()).as("citation order is kept")
                .containsExactly(WIKI, XINHUA);
    }
}
