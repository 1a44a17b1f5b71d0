package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyTest {

    private static final FactId ID = FactId.of("body.secretariat");
    private static final Optional<Place> BEIJING = Optional.of(Place.of("Beijing", TestData.CN));
    private static final Optional<PartialDate> OPENED = Optional.of(PartialDate.ofYear(2004));

    private static Body secretariat(List<Source> sources) {
        return new Body(ID, "SCO Secretariat", BodyKind.PERMANENT_BODY, BEIJING, OPENED, sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Body b = secretariat(cite(WIKI));

        assertThat(b.id()).isEqualTo(ID);
        assertThat(b.name()).isEqualTo("SCO Secretariat");
        assertThat(b.kind()).isEqualTo(BodyKind.PERMANENT_BODY);
        assertThat(b.seat()).isEqualTo(BEIJING);
        assertThat(b.established()).isEqualTo(OPENED);
        assertThat(b.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_accepts_a_body_without_seat_or_date() {
        Body b = new Body(ID, "Council of Heads of State", BodyKind.COUNCIL, Optional.empty(), Optional.empty(),
                cite(WIKI));

        assertThat(b.seat()).isEmpty();
        assertThat(b.established()).isEmpty();
    }

    @Test
    void constructor_rejects_a_blank_name() {
        assertThatThrownBy(() -> new Body(ID, "", BodyKind.COUNCIL, BEIJING, OPENED, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name").hasMessageContaining("\"\"");
    }

    @Test
    void constructor_rejects_nulls() {
        BodyKind k = BodyKind.PERMANENT_BODY;
        assertThatThrownBy(() -> new Body(null, "Secretariat", k, BEIJING, OPENED, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Body(ID, null, k, BEIJING, OPENED, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new Body(ID, "Secretariat", null, BEIJING, OPENED, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Body(ID, "Secretariat", k, null, OPENED, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("seat");
        assertThatThrownBy(() -> new Body(ID, "Secretariat", k, BEIJING, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("established");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), BodyTest::secretariat);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(secretariat(cite(WIKI))).isEqualTo(secretariat(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(secretariat(cite(WIKI)))
                .isNotEqualTo(new Body(ID, "SCO Secretariat", BodyKind.PERMANENT_BODY, Optional.empty(), OPENED,
                        cite(WIKI)));
    }
}
