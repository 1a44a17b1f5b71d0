package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.ASTANA;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.date;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final FactId ID = FactId.of("exercise.peace-mission.2007");
    private static final DateRange AUGUST_2007 = DateRange.of(date(2007, 8, 9), date(2007, 8, 18));
    private static final Optional<Place> CHELYABINSK = Optional.of(Place.of("Chelyabinsk",
            Country.of("RU", "Russia", "Russian Federation")));

    private static Event peaceMission(List<Source> sources) {
        return new Event(ID, EventKind.EXERCISE, "Peace Mission 2007", AUGUST_2007, CHELYABINSK, sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Event e = peaceMission(cite(WIKI));

        assertThat(e.id()).isEqualTo(ID);
        assertThat(e.kind()).isEqualTo(EventKind.EXERCISE);
        assertThat(e.name()).isEqualTo("Peace Mission 2007");
        assertThat(e.period()).isEqualTo(AUGUST_2007);
        assertThat(e.place()).isEqualTo(CHELYABINSK);
        assertThat(e.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_rejects_a_blank_name() {
        assertThatThrownBy(() -> new Event(ID, EventKind.FORUM, "\n", AUGUST_2007, Optional.empty(), cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name").hasMessageContaining("\"\n\"");
    }

    @Test
    void constructor_rejects_nulls() {
        EventKind k = EventKind.EXERCISE;
        assertThatThrownBy(() -> new Event(null, k, "Peace Mission", AUGUST_2007, CHELYABINSK, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Event(ID, null, "Peace Mission", AUGUST_2007, CHELYABINSK, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Event(ID, k, null, AUGUST_2007, CHELYABINSK, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new Event(ID, k, "Peace Mission", null, CHELYABINSK, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> new Event(ID, k, "Peace Mission", AUGUST_2007, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("place");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), EventTest::peaceMission);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(peaceMission(cite(WIKI))).isEqualTo(peaceMission(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(peaceMission(cite(WIKI)))
                .isNotEqualTo(new Event(ID, EventKind.EXERCISE, "Peace Mission 2007", AUGUST_2007,
                        Optional.of(ASTANA), cite(WIKI)));
    }

    @Test
    void participants_are_kept_in_order_and_default_to_none() {
        Country china = Country.of("CN", "China", "People's Republic of China");
        Country russia = Country.of("RU", "Russia", "Russian Federation");
        Event drill = new Event(ID, EventKind.EXERCISE, "Peace Mission 2005", AUGUST_2007, CHELYABINSK, cite(WIKI),
                List.of(china, russia));

        assertThat(drill.participants()).containsExactly(china, russia);
        assertThat(peaceMission(cite(WIKI)).participants()).isEmpty();
    }

    @Test
    void participants_reject_a_state_listed_twice_naming_the_event_and_the_codes() {
        Country china = Country.of("CN", "China", "People's Republic of China");
        assertThatThrownBy(() -> new Event(ID, EventKind.EXERCISE, "Peace Mission", AUGUST_2007, CHELYABINSK,
                cite(WIKI), List.of(china, china)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participants of event exercise.peace-mission.2007 list a state twice: CN");
    }

    @Test
    void participants_reject_null_naming_the_field() {
        assertThatThrownBy(() -> new Event(ID, EventKind.EXERCISE, "Peace Mission", AUGUST_2007, CHELYABINSK,
                cite(WIKI), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("participants");
    }
}
