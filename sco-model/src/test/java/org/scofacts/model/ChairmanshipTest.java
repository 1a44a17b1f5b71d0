package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.CN;
import static org.scofacts.model.TestData.KZ;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.date;

import java.util.List;
import java.util.Optional;
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

    @Test
    void a_term_records_the_summit_its_chair_presided_over_in_another_state() {
        MeetingRef moscow2003 = MeetingRef.of("chs-3");
        Chairmanship kazakhstan = new Chairmanship(ID, KZ, TERM, cite(WIKI), Optional.of(moscow2003));

        assertThat(kazakhstan.summitHostedElsewhere()).contains(moscow2003);
        assertThat(kazakhstan(cite(WIKI)).summitHostedElsewhere()).isEmpty();
        assertThat(kazakhstan).isNotEqualTo(kazakhstan(cite(WIKI)));
    }

    @Test
    void a_null_summit_hosted_elsewhere_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> new Chairmanship(ID, KZ, TERM, cite(WIKI), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("summitHostedElsewhere");
    }
}
