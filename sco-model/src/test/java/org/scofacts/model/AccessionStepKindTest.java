package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessionStepKindTest {

    @Test
    void constants_are_stable_and_in_the_order_the_steps_are_taken() {
        // Stored and looked up by name (data tables, exports, the demo's database): renaming, removing or
        // reordering one is a breaking change: update this list on purpose.
        assertThat(AccessionStepKind.values()).extracting(Enum::name).containsExactly("APPLICATION",
                "PROCEDURE_LAUNCHED", "MEMORANDUM_ADOPTED", "MINUTES_OF_CONSULTATIONS", "MEMORANDUM_SIGNED",
                "RATIFICATION", "ADMISSION");
    }
}
