package org.scofacts.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Council;
import org.scofacts.model.Meeting;

/** A dataset's meetings by council, and each council's numbered meetings by ordinal. */
final class MeetingIndex {

    private final List<Meeting> all;
    private final List<List<Meeting>> meetingsByCouncil = new ArrayList<>();
    private final Meeting[][] meetingsByOrdinal = new Meeting[Council.values().length][];

    MeetingIndex(List<Meeting> meetings) {
        this.all = meetings;
        indexMeetings();
    }

    private void indexMeetings() {
        for (Council council : Council.values()) {
            List<Meeting> meetings = new ArrayList<>();
            int highest = 0;
            for (Meeting m : all) {
                if (m.council() == council) {
                    meetings.add(m);
                    highest = Math.max(highest, m.ordinal().orElse(0));
                }
            }
            Meeting[] byOrdinal = new Meeting[highest + 1];
            for (Meeting m : meetings) {
                if (m.ordinal().isPresent()) {
                    byOrdinal[m.ordinal().get()] = m;
                }
            }
            meetingsByCouncil.add(List.copyOf(meetings));
            meetingsByOrdinal[council.ordinal()] = byOrdinal;
        }
    }

    /** A council's meetings in order, or every meeting when the council is null. */
    List<Meeting> meetings(Council council) {
        return council == null ? all : meetingsByCouncil.get(council.ordinal());
    }

    Optional<Meeting> meeting(Council council, int ordinal) {
        Meeting[] byOrdinal = meetingsByOrdinal[council.ordinal()];
        return ordinal < byOrdinal.length ? Optional.ofNullable(byOrdinal[ordinal]) : Optional.empty();
    }
}
