package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Attendance;
import org.scofacts.model.AttendanceCapacity;
import org.scofacts.model.Council;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/** The attendance table against the rest of the bundled dataset. */
class AttendancesTest {

    private static final ScoDataset BUNDLED = ScoDataset.bundled();
    private static final Map<FactId, Meeting> MEETINGS = BUNDLED.facts(FactFamily.MEETINGS).stream()
            .collect(Collectors.toMap(Meeting::id, Function.identity()));

    @Test
    void no_delegation_is_recorded_twice_at_one_meeting() {
        Map<String, Long> rowsPerDelegation = BUNDLED.facts(FactFamily.ATTENDANCES).stream()
                .collect(Collectors.groupingBy(a -> a.meeting().id().value() + " "
                        + a.country().map(c -> c.alpha2()).or(a::organisation).orElseThrow(), Collectors.counting()));

        assertThat(rowsPerDelegation).isNotEmpty().allSatisfy((delegation, rows) ->
                assertThat(rows).as(delegation).isEqualTo(1L));
    }

    @Test
    void every_attendance_is_at_a_summit_or_an_sco_plus_meeting_and_carries_its_first_day() {
        for (Attendance a : BUNDLED.facts(FactFamily.ATTENDANCES)) {
            Meeting m = MEETINGS.get(a.meeting().id());
            assertThat(m.council()).as(a.id().value()).isIn(Council.HEADS_OF_STATE, Council.SCO_PLUS);
            assertThat(a.day()).as(a.id().value()).isEqualTo(m.firstDay());
        }
    }

    @Test
    void every_member_delegation_at_a_summit_is_of_a_state_that_was_a_member_by_its_last_day() {
        for (Attendance a : BUNDLED.facts(FactFamily.ATTENDANCES)) {
            if (a.capacity() != AttendanceCapacity.MEMBER) {
                continue;
            }
            Meeting m = MEETINGS.get(a.meeting().id());
            boolean member = BUNDLED.facts(FactFamily.STATUS_PERIODS).stream()
                    .filter(p -> p.country().equals(a.country().orElseThrow()))
                    .filter(p -> p.status() == Status.MEMBER_STATE)
                    .map(StatusPeriod::period)
                    .anyMatch(p -> p.possiblyContains(m.lastDay()));
            assertThat(member).as("%s: a member on %s", a.id(), m.lastDay()).isTrue();
        }
    }
}
