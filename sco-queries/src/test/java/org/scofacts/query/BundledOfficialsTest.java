package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scofacts.model.Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR;
import static org.scofacts.model.Post.SECRETARY_GENERAL;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;

/**
 * The Secretaries-General of the SCO, checked against the record of the post: each holder, the
 * member state that nominated them, and a day inside their three-year term (1 July of its middle year),
 * written from that record rather than read back from the appointment table.
 */
class BundledOfficialsTest {

    /** The Secretariat in Beijing opened, and the first Secretary-General took office, on 15 January 2004. */
    private static final LocalDate SECRETARIAT_OPENED = LocalDate.of(2004, 1, 15);

    private final Sco sco = Sco.facts();

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource({
            "2005-07-01, Zhang Deguang,        CN",
            "2008-07-01, Bolat Nurgaliyev,     KZ",
            "2011-07-01, Muratbek Imanaliev,   KG",
            "2014-07-01, Dmitry Mezentsev,     RU",
            "2017-07-01, Rashid Alimov,        TJ",
            "2020-07-01, Vladimir Norov,       UZ",
            "2023-07-01, Zhang Ming,           CN",
            "2026-07-01, Nurlan Yermekbayev,   KZ",
    })
    void given_day_in_a_term_when_secretary_general_asked_then_the_holder_nominated_by_their_state(LocalDate day, String holder,
                                                                                      String nominatedBy) {
        List<Appointment> serving = sco.appointments().post(SECRETARY_GENERAL).servingOn(day).list();
        assertThat(serving).as("Secretaries-General on %s", day).hasSize(1);
        assertThat(serving.get(0).holder()).isEqualTo(holder);
        assertThat(serving.get(0).nominatedBy()).map(Country::alpha2).contains(nominatedBy);
    }

    @Test
    void given_the_day_before_the_secretariat_opened_when_secretary_general_asked_then_nobody() {
        assertThat(sco.appointments().post(SECRETARY_GENERAL).servingOn(SECRETARIAT_OPENED.minusDays(1)).first())
                .isEmpty();
    }

    @Test
    void given_the_day_the_secretariat_opened_when_secretary_general_asked_then_zhang_deguang() {
        assertThat(sco.appointments().post(SECRETARY_GENERAL).servingOn(SECRETARIAT_OPENED).first())
                .map(Appointment::holder).contains("Zhang Deguang");
    }

    @Test
    void given_every_secretary_general_when_listed_in_order_then_the_eight_holders_each_from_another_state_than_the_last() {
        List<Appointment> terms = sco.appointments().post(SECRETARY_GENERAL).list();
        assertThat(terms).extracting(Appointment::holder).containsExactly("Zhang Deguang", "Bolat Nurgaliyev",
                "Muratbek Imanaliev", "Dmitry Mezentsev", "Rashid Alimov", "Vladimir Norov", "Zhang Ming",
                "Nurlan Yermekbayev");
        for (int i = 1; i < terms.size(); i++) {
            assertThat(terms.get(i).nominatedBy()).as("state of %s", terms.get(i).holder())
                    .isNotEqualTo(terms.get(i - 1).nominatedBy());
            // Each term starts on 1 January, the day after the previous one ends.
            assertThat(terms.get(i - 1).term().endDay()).as("end of %s", terms.get(i - 1).holder())
                    .contains(terms.get(i).term().startDay());
        }
    }

    // RATS Executive Committee directors, 2004 to today: each holder on a day a source shows them in office,
    // and the nominating state only where a source states it.
    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource({
            "2006-06-15, Vyacheslav Kasymov,      ''",
            "2008-08-28, Myrzakan Subanov,        ''",
            "2011-06-15, Dzhenisbek Dzhumanbekov, ''",
            "2013-06-01, Zhang Xinfeng,           CN",
            "2017-07-01, Yevgeny Sysoyev,         ''",
            "2019-09-12, Jumakhon Giyosov,        TJ",
            "2023-06-16, Ruslan Mirzayev,         UZ",
            "2025-02-28, Ularbek Sharsheyev,      ''",
    })
    void given_day_a_source_shows_a_rats_director_in_office_when_asked_then_that_director(LocalDate day, String holder,
                                                                                         String nominatedBy) {
        List<Appointment> serving = sco.appointments().post(RATS_EXECUTIVE_COMMITTEE_DIRECTOR).servingOn(day).list();
        assertThat(serving).as("RATS directors on %s", day).hasSize(1);
        assertThat(serving.get(0).holder()).isEqualTo(holder);
        assertThat(serving.get(0).nominatedBy().map(Country::alpha2).orElse("")).isEqualTo(nominatedBy);
    }

    @Test
    void given_every_rats_director_when_listed_then_eight_terms_from_the_opening_in_june_2004_each_ending_where_the_next_starts() {
        List<Appointment> terms = sco.appointments().post(RATS_EXECUTIVE_COMMITTEE_DIRECTOR).list();
        assertThat(terms).extracting(Appointment::holder).containsExactly("Vyacheslav Kasymov", "Myrzakan Subanov",
                "Dzhenisbek Dzhumanbekov", "Zhang Xinfeng", "Yevgeny Sysoyev", "Jumakhon Giyosov", "Ruslan Mirzayev",
                "Ularbek Sharsheyev");
        assertThat(terms.get(0).term().start()).hasToString("2004-06");
        for (int i = 1; i < terms.size(); i++) {
            assertThat(terms.get(i - 1).term().endDay()).as("end of %s", terms.get(i - 1).holder())
                    .contains(terms.get(i).term().startDay());
        }
        assertThat(terms.get(terms.size() - 1).term().isOpenEnded()).isTrue();
    }

    @Test
    void given_a_rats_director_when_filtered_by_nominating_state_then_only_terms_whose_state_a_source_states() {
        assertThat(sco.appointments().post(RATS_EXECUTIVE_COMMITTEE_DIRECTOR).nominatedBy(sco.country("China")).list())
                .extracting(Appointment::holder).containsExactly("Zhang Xinfeng");
        assertThat(sco.appointments().post(RATS_EXECUTIVE_COMMITTEE_DIRECTOR).nominatedBy(sco.country("Russia")).list())
                .isEmpty();
    }
}
