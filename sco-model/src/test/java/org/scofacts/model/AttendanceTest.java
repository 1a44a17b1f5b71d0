package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.AttendanceCapacity.GUEST;
import static org.scofacts.model.AttendanceCapacity.MEMBER;
import static org.scofacts.model.AttendanceCapacity.ORGANISATION;
import static org.scofacts.model.AttendanceMode.IN_PERSON;
import static org.scofacts.model.AttendanceMode.VIDEO;
import static org.scofacts.model.DelegationLevel.HEAD_OF_GOVERNMENT;
import static org.scofacts.model.DelegationLevel.HEAD_OF_STATE;
import static org.scofacts.model.DelegationLevel.OTHER;
import static org.scofacts.model.TestData.IN;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static final FactId ID = FactId.of("attendance.chs-20.in");
    private static final MeetingRef CHS_20 = MeetingRef.of("chs-20");
    private static final LocalDate NOV_10 = date(2020, 11, 10);
    private static final Optional<Country> INDIA = Optional.of(IN);
    private static final Optional<String> NO_ORG = Optional.empty();
    private static final Optional<WikidataId> NO_QID = Optional.empty();

    private static Attendance modi(List<Source> sources) {
        return new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, "Narendra Modi", "prime minister",
                HEAD_OF_GOVERNMENT, VIDEO, NO_QID, sources);
    }

    private static Attendance un(FactId id, MeetingRef meeting, AttendanceMode mode) {
        return new Attendance(id, meeting, date(2025, 9, 1), ORGANISATION, Optional.empty(), Optional.of("UN"),
                "António Guterres", "secretary-general", OTHER, mode, NO_QID, cite(WIKI));
    }

    @Test
    void constructor_keeps_its_components() {
        Attendance a = modi(cite(WIKI));

        assertThat(a.id()).isEqualTo(ID);
        assertThat(a.meeting()).isEqualTo(CHS_20);
        assertThat(a.day()).isEqualTo(NOV_10);
        assertThat(a.capacity()).isEqualTo(MEMBER);
        assertThat(a.country()).contains(IN);
        assertThat(a.organisation()).isEmpty();
        assertThat(a.person()).isEqualTo("Narendra Modi");
        assertThat(a.office()).isEqualTo("prime minister");
        assertThat(a.level()).isEqualTo(HEAD_OF_GOVERNMENT);
        assertThat(a.mode()).isEqualTo(VIDEO);
        assertThat(a.personWikidataId()).isEmpty();
        assertThat(a.sources()).containsExactly(WIKI);
        assertThat(a.participant()).isEqualTo("India");
        assertThat(a.start()).contains(PartialDate.of(2020, 11, 10));
    }

    @Test
    void prints_the_person_the_office_the_participant_and_how_they_took_part() {
        assertThat(modi(cite(WIKI)))
                .hasToString("Narendra Modi, prime minister of India (IN), by video at the 20th summit");
        assertThat(un(FactId.of("attendance.sco-plus-2025.un"), MeetingRef.of("sco-plus-2025"), IN_PERSON))
                .hasToString("António Guterres, secretary-general of UN, in person at meeting sco-plus-2025");
        assertThat(un(FactId.of("attendance.chs-1.un"), MeetingRef.of("chs-1"), IN_PERSON).toString())
                .endsWith("at the 1st summit");
        assertThat(un(FactId.of("attendance.chs-12.un"), MeetingRef.of("chs-12"), IN_PERSON).toString())
                .endsWith("at the 12th summit");
        assertThat(un(FactId.of("attendance.chs-22.un"), MeetingRef.of("chs-22"), IN_PERSON).toString())
                .endsWith("at the 22nd summit");
        assertThat(un(FactId.of("attendance.chs-23.un"), MeetingRef.of("chs-23"), VIDEO).toString())
                .endsWith("by video at the 23rd summit");
    }

    @Test
    void constructor_rejects_nulls_naming_the_field() {
        List<Source> s = cite(WIKI);
        assertThatThrownBy(() -> new Attendance(null, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, s)).isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Attendance(ID, null, NOV_10, MEMBER, INDIA, NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, s)).hasMessageContaining("meeting");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, null, MEMBER, INDIA, NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, s)).hasMessageContaining("day");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, null, INDIA, NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, s)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, null, NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, s)).hasMessageContaining("country");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, null, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, s)).hasMessageContaining("organisation");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, null, "o",
                HEAD_OF_STATE, VIDEO, NO_QID, s)).hasMessageContaining("person");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, "N", null,
                HEAD_OF_STATE, VIDEO, NO_QID, s)).hasMessageContaining("office");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, "N", "o",
                null, VIDEO, NO_QID, s)).hasMessageContaining("level");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, "N", "o",
                HEAD_OF_STATE, null, NO_QID, s)).hasMessageContaining("mode");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, null, s)).hasMessageContaining("personWikidataId");
    }

    @Test
    void constructor_rejects_a_blank_person_office_or_organisation() {
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, " ", "president",
                HEAD_OF_STATE, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, NO_ORG, "N. Modi", "",
                HEAD_OF_STATE, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("office");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, ORGANISATION, Optional.empty(), Optional.of(" "),
                "N", "o", OTHER, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation");
    }

    @Test
    void constructor_requires_exactly_one_participant_naming_the_fact() {
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, INDIA, Optional.of("UN"), "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attendance attendance.chs-20.in must name either a country or an organisation,"
                        + " not both: IN and UN");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, MEMBER, Optional.empty(), NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not neither");
    }

    @Test
    void constructor_keeps_the_organisation_capacity_for_organisations_only() {
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, ORGANISATION, INDIA, NO_ORG, "N", "o",
                HEAD_OF_STATE, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity ORGANISATION for IN");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, GUEST, Optional.empty(), Optional.of("UN"), "N",
                "o", OTHER, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity GUEST for UN");
        assertThatThrownBy(() -> new Attendance(ID, CHS_20, NOV_10, ORGANISATION, Optional.empty(), Optional.of("UN"),
                "N", "o", HEAD_OF_STATE, VIDEO, NO_QID, cite(WIKI))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ranks an official of UN as HEAD_OF_STATE");
    }

    @Test
    void constructor_checks_its_sources() {
        TestData.assertSourcesChecked(ID.value(), AttendanceTest::modi);
    }
}
