package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Council;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;

class MeetingQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_bundled_facts_when_summit_numbered_24_then_astana_2024() {
        Sco sco = Bundled.sco();
        Optional<Meeting> astana = sco.summits().numbered(24);
        assertThat(astana).isPresent();
        assertThat(astana.get().place().city()).isEqualTo("Astana");
        assertThat(astana.get().firstDay()).isEqualTo(LocalDate.of(2024, 7, 4));
        assertThat(sco.summits().numbered(99)).isEmpty();
    }

    @Test
    void given_bundled_facts_when_summits_hosted_by_kazakhstan_then_astana_2017_and_2024_in_order() {
        Sco sco = Bundled.sco();
        List<Meeting> inKz = sco.summits().hostedBy(sco.country("KZ")).list();
        assertThat(inKz).extracting(m -> m.ordinal().orElseThrow()).containsSubsequence(17, 24);
        assertThat(inKz).allMatch(m -> m.host().alpha2().equals("KZ"));
    }

    @Test
    void given_fixture_when_summit_numbered_then_that_summit_or_empty() {
        assertThat(fixture.summits().numbered(25)).contains(Fixture.CHS_25);
        assertThat(fixture.summits().numbered(21)).isEmpty();
        assertThat(fixture.summits().numbered(99)).isEmpty();
        assertThat(fixture.meetings().numbered(23)).contains(Fixture.CHS_23);
    }

    @Test
    void given_ordinal_below_one_when_numbered_then_message_names_parameter_and_value() {
        assertThatThrownBy(() -> fixture.summits().numbered(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ordinal must be at least 1, was 0");
        assertThatThrownBy(() -> fixture.summits().ordinal(-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ordinal must be at least 1, was -3");
    }

    @Test
    void given_fixture_when_meetings_in_year_2023_then_summit_and_heads_of_government_in_order() {
        assertThat(fixture.meetings().inYear(2023).list()).containsExactly(Fixture.CHS_23, Fixture.CHG_BISHKEK);
        assertThat(fixture.summits().inYear(2023).list()).containsExactly(Fixture.CHS_23);
        assertThat(fixture.meetings().council(Council.HEADS_OF_GOVERNMENT).list())
                .containsExactly(Fixture.CHG_BISHKEK);
        assertThat(fixture.meetings().council(Council.SCO_PLUS).list()).isEmpty();
    }

    @Test
    void given_half_open_range_when_between_then_meetings_in_session_on_some_day_of_it() {
        assertThat(fixture.summits().between(LocalDate.of(2024, 7, 4), LocalDate.of(2024, 7, 5)).list())
                .containsExactly(Fixture.CHS_24);
        assertThat(fixture.summits().between(LocalDate.of(2024, 7, 5), LocalDate.of(2025, 8, 31)).list()).isEmpty();
        assertThat(fixture.summits().between(LocalDate.of(2024, 7, 5), LocalDate.of(2025, 9, 1)).list())
                .containsExactly(Fixture.CHS_25);
        LocalDate day = LocalDate.of(2024, 7, 4);
        assertThat(fixture.summits().between(day, day).list()).isEmpty();
        assertThatThrownBy(() -> fixture.summits().between(day, day.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toExclusive 2024-07-03 must not be before fromInclusive 2024-07-04");
    }

    @Test
    void given_fixture_when_format_virtual_then_the_new_delhi_summit() {
        assertThat(fixture.summits().format(MeetingFormat.VIRTUAL).only()).isEqualTo(Fixture.CHS_23);
        assertThat(fixture.summits().format(MeetingFormat.HYBRID).exists()).isFalse();
    }

    @Test
    void given_fixture_when_hosted_by_and_ordinal_combined_then_both_must_hold() {
        assertThat(fixture.summits().hostedBy(Fixture.KZ).ordinal(24).list()).containsExactly(Fixture.CHS_24);
        assertThat(fixture.summits().hostedBy(Fixture.CN).ordinal(24).list()).isEmpty();
        assertThat(fixture.summits().hostedBy(Fixture.CN).numbered(24)).isEmpty();
    }

    @Test
    void given_null_arguments_when_steps_then_messages_name_the_parameter() {
        assertThatThrownBy(() -> fixture.summits().hostedBy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("host must not be null");
        assertThatThrownBy(() -> fixture.meetings().council(null))
                .isInstanceOf(NullPointerException.class).hasMessage("council must not be null");
        assertThatThrownBy(() -> fixture.meetings().format(null))
                .isInstanceOf(NullPointerException.class).hasMessage("format must not be null");
    }

    @Test
    void given_heads_of_state_council_when_meetings_council_then_equal_to_summits_and_printed_as_summits() {
        MeetingQuery viaCouncil = fixture.meetings().council(Council.HEADS_OF_STATE);
        assertThat(viaCouncil).isEqualTo(fixture.summits()).hasSameHashCodeAs(fixture.summits());
        assertThat(viaCouncil).hasToString("summits()");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.summits().format(MeetingFormat.IN_PERSON).inYear(2024).hostedBy(Fixture.KZ))
                .hasToString("summits().hostedBy(KZ).inYear(2024).format(IN_PERSON)");
        assertThat(fixture.meetings().between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))
                .council(Council.HEADS_OF_GOVERNMENT).ordinal(3))
                .hasToString("meetings().council(HEADS_OF_GOVERNMENT).ordinal(3).between(2023-01-01, 2024-01-01)");
    }
}
