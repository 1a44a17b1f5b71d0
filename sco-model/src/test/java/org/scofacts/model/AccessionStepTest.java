package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.ASTANA;
import static org.scofacts.model.TestData.IN;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.day;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessionStepTest {

    private static final FactId ID = FactId.of("accession.in.admission");
    private static final MeetingRef CHS_17 = MeetingRef.of("chs-17");
    private static final Status M = Status.MEMBER_STATE;
    private static final AccessionStepKind K = AccessionStepKind.ADMISSION;
    private static final PartialDate JUNE_9 = day(2017, 6, 9);

    private static AccessionStep admission(List<Source> sources) {
        return new AccessionStep(ID, IN, M, K, JUNE_9, Optional.of(ASTANA), Optional.of(CHS_17), sources);
    }

    @Test
    void constructor_keeps_its_components() {
        AccessionStep s = admission(cite(WIKI));

        assertThat(s.id()).isEqualTo(ID);
        assertThat(s.country()).isEqualTo(IN);
        assertThat(s.statusSought()).isEqualTo(Status.MEMBER_STATE);
        assertThat(s.kind()).isEqualTo(AccessionStepKind.ADMISSION);
        assertThat(s.date()).isEqualTo(JUNE_9);
        assertThat(s.place()).contains(ASTANA);
        assertThat(s.meeting()).contains(CHS_17);
        assertThat(s.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_rejects_nulls_naming_the_field() {
        Optional<Place> p = Optional.empty();
        Optional<MeetingRef> m = Optional.empty();
        assertThatThrownBy(() -> new AccessionStep(null, IN, M, K, JUNE_9, p, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new AccessionStep(ID, null, M, K, JUNE_9, p, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> new AccessionStep(ID, IN, null, K, JUNE_9, p, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("statusSought");
        assertThatThrownBy(() -> new AccessionStep(ID, IN, M, null, JUNE_9, p, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new AccessionStep(ID, IN, M, K, null, p, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> new AccessionStep(ID, IN, M, K, JUNE_9, null, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("place");
        assertThatThrownBy(() -> new AccessionStep(ID, IN, M, K, JUNE_9, p, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("meeting");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), AccessionStepTest::admission);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(admission(cite(WIKI))).isEqualTo(admission(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(admission(cite(WIKI)))
                .isNotEqualTo(new AccessionStep(ID, IN, M, K, JUNE_9, Optional.of(ASTANA), Optional.empty(),
                        cite(WIKI)));
    }
}
