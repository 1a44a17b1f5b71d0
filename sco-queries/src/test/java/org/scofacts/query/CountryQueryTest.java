package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;
import static org.scofacts.model.Status.PARTNER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Country;
import org.scofacts.model.DateRange;

class CountryQueryTest {

    private final Sco fixture = Fixture.sco();

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::alpha2).toList();
    }

    @Test
    void given_bundled_facts_when_members_as_of_india_and_pakistan_accession_then_founders_then_india_and_pakistan() {
        Sco sco = Bundled.sco();
        List<Country> members = sco.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2017, 6, 9)).list();
        assertThat(codes(members)).containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ", "IN", "PK");
    }

    @Test
    void given_bundled_facts_when_members_the_day_before_accession_then_the_six_founders() {
        Sco sco = Bundled.sco();
        assertThat(codes(sco.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2017, 6, 8)).list()))
                .containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ");
    }

    @Test
    void given_bundled_facts_when_members_as_of_astana_summit_second_day_then_ten_with_belarus_last() {
        Sco sco = Bundled.sco();
        List<Country> members = sco.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2024, 7, 4)).list();
        assertThat(members).hasSize(10);
        assertThat(members.get(9).alpha2()).isEqualTo("BY");
        assertThat(members.get(8).alpha2()).isEqualTo("IR");
    }

    @Test
    void given_bundled_facts_when_members_before_founding_then_empty() {
        Sco sco = Bundled.sco();
        assertThat(sco.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2001, 6, 14)).list()).isEmpty();
    }

    @Test
    void given_bundled_facts_when_founding_members_then_the_six_of_2001() {
        Sco sco = Bundled.sco();
        assertThat(codes(sco.countries().foundingMembers().list()))
                .containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ");
    }

    @Test
    void given_bundled_facts_when_members_joined_between_2017_and_2024_then_india_pakistan_iran() {
        Sco sco = Bundled.sco();
        assertThat(codes(sco.countries().withStatus(MEMBER_STATE)
                .joinedBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2024, 1, 1)).list()))
                .containsExactly("IN", "PK", "IR");
    }

    @Test
    void given_fixture_when_observers_as_of_2010_then_mongolia_then_the_three_admitted_in_2005() {
        assertThat(codes(fixture.countries().withStatus(OBSERVER_STATE).asOf(LocalDate.of(2010, 1, 1)).list()))
                .containsExactly("MN", "IN", "IR", "PK");
    }

    @Test
    void given_fixture_when_statuses_on_the_day_of_the_tianjin_reform_then_partners_replace_observers_and_dialogue_partners() {
        LocalDate tianjin = Fixture.TIANJIN;
        assertThat(codes(fixture.countries().withStatus(PARTNER).asOf(tianjin).list())).containsExactly("MN", "TR");
        assertThat(fixture.countries().withStatus(OBSERVER_STATE).asOf(tianjin).list()).isEmpty();
        assertThat(fixture.countries().withStatus(DIALOGUE_PARTNER).asOf(tianjin).list()).isEmpty();
        assertThat(codes(fixture.countries().withStatus(DIALOGUE_PARTNER).asOf(tianjin.minusDays(1)).list()))
                .containsExactly("TR");
        assertThat(fixture.countries().withStatus(MEMBER_STATE).asOf(tianjin).count()).isEqualTo(10);
    }

    @Test
    void given_fixture_when_observers_during_2015_then_every_state_observing_on_some_day_of_it() {
        DateRange year2015 = DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1));
        assertThat(codes(fixture.countries().withStatus(OBSERVER_STATE).during(year2015).list()))
                .containsExactly("MN", "IN", "IR", "PK", "BY");
    }

    @Test
    void given_fixture_when_observers_left_between_2017_and_2018_then_india_and_pakistan() {
        assertThat(codes(fixture.countries().withStatus(OBSERVER_STATE)
                .leftBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)).list()))
                .containsExactly("IN", "PK");
    }

    @Test
    void given_fixture_when_any_status_during_all_time_then_each_country_once_in_order_of_first_status() {
        DateRange always = DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2031, 1, 1));
        assertThat(codes(fixture.countries().during(always).list()))
                .containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ", "MN", "IN", "IR", "PK", "BY", "TR");
        assertThat(fixture.countries().list()).isEqualTo(fixture.countries().during(always).list());
    }

    @Test
    void given_fixture_when_founding_members_still_members_in_2030_then_all_six() {
        assertThat(fixture.countries().foundingMembers().withStatus(MEMBER_STATE).asOf(LocalDate.of(2030, 1, 1))
                .count()).isEqualTo(6);
        assertThat(fixture.countries().foundingMembers().withStatus(OBSERVER_STATE).exists()).isFalse();
    }

    @Test
    void given_empty_range_when_joined_between_then_no_answer() {
        LocalDate day = LocalDate.of(2017, 6, 9);
        assertThat(fixture.countries().joinedBetween(day, day).list()).isEmpty();
        assertThat(codes(fixture.countries().joinedBetween(day, day.plusDays(1)).list())).containsExactly("IN", "PK");
    }

    @Test
    void given_malformed_arguments_when_steps_then_messages_name_parameter_and_value() {
        CountryQuery q = fixture.countries();
        assertThatThrownBy(() -> q.withStatus(null))
                .isInstanceOf(NullPointerException.class).hasMessage("status must not be null");
        assertThatThrownBy(() -> q.asOf(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
        assertThatThrownBy(() -> q.during(null))
                .isInstanceOf(NullPointerException.class).hasMessage("period must not be null");
        assertThatThrownBy(() -> q.joinedBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toExclusive 2019-01-01 must not be before fromInclusive 2020-01-01");
        assertThatThrownBy(() -> q.leftBetween(null, LocalDate.of(2019, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("fromInclusive must not be null");
    }

    @Test
    void given_steps_in_any_order_when_to_string_then_the_question_in_canonical_order() {
        assertThat(fixture.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2017, 6, 9)))
                .hasToString("countries().withStatus(MEMBER_STATE).asOf(2017-06-09)");
        CountryQuery composed = fixture.countries()
                .leftBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1))
                .during(DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)))
                .withStatus(OBSERVER_STATE)
                .foundingMembers()
                .joinedBetween(LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1));
        assertThat(composed).hasToString("countries().foundingMembers().withStatus(OBSERVER_STATE)"
                + ".during(2015-01-01..2015-12-31).joinedBetween(2001-01-01, 2002-01-01)"
                + ".leftBetween(2017-01-01, 2018-01-01)");
    }

    @Test
    void given_same_step_twice_when_run_then_the_later_value_replaces_the_earlier() {
        CountryQuery q = fixture.countries().withStatus(OBSERVER_STATE).withStatus(MEMBER_STATE)
                .asOf(LocalDate.of(2001, 1, 1)).asOf(LocalDate.of(2017, 6, 9));
        assertThat(q).isEqualTo(fixture.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2017, 6, 9)));
        assertThat(q.count()).isEqualTo(8);
    }
}
