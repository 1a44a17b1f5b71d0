package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.SHANGHAI;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.day;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    private static final FactId ID = FactId.of("partnership.cica.2014");
    private static final PartnershipKind K = PartnershipKind.MEMORANDUM_OF_UNDERSTANDING;
    private static final String ORG = "CICA Secretariat";
    private static final String TITLE = "Memorandum of understanding between the secretariats";
    private static final PartialDate MAY_20 = day(2014, 5, 20);

    private static Partnership cica(List<Source> sources) {
        return new Partnership(ID, ORG, K, TITLE, MAY_20, Optional.of(SHANGHAI), sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Partnership p = cica(cite(WIKI));

        assertThat(p.id()).isEqualTo(ID);
        assertThat(p.organisation()).isEqualTo("CICA Secretariat");
        assertThat(p.kind()).isEqualTo(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(p.title()).isEqualTo(TITLE);
        assertThat(p.date()).isEqualTo(MAY_20);
        assertThat(p.place()).contains(SHANGHAI);
        assertThat(p.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_rejects_a_blank_organisation_or_title_naming_the_field_and_value() {
        assertThatThrownBy(() -> new Partnership(ID, " ", K, TITLE, MAY_20, Optional.empty(), cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation").hasMessageContaining("\" \"");
        assertThatThrownBy(() -> new Partnership(ID, ORG, K, "", MAY_20, Optional.empty(), cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title").hasMessageContaining("\"\"");
    }

    @Test
    void constructor_rejects_nulls_naming_the_field() {
        Optional<Place> p = Optional.empty();
        assertThatThrownBy(() -> new Partnership(null, ORG, K, TITLE, MAY_20, p, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Partnership(ID, null, K, TITLE, MAY_20, p, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("organisation");
        assertThatThrownBy(() -> new Partnership(ID, ORG, null, TITLE, MAY_20, p, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Partnership(ID, ORG, K, null, MAY_20, p, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new Partnership(ID, ORG, K, TITLE, null, p, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> new Partnership(ID, ORG, K, TITLE, MAY_20, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("place");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), PartnershipTest::cica);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(cica(cite(WIKI))).isEqualTo(cica(TestData.mutable(WIKI))).hasSameHashCodeAs(cica(cite(WIKI)))
                .isNotEqualTo(new Partnership(ID, ORG, K, TITLE, MAY_20, Optional.empty(), cite(WIKI)));
    }
}
