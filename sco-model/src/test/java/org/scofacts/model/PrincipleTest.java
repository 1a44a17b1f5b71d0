package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.day;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrincipleTest {

    private static final FactId ID = FactId.of("principle.three-evils.terrorism");
    private static final PrincipleKind K = PrincipleKind.THREE_EVILS;
    private static final String STATEMENT = "Terrorism";
    private static final PartialDate JUNE_15 = day(2001, 6, 15);
    private static final Optional<DocumentRef> CONVENTION = Optional.of(DocumentRef.of("doc-shanghai-convention"));

    private static Principle terrorism(List<Source> sources) {
        return new Principle(ID, K, STATEMENT, JUNE_15, CONVENTION, sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Principle p = terrorism(cite(WIKI));

        assertThat(p.id()).isEqualTo(ID);
        assertThat(p.kind()).isEqualTo(PrincipleKind.THREE_EVILS);
        assertThat(p.statement()).isEqualTo("Terrorism");
        assertThat(p.stated()).isEqualTo(JUNE_15);
        assertThat(p.document()).isEqualTo(CONVENTION);
        assertThat(p.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_rejects_a_blank_statement_naming_the_field_and_value() {
        assertThatThrownBy(() -> new Principle(ID, K, "\t", JUNE_15, CONVENTION, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statement").hasMessageContaining("\"\t\"");
    }

    @Test
    void constructor_rejects_nulls_naming_the_field() {
        assertThatThrownBy(() -> new Principle(null, K, STATEMENT, JUNE_15, CONVENTION, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Principle(ID, null, STATEMENT, JUNE_15, CONVENTION, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Principle(ID, K, null, JUNE_15, CONVENTION, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("statement");
        assertThatThrownBy(() -> new Principle(ID, K, STATEMENT, null, CONVENTION, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stated");
        assertThatThrownBy(() -> new Principle(ID, K, STATEMENT, JUNE_15, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("document");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), PrincipleTest::terrorism);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(terrorism(cite(WIKI))).isEqualTo(terrorism(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(terrorism(cite(WIKI)))
                .isNotEqualTo(new Principle(ID, K, STATEMENT, JUNE_15, Optional.empty(), cite(WIKI)));
    }
}
