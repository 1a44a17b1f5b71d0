package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Council;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.EventKind;
import org.scofacts.model.Status;

/**
 * The steps of the query families: named steps change one criterion each, in any order, and the
 * two days of a range stay together as given.
 */
class QueryStepsTest {

    private static final Sco SCO = Sco.facts();
    private static final LocalDate FROM = LocalDate.of(2001, 1, 1);
    private static final LocalDate TO = LocalDate.of(2010, 1, 1);

    @Test
    void given_two_steps_when_given_in_either_order_then_the_queries_are_equal_and_ask_the_same() {
        DocumentQuery kindFirst = SCO.documents().kind(DocumentKind.CHARTER).adoptedBetween(FROM, TO);
        DocumentQuery rangeFirst = SCO.documents().adoptedBetween(FROM, TO).kind(DocumentKind.CHARTER);

        assertThat(kindFirst).isEqualTo(rangeFirst).hasSameHashCodeAs(rangeFirst);
        assertThat(kindFirst).hasToString("documents().kind(CHARTER).adoptedBetween(2001-01-01, 2010-01-01)");
        assertThat(kindFirst.list()).isEqualTo(rangeFirst.list()).isNotEmpty();
    }

    @Test
    void given_a_step_on_a_query_when_another_step_follows_then_the_first_criterion_is_kept_and_the_query_unchanged() {
        EventQuery forums = SCO.events().kind(EventKind.FORUM);

        EventQuery forumsInRange = forums.between(FROM, TO);

        assertThat(forums).hasToString("events().kind(FORUM)").isNotSameAs(forumsInRange);
        assertThat(forumsInRange).hasToString("events().kind(FORUM).between(2001-01-01, 2010-01-01)");
        assertThat(forumsInRange.list()).allMatch(e -> e.kind() == EventKind.FORUM)
                .isSubsetOf(forums.list());
    }

    @Test
    void given_a_range_step_twice_then_the_later_range_replaces_the_earlier_whole() {
        CountryQuery joined = SCO.countries().withStatus(Status.MEMBER_STATE)
                .joinedBetween(FROM, TO).joinedBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1));

        assertThat(joined).hasToString("countries().withStatus(MEMBER_STATE).joinedBetween(2017-01-01, 2018-01-01)");
        assertThat(joined.list()).extracting(c -> c.alpha2()).containsExactly("IN", "PK");
    }

    @Test
    void given_a_reversed_range_when_a_step_takes_it_then_it_is_refused_naming_both_days() {
        assertThatThrownBy(() -> SCO.meetings().council(Council.HEADS_OF_STATE).between(TO, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fromInclusive").hasMessageContaining("2010-01-01")
                .hasMessageContaining("toExclusive").hasMessageContaining("2001-01-01");
    }
}
