package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled dataset; the validation rules are tested on hand-made datasets in ScoDatasetValidationTest. */
class ScoDatasetTest {

    @Test
    void bundled_loads_and_survives_a_round_trip_through_to_builder() {
        ScoDataset bundled = ScoDataset.bundled();

        assertThat(bundled).isSameAs(ScoDataset.bundled());
        assertThat(bundled.version()).isEqualTo(BundledDataset.VERSION);
        assertThat(bundled.checkedThrough()).isEqualTo(BundledDataset.CHECKED_THROUGH);
        assertThat(bundled.facts()).isNotEmpty();
        assertThat(bundled.toBuilder().build()).isEqualTo(bundled).hasSameHashCodeAs(bundled);
    }
}
