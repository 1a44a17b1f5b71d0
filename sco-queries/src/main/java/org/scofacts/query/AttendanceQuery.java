package org.scofacts.query;

import java.util.List;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Attendance;
import org.scofacts.model.AttendanceMode;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;

/**
 * Who led each delegation at the summits and the SCO Plus meetings. Start from {@link Sco#attendance()};
 * {@link Sco#delegationLeader(Country, int)} answers "who led state X's delegation at summit N" in one
 * call. Answers are in order of their meeting. A delegation whose leader no source names has no answer:
 * an empty answer means "not recorded", not "absent".
 *
 * @since 0.1.0
 */
public final class AttendanceQuery extends Query<AttendanceQuery, Attendance> {

    /** No meeting has this identifier: a summit the dataset does not record. */
    private static final FactId NO_MEETING = FactId.of("no-such-summit");

    record Criteria(String meetingStep, FactId meeting, Country country, String person, String personFolded,
                    AttendanceMode mode) implements Query.Scan<Attendance> {

        static final Criteria NONE = new Criteria(null, null, null, null, null, null);

        Criteria withMeeting(String step, FactId value) {
            return new Criteria(step, value, country, person, personFolded, mode);
        }
        Criteria withCountry(Country value) {
            return new Criteria(meetingStep, meeting, value, person, personFolded, mode);
        }
        Criteria withPerson(String value, String folded) {
            return new Criteria(meetingStep, meeting, country, value, folded, mode);
        }
        Criteria withMode(AttendanceMode value) {
            return new Criteria(meetingStep, meeting, country, person, personFolded, value);
        }

        @Override
        public List<Attendance> candidates(ScoIndex index) {
            return index.dataset().facts(FactFamily.ATTENDANCES);
        }

        @Override
        public boolean test(Attendance a) {
            return (meeting == null || a.meeting().id().equals(meeting))
                    && (country == null || a.country().filter(c -> c.alpha2().equals(country.alpha2())).isPresent())
                    && (personFolded == null || (" " + Text.fold(a.person()) + " ").contains(" " + personFolded + " "))
                    && (mode == null || a.mode() == mode);
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("attendance()");
            if (meetingStep != null) {
                question.append('.').append(meetingStep);
            }
            step(question, "of", country == null ? null : country.alpha2());
            quoted(question, "person", person);
            if (mode != null) {
                question.append(mode == AttendanceMode.VIDEO ? ".byVideo()" : ".inPerson()");
            }
        }
    }

    private AttendanceQuery(State<Attendance> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Delegations at the summit (Council of Heads of State) with this number; replaces any meeting given
     * before. A number the dataset does not record answers empty.
     *
     * @param summit the summit's number, 1 for the founding summit of 2001
     * @return a new query
     * @throws IllegalArgumentException if the number is less than 1
     */
    public AttendanceQuery atSummit(int summit) {
        Args.positive(summit, "summit");
        FactId id = NO_MEETING;
        for (Meeting m : state().index().dataset().meetings()) {
            if (m.council() == Council.HEADS_OF_STATE && m.ordinal().filter(n -> n == summit).isPresent()) {
                id = m.id();
            }
        }
        return with(criteria().withMeeting("atSummit(" + summit + ")", id));
    }

    /**
     * Delegations at a meeting, such as an SCO Plus meeting; replaces any meeting given before.
     *
     * @param meeting the meeting
     * @return a new query
     * @throws NullPointerException if the meeting is null
     */
    public AttendanceQuery at(Meeting meeting) {
        Args.nonNull(meeting, "meeting");
        return with(criteria().withMeeting("at(" + meeting.id() + ")", meeting.id()));
    }

    /**
     * The delegations of one state; replaces any state given before.
     *
     * @param country the state
     * @return a new query
     * @throws NullPointerException if the state is null
     */
    public AttendanceQuery of(Country country) {
        return with(criteria().withCountry(Args.nonNull(country, "country")));
    }

    /**
     * Delegations led by a person, by name or part of a name in whole words, ignoring case, accents and
     * punctuation, as {@link Sco#country(String)} reads names: {@code person("modi")} finds
     * "Narendra Modi" and "Shri Narendra Modi". Names are as the sources spell them, so a person may
     * appear under several spellings.
     *
     * @param name the name or part of it
     * @return a new query
     * @throws NullPointerException     if the name is null
     * @throws IllegalArgumentException if the name is blank or longer than 200 characters
     */
    public AttendanceQuery person(String name) {
        Args.nonBlank(name, "name");
        if (name.length() > CountryKeys.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Invalid name: " + name.length() + " characters, more than "
                    + CountryKeys.MAX_NAME_LENGTH + " (\"" + name.substring(0, 20) + "...\")");
        }
        String folded = Text.fold(name);
        if (folded.isBlank()) {
            throw new IllegalArgumentException("Invalid name: \"" + name + "\" has no letter or digit");
        }
        return with(criteria().withPerson(name, folded));
    }

    /**
     * Delegations whose leader was at the venue.
     *
     * @return a new query
     */
    public AttendanceQuery inPerson() {
        return with(criteria().withMode(AttendanceMode.IN_PERSON));
    }

    /**
     * Delegations whose leader took part by video link.
     *
     * @return a new query
     */
    public AttendanceQuery byVideo() {
        return with(criteria().withMode(AttendanceMode.VIDEO));
    }

    @Override
    AttendanceQuery newQuery(State<Attendance> state) {
        return new AttendanceQuery(state);
    }

    static AttendanceQuery start(ScoIndex index) {
        return new AttendanceQuery(State.start(index, Criteria.NONE));
    }
}
