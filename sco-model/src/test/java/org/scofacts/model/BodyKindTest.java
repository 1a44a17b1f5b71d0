package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyKindTest {

    @Test
    void constants_are_stable() {
        // The kinds of body are stored and looked up by name (data tables, exports, the demo's database);
        // renaming, removing or reordering one is a breaking change: update this list on purpose.
        assertThat(BodyKind.values()).extracting(Enum::name)
                .containsExactly("COUNCIL", "PERMANENT_BODY", "NON_GOVERNMENTAL_STRUCTURE");
    }
}
