package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.BodyKind;

class BodyQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void givenFixture_whenPermanentBodies_thenSecretariatAndRatsByIdentifier() {
        assertThat(fixture.bodies().kind(BodyKind.PERMANENT_BODY).list())
                .containsExactly(Fixture.RATS, Fixture.SECRETARIAT);
        assertThat(fixture.bodies().kind(BodyKind.COUNCIL).list()).isEmpty();
    }

    @Test
    void givenFixture_whenSeatedInChina_thenTheSecretariat() {
        assertThat(fixture.bodies().seatedIn(Fixture.CN).only()).isEqualTo(Fixture.SECRETARIAT);
        assertThat(fixture.bodies().kind(BodyKind.NON_GOVERNMENTAL_STRUCTURE).seatedIn(Fixture.CN).exists())
                .isFalse();
    }

    @Test
    void givenNullArguments_whenSteps_thenMessagesNameTheParameter() {
        assertThatThrownBy(() -> fixture.bodies().kind(null)).hasMessage("kind must not be null");
        assertThatThrownBy(() -> fixture.bodies().seatedIn(null)).hasMessage("country must not be null");
    }

    @Test
    void givenComposedQuery_whenToString_thenTheQuestion() {
        assertThat(fixture.bodies().seatedIn(Fixture.UZ).kind(BodyKind.PERMANENT_BODY))
                .hasToString("bodies().kind(PERMANENT_BODY).seatedIn(UZ)");
    }
}
