package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.CN;
import static org.scofacts.model.TestData.KZ;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.date;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChairmanshipTest {

    private static final FactId ID = FactId.of("chair.kz.2023");
    private static final DateRange TERM = DateRange.of(date(2023, 7, 5), date(2024, 7, 5));

    private static Chairmanship kazakhstan(List<Source> sources) {
        return new Chairmanship(ID, KZ, TERM, sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Chairmanship c = kazakhstan(cite(WIKI));

        assertThat(c.id()).isEqualTo(ID);
        assertThat(c.presidingState()).isEqualTo(KZ);
        assertThat(c.term()).isEqualTo(TERM);
        assertThat(c.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_rejects_nulls() {
        assertThatThrownBy(() -> new Chairmanship(null, KZ, TERM, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Chairmanship(ID, null, TERM, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("presidingState");
        assertThatThrownBy(() -> new Chairmanship(ID, KZ, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("term");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), ChairmanshipTest::kazakhstan);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(kazakhstan(cite(WIKI))).isEqualTo(kazakhstan(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(kazakhstan(cite(WIKI)))
                .isNotEqualTo(new Chairmanship(ID, CN, TERM, cite(WIKI)));
    }
}
