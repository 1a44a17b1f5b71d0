package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;
import static org.scofacts.model.Status.PARTNER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scofacts.model.Country;
import org.scofacts.model.Event;
import org.scofacts.model.FactId;
import org.scofacts.model.StatusPeriod;

/**
 * Who held which status, when: founding, each enlargement and the 2025 reform, checked against the
 * history of the SCO. Every expected value below is written from that history (summit decisions and
 * the SCO's own announcements), never read back from the status-period table.
 *
 * <p>These tests use {@link Sco#facts()} directly rather than {@link Bundled#sco()}: a bundled dataset
 * that fails to load must fail them, not skip them.
 */
class BundledStatusFactsTest {

    private static final LocalDate FOUNDING = LocalDate.of(2001, 6, 15);
    /** Astana summit, 9 June 2017: India and Pakistan admitted as members. */
    private static final LocalDate INDIA_PAKISTAN_ACCESSION = LocalDate.of(2017, 6, 9);
    /** New Delhi (virtual) summit, 4 July 2023: Iran admitted as a member. */
    private static final LocalDate IRAN_ACCESSION = LocalDate.of(2023, 7, 4);
    /** Astana summit, 4 July 2024: Belarus admitted as a member. */
    private static final LocalDate BELARUS_ACCESSION = LocalDate.of(2024, 7, 4);
    /** The day after the Tianjin summit (31 August - 1 September 2025) merged observers and dialogue partners. */
    private static final LocalDate AFTER_TIANJIN = LocalDate.of(2025, 9, 2);

    private final Sco sco = Sco.facts();

    private Country country(String code) {
        return sco.country(code);
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::alpha2).toList();
    }

    // --- founding --------------------------------------------------------------------------------

    @Test
    void given_founding_day_when_members_listed_then_exactly_the_six_signatories_of_the_shanghai_declaration() {
        assertThat(codes(sco.countries().withStatus(MEMBER_STATE).asOf(FOUNDING).list()))
                .containsExactlyInAnyOrder("CN", "RU", "KZ", "KG", "TJ", "UZ");
    }

    @Test
    void given_the_day_before_founding_when_any_status_asked_then_no_state_held_one() {
        LocalDate dayBefore = FOUNDING.minusDays(1);
        assertThat(sco.countries().asOf(dayBefore).list()).isEmpty();
        assertThat(sco.statusOf(country("CN"), dayBefore)).isEmpty();
    }

    @Test
    void given_founding_members_query_when_listed_then_the_same_six_and_no_later_member() {
        assertThat(codes(sco.countries().foundingMembers().list()))
                .containsExactlyInAnyOrder("CN", "RU", "KZ", "KG", "TJ", "UZ")
                .doesNotContain("IN", "PK", "IR", "BY");
    }

    @Test
    void given_each_founder_when_timeline_read_then_its_first_period_is_membership_from_the_founding_day() {
        for (String code : List.of("CN", "RU", "KZ", "KG", "TJ", "UZ")) {
            List<StatusPeriod> timeline = sco.timeline(country(code));
            assertThat(timeline).as("timeline of %s", code).isNotEmpty();
            assertThat(timeline.get(0).status()).as("first status of %s", code).isEqualTo(MEMBER_STATE);
            assertThat(timeline.get(0).period().startDay()).as("first day of %s", code).isEqualTo(FOUNDING);
        }
    }

    @Test
    void given_shanghai_five_summit_of_1996_when_compared_with_founders_then_uzbekistan_is_the_one_founder_not_in_it() {
        // The Shanghai Five (26 April 1996) were China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan;
        // Uzbekistan joined them only when the SCO was founded in 2001.
        Event shanghaiFive = (Event) sco.dataset().fact(FactId.of("event-shanghai-five-1996")).orElseThrow();
        assertThat(shanghaiFive.period().startDay()).isEqualTo(LocalDate.of(1996, 4, 26));
        assertThat(shanghaiFive.place()).hasValueSatisfying(p -> {
            assertThat(p.city()).isEqualTo("Shanghai");
            assertThat(p.country().alpha2()).isEqualTo("CN");
        });
        assertThat(shanghaiFive.name()).containsIgnoringCase("five").doesNotContainIgnoringCase("Uzbekistan");
        assertThat(sco.statusOf(country("UZ"), shanghaiFive.period().startDay())).isEmpty();
        assertThat(sco.timeline(country("UZ")).get(0).period().startDay()).isEqualTo(FOUNDING);
    }

    // --- enlargements ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"IN", "PK"})
    void given_india_or_pakistan_when_status_around_astana_2017_then_observer_the_day_before_and_member_from_the_9th_of_june(
            String code) {
        Country c = country(code);
        assertThat(sco.statusOf(c, INDIA_PAKISTAN_ACCESSION.minusDays(1))).contains(OBSERVER_STATE);
        assertThat(sco.statusOf(c, INDIA_PAKISTAN_ACCESSION)).contains(MEMBER_STATE);
        // Observers since the Astana summit of July 2005, and nothing before.
        assertThat(sco.statusOf(c, LocalDate.of(2005, 12, 31))).contains(OBSERVER_STATE);
        assertThat(sco.statusOf(c, LocalDate.of(2004, 12, 31))).isEmpty();
    }

    @Test
    void given_members_on_the_day_of_the_first_enlargement_when_listed_then_the_founders_plus_india_and_pakistan() {
        assertThat(codes(sco.countries().withStatus(MEMBER_STATE).asOf(INDIA_PAKISTAN_ACCESSION).list()))
                .containsExactlyInAnyOrder("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK");
        assertThat(sco.countries().withStatus(MEMBER_STATE).asOf(INDIA_PAKISTAN_ACCESSION.minusDays(1)).count())
                .isEqualTo(6);
    }

    @Test
    void given_iran_when_status_around_new_delhi_2023_then_observer_since_2005_and_member_from_the_4th_of_july() {
        Country iran = country("IR");
        assertThat(sco.statusOf(iran, LocalDate.of(2004, 12, 31))).isEmpty();
        assertThat(sco.statusOf(iran, LocalDate.of(2005, 12, 31))).contains(OBSERVER_STATE);
        assertThat(sco.statusOf(iran, LocalDate.of(2015, 1, 1))).contains(OBSERVER_STATE);
        assertThat(sco.statusOf(iran, IRAN_ACCESSION.minusDays(1))).contains(OBSERVER_STATE);
        assertThat(sco.statusOf(iran, IRAN_ACCESSION)).contains(MEMBER_STATE);
        assertThat(sco.countries().withStatus(MEMBER_STATE).asOf(IRAN_ACCESSION).count()).isEqualTo(9);
    }

    @Test
    void given_belarus_when_status_across_its_history_then_dialogue_partner_then_observer_then_member() {
        Country belarus = country("BY");
        // Dialogue partner from the Yekaterinburg summit (2009), observer from the Ufa summit (2015),
        // member from the Astana summit (4 July 2024).
        assertThat(sco.statusOf(belarus, LocalDate.of(2008, 12, 31))).isEmpty();
        assertThat(sco.statusOf(belarus, LocalDate.of(2009, 12, 31))).contains(DIALOGUE_PARTNER);
        assertThat(sco.statusOf(belarus, LocalDate.of(2014, 12, 31))).contains(DIALOGUE_PARTNER);
        assertThat(sco.statusOf(belarus, LocalDate.of(2015, 12, 31))).contains(OBSERVER_STATE);
        assertThat(sco.statusOf(belarus, BELARUS_ACCESSION.minusDays(1))).contains(OBSERVER_STATE);
        assertThat(sco.statusOf(belarus, BELARUS_ACCESSION)).contains(MEMBER_STATE);
        assertThat(sco.timeline(belarus)).extracting(StatusPeriod::status)
                .containsExactly(DIALOGUE_PARTNER, OBSERVER_STATE, MEMBER_STATE);
    }

    @Test
    void given_members_after_each_enlargement_when_counted_then_six_eight_nine_ten() {
        assertThat(List.of(FOUNDING, INDIA_PAKISTAN_ACCESSION, IRAN_ACCESSION, BELARUS_ACCESSION))
                .extracting(d -> sco.countries().withStatus(MEMBER_STATE).asOf(d).count())
                .containsExactly(6, 8, 9, 10);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BY", "IN", "PK", "IR"})
    void given_state_that_changed_status_when_timeline_read_then_chronological_and_each_period_ends_where_the_next_starts(
            String code) {
        List<StatusPeriod> timeline = sco.timeline(country(code));
        assertThat(timeline).as("timeline of %s", code).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < timeline.size(); i++) {
            StatusPeriod before = timeline.get(i - 1);
            StatusPeriod after = timeline.get(i);
            assertThat(before.period().endDay()).as("end of %s", before.id()).contains(after.period().startDay());
            assertThat(before.status()).as("%s then %s", before.id(), after.id()).isNotEqualTo(after.status());
        }
        assertThat(timeline.get(timeline.size() - 1).status()).isEqualTo(MEMBER_STATE);
        assertThat(timeline.get(timeline.size() - 1).period().isOpenEnded()).isTrue();
    }

    @Test
    void given_every_state_in_the_dataset_when_timeline_read_then_chronological_without_overlap() {
        for (Country c : sco.dataset().countries()) {
            List<StatusPeriod> timeline = sco.timeline(c);
            for (int i = 1; i < timeline.size(); i++) {
                StatusPeriod before = timeline.get(i - 1);
                StatusPeriod after = timeline.get(i);
                assertThat(before.period().startDay()).as("%s before %s", before.id(), after.id())
                        .isBefore(after.period().startDay());
                assertThat(before.period().overlaps(after.period())).as("%s overlaps %s", before.id(), after.id())
                        .isFalse();
            }
        }
    }

    // --- the 2025 reform -------------------------------------------------------------------------

    @Test
    void given_the_day_after_tianjin_when_observers_and_dialogue_partners_listed_then_none_remain() {
        assertThat(sco.countries().withStatus(OBSERVER_STATE).asOf(AFTER_TIANJIN).list()).isEmpty();
        assertThat(sco.countries().withStatus(DIALOGUE_PARTNER).asOf(AFTER_TIANJIN).list()).isEmpty();
    }

    @Test
    void given_the_day_after_tianjin_when_partners_listed_then_the_seventeen_former_observers_and_dialogue_partners_and_laos() {
        assertThat(codes(sco.countries().withStatus(PARTNER).asOf(AFTER_TIANJIN).list()))
                .hasSize(17)
                .containsExactlyInAnyOrder(
                        // the two remaining observers
                        "AF", "MN",
                        // the fourteen dialogue partners
                        "LK", "TR", "AM", "AZ", "KH", "NP", "EG", "QA", "SA", "KW", "MV", "MM", "BH", "AE",
                        // admitted at Tianjin
                        "LA");
    }

    @Test
    void given_the_day_after_tianjin_when_members_listed_then_the_ten_of_astana_2024() {
        assertThat(codes(sco.countries().withStatus(MEMBER_STATE).asOf(AFTER_TIANJIN).list()))
                .containsExactlyInAnyOrder("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY");
    }

    @Test
    void given_laos_when_status_before_and_after_tianjin_then_none_before_and_partner_after() {
        Country laos = country("LA");
        assertThat(sco.statusOf(laos, LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(sco.statusOf(laos, AFTER_TIANJIN)).contains(PARTNER);
    }
}
