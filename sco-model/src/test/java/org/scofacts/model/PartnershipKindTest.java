package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnershipKindTest {

    @Test
    void constants_are_stable() {
        // Stored and looked up by name: renaming, removing or reordering one is a breaking change.
        assertThat(PartnershipKind.values()).extracting(Enum::name).containsExactly("MEMORANDUM_OF_UNDERSTANDING",
                "JOINT_DECLARATION", "UN_GENERAL_ASSEMBLY_RESOLUTION", "OBSERVER_STATUS");
    }
}
