package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scofacts.model.DateRange;
import org.scofacts.model.PartialDate;
import org.scofacts.model.StatusPeriod;

class StatusPeriodQueryTest {

    private static final Sco SCO = Sco.facts();

    @Test
    void given_bundled_data_when_india_as_member_then_one_chain_says_since_2017_06_09() {
        StatusPeriod india = SCO.statusPeriods().country(SCO.country("IN")).withStatus(MEMBER_STATE).first()
                .orElseThrow();

        assertThat(india.period().start()).isEqualTo(PartialDate.of(2017, 6, 9));
        assertThat(india.period().isOpenEnded()).isTrue();
        assertThat(india).hasToString("member state of India since 2017-06-09");
    }

    @Test
    void given_bundled_data_when_iran_periods_then_observer_then_member_in_order() {
        assertThat(SCO.statusPeriods().country(SCO.country("IR")).list()).extracting(StatusPeriod::status)
                .containsExactly(OBSERVER_STATE, MEMBER_STATE);
        assertThat(SCO.statusPeriods().country(SCO.country("IR")).asOf(LocalDate.of(2023, 7, 3)).only().status())
                .isEqualTo(OBSERVER_STATE);
        assertThat(SCO.statusPeriods().country(SCO.country("IR")).asOf(LocalDate.of(2023, 7, 4)).only().status())
                .isEqualTo(MEMBER_STATE);
    }

    @Test
    void given_bundled_data_when_members_during_2017_then_india_and_pakistan_join_the_six_founders() {
        assertThat(SCO.statusPeriods().withStatus(MEMBER_STATE)
                .during(DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)))
                .list()).extracting(p -> p.country().alpha2())
                .containsExactlyInAnyOrder("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK");
    }

    @Test
    void given_any_step_when_answered_then_every_period_meets_it_and_all_periods_without_steps() {
        assertThat(SCO.statusPeriods().list()).containsExactlyElementsOf(SCO.dataset().statusPeriods());
        assertThat(SCO.statusPeriods().withStatus(OBSERVER_STATE).asOf(LocalDate.of(2010, 1, 1)).list())
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(OBSERVER_STATE))
                .extracting(p -> p.country().alpha2()).containsExactlyInAnyOrder("MN", "IN", "PK", "IR");
    }

    @Test
    void given_null_arguments_when_steps_then_messages_name_the_parameter() {
        assertThatThrownBy(() -> SCO.statusPeriods().country(null)).hasMessage("country must not be null");
        assertThatThrownBy(() -> SCO.statusPeriods().withStatus(null)).hasMessage("status must not be null");
        assertThatThrownBy(() -> SCO.statusPeriods().asOf(null)).hasMessage("date must not be null");
        assertThatThrownBy(() -> SCO.statusPeriods().during(null)).hasMessage("period must not be null");
    }

    @Test
    void given_steps_in_any_order_when_to_string_then_the_question_in_api_order_and_the_original_unchanged() {
        StatusPeriodQuery start = SCO.statusPeriods();
        StatusPeriodQuery composed = start.asOf(LocalDate.of(2020, 1, 1)).withStatus(MEMBER_STATE)
                .country(SCO.country("IN"));

        assertThat(composed).hasToString("statusPeriods().country(IN).withStatus(MEMBER_STATE).asOf(2020-01-01)");
        assertThat(start).hasToString("statusPeriods()").isNotEqualTo(composed);
    }
}
