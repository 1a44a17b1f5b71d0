package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void constants_are_stable() {
        // The units are stored and looked up by name (data tables, exports, the demo's database);
        // renaming, removing or reordering one is a breaking change: update this list on purpose.
        assertThat(Unit.values()).extracting(Enum::name)
                .containsExactly("COUNT", "PEOPLE", "PERCENT", "US_DOLLARS", "YUAN", "SQUARE_KILOMETRES");
    }
}
