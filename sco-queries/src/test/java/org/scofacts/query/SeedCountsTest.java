package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;
import static org.scofacts.model.Status.PARTNER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scofacts.model.Bound;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Status;
import org.scofacts.model.Unit;

/**
 * The counts the seed articles state, reproduced by queries over the status periods as of the dates
 * the articles give, and the count figures of the dataset checked against the same queries.
 *
 * <p>The expected numbers and states are the SCO's own (the 20th-anniversary year, the Astana summit
 * of 2024 and the Tianjin reform of 2025), written here independently of the status-period table.
 */
class SeedCountsTest {

    private static final LocalDate SCO_DAY_2021 = LocalDate.of(2021, 6, 15);
    private static final LocalDate AFTER_ASTANA_2024 = LocalDate.of(2024, 7, 5);
    private static final LocalDate AFTER_TIANJIN_2025 = LocalDate.of(2025, 9, 2);

    private final Sco sco = Sco.facts();

    private int count(Set<Status> statuses, LocalDate day) {
        return statuses.stream().mapToInt(s -> sco.countries().withStatus(s).asOf(day).count()).sum();
    }

    private List<String> codes(Status status, LocalDate day) {
        return sco.countries().withStatus(status).asOf(day).list().stream().map(Country::alpha2).toList();
    }

    // --- seed-002: the 20th anniversary, 15 June 2021 --------------------------------------------

    @Test
    void given_seed_002_day_when_members_listed_then_eight() {
        assertThat(codes(MEMBER_STATE, SCO_DAY_2021))
                .containsExactlyInAnyOrder("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK");
    }

    @Test
    void given_seed_002_day_when_observers_listed_then_four_afghanistan_belarus_iran_mongolia() {
        assertThat(codes(OBSERVER_STATE, SCO_DAY_2021)).containsExactlyInAnyOrder("AF", "BY", "IR", "MN");
    }

    @Test
    void given_seed_002_day_when_dialogue_partners_listed_then_six_armenia_azerbaijan_cambodia_nepal_sri_lanka_turkiye() {
        assertThat(codes(DIALOGUE_PARTNER, SCO_DAY_2021))
                .containsExactlyInAnyOrder("AM", "AZ", "KH", "NP", "LK", "TR");
    }

    @Test
    void given_seed_002_day_when_partners_listed_then_none_since_the_status_did_not_exist_yet() {
        assertThat(codes(PARTNER, SCO_DAY_2021)).isEmpty();
    }

    // --- seed-004: the day after the Astana summit of 2024 ---------------------------------------

    @Test
    void given_the_day_after_astana_2024_when_family_counted_then_twenty_six() {
        assertThat(count(EnumSet.of(MEMBER_STATE), AFTER_ASTANA_2024)).isEqualTo(10);
        assertThat(codes(OBSERVER_STATE, AFTER_ASTANA_2024)).containsExactlyInAnyOrder("AF", "MN");
        assertThat(count(EnumSet.of(DIALOGUE_PARTNER), AFTER_ASTANA_2024)).isEqualTo(14);
        assertThat(count(EnumSet.of(MEMBER_STATE, OBSERVER_STATE, DIALOGUE_PARTNER), AFTER_ASTANA_2024))
                .isEqualTo(26);
        assertThat(sco.countries().asOf(AFTER_ASTANA_2024).count()).isEqualTo(26);
    }

    // --- the Tianjin reform, 2025 ----------------------------------------------------------------

    @Test
    void given_the_day_after_tianjin_when_family_counted_then_twenty_seven_ten_members_and_seventeen_partners() {
        assertThat(count(EnumSet.of(MEMBER_STATE), AFTER_TIANJIN_2025)).isEqualTo(10);
        assertThat(count(EnumSet.of(PARTNER), AFTER_TIANJIN_2025)).isEqualTo(17);
        assertThat(sco.countries().asOf(AFTER_TIANJIN_2025).count()).isEqualTo(27);
    }

    // --- the dataset's count figures agree with the queries --------------------------------------

    /**
     * Each count figure, its expected value from the history of the SCO, and the statuses it counts.
     * The query asks about the figure's own reference date, even where that is the day of a summit that
     * changed statuses (Belarus admitted on 4 July 2024; SCO partners from 1 September 2025): status
     * periods are half-open and start on the day of the decision, so a state admitted that day already
     * counts on it, as the articles count it. Asking about the day after is therefore not needed, and
     * {@link #givenTheDayAfterAstana2024_whenFamilyCounted_thenTwentySix} and
     * {@link #givenTheDayAfterTianjin_whenFamilyCounted_thenTwentySevenTenMembersAndSeventeenPartners}
     * check that the counts still hold then.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "figure-members-2021,           8,  MEMBER_STATE",
            "figure-observers-2021,         4,  OBSERVER_STATE",
            "figure-dialogue-partners-2021, 6,  DIALOGUE_PARTNER",
            "figure-members-2024,           10, MEMBER_STATE",
            "figure-family-2024,            26, MEMBER_STATE OBSERVER_STATE DIALOGUE_PARTNER",
            "figure-partners-2025,          17, PARTNER",
            "figure-family-2025,            27, MEMBER_STATE PARTNER",
    })
    void given_count_figure_when_queried_at_its_reference_date_then_the_query_answers_the_figure(String id, int expected,
                                                                                    String statuses) {
        Figure figure = (Figure) sco.dataset().fact(FactId.of(id)).orElseThrow();
        Set<Status> counted = EnumSet.noneOf(Status.class);
        for (String s : statuses.split(" ")) {
            counted.add(Status.valueOf(s));
        }
        assertThat(figure.unit()).isEqualTo(Unit.COUNT);
        assertThat(figure.bound()).isEqualTo(Bound.EXACTLY);
        assertThat(figure.referenceDate().isExact()).as("%s has a day as reference date", id).isTrue();
        assertThat(figure.value()).isEqualByComparingTo(BigDecimal.valueOf(expected));

        LocalDate day = figure.referenceDate().firstDay();
        assertThat(count(counted, day)).as("%s as of %s", counted, day).isEqualTo(expected);
    }
}
