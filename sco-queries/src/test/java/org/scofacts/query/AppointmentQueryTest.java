package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Appointment;
import org.scofacts.model.Post;

class AppointmentQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_secretary_general_serving_on_2020_then_norov() {
        Optional<Appointment> sg = fixture.appointments().post(Post.SECRETARY_GENERAL)
                .servingOn(LocalDate.of(2020, 1, 1)).first();
        assertThat(sg).contains(Fixture.SG_NOROV);
    }

    @Test
    void given_terms_that_abut_when_serving_on_the_handover_day_then_the_incoming_holder() {
        AppointmentQuery sg = fixture.appointments().post(Post.SECRETARY_GENERAL);
        assertThat(sg.servingOn(LocalDate.of(2021, 12, 31)).only()).isEqualTo(Fixture.SG_NOROV);
        assertThat(sg.servingOn(LocalDate.of(2022, 1, 1)).only()).isEqualTo(Fixture.SG_ZHANG_MING);
        assertThat(sg.servingOn(LocalDate.of(2030, 1, 1)).only()).isEqualTo(Fixture.SG_YERMEKBAYEV);
        assertThat(sg.servingOn(LocalDate.of(2018, 1, 1)).first()).isEmpty();
    }

    @Test
    void given_fixture_when_all_secretaries_general_then_in_order_of_term() {
        assertThat(fixture.appointments().post(Post.SECRETARY_GENERAL).list())
                .containsExactly(Fixture.SG_NOROV, Fixture.SG_ZHANG_MING, Fixture.SG_YERMEKBAYEV);
    }

    @Test
    void given_fixture_when_nominated_by_kazakhstan_then_holders_of_every_post_nominated_by_it() {
        assertThat(fixture.appointments().nominatedBy(Fixture.KZ).list())
                .containsExactly(Fixture.RATS_DIRECTOR, Fixture.SG_YERMEKBAYEV);
        assertThat(fixture.appointments().post(Post.SECRETARY_GENERAL).nominatedBy(Fixture.KZ).list())
                .containsExactly(Fixture.SG_YERMEKBAYEV);
        assertThat(fixture.appointments().post(Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR).servingOn(LocalDate.of(2023,
                1, 1)).only()).isEqualTo(Fixture.RATS_DIRECTOR);
    }

    @Test
    void given_null_arguments_when_steps_then_messages_name_the_parameter() {
        assertThatThrownBy(() -> fixture.appointments().post(null)).hasMessage("post must not be null");
        assertThatThrownBy(() -> fixture.appointments().servingOn(null)).hasMessage("date must not be null");
        assertThatThrownBy(() -> fixture.appointments().nominatedBy(null)).hasMessage("state must not be null");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.appointments().nominatedBy(Fixture.UZ).servingOn(LocalDate.of(2020, 1, 1))
                .post(Post.SECRETARY_GENERAL))
                .hasToString("appointments().post(SECRETARY_GENERAL).servingOn(2020-01-01).nominatedBy(UZ)");
    }
}
