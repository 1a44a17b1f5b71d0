package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesignationKindTest {

    @Test
    void constants_are_stable() {
        // The kinds of designation are stored and looked up by name (data tables, exports, the demo's database);
        // renaming, removing or reordering one is a breaking change: update this list on purpose.
        assertThat(DesignationKind.values()).extracting(Enum::name)
                .containsExactly("THEMED_YEAR", "TOURISM_AND_CULTURAL_CAPITAL");
    }
}
