package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrincipleKindTest {

    @Test
    void constants_are_stable() {
        // Stored and looked up by name: renaming, removing or reordering one is a breaking change.
        assertThat(PrincipleKind.values()).extracting(Enum::name).containsExactly("SHANGHAI_SPIRIT_VALUE",
                "THREE_EVILS", "WORKING_LANGUAGE", "CHARTER_GOAL");
    }
}
