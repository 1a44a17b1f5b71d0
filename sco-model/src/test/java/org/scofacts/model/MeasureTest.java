package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void constants_are_stable() {
        // Stored and looked up by name (data tables, exports, the demo's database): renaming, removing or
        // reordering one is a breaking change; update this list on purpose.
        assertThat(Measure.values()).extracting(Enum::name).containsExactly("MEMBER_COUNT", "OBSERVER_COUNT",
                "DIALOGUE_PARTNER_COUNT", "PARTNER_COUNT", "FAMILY_COUNT", "POPULATION", "POPULATION_SHARE",
                "LAND_SHARE", "GDP", "TRADE", "TRADE_TARGET", "GROWTH_RATE", "LOANS", "VACCINE_DOSES",
                "TRAINING_PLACES");
    }
}
