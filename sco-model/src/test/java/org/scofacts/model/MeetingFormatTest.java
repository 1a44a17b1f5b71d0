package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingFormatTest {

    @Test
    void constants_are_stable() {
        // How participants attended are stored and looked up by name (data tables, exports, the demo's database);
        // renaming, removing or reordering one is a breaking change: update this list on purpose.
        assertThat(MeetingFormat.values()).extracting(Enum::name)
                .containsExactly("IN_PERSON", "VIRTUAL", "HYBRID");
    }
}
