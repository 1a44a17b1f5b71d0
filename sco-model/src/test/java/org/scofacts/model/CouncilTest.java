package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CouncilTest {

    @Test
    void title_is_the_english_title() {
        assertThat(Council.HEADS_OF_STATE.title()).isEqualTo("Council of Heads of State");
        assertThat(Council.HEADS_OF_GOVERNMENT.title()).isEqualTo("Council of Heads of Government");
        assertThat(Council.FOREIGN_MINISTERS.title()).isEqualTo("Council of Ministers of Foreign Affairs");
        assertThat(Council.SCO_PLUS.title()).isEqualTo("SCO Plus meeting");
    }
}
