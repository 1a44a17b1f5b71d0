package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.ASTANA;
import static org.scofacts.model.TestData.CHS_24;
import static org.scofacts.model.TestData.KZ;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final LocalDate JULY_3 = date(2024, 7, 3);
    private static final LocalDate JULY_4 = date(2024, 7, 4);

    private static Meeting astana(List<Source> sources) {
        return new Meeting(CHS_24, Council.HEADS_OF_STATE, Optional.of(24), JULY_3, JULY_4, ASTANA,
                MeetingFormat.IN_PERSON, sources);
    }

    private static Meeting withOrdinal(Optional<Integer> ordinal) {
        return new Meeting(CHS_24, Council.HEADS_OF_STATE, ordinal, JULY_3, JULY_4, ASTANA, MeetingFormat.IN_PERSON,
                cite(WIKI));
    }

    @Test
    void constructor_keeps_its_components() {
        Meeting m = astana(cite(WIKI));

        assertThat(m.id()).isEqualTo(CHS_24);
        assertThat(m.council()).isEqualTo(Council.HEADS_OF_STATE);
        assertThat(m.ordinal()).contains(24);
        assertThat(m.firstDay()).isEqualTo(JULY_3);
        assertThat(m.lastDay()).isEqualTo(JULY_4);
        assertThat(m.place()).isEqualTo(ASTANA);
        assertThat(m.format()).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(m.sources()).containsExactly(WIKI);
    }

    @Test
    void host_dates_and_year_derive_from_place_and_days() {
        Meeting m = astana(cite(WIKI));

        assertThat(m.host()).isEqualTo(KZ);
        assertThat(m.dates()).isEqualTo(DateRange.of(JULY_3, date(2024, 7, 5)));
        assertThat(m.dates().contains(JULY_4)).isTrue();
        assertThat(m.year()).isEqualTo(2024);
    }

    @Test
    void a_one_day_meeting_lasts_one_day() {
        Meeting m = new Meeting(CHS_24, Council.FOREIGN_MINISTERS, Optional.empty(), JULY_3, JULY_3, ASTANA,
                MeetingFormat.VIRTUAL, cite(WIKI));

        assertThat(m.ordinal()).isEmpty();
        assertThat(m.dates()).isEqualTo(DateRange.from(PartialDate.of(JULY_3)));
    }

    @Test
    void constructor_rejects_ordinal_0() {
        assertThatThrownBy(() -> withOrdinal(Optional.of(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordinal of meeting chs-24")
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> withOrdinal(Optional.of(-3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordinal")
                .hasMessageContaining("-3");
        assertThat(withOrdinal(Optional.of(1)).ordinal()).contains(1);
    }

    @Test
    void constructor_rejects_a_last_day_before_the_first() {
        assertThatThrownBy(() -> new Meeting(CHS_24, Council.HEADS_OF_STATE, Optional.of(24), JULY_4, JULY_3, ASTANA,
                MeetingFormat.IN_PERSON, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lastDay 2024-07-03")
                .hasMessageContaining("firstDay 2024-07-04")
                .hasMessageContaining("chs-24");
    }

    @Test
    void constructor_rejects_nulls() {
        Optional<Integer> n = Optional.of(24);
        MeetingFormat f = MeetingFormat.IN_PERSON;
        Council c = Council.HEADS_OF_STATE;
        assertThatThrownBy(() -> new Meeting(null, c, n, JULY_3, JULY_4, ASTANA, f, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Meeting(CHS_24, null, n, JULY_3, JULY_4, ASTANA, f, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("council");
        assertThatThrownBy(() -> new Meeting(CHS_24, c, null, JULY_3, JULY_4, ASTANA, f, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ordinal");
        assertThatThrownBy(() -> new Meeting(CHS_24, c, n, null, JULY_4, ASTANA, f, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("firstDay");
        assertThatThrownBy(() -> new Meeting(CHS_24, c, n, JULY_3, null, ASTANA, f, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lastDay");
        assertThatThrownBy(() -> new Meeting(CHS_24, c, n, JULY_3, JULY_4, null, f, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("place");
        assertThatThrownBy(() -> new Meeting(CHS_24, c, n, JULY_3, JULY_4, ASTANA, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("format");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked("chs-24", MeetingTest::astana);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(astana(cite(WIKI))).isEqualTo(astana(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(astana(cite(WIKI)));
        assertThat(astana(cite(WIKI))).isNotEqualTo(withOrdinal(Optional.empty()))
                .isNotEqualTo(withOrdinal(Optional.of(23)));
    }
}
