package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.Meeting;
import org.scofacts.model.SourceKind;

class SourceQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_all_sources_then_the_datasets_sources_by_identifier() {
        assertThat(fixture.sources().list()).containsExactly(Fixture.OFFICIAL, Fixture.REFERENCE);
        assertThat(fixture.sources().list()).isEqualTo(fixture.dataset().sources());
    }

    @Test
    void given_fact_when_cited_by_then_the_sources_it_cites() {
        assertThat(fixture.sources().citedBy(Fixture.CHS_24).list()).containsExactly(Fixture.OFFICIAL);
        assertThat(fixture.sources().citedBy(Fixture.SG_NOROV).list()).containsExactly(Fixture.REFERENCE);
        assertThat(fixture.sources().citedBy(Fixture.SG_NOROV).kind(SourceKind.OFFICIAL).exists()).isFalse();
    }

    @Test
    void given_bundled_facts_when_sources_cited_by_the_astana_summit_then_each_cites_it_back() {
        Sco sco = Bundled.sco();
        Meeting astana = sco.summits().numbered(24).orElseThrow();
        assertThat(sco.sources().citedBy(astana).list()).isNotEmpty()
                .allSatisfy(source -> assertThat(sco.factsCiting(source)).contains(astana));
    }

    @Test
    void given_null_arguments_when_steps_then_messages_name_the_parameter() {
        assertThatThrownBy(() -> fixture.sources().citedBy(null)).hasMessage("fact must not be null");
        assertThatThrownBy(() -> fixture.sources().kind(null)).hasMessage("kind must not be null");
        assertThatThrownBy(() -> fixture.factsCiting(null)).hasMessage("source must not be null");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.sources().kind(SourceKind.OFFICIAL).citedBy(Fixture.CHS_24))
                .hasToString("sources().citedBy(chs-24).kind(OFFICIAL)");
    }
}
