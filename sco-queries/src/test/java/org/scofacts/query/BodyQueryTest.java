package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.BodyKind;

class BodyQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_permanent_bodies_then_secretariat_and_rats_by_identifier() {
        assertThat(fixture.bodies().kind(BodyKind.PERMANENT_BODY).list())
                .containsExactly(Fixture.RATS, Fixture.SECRETARIAT);
        assertThat(fixture.bodies().kind(BodyKind.COUNCIL).list()).isEmpty();
    }

    @Test
    void given_fixture_when_seated_in_china_then_the_secretariat() {
        assertThat(fixture.bodies().seatedIn(Fixture.CN).only()).isEqualTo(Fixture.SECRETARIAT);
        assertThat(fixture.bodies().kind(BodyKind.NON_GOVERNMENTAL_STRUCTURE).seatedIn(Fixture.CN).exists())
                .isFalse();
    }

    @Test
    void given_null_arguments_when_steps_then_messages_name_the_parameter() {
        assertThatThrownBy(() -> fixture.bodies().kind(null)).hasMessage("kind must not be null");
        assertThatThrownBy(() -> fixture.bodies().seatedIn(null)).hasMessage("country must not be null");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.bodies().seatedIn(Fixture.UZ).kind(BodyKind.PERMANENT_BODY))
                .hasToString("bodies().kind(PERMANENT_BODY).seatedIn(UZ)");
    }
}
