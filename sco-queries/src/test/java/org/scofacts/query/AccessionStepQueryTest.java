package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.scofacts.model.AccessionStepKind.ADMISSION;
import static org.scofacts.model.AccessionStepKind.APPLICATION;
import static org.scofacts.model.AccessionStepKind.MEMORANDUM_ADOPTED;
import static org.scofacts.model.AccessionStepKind.MEMORANDUM_SIGNED;
import static org.scofacts.model.AccessionStepKind.MINUTES_OF_CONSULTATIONS;
import static org.scofacts.model.AccessionStepKind.PROCEDURE_LAUNCHED;
import static org.scofacts.model.AccessionStepKind.RATIFICATION;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Place;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * The accession of India, Pakistan, Iran and Belarus, step by step, checked against the dates the SCO's
 * history records: applications at Dushanbe (2014), the Ufa decision (2015), the Tashkent memoranda (2016),
 * admission at Astana (2017); Iran from its 2008 application to New Delhi (2023); Belarus to Astana (2024).
 */
class AccessionStepQueryTest {

    private final Sco sco = Bundled.sco();

    @Test
    void given_india_when_its_steps_are_listed_then_application_to_admission_in_date_order() {
        List<AccessionStep> steps = sco.accessionSteps().country(sco.country("IN")).list();

        assertThat(steps).extracting(AccessionStep::kind).containsExactly(APPLICATION, PROCEDURE_LAUNCHED,
                MEMORANDUM_ADOPTED, MEMORANDUM_SIGNED, ADMISSION);
        assertThat(steps).extracting(AccessionStep::date).containsExactly(PartialDate.of(2014, 9),
                PartialDate.of(2015, 7, 10), PartialDate.of(2016, 5, 24), PartialDate.of(2016, 6, 24),
                PartialDate.of(2017, 6, 9));
        assertThat(steps).allSatisfy(s -> assertThat(s.statusSought()).isEqualTo(Status.MEMBER_STATE));
    }

    @Test
    void given_india_when_its_memorandum_is_looked_up_then_signed_in_tashkent_on_24_june_2016_at_the_16th_summit() {
        AccessionStep memorandum = sco.accessionSteps().country(sco.country("IN")).kind(MEMORANDUM_SIGNED).only();

        assertThat(memorandum.date()).isEqualTo(PartialDate.of(2016, 6, 24));
        assertThat(memorandum.place()).contains(Place.of("Tashkent", sco.country("UZ")));
        assertThat(memorandum.meeting()).contains(MeetingRef.of("chs-16"));
        assertThat(sco.meetings().where(m -> m.id().equals(FactId.of("chs-16"))).only().place().city())
                .isEqualTo("Tashkent");
    }

    @Test
    void given_the_ufa_summit_when_launches_are_listed_then_india_and_pakistan_on_10_july_2015() {
        assertThat(sco.accessionSteps().kind(PROCEDURE_LAUNCHED).where(s -> s.date().equals(PartialDate.of(2015, 7, 10)))
                .list()).extracting(s -> s.country().alpha2()).containsExactly("IN", "PK");
    }

    @Test
    void given_pakistan_when_its_applications_are_listed_then_2010_as_its_foreign_office_dates_it_and_dushanbe_2014() {
        assertThat(sco.accessionSteps().country(sco.country("Pakistan")).kind(APPLICATION).list())
                .extracting(AccessionStep::date).containsExactly(PartialDate.ofYear(2010), PartialDate.of(2014, 9));
    }

    @Test
    void given_iran_when_its_steps_are_listed_then_from_the_2008_application_to_admission_at_new_delhi() {
        List<AccessionStep> steps = sco.accessionSteps().country(sco.country("Iran")).list();

        assertThat(steps).extracting(AccessionStep::kind).containsExactly(APPLICATION, PROCEDURE_LAUNCHED,
                MINUTES_OF_CONSULTATIONS, MEMORANDUM_SIGNED, RATIFICATION, ADMISSION);
        assertThat(steps.get(0).date()).isEqualTo(PartialDate.ofYear(2008));
        assertThat(steps.get(1).date()).isEqualTo(PartialDate.of(2021, 9, 17));
        // Only the month of the Tashkent minutes is recorded: the sources give the day it was reported.
        assertThat(steps.get(2).date()).isEqualTo(PartialDate.of(2022, 3));
        assertThat(steps.get(2).place()).contains(Place.of("Tashkent", sco.country("UZ")));
        assertThat(steps.get(3).date()).isEqualTo(PartialDate.of(2022, 9, 15));
        // The Majlis passed the memorandum law on 7 February 2023 (Tasnim); the Guardian Council's approval of it
        // is dated only by an unofficial copy, so the ratification carries the month.
        assertThat(steps.get(4).date()).isEqualTo(PartialDate.of(2023, 2));
        assertThat(steps.get(4).meeting()).isEmpty();
        assertThat(steps.get(5).date()).isEqualTo(PartialDate.of(2023, 7, 4));
        assertThat(steps.get(5).meeting()).contains(MeetingRef.of("chs-23"));
    }

    @Test
    void given_belarus_when_its_steps_are_listed_then_minutes_in_varanasi_and_ratification_before_admission() {
        List<AccessionStep> steps = sco.accessionSteps().country(sco.country("BY")).list();

        assertThat(steps).extracting(AccessionStep::kind).containsExactly(APPLICATION, PROCEDURE_LAUNCHED,
                MINUTES_OF_CONSULTATIONS, MEMORANDUM_SIGNED, RATIFICATION, ADMISSION);
        assertThat(steps.get(1).date()).isEqualTo(PartialDate.of(2022, 9, 16));
        assertThat(steps.get(2).date()).isEqualTo(PartialDate.of(2023, 1, 17));
        assertThat(steps.get(2).place()).contains(Place.of("Varanasi", sco.country("IN")));
        assertThat(steps.get(3).date()).isEqualTo(PartialDate.of(2023, 7, 4));
        assertThat(steps.get(4).date()).isEqualTo(PartialDate.of(2023, 11));
        assertThat(steps.get(5).date()).isEqualTo(PartialDate.of(2024, 7, 4));
    }

    @Test
    void given_every_admission_then_the_member_status_period_starts_the_same_day() {
        List<AccessionStep> admissions = sco.accessionSteps().kind(ADMISSION).list();

        assertThat(admissions).extracting(s -> s.country().alpha2()).containsExactly("IN", "PK", "IR", "BY");
        for (AccessionStep admission : admissions) {
            Optional<StatusPeriod> member = sco.timeline(admission.country()).stream()
                    .filter(p -> p.status() == Status.MEMBER_STATE).findFirst();
            assertThat(member).as(admission.id().value())
                    .hasValueSatisfying(p -> assertThat(p.period().start()).isEqualTo(admission.date()));
        }
    }

    @Test
    void given_armenia_when_its_steps_are_listed_then_only_the_application_of_july_2025_which_tass_reported_on_16_july() {
        assertThat(sco.accessionSteps().country(sco.country("Armenia")).list())
                .extracting(AccessionStep::kind, AccessionStep::date)
                .containsExactly(tuple(APPLICATION, PartialDate.of(2025, 7)));
    }

    @Test
    void given_a_composed_query_when_to_string_then_the_question_and_the_first_query_is_unchanged() {
        AccessionStepQuery all = sco.accessionSteps();
        AccessionStepQuery india = all.kind(ADMISSION).country(sco.country("IN"));

        assertThat(india).hasToString("accessionSteps().country(IN).kind(ADMISSION)");
        assertThat(all).hasToString("accessionSteps()").isNotEqualTo(india);
        assertThat(all.count()).isEqualTo(24);
    }

    @Test
    void given_null_arguments_then_the_message_names_the_parameter() {
        assertThatThrownBy(() -> sco.accessionSteps().country(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("country");
        assertThatThrownBy(() -> sco.accessionSteps().kind(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("kind");
    }
}
