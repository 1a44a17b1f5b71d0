package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.DocumentRef;
import org.scofacts.model.FactId;
import org.scofacts.model.FactRef;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Place;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;

/**
 * The registry covers every fact family, and the validator finds a dangling reference of every kind a
 * family has: a source, a country (directly, through a place, inside an optional), a meeting and a document.
 */
class FactFamilyTest {

    private static final ScoDataset BUNDLED = ScoDataset.bundled();
    private static final Country FOREIGN = Country.of("FR", "France", "French Republic");

    static Stream<FactFamily<?>> families() {
        return FactFamily.all().stream();
    }

    @Test
    void given_the_registry_then_its_types_are_exactly_the_permitted_fact_types() {
        List<Class<?>> types = FactFamily.all().stream().<Class<?>>map(FactFamily::type).collect(Collectors.toList());
        assertThat(types).containsExactlyInAnyOrder(Fact.class.getPermittedSubclasses());
        assertThat(FactFamily.all()).extracting(FactFamily::name).doesNotHaveDuplicates();
        assertThat(FactFamily.all()).extracting(FactFamily::pluralName).doesNotHaveDuplicates();
    }

    @Test
    void given_the_registry_then_every_family_describes_its_facts_once_each() {
        assertThat(FactFamily.all()).allSatisfy(family -> assertThat(family.description()).as(family.name())
                .startsWith("One row per ").endsWith("."));
        assertThat(FactFamily.all().stream().map(FactFamily::description).distinct().count())
                .isEqualTo(FactFamily.all().size());
        assertThat(FactFamily.CHAIRMANSHIPS.description()).isEqualTo("One row per term of a state chairing the SCO.");
    }

    @Test
    void given_the_bundled_dataset_then_facts_list_every_family_in_registry_order() {
        List<Fact> expected = new ArrayList<>();
        FactFamily.all().forEach(family -> expected.addAll(BUNDLED.facts(family)));
        assertThat(BUNDLED.facts()).containsExactlyElementsOf(expected);
        assertThat(BUNDLED.facts(FactFamily.MEETINGS)).isSameAs(BUNDLED.meetings());
    }

    @ParameterizedTest
    @MethodSource("families")
    void given_a_family_then_the_bundled_dataset_has_facts_of_it_in_its_order(FactFamily<?> family) {
        assertSortedAndFound(family);
    }

    private static <F extends Fact> void assertSortedAndFound(FactFamily<F> family) {
        List<F> facts = BUNDLED.facts(family);
        assertThat(facts).isNotEmpty().isSortedAccordingTo(family.order());
        facts.forEach(f -> assertThat(FactFamily.of(f)).isSameAs(family));
        assertThat(FactFamily.named(family.name())).contains(family);
    }

    @ParameterizedTest
    @MethodSource("families")
    void given_a_fact_citing_an_unknown_source_when_built_then_the_validator_names_it(FactFamily<?> family) {
        Fact fact = BUNDLED.facts(family).get(0);
        Source unknown = new Source(SourceId.of("no-such-source"), SourceKind.NEWS_REPORT, "Nothing", "Nobody",
                Optional.empty(), Optional.of(URI.create("https://example.org")), "");
        Fact planted = with(fact, "sources", List.of(unknown));
        assertRejected(fact, planted, "cites unknown source no-such-source");
    }

    @ParameterizedTest
    @MethodSource("families")
    void given_a_fact_naming_an_unknown_country_when_built_then_the_validator_names_it(FactFamily<?> family) {
        Fact fact = BUNDLED.facts(family).get(0);
        List<RecordComponent> places = componentsNaming(fact, Country.class, Place.class);
        for (RecordComponent component : places) {
            Object foreign = foreignValue(component, fact);
            assertRejected(fact, with(fact, component.getName(), foreign),
                    "names country FR that is not in the dataset's countries");
        }
        assertThat(places.isEmpty()).as("%s names countries only through the components planted here", family)
                .isEqualTo(BUNDLED.facts(family).stream().allMatch(f -> countriesOf(f).isEmpty()));
    }

    @ParameterizedTest
    @MethodSource("families")
    void given_a_fact_referring_to_an_unknown_meeting_when_built_then_the_validator_names_it(FactFamily<?> family) {
        for (Fact fact : BUNDLED.facts(family)) {
            for (FactRef reference : referencesOf(fact)) {
                if (reference instanceof MeetingRef) {
                    String field = componentHolding(fact, reference);
                    assertRejected(fact, with(fact, field, asComponent(fact, field, MeetingRef.of("no-such-meeting"))),
                            "refers to unknown meeting no-such-meeting");
                    // A document is not a meeting, though both are facts.
                    assertRejected(fact, with(fact, field, asComponent(fact, field, MeetingRef.of("doc-charter"))),
                            "refers to unknown meeting doc-charter");
                    return;
                }
            }
        }
        assertThat(referenceTypes(family)).as("%s refers to no meeting", family).doesNotContain(MeetingRef.class);
    }

    @ParameterizedTest
    @MethodSource("families")
    void given_a_fact_referring_to_an_unknown_document_when_built_then_the_validator_names_it(FactFamily<?> family) {
        for (Fact fact : BUNDLED.facts(family)) {
            for (FactRef reference : referencesOf(fact)) {
                if (reference instanceof DocumentRef) {
                    String field = componentHolding(fact, reference);
                    assertRejected(fact, with(fact, field, asComponent(fact, field, DocumentRef.of("no-such-document"))),
                            "refers to unknown document no-such-document");
                    // A meeting is not a document, though both are facts.
                    assertRejected(fact, with(fact, field, asComponent(fact, field, DocumentRef.of("chs-1"))),
                            "refers to unknown document chs-1");
                    return;
                }
            }
        }
        assertThat(referenceTypes(family)).as("%s refers to no document", family).doesNotContain(DocumentRef.class);
    }

    @ParameterizedTest
    @MethodSource("families")
    void given_a_family_then_every_reference_to_another_fact_is_typed_and_found(FactFamily<?> family) {
        // A bare identifier would say nothing of what it identifies, and the validator would not check it.
        List<String> bareIdentifiers = Arrays.stream(family.type().getRecordComponents())
                .filter(c -> !c.getName().equals("id"))
                .filter(c -> c.getType() == FactId.class || typeArgument(c) == FactId.class)
                .map(RecordComponent::getName).collect(Collectors.toList());
        assertThat(bareIdentifiers).as("bare FactId components of %s", family).isEmpty();
        for (Fact fact : BUNDLED.facts(family)) {
            long held = FactFamily.fields(fact).values().stream()
                    .filter(v -> v instanceof FactRef || v instanceof Optional<?> o && o.orElse(null) instanceof FactRef)
                    .count();
            assertThat(referencesOf(fact)).as("references of %s", fact.id()).hasSize((int) held);
        }
    }

    /** The types of the references that a family's record components may hold. */
    private static List<Type> referenceTypes(FactFamily<?> family) {
        return Arrays.stream(family.type().getRecordComponents())
                .map(c -> c.getType() == Optional.class ? typeArgument(c) : c.getType())
                .filter(t -> t instanceof Class<?> c && FactRef.class.isAssignableFrom(c))
                .collect(Collectors.toList());
    }

    private static String componentHolding(Fact fact, FactRef reference) {
        return FactFamily.fields(fact).entrySet().stream()
                .filter(e -> e.getValue().equals(Optional.of(reference)) || e.getValue().equals(reference))
                .map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError(fact.id() + " holds no component " + reference));
    }

    private static List<FactRef> referencesOf(Fact fact) {
        return references(FactFamily.of(fact), fact);
    }

    private static <F extends Fact> List<FactRef> references(FactFamily<F> family, Fact fact) {
        return family.select(List.of(fact)).stream().flatMap(f -> family.references(f).stream())
                .collect(Collectors.toList());
    }

    private static List<Country> countriesOf(Fact fact) {
        return countries(FactFamily.of(fact), fact);
    }

    private static <F extends Fact> List<Country> countries(FactFamily<F> family, Fact fact) {
        return family.select(List.of(fact)).stream().flatMap(f -> family.countries(f).stream())
                .collect(Collectors.toList());
    }

    private static void assertRejected(Fact original, Fact planted, String problem) {
        List<Fact> facts = BUNDLED.facts().map(f -> f == original ? planted : f).collect(Collectors.toList());
        ScoDataset.Builder builder = ScoDataset.builder().version("test").checkedThrough(BUNDLED.checkedThrough())
                .countries(BUNDLED.countries()).sources(BUNDLED.sources()).facts(facts);
        assertThatThrownBy(builder::build).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining(original.id().value()).hasMessageContaining(problem);
    }

    private static List<RecordComponent> componentsNaming(Fact fact, Class<?>... types) {
        List<RecordComponent> found = new ArrayList<>();
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            for (Class<?> type : types) {
                if (c.getType() == type || c.getType() == Optional.class && typeArgument(c) == type) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static Object foreignValue(RecordComponent component, Fact fact) {
        Object value = component.getType() == Optional.class ? typeArgument(component) : component.getType();
        Object foreign = value == Country.class ? FOREIGN : Place.of("Paris", FOREIGN);
        return component.getType() == Optional.class ? Optional.of(foreign) : foreign;
    }

    private static Type typeArgument(RecordComponent component) {
        Type generic = component.getGenericType();
        return generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }

    /** A reference as the component holds it: itself where the reference is required, else in an optional. */
    private static Object asComponent(Fact fact, String field, FactRef reference) {
        return FactFamily.fields(fact).get(field) instanceof Optional<?> ? Optional.of(reference) : reference;
    }

    private static Fact with(Fact fact, String field, Object value) {
        RecordComponent[] components = fact.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(field) ? value : FactFamily.fields(fact).get(components[i].getName());
        }
        try {
            return (Fact) fact.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                 | NoSuchMethodException e) {
            throw new AssertionError("cannot rebuild " + fact.id() + " with " + field, e);
        }
    }

    @Test
    void given_a_fact_when_its_fields_are_read_then_they_are_its_components_in_declaration_order() {
        Fact fact = BUNDLED.facts(FactFamily.STATUS_PERIODS).get(0);

        assertThat(FactFamily.fields(fact).keySet())
                .containsExactly("id", "country", "status", "period", "grantedBy", "decidedAt", "sources");
        assertThat(FactFamily.fields(fact).get("id")).isEqualTo(fact.id());
        assertThat(FactFamily.of(fact)).isSameAs(FactFamily.STATUS_PERIODS);
        assertThat(FactFamily.STATUS_PERIODS).hasToString("StatusPeriod");
    }

    @Test
    void given_an_unknown_name_when_looked_up_then_empty_and_a_null_name_is_refused() {
        assertThat(FactFamily.named("Exercise")).isEmpty();
        assertThatThrownBy(() -> FactFamily.named(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> FactFamily.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("fact");
        assertThatThrownBy(() -> BUNDLED.facts((FactFamily<?>) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("family");
    }

    @Test
    void given_the_bundled_dataset_then_its_summary_counts_every_family_by_its_plural_name() {
        String summary = BUNDLED.toString();
        FactFamily.all().forEach(family -> assertThat(summary)
                .contains(", " + family.pluralName() + "=" + BUNDLED.facts(family).size()));
    }
}
