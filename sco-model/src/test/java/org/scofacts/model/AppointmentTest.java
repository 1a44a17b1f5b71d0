package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.CN;
import static org.scofacts.model.TestData.KZ;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.date;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final FactId ID = FactId.of("sg.zhang-ming");
    private static final DateRange TERM = DateRange.of(date(2022, 1, 1), date(2025, 1, 1));

    private static Appointment zhangMing(List<Source> sources) {
        return new Appointment(ID, Post.SECRETARY_GENERAL, "Zhang Ming", CN, TERM, sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Appointment a = zhangMing(cite(WIKI));

        assertThat(a.id()).isEqualTo(ID);
        assertThat(a.post()).isEqualTo(Post.SECRETARY_GENERAL);
        assertThat(a.holder()).isEqualTo("Zhang Ming");
        assertThat(a.nominatedBy()).contains(CN);
        assertThat(a.term()).isEqualTo(TERM);
        assertThat(a.sources()).containsExactly(WIKI);
    }

    @Test
    void is_serving_on_follows_the_half_open_term() {
        Appointment a = zhangMing(cite(WIKI));

        assertThat(a.isServingOn(date(2021, 12, 31))).isFalse();
        assertThat(a.isServingOn(date(2022, 1, 1))).isTrue();
        assertThat(a.isServingOn(date(2024, 12, 31))).isTrue();
        assertThat(a.isServingOn(date(2025, 1, 1))).isFalse();
        assertThatThrownBy(() -> a.isServingOn(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
    }

    @Test
    void constructor_rejects_a_blank_holder() {
        assertThatThrownBy(() -> new Appointment(ID, Post.SECRETARY_GENERAL, " ", CN, TERM, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holder").hasMessageContaining("\" \"");
    }

    @Test
    void constructor_rejects_nulls() {
        Post sg = Post.SECRETARY_GENERAL;
        assertThatThrownBy(() -> new Appointment(null, sg, "Zhang Ming", CN, TERM, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Appointment(ID, null, "Zhang Ming", CN, TERM, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("post");
        assertThatThrownBy(() -> new Appointment(ID, sg, null, CN, TERM, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("holder");
        assertThatThrownBy(() -> new Appointment(ID, sg, "Zhang Ming", null, TERM, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("nominatedBy");
        assertThatThrownBy(() -> new Appointment(ID, sg, "Zhang Ming", CN, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("term");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), AppointmentTest::zhangMing);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(zhangMing(cite(WIKI))).isEqualTo(zhangMing(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(zhangMing(cite(WIKI)))
                .isNotEqualTo(new Appointment(ID, Post.SECRETARY_GENERAL, "Zhang Ming", KZ, TERM, cite(WIKI)));
    }

    @Test
    void the_nominating_state_may_be_unknown() {
        Appointment kasymov = new Appointment(FactId.of("rats-kasymov"), Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR,
                "Vyacheslav Kasymov", Optional.empty(), TERM, cite(WIKI), Optional.empty());

        assertThat(kasymov.nominatedBy()).isEmpty();
        assertThatThrownBy(() -> new Appointment(ID, Post.SECRETARY_GENERAL, "Zhang Ming", (Optional<Country>) null,
                TERM, cite(WIKI), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("nominatedBy");
    }
}
