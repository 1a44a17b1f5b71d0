package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.IN;
import static org.scofacts.model.TestData.KZ;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.day;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusPeriodTest {

    private static final FactId ID = FactId.of("status.in.member-state.2017");
    private static final DateRange SINCE_2017 = DateRange.ofOpenEnd(day(2017, 6, 9));
    private static final Optional<MeetingRef> CHS_17 = Optional.of(MeetingRef.of("chs-17"));

    private static StatusPeriod india(List<Source> sources) {
        return new StatusPeriod(ID, IN, Status.MEMBER_STATE, SINCE_2017, "admitted", CHS_17, sources);
    }

    @Test
    void constructor_keeps_its_components() {
        StatusPeriod p = india(cite(WIKI));

        assertThat(p.id()).isEqualTo(ID);
        assertThat(p.country()).isEqualTo(IN);
        assertThat(p.status()).isEqualTo(Status.MEMBER_STATE);
        assertThat(p.period()).isEqualTo(SINCE_2017);
        assertThat(p.grantedBy()).isEqualTo("admitted");
        assertThat(p.decidedAt()).isEqualTo(CHS_17);
        assertThat(p.sources()).containsExactly(WIKI);
        assertThat(p).isInstanceOf(Fact.class);
    }

    @Test
    void constructor_rejects_a_blank_grant() {
        assertThatThrownBy(() -> new StatusPeriod(ID, IN, Status.MEMBER_STATE, SINCE_2017, " ", CHS_17, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grantedBy").hasMessageContaining("\" \"");
    }

    @Test
    void constructor_rejects_nulls() {
        assertThatThrownBy(() -> new StatusPeriod(null, IN, Status.MEMBER_STATE, SINCE_2017, "a", CHS_17, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new StatusPeriod(ID, null, Status.MEMBER_STATE, SINCE_2017, "a", CHS_17, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> new StatusPeriod(ID, IN, null, SINCE_2017, "a", CHS_17, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> new StatusPeriod(ID, IN, Status.MEMBER_STATE, null, "a", CHS_17, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> new StatusPeriod(ID, IN, Status.MEMBER_STATE, SINCE_2017, null, CHS_17, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("grantedBy");
        assertThatThrownBy(() -> new StatusPeriod(ID, IN, Status.MEMBER_STATE, SINCE_2017, "a", null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("decidedAt");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), StatusPeriodTest::india);
    }

    @Test
    void equality_follows_every_component() {
        StatusPeriod p = india(cite(WIKI));

        assertThat(p).isEqualTo(india(TestData.mutable(WIKI))).hasSameHashCodeAs(india(cite(WIKI)));
        assertThat(p).isNotEqualTo(new StatusPeriod(ID, KZ, Status.MEMBER_STATE, SINCE_2017, "admitted", CHS_17,
                cite(WIKI)));
        assertThat(p).isNotEqualTo(new StatusPeriod(ID, IN, Status.MEMBER_STATE, SINCE_2017, "admitted",
                Optional.empty(), cite(WIKI)));
    }
}
