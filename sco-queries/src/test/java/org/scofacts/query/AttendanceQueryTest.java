package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.Attendance;
import org.scofacts.model.AttendanceMode;
import org.scofacts.model.DelegationLevel;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;

/** Attendance questions on the bundled data. */
class AttendanceQueryTest {

    private static final Sco SCO = Sco.facts();

    @Test
    void given_a_summit_and_a_state_when_asked_then_the_delegation_and_its_mode_answer() {
        Attendance modi = SCO.attendance().atSummit(20).of(SCO.country("IN")).only();

        assertThat(modi.person()).isEqualTo("Narendra Modi");
        assertThat(modi.mode()).isEqualTo(AttendanceMode.VIDEO);
        assertThat(modi).hasToString("Narendra Modi, prime minister of India (IN), by video at the 20th summit");
    }

    @Test
    void given_a_state_and_a_summit_when_the_leader_is_asked_then_one_call_answers() {
        assertThat(SCO.delegationLeader(SCO.country("IN"), 24)).get()
                .satisfies(a -> assertThat(a.person()).isEqualTo("Subramanyam Jaishankar"))
                .satisfies(a -> assertThat(a.level()).isEqualTo(DelegationLevel.OTHER));
        assertThat(SCO.delegationLeader(SCO.country("MN"), 7)).get().extracting(Attendance::person)
                .isEqualTo("Nambaryn Enkhbayar");
        assertThat(SCO.delegationLeader(SCO.country("TJ"), 3)).as("no stored source names him").isEmpty();
        assertThat(SCO.delegationLeader(SCO.country("IN"), 99)).isEmpty();
        assertThatThrownBy(() -> SCO.delegationLeader(SCO.country("IN"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summit").hasMessageContaining("0");
        assertThatThrownBy(() -> SCO.delegationLeader(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("country");
    }

    @Test
    void given_a_name_in_any_case_or_accents_when_asked_then_every_summit_of_that_person_answers() {
        assertThat(SCO.attendance().person("MODI").list()).extracting(a -> a.meeting().id().value())
                .contains("chs-15", "chs-16", "chs-17", "chs-20", "chs-23", "chs-25")
                .doesNotContain("chs-24");
        assertThat(SCO.attendance().person("modi").list()).isEqualTo(SCO.attendance().person("Modi").list());
        assertThat(SCO.attendance().person("Antonio Guterres").list()).extracting(a -> a.meeting().id().value())
                .as("spelled António Guterres at Tianjin").contains("chs-20", "sco-plus-2025");
        assertThat(SCO.attendance().person("Pham Minh Chinh").only().person()).isEqualTo("Phạm Minh Chính");
        assertThat(SCO.attendance().person("Mod").list()).as("whole words only").isEmpty();
    }

    @Test
    void given_a_mode_when_asked_then_only_delegations_that_took_part_so_answer() {
        assertThat(SCO.attendance().atSummit(23).byVideo().count()).isEqualTo(SCO.attendance().atSummit(23).count());
        assertThat(SCO.attendance().atSummit(20).inPerson().exists()).isFalse();
        assertThat(SCO.attendance().atSummit(21).byVideo().list()).extracting(a -> a.country().orElseThrow().alpha2())
                .contains("CN", "RU", "IN");
    }

    @Test
    void given_an_sco_plus_meeting_when_asked_then_its_delegations_answer() {
        Meeting tianjinPlus = (Meeting) SCO.dataset().fact(FactId.of("sco-plus-2025")).orElseThrow();

        assertThat(SCO.attendance().at(tianjinPlus).list()).extracting(Attendance::participant)
                .contains("UN", "Malaysia", "Armenia");
    }

    @Test
    void given_steps_when_printed_then_the_query_reads_as_the_question_and_steps_do_not_change_it() {
        AttendanceQuery atTwenty = SCO.attendance().atSummit(20);
        AttendanceQuery india = atTwenty.of(SCO.country("IN")).person("Modi").byVideo();

        assertThat(india).hasToString("attendance().atSummit(20).of(IN).person(\"Modi\").byVideo()");
        assertThat(atTwenty).hasToString("attendance().atSummit(20)");
        assertThat(atTwenty).isEqualTo(SCO.attendance().atSummit(20));
    }

    @Test
    void given_bad_input_when_asked_then_the_message_names_the_parameter_and_the_value() {
        assertThatThrownBy(() -> SCO.attendance().atSummit(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("summit").hasMessageContaining("-1");
        assertThatThrownBy(() -> SCO.attendance().person(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> SCO.attendance().person("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> SCO.attendance().person("x".repeat(201))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name").hasMessageContaining("201");
        assertThatThrownBy(() -> SCO.attendance().of((org.scofacts.model.Country) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("country");
        assertThatThrownBy(() -> SCO.attendance().at(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("meeting");
    }

    /**
     * One well-known attendance per decade, each checked against a source other than the one the table cites:
     * the 2000s from the Declaration on the Establishment of the SCO (Shanghai, 15 June 2001), which President
     * Jiang Zemin signed for China; the 2010s from India's Ministry of External Affairs, which published Prime
     * Minister Modi's statement at the Astana summit of 9 June 2017, and Pakistan's Prime Minister's Office on
     * Nawaz Sharif's address there; the 2020s from the Ministry of External Affairs' text of Modi's remarks at
     * the virtual summit of 10 November 2020, and the UN Secretary-General's remarks at the SCO Plus meeting in
     * Tianjin on 1 September 2025 (press.un.org, SG/SM statements).
     */
    @Test
    void given_well_known_attendances_of_each_decade_when_asked_then_the_data_agrees_with_independent_sources() {
        assertThat(SCO.delegationLeader(SCO.country("CN"), 1)).get().extracting(Attendance::person)
                .isEqualTo("Jiang Zemin");
        assertThat(SCO.delegationLeader(SCO.country("IN"), 17)).get()
                .extracting(Attendance::person, Attendance::mode).containsExactly("Narendra Modi", AttendanceMode.IN_PERSON);
        assertThat(SCO.delegationLeader(SCO.country("PK"), 17)).get().extracting(Attendance::person)
                .isEqualTo("Nawaz Sharif");
        assertThat(SCO.delegationLeader(SCO.country("IN"), 20)).get().extracting(Attendance::mode)
                .isEqualTo(AttendanceMode.VIDEO);
        assertThat(SCO.attendance().person("Guterres").list()).extracting(a -> a.meeting().id().value())
                .contains("sco-plus-2025");
    }
}
