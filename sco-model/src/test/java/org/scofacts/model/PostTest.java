package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostTest {

    @Test
    void secretary_general_is_part_of_the_contract() {
        assertThat(Post.valueOf("SECRETARY_GENERAL")).isSameAs(Post.SECRETARY_GENERAL);
    }

    @Test
    void title_is_the_english_title() {
        assertThat(Post.SECRETARY_GENERAL.title()).isEqualTo("Secretary-General of the SCO");
        assertThat(Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR.title())
                .isEqualTo("Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure");
    }
}
