package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.CN;
import static org.scofacts.model.TestData.KZ;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void of_keeps_city_and_country() {
        Place astana = Place.of("Astana", KZ);

        assertThat(astana.city()).isEqualTo("Astana");
        assertThat(astana.country()).isEqualTo(KZ);
        assertThat(astana).isEqualTo(new Place("Astana", KZ));
    }

    @Test
    void constructor_rejects_a_blank_city() {
        assertThatThrownBy(() -> new Place(" ", KZ))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("city").hasMessageContaining("\" \"");
        assertThatThrownBy(() -> new Place("Astana ", KZ))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("city").hasMessageContaining("\"Astana \"");
    }

    @Test
    void constructor_rejects_nulls() {
        assertThatThrownBy(() -> new Place(null, KZ))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("city");
        assertThatThrownBy(() -> new Place("Astana", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("country");
    }

    @Test
    void equals_and_hash_code_follow_city_and_country() {
        EqualsVerifier.forClass(Place.class)
                .withPrefabValues(Country.class, KZ, CN)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
