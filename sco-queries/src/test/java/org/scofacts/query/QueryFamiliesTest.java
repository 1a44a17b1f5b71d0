package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared steps behave the same in every query family over the bundled data. */
class QueryFamiliesTest {

    private static final Sco SCO = Sco.facts();

    static Stream<Query<?, ?>> families() {
        return Stream.of(SCO.countries(), SCO.meetings(), SCO.summits(), SCO.appointments(), SCO.chairmanships(),
                SCO.documents(), SCO.bodies(), SCO.designations(), SCO.events(), SCO.figures(), SCO.sources(),
                SCO.accessionSteps(), SCO.partnerships(), SCO.principles(), SCO.statusPeriods());
    }

    static Stream<Function<Sco, Query<?, ?>>> starters() {
        return Stream.of(Sco::countries, Sco::meetings, Sco::summits, Sco::appointments, Sco::chairmanships,
                Sco::documents, Sco::bodies, Sco::designations, Sco::events, Sco::figures, Sco::sources,
                Sco::accessionSteps, Sco::partnerships, Sco::principles, Sco::statusPeriods);
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
