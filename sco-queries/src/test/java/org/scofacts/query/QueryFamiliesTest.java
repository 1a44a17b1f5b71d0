package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Fact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared steps behave the same in every query over the bundled data: the generic query of every family in
 * the registry, and the entry points of the answers that are not facts (countries, sources, summits).
 */
class QueryFamiliesTest {

    private static final Sco SCO = Sco.facts();

    static Stream<Function<Sco, Query<?, ?>>> starters() {
        List<Function<Sco, Query<?, ?>>> starters = new ArrayList<>(List.of(Sco::countries, Sco::summits,
                Sco::sources));
        for (FactFamily<?> family : FactFamily.all()) {
            starters.add(sco -> sco.facts(family));
        }
        return starters.stream();
    }

    static Stream<Query<?, ?>> families() {
        return starters().map(starter -> starter.apply(SCO));
    }

    @ParameterizedTest
    @MethodSource("org.scofacts.query.QueryFamiliesTest#registry")
    void every_family_is_asked_through_the_generic_query_and_its_own_entry_point_agrees(FactFamily<?> family)
            throws ReflectiveOperationException {
        assertGenericQueryAnswers(family);
    }

    private static <F extends Fact> void assertGenericQueryAnswers(FactFamily<F> family)
            throws ReflectiveOperationException {
        FactQuery<F> generic = SCO.facts(family);
        List<F> facts = SCO.dataset().facts(family);

        assertThat(generic.list()).isNotEmpty().containsExactlyElementsOf(facts);
        assertThat(generic.family()).isSameAs(family);
        assertThat(generic).hasToString("facts(" + family.name() + ")").isEqualTo(SCO.facts(family))
                .isNotEqualTo(SCO.facts(family).where(x -> true));
        Method own = entryPoint(family);
        if (own != null) {
            List<Object> ownAnswers = new ArrayList<>(((Query<?, ?>) own.invoke(SCO)).list());
            assertThat(ownAnswers).as("sco.%s()", own.getName()).containsExactlyElementsOf(facts);
        }
    }

    static List<FactFamily<?>> registry() {
        return FactFamily.all();
    }

    /** The family's own entry point, named as its plural ({@code events()}), if it has one. */
    private static Method entryPoint(FactFamily<?> family) {
        for (Method m : Sco.class.getMethods()) {
            if (m.getName().equals(family.pluralName()) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("starters")
    void a_query_equals_a_fresh_copy_and_differs_once_a_condition_is_added(Function<Sco, Query<?, ?>> starter) {
        Query<?, ?> query = starter.apply(SCO);
        Query<?, ?> again = starter.apply(SCO);
        assertThat(query).isEqualTo(again).hasSameHashCodeAs(again).hasToString(again.toString());
        assertThat(query.where(x -> true)).isNotEqualTo(query);
        assertThat(query.list()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("families")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void where_keeps_only_the_answers_the_condition_accepts_and_first_respects_it(Query query) {
        List<Object> all = query.list();
        Object last = all.get(all.size() - 1);
        Query onlyLast = query.where(answer -> answer.equals(last));

        assertThat(onlyLast.list()).containsExactly(last);
        assertThat(onlyLast.first()).contains(last);
        assertThat(onlyLast.count()).isEqualTo(1);
        assertThat(query.where(answer -> false).first()).isEmpty();
        assertThat(query.count()).isEqualTo(all.size());
    }

    @ParameterizedTest
    @MethodSource("families")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void sorted_by_changes_the_order_and_first_follows_it(Query query) {
        List<Object> all = query.list();
        Comparator<Object> reversed = Comparator.comparingInt(all::indexOf).reversed();
        List<Object> expected = new ArrayList<>(all);
        Collections.reverse(expected);

        Query backwards = query.sortedBy(reversed);

        assertThat(backwards.list()).containsExactlyElementsOf(expected);
        assertThat(backwards.first()).contains(expected.get(0));
        assertThat(backwards).isNotEqualTo(query);
    }
}
