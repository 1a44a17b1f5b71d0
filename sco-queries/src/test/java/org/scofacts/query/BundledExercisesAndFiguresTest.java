package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Bound;
import org.scofacts.model.Claim;
import org.scofacts.model.Country;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.PartialDate;

/**
 * Joint exercises and figures, checked against the SCO's history: the Peace Mission series' years, places
 * and participants, and figures recorded as what their sources state, claims with their speaker.
 */
class BundledExercisesAndFiguresTest {

    private final Sco sco = Sco.facts();

    private List<Event> peaceMissions() {
        return sco.events().kind(EventKind.EXERCISE).list().stream()
                .filter(e -> e.name().startsWith("Peace Mission")).toList();
    }

    @Test
    void given_the_peace_mission_series_when_listed_then_the_ten_exercises_from_2005_to_2021() {
        assertThat(peaceMissions()).extracting(e -> e.period().startDay().getYear())
                .containsExactly(2005, 2007, 2009, 2010, 2012, 2013, 2014, 2016, 2018, 2021);
    }

    @Test
    void given_peace_mission_2007_when_looked_up_then_all_six_founding_members_near_chelyabinsk_from_9_august() {
        Event pm2007 = peaceMissions().stream().filter(e -> e.name().contains("2007")).findFirst().orElseThrow();
        assertThat(pm2007.period().startDay()).isEqualTo(LocalDate.of(2007, 8, 9));
        assertThat(pm2007.place()).hasValueSatisfying(p -> assertThat(p.country().alpha2()).isEqualTo("RU"));
        assertThat(pm2007.participants()).extracting(Country::alpha2)
                .containsExactlyInAnyOrder("CN", "KZ", "KG", "RU", "TJ", "UZ");
    }

    @Test
    void given_the_china_russia_peace_missions_when_participants_asked_then_only_china_and_russia() {
        assertThat(peaceMissions()).filteredOn(e -> e.participants().size() == 2)
                .extracting(e -> e.period().startDay().getYear()).containsExactly(2005, 2009, 2013);
        assertThat(peaceMissions()).filteredOn(e -> e.participants().size() == 2)
                .allSatisfy(e -> assertThat(e.participants()).extracting(Country::alpha2).containsExactly("CN", "RU"));
    }

    @Test
    void given_peace_mission_2021_when_looked_up_then_first_with_india_and_pakistan_among_eight_members_in_russia() {
        Event pm2021 = peaceMissions().get(peaceMissions().size() - 1);
        assertThat(pm2021.period().startDay()).isEqualTo(LocalDate.of(2021, 9, 20));
        assertThat(pm2021.participants()).extracting(Country::alpha2).contains("IN", "PK").hasSize(8);
    }

    @Test
    void given_places_formerly_not_recorded_when_looked_up_then_xinjiang_and_jalal_abad_region() {
        Event interaction = sco.events().kind(EventKind.EXERCISE).between(LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 8, 1)).only();
        assertThat(interaction.place()).hasValueSatisfying(p -> {
            assertThat(p.city()).contains("Xinjiang");
            assertThat(p.country().alpha2()).isEqualTo("CN");
        });
        assertThat(interaction.participants()).hasSize(10);
        Event railway = sco.events().between(LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 28)).only();
        assertThat(railway.place()).hasValueSatisfying(p -> {
            assertThat(p.city()).isEqualTo("Jalal-Abad region");
            assertThat(p.country().alpha2()).isEqualTo("KG");
        });
    }

    @Test
    void given_the_audited_figures_when_looked_up_then_each_as_its_source_states_it() {
        Figure land = sco.figures().measuring(Measure.LAND_SHARE).only();
        assertThat(land.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(land.value()).isEqualByComparingTo("24");

        // At Dushanbe Xi stated what China had supplied and what it would supply by the end of the year.
        assertThat(sco.figures().measuring(Measure.VACCINE_DOSES).list())
                .allSatisfy(f -> assertThat(f.claimedBy()).contains(Claim.of("Xi Jinping", PartialDate.of(2021, 9, 17))))
                .extracting(Figure::bound, f -> f.value().toBigInteger().toString())
                .containsExactlyInAnyOrder(tuple(Bound.UP_TO, "1200000000"), tuple(Bound.EXACTLY, "2000000000"));

        Figure target = sco.figures().measuring(Measure.TRADE_TARGET).only();
        assertThat(target.claimedBy()).map(Claim::speaker).contains("Xi Jinping");
        assertThat(target.value()).isEqualByComparingTo("2.3e12");

        assertThat(sco.figures().measuring(Measure.FAMILY_COUNT).referringToYear(2024).only().claimedBy())
                .contains(Claim.of("Xi Jinping", PartialDate.of(2025, 9, 1)));
        assertThat(sco.figures().measureContains("Wang Yi").list()).isEmpty();
    }

    @Test
    void given_every_bundled_figure_when_typed_then_member_counts_are_member_count_figures() {
        assertThat(sco.figures().measuring(Measure.MEMBER_COUNT).list()).extracting(f -> f.value().intValue())
                .containsExactly(8, 10);
    }
}
