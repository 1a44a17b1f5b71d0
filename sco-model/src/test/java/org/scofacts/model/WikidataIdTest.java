package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WikidataIdTest {

    @Test
    void of_keeps_the_identifier_and_prints_it_back() {
        WikidataId china = WikidataId.of("Q148");
        assertThat(china.value()).isEqualTo("Q148");
        assertThat(china).hasToString("Q148").isEqualTo(new WikidataId("Q148"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Q", "Q0", "Q012", "q148", "P31", "Q14 8", "148"})
    void constructor_rejects_text_that_is_not_an_item_id(String bad) {
        assertThatThrownBy(() -> new WikidataId(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid wikidataId: \"" + bad + "\" (expected Q and a positive number, e.g. Q148)");
    }

    @Test
    void constructor_rejects_null_naming_the_field() {
        assertThatThrownBy(() -> new WikidataId(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("wikidataId must not be null");
    }
}
