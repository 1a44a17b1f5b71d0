package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundTest {

    @Test
    void constants_are_stable() {
        // The bounds are stored and looked up by name (data tables, exports, the demo's database);
        // renaming, removing or reordering one is a breaking change: update this list on purpose.
        assertThat(Bound.values()).extracting(Enum::name)
                .containsExactly("EXACTLY", "ABOUT", "MORE_THAN", "AT_LEAST", "UP_TO");
    }
}
