package org.scofacts.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who led a state's or an international organisation's delegation at a council meeting, in what office,
 * and whether in person or by video: one delegation at one meeting, as the sources name it.
 *
 * @param id               the stable identifier
 * @param meeting          the meeting attended
 * @param day              the meeting's first day, which orders attendances by time
 * @param capacity         in what capacity the delegation attended
 * @param country          the state, for a state's delegation; empty for an organisation's
 * @param organisation     the organisation's name, such as {@code UN}, for an organisation's delegation;
 *                         empty for a state's
 * @param person           who led the delegation, spelled as the first source spells the name
 * @param office           the office the person held then, as the sources give it, such as {@code prime minister}
 * @param level            the rank of that office: head of state (an acting president included), head of
 *                         government or other
 * @param mode             in person or by video
 * @param personWikidataId the Wikidata item of the person, where one was checked; empty otherwise
 * @param sources          the sources that back the fact
 * @since 0.1.0
 */
public record Attendance(FactId id, MeetingRef meeting, LocalDate day, AttendanceCapacity capacity,
                         Optional<Country> country,
                         Optional<String> organisation, String person, String office, DelegationLevel level,
                         AttendanceMode mode, Optional<WikidataId> personWikidataId, List<Source> sources)
        implements Fact {

    /**
     * Validates the attendance.
     *
     * @param id see {@link #id()}
     * @param meeting see {@link #meeting()}
     * @param day see {@link #day()}
     * @param capacity see {@link #capacity()}
     * @param country see {@link #country()}
     * @param organisation see {@link #organisation()}
     * @param person see {@link #person()}
     * @param office see {@link #office()}
     * @param level see {@link #level()}
     * @param mode see {@link #mode()}
     * @param personWikidataId see {@link #personWikidataId()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the person, the office or the organisation's name is blank, if
     *                                  not exactly one of the country and the organisation is given, if
     *                                  the capacity is not {@link AttendanceCapacity#ORGANISATION} exactly
     *                                  when an organisation attended, if an organisation's official is
     *                                  ranked as a head of state or government, or if no source is cited
     */
    public Attendance {
        Checks.nonNull(id, "id");
        Checks.nonNull(meeting, "meeting");
        Checks.nonNull(day, "day");
        Checks.nonNull(capacity, "capacity");
        Checks.optional(country, "country");
        Checks.optional(organisation, "organisation");
        Checks.nonBlank(person, "person");
        Checks.nonBlank(office, "office");
        Checks.nonNull(level, "level");
        Checks.nonNull(mode, "mode");
        Checks.optional(personWikidataId, "personWikidataId");
        sources = Checks.sources(sources, id.value());
        organisation.ifPresent(name -> Checks.nonBlank(name, "organisation"));
        if (country.isPresent() == organisation.isPresent()) {
            throw new IllegalArgumentException("attendance " + id + " must name either a country or an organisation,"
                    + " not " + (country.isPresent() ? "both: " + country.get().alpha2() + " and "
                    + organisation.get() : "neither"));
        }
        if (organisation.isPresent() != (capacity == AttendanceCapacity.ORGANISATION)) {
            throw new IllegalArgumentException("attendance " + id + " has capacity " + capacity + " for "
                    + country.map(Country::alpha2).orElse(organisation.orElse("")) + ": ORGANISATION is for"
                    + " organisations and only for them");
        }
        if (organisation.isPresent() && level != DelegationLevel.OTHER) {
            throw new IllegalArgumentException("attendance " + id + " ranks an official of " + organisation.get()
                    + " as " + level + ": an organisation's official is OTHER");
        }
    }

    /**
     * The state's short name or the organisation's name.
     *
     * @return the name of whoever sent the delegation, such as {@code India} or {@code UN}
     */
    public String participant() {
        return country.map(Country::shortName).orElseGet(organisation::orElseThrow);
    }

    /**
     * The person, the office, the participant, how and where:
     * {@code Narendra Modi, prime minister of India (IN), by video at the 20th summit}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return person + ", " + office + " of " + country.map(Country::toString).orElseGet(organisation::orElseThrow)
                + (mode == AttendanceMode.VIDEO ? ", by video at " : ", in person at ") + meetingName();
    }

    /** The 20th summit for {@code chs-20}; other meetings by their identifier. */
    private String meetingName() {
        String ref = meeting.id().value();
        String summitPrefix = "chs-";
        if (ref.startsWith(summitPrefix) && ref.length() > summitPrefix.length()
                && ref.chars().skip(summitPrefix.length()).allMatch(Character::isDigit)) {
            int n = Integer.parseInt(ref.substring(summitPrefix.length()));
            String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                    : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
            return "the " + n + suffix + " summit";
        }
        return "meeting " + ref;
    }

    /**
     * When the fact starts: the meeting's first day.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(PartialDate.of(day));
    }
}
