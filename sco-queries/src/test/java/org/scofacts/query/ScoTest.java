package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.StatusPeriod;

class ScoTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_bundled_facts_when_facts_is_called_twice_then_the_same_indexed_instance_is_shared() {
        Sco sco = Bundled.sco();
        assertThat(Sco.facts()).isSameAs(sco);
        assertThat(sco.dataset()).isSameAs(ScoDataset.bundled());
    }

    @Test
    void given_own_dataset_when_of_then_answers_come_from_that_dataset() {
        ScoDataset dataset = Fixture.dataset();
        Sco own = Sco.of(dataset);
        assertThat(own.dataset()).isSameAs(dataset);
        assertThat(own.statusOf(Fixture.MN, LocalDate.of(2010, 1, 1))).contains(OBSERVER_STATE);
    }

    @Test
    void given_null_dataset_when_of_then_null_pointer_exception_names_the_parameter() {
        assertThatThrownBy(() -> Sco.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("dataset must not be null");
    }

    @Test
    void given_check_date_when_is_checked_then_true_through_it_and_false_after() {
        LocalDate checked = fixture.dataset().checkedThrough();
        assertThat(fixture.isChecked(checked)).isTrue();
        assertThat(fixture.isChecked(LocalDate.of(2001, 6, 15))).isTrue();
        assertThat(fixture.isChecked(checked.plusDays(1))).isFalse();
        assertThatThrownBy(() -> fixture.isChecked(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "IR|IR", "ir|IR", "IRN|IR", "irn|IR", "Iran|IR", "IRAN|IR", "Islamic Republic of Iran|IR", "Persia|IR",
        "  Iran  |IR", "Türkiye|TR", "turkiye|TR", "TURKEY|TR", "Republic of Türkiye|TR", "Kyrgyz Republic|KG",
        "kirghizia|KG", "People's Republic of China|CN", "peoples republic of china|CN", "Казахстан|KZ",
        "中国|CN", "Russian Federation|RU"})
    void given_code_or_name_or_alias_when_country_then_that_country_ignoring_case_accents_and_punctuation(String input,
                                                                                           String alpha2) {
        assertThat(fixture.country(input).alpha2()).isEqualTo(alpha2);
    }

    @Test
    void given_bundled_facts_when_country_lao_pdr_then_laos() {
        Sco sco = Bundled.sco();
        assertThat(sco.country("Lao PDR").alpha2()).isEqualTo("LA");
        assertThatThrownBy(() -> sco.country("Kazakstan"))
                .hasMessage("Unknown country: \"Kazakstan\"; did you mean Kazakhstan (KZ)?");
    }

    @Test
    void given_misspelled_name_when_country_then_message_names_input_and_suggests_nearest_country() {
        assertThatThrownBy(() -> fixture.country("Kazakstan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown country: \"Kazakstan\"; did you mean Kazakhstan (KZ)?");
    }

    @Test
    void given_unknown_code_when_country_then_message_says_what_was_expected() {
        assertThatThrownBy(() -> fixture.country("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown country: \"XX\"; expected an ISO 3166-1 alpha-2 or alpha-3 code (KZ, KAZ), a Wikidata id"
                        + " (Q232), an English name or alias (Kazakhstan, Kyrgyz Republic) or a Russian or Chinese name"
                        + " (Казахстан, 哈萨克斯坦) of one of the 12 countries in the dataset");
    }

    @Test
    void given_null_when_country_then_null_pointer_exception_names_the_parameter() {
        assertThatThrownBy(() -> fixture.country(null))
                .isInstanceOf(NullPointerException.class).hasMessage("nameOrCode must not be null");
    }

    @Test
    void given_bundled_facts_when_status_of_india_around_accession_then_member_from_accession_day() {
        Sco sco = Bundled.sco();
        Country india = sco.country("IN");
        assertThat(sco.statusOf(india, LocalDate.of(2017, 6, 9))).contains(MEMBER_STATE);
        assertThat(sco.statusOf(india, LocalDate.of(2030, 1, 1))).contains(MEMBER_STATE);
        assertThat(sco.statusOf(sco.country("CN"), LocalDate.of(2001, 6, 14))).isEmpty();
        assertThat(sco.statusOf(sco.country("CN"), LocalDate.of(2001, 6, 15))).contains(MEMBER_STATE);
    }

    @Test
    void given_fixture_when_status_of_belarus_over_the_years_then_dialogue_partner_observer_member() {
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2009, 12, 31))).isEmpty();
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2010, 1, 1))).contains(DIALOGUE_PARTNER);
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2015, 7, 10))).contains(OBSERVER_STATE);
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2024, 7, 3))).contains(OBSERVER_STATE);
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2024, 7, 4))).contains(MEMBER_STATE);
    }

    @Test
    void given_null_arguments_when_status_of_then_message_names_the_parameter() {
        assertThatThrownBy(() -> fixture.statusOf(null, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("country must not be null");
        assertThatThrownBy(() -> fixture.statusOf(fixture.country("IN"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
    }

    @Test
    void given_fixture_when_timeline_of_belarus_then_periods_in_chronological_order() {
        List<StatusPeriod> timeline = fixture.timeline(Fixture.BY);
        assertThat(timeline).extracting(StatusPeriod::status)
                .containsExactly(DIALOGUE_PARTNER, OBSERVER_STATE, MEMBER_STATE);
        assertThatThrownBy(() -> timeline.add(timeline.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void given_bundled_facts_when_timeline_of_iran_then_membership_since_2023() {
        Sco sco = Bundled.sco();
        List<StatusPeriod> timeline = sco.timeline(sco.country("IR"));
        assertThat(timeline).isNotEmpty();
        StatusPeriod last = timeline.get(timeline.size() - 1);
        assertThat(last.status()).isEqualTo(MEMBER_STATE);
        assertThat(last.period().startDay()).isEqualTo(LocalDate.of(2023, 7, 4));
        assertThat(last.period().isOpenEnded()).isTrue();
    }

    @Test
    void given_country_without_status_when_timeline_then_empty() {
        Country france = Country.of("FR", "France", "French Republic");
        assertThat(fixture.timeline(france)).isEmpty();
        assertThat(fixture.statusOf(france, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void given_fixture_when_chairmanship_on_then_the_presiding_state_or_empty() {
        assertThat(fixture.chairmanshipOn(LocalDate.of(2024, 9, 1))).contains(Fixture.CHAIR_CN);
        assertThat(fixture.chairmanshipOn(LocalDate.of(2024, 7, 4))).contains(Fixture.CHAIR_KZ);
        assertThat(fixture.chairmanshipOn(LocalDate.of(2024, 7, 5))).contains(Fixture.CHAIR_CN);
        assertThat(fixture.chairmanshipOn(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThatThrownBy(() -> fixture.chairmanshipOn(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
    }

    @Test
    void given_source_when_facts_citing_then_the_facts_that_cite_it() {
        Sco sco = Bundled.sco();
        assertThat(fixture.factsCiting(Fixture.OFFICIAL)).containsExactlyInAnyOrder(Fixture.CHS_22, Fixture.CHS_23,
                Fixture.CHS_24, Fixture.CHS_25, Fixture.CHARTER, Fixture.ASTANA_DECLARATION, Fixture.MEMBERS_2024);
        for (Source source : sco.dataset().sources()) {
            assertThat(sco.factsCiting(source)).isEqualTo(sco.dataset().factsCiting(source.id()));
        }
    }

    @Test
    void given_bundled_facts_when_facts_citing_kremlin_astana_report_then_belarus_membership_and_the_astana_summit() {
        Sco sco = Bundled.sco();
        Source kremlin = sco.dataset().source(SourceId.of("kremlin-2024-astana")).orElseThrow();
        List<Fact> citing = sco.factsCiting(kremlin);
        assertThat(citing).contains(sco.timeline(sco.country("BY")).get(2));
        assertThat(citing).contains(sco.summits().numbered(24).orElseThrow());
        assertThat(citing).doesNotContain(sco.timeline(sco.country("BY")).get(0));
    }

    @Test
    void given_source_unknown_to_dataset_when_facts_citing_then_empty() {
        assertThat(fixture.factsCiting(Fixture.unrelatedSource())).isEmpty();
    }

    @Test
    void given_sco_when_to_string_then_names_the_dataset_version() {
        assertThat(fixture.toString()).startsWith("Sco[ScoDataset[version=fixture, checkedThrough=2025-12-31,");
    }
}
