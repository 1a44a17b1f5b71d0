package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scofacts.model.FactId;

class InvalidDatasetExceptionTest {

    @Test
    void fact_id_names_the_fact_at_fault() {
        InvalidDatasetException e = new InvalidDatasetException(FactId.of("chs-4"), "fact chs-4: gap");

        assertThat(e.factId()).contains(FactId.of("chs-4"));
        assertThat(e).hasMessage("fact chs-4: gap").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fact_id_is_empty_for_a_dataset_wide_problem() {
        assertThat(new InvalidDatasetException(null, "version must be set").factId()).isEmpty();
    }
}
