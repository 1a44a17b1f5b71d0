package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;

class ChangesBetweenTest {

    private static final Sco SCO = Sco.facts();
    private static final List<StatusChange> DECADE = SCO.changesBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 1));

    @Test
    void given_2015_to_2025_when_changes_then_iran_and_belarus_move_from_observer_to_member() {
        assertThat(DECADE).filteredOn(c -> c.country().alpha2().equals("IR")).singleElement().satisfies(c -> {
            assertThat(c.day()).isEqualTo(PartialDate.of(2023, 7, 4));
            assertThat(c.before()).contains(OBSERVER_STATE);
            assertThat(c.after()).contains(MEMBER_STATE);
            assertThat(c.isJoining()).isFalse();
            assertThat(c.sources()).isNotEmpty();
            assertThat(c).hasToString("Iran (IR): observer state -> member state on 2023-07-04");
        });
        assertThat(DECADE).filteredOn(c -> c.country().alpha2().equals("BY") && c.after().equals(Optional.of(MEMBER_STATE)))
                .singleElement().satisfies(c -> {
                    assertThat(c.day()).isEqualTo(PartialDate.of(2024, 7, 4));
                    assertThat(c.before()).contains(OBSERVER_STATE);
                });
    }

    @Test
    void given_2015_to_2025_when_changes_then_india_and_pakistan_become_members_at_astana_2017() {
        assertThat(DECADE).filteredOn(c -> c.day().equals(PartialDate.of(2017, 6, 9)) && c.after().equals(Optional.of(MEMBER_STATE)))
                .extracting(c -> c.country().alpha2()).containsExactly("IN", "PK");
        StatusChange india = DECADE.stream().filter(c -> c.country().alpha2().equals("IN")
                && c.after().equals(Optional.of(MEMBER_STATE))).findFirst().orElseThrow();
        assertThat(india.decidedAt()).isEqualTo(SCO.statusPeriods().country(SCO.country("IN"))
                .withStatus(MEMBER_STATE).only().decidedAt());
    }

    @Test
    void given_a_range_when_changes_then_in_date_order_and_every_day_inside_the_range() {
        assertThat(DECADE).isNotEmpty().isSortedAccordingTo(Comparator.comparing(c -> c.day().firstDay()));
        assertThat(DECADE).allSatisfy(c -> assertThat(c.day().firstDay())
                .isAfterOrEqualTo(LocalDate.of(2015, 1, 1)).isBefore(LocalDate.of(2025, 1, 1)));
        assertThat(SCO.changesBetween(LocalDate.of(2023, 7, 4), LocalDate.of(2023, 7, 5)))
                .extracting(c -> c.country().alpha2()).contains("IR").doesNotContain("BY");
        assertThat(SCO.changesBetween(LocalDate.of(2023, 7, 5), LocalDate.of(2023, 7, 5))).isEmpty();
    }

    @Test
    void given_the_founding_day_when_changes_then_the_six_founders_join_from_no_status() {
        List<StatusChange> founding = SCO.changesBetween(LocalDate.of(2001, 6, 15), LocalDate.of(2001, 6, 16));

        assertThat(founding).extracting(c -> c.country().alpha2())
                .containsExactly("CN", "KG", "KZ", "RU", "TJ", "UZ");
        assertThat(founding).allSatisfy(c -> {
            assertThat(c.isJoining()).isTrue();
            assertThat(c.after()).contains(MEMBER_STATE);
        });
    }

    @Test
    void given_every_change_when_replayed_then_before_and_after_agree_with_status_of() {
        for (StatusChange c : SCO.changesBetween(LocalDate.of(2001, 1, 1), LocalDate.of(2027, 1, 1))) {
            LocalDate day = c.day().firstDay();
            assertThat(SCO.statusOf(c.country(), day)).as("after %s", c).isEqualTo(c.after());
            assertThat(SCO.statusOf(c.country(), day.minusDays(1))).as("before %s", c).isEqualTo(c.before());
        }
    }

    @Test
    void given_a_reversed_or_null_range_when_changes_then_the_message_names_the_days() {
        assertThatThrownBy(() -> SCO.changesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2015, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2015-01-01").hasMessageContaining("2025-01-01");
        assertThatThrownBy(() -> SCO.changesBetween(null, LocalDate.of(2015, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("fromInclusive");
    }

    @Test
    void given_equal_statuses_when_a_change_is_built_then_it_is_refused_naming_them() {
        assertThatThrownBy(() -> new StatusChange(SCO.country("IN"), PartialDate.of(2017, 6, 9), Optional.of(MEMBER_STATE),
                Optional.of(MEMBER_STATE), Optional.of(MeetingRef.of("chs-17")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before").hasMessageContaining("MEMBER_STATE").hasMessageContaining("IN");
        assertThatThrownBy(() -> new StatusChange(SCO.country("IN"), null, Optional.empty(), Optional.of(MEMBER_STATE),
                Optional.empty(), List.of())).isInstanceOf(NullPointerException.class).hasMessageContaining("day");
    }
}
