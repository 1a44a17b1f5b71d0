package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.Meeting;
import org.scofacts.model.SourceKind;

class SourceQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void givenFixture_whenAllSources_thenTheDatasetsSourcesByIdentifier() {
        assertThat(fixture.sources().list()).containsExactly(Fixture.OFFICIAL, Fixture.REFERENCE);
        assertThat(fixture.sources().list()).isEqualTo(fixture.dataset().sources());
    }

    @Test
    void givenFact_whenCitedBy_thenTheSourcesItCites() {
        assertThat(fixture.sources().citedBy(Fixture.CHS_24).list()).containsExactly(Fixture.OFFICIAL);
        assertThat(fixture.sources().citedBy(Fixture.SG_NOROV).list()).containsExactly(Fixture.REFERENCE);
        assertThat(fixture.sources().citedBy(Fixture.SG_NOROV).kind(SourceKind.OFFICIAL).exists()).isFalse();
    }

    @Test
    void givenBundledFacts_whenSourcesCitedByTheAstanaSummit_thenEachCitesItBack() {
        Sco sco = Bundled.sco();
        Meeting astana = sco.summits().numbered(24).orElseThrow();
        assertThat(sco.sources().citedBy(astana).list()).isNotEmpty()
                .allSatisfy(source -> assertThat(sco.factsCiting(source)).contains(astana));
    }

    @Test
    void givenNullArguments_whenSteps_thenMessagesNameTheParameter() {
        assertThatThrownBy(() -> fixture.sources().citedBy(null)).hasMessage("fact must not be null");
        assertThatThrownBy(() -> fixture.sources().kind(null)).hasMessage("kind must not be null");
        assertThatThrownBy(() -> fixture.factsCiting(null)).hasMessage("source must not be null");
    }

    @Test
    void givenComposedQuery_whenToString_thenTheQuestion() {
        assertThat(fixture.sources().kind(SourceKind.OFFICIAL).citedBy(Fixture.CHS_24))
                .hasToString("sources().citedBy(chs-24).kind(OFFICIAL)");
    }
}
