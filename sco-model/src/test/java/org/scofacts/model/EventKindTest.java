package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventKindTest {

    @Test
    void constants_are_stable() {
        // The kinds of event are stored and looked up by name (data tables, exports, the demo's database);
        // renaming, removing or reordering one is a breaking change: update this list on purpose.
        assertThat(EventKind.values()).extracting(Enum::name)
                .containsExactly("FORUM", "EXERCISE", "OPERATION", "CONSULTATION", "CONFERENCE", "MILESTONE");
    }
}
