package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;

class QueryTest {

    private static final LocalDate ACCESSION = LocalDate.of(2017, 6, 9);

    private final Sco fixture = Fixture.sco();

    @Test
    void given_shared_step_first_when_family_step_follows_then_the_chain_keeps_its_type_without_casts() {
        Predicate<Country> notChina = c -> !c.alpha2().equals("CN");
        CountryQuery q = fixture.countries().where(notChina).sortedBy(Comparator.comparing(Country::shortName))
                .withStatus(MEMBER_STATE).asOf(ACCESSION);
        assertThat(q.list()).extracting(Country::shortName).containsExactly("India", "Kazakhstan", "Kyrgyzstan",
                "Pakistan", "Russia", "Tajikistan", "Uzbekistan");
        MeetingQuery m = fixture.summits().sortedBy(Comparator.comparing(Meeting::firstDay).reversed()).inYear(2024);
        assertThat(m.list()).containsExactly(Fixture.CHS_24);
    }

    @Test
    void given_sorted_by_when_list_then_the_given_order_replaces_the_chronological_one() {
        assertThat(fixture.summits().sortedBy(Comparator.comparing(Meeting::firstDay).reversed()).list())
                .containsExactly(Fixture.CHS_25, Fixture.CHS_24, Fixture.CHS_23, Fixture.CHS_22);
    }

    @Test
    void given_two_conditions_when_list_then_both_must_hold() {
        List<Meeting> found = fixture.meetings().where(m -> m.year() >= 2023).where(m -> m.host().equals(Fixture.KG))
                .list();
        assertThat(found).containsExactly(Fixture.CHG_BISHKEK);
    }

    @Test
    void given_answers_when_terminal_operations_then_they_agree_with_list() {
        CountryQuery members = fixture.countries().withStatus(MEMBER_STATE).asOf(ACCESSION);
        assertThat(members.count()).isEqualTo(8).isEqualTo(members.list().size());
        assertThat(members.first()).contains(Fixture.CN);
        assertThat(members.exists()).isTrue();
        assertThat(members.stream().toList()).isEqualTo(members.list());
        CountryQuery none = fixture.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2000, 1, 1));
        assertThat(none.count()).isZero();
        assertThat(none.first()).isEmpty();
        assertThat(none.exists()).isFalse();
    }

    @Test
    void given_exactly_one_answer_when_only_then_that_answer() {
        assertThat(fixture.summits().ordinal(25).only()).isEqualTo(Fixture.CHS_25);
    }

    @Test
    void given_no_answer_or_several_when_only_then_message_names_query_and_count() {
        assertThatThrownBy(() -> fixture.summits().ordinal(99).only())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected exactly one answer to summits().ordinal(99) but found 0");
        assertThatThrownBy(() -> fixture.countries().withStatus(MEMBER_STATE).asOf(ACCESSION).only())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected exactly one answer to countries().withStatus(MEMBER_STATE).asOf(2017-06-09)"
                        + " but found 8");
    }

    @Test
    void given_any_query_when_list_is_modified_then_unsupported_operation() {
        List<Country> members = fixture.countries().withStatus(MEMBER_STATE).asOf(ACCESSION).list();
        assertThatThrownBy(() -> members.add(Fixture.MN)).isInstanceOf(UnsupportedOperationException.class);
        List<Country> sorted = fixture.countries().sortedBy(Comparator.comparing(Country::alpha2)).list();
        assertThatThrownBy(() -> sorted.clear()).isInstanceOf(UnsupportedOperationException.class);
        List<Meeting> all = fixture.meetings().list();
        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void given_query_when_a_step_is_added_then_the_original_is_unchanged_and_equal_to_a_fresh_copy() {
        CountryQuery members = fixture.countries().withStatus(MEMBER_STATE);
        String before = members.toString();
        CountryQuery asOf = members.asOf(ACCESSION);
        CountryQuery sorted = members.sortedBy(Comparator.comparing(Country::alpha2));
        assertThat(asOf).isNotSameAs(members).isNotEqualTo(members);
        assertThat(sorted).isNotEqualTo(members);
        assertThat(members).hasToString(before).isEqualTo(fixture.countries().withStatus(MEMBER_STATE));
        assertThat(members.count()).isEqualTo(10);
    }

    @Test
    void given_equal_criteria_when_compared_then_equal_with_equal_hash_codes() {
        Sco again = Sco.of(fixture.dataset());
        CountryQuery a = fixture.countries().withStatus(OBSERVER_STATE).asOf(ACCESSION);
        CountryQuery b = again.countries().asOf(ACCESSION).withStatus(OBSERVER_STATE);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.withStatus(MEMBER_STATE)).isNotEqualTo(a.asOf(ACCESSION.plusDays(1)))
                .isNotEqualTo(null).isNotEqualTo("countries().withStatus(OBSERVER_STATE).asOf(2017-06-09)");
        assertThat(fixture.countries()).isNotEqualTo(Fixture.sco().countries().foundingMembers());
    }

    @Test
    void given_one_dataset_or_separately_built_ones_when_queries_compared_then_equal_only_for_the_same_dataset() {
        ScoDataset dataset = Fixture.dataset();
        assertThat(Sco.of(dataset).summits().ordinal(24)).isEqualTo(Sco.of(dataset).summits().ordinal(24))
                .hasSameHashCodeAs(Sco.of(dataset).summits().ordinal(24));
        assertThat(Fixture.sco().summits()).as("equal facts, but another dataset instance")
                .isNotEqualTo(fixture.summits());
    }

    @Test
    void given_different_families_or_datasets_when_compared_then_not_equal() {
        ChairmanshipQuery chairs = fixture.chairmanships();
        AppointmentQuery posts = fixture.appointments();
        assertThat((Object) chairs).isNotEqualTo(posts);
        Sco smaller = Sco.of(fixture.dataset().toBuilder().version("other").build());
        assertThat(smaller.chairmanships()).isNotEqualTo(chairs);
    }

    @Test
    void given_condition_or_comparator_when_compared_then_they_compare_by_identity() {
        Predicate<Country> p = c -> true;
        assertThat(fixture.countries().where(p)).isEqualTo(fixture.countries().where(p));
        assertThat(fixture.countries().where(p)).isNotEqualTo(fixture.countries().where(c -> true));
        Comparator<Country> byName = Comparator.comparing(Country::shortName);
        assertThat(fixture.countries().sortedBy(byName)).isEqualTo(fixture.countries().sortedBy(byName));
    }

    @Test
    void given_conditions_and_order_when_to_string_then_they_are_named_after_the_criteria() {
        assertThat(fixture.summits().where(m -> true).where(m -> true).sortedBy(Comparator.comparing(Meeting::id))
                .inYear(2024))
                .hasToString("summits().inYear(2024).where(condition 1).where(condition 2).sortedBy(comparator)");
    }

    @Test
    void given_null_condition_or_comparator_when_step_then_message_names_the_parameter() {
        assertThatThrownBy(() -> fixture.countries().where(null))
                .isInstanceOf(NullPointerException.class).hasMessage("condition must not be null");
        assertThatThrownBy(() -> fixture.countries().sortedBy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("comparator must not be null");
    }
}
