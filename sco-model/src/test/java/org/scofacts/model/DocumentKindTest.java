package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void constants_are_stable() {
        // The kinds of document are stored and looked up by name (data tables, exports, the demo's database);
        // renaming, removing or reordering one is a breaking change: update this list on purpose.
        assertThat(DocumentKind.values()).extracting(Enum::name)
                .containsExactly("CHARTER", "DECLARATION", "CONVENTION", "TREATY", "AGREEMENT", "STRATEGY",
                        "PROGRAMME", "ACTION_PLAN", "STATEMENT", "INITIATIVE", "DECISION", "MEMORANDUM");
    }
}
