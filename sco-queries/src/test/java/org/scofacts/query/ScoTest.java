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
    void givenBundledFacts_whenFactsIsCalledTwice_thenTheSameIndexedInstanceIsShared() {
        Sco sco = Bundled.sco();
        assertThat(Sco.facts()).isSameAs(sco);
        assertThat(sco.dataset()).isSameAs(ScoDataset.bundled());
    }

    @Test
    void givenOwnDataset_whenOf_thenAnswersComeFromThatDataset() {
        ScoDataset dataset = Fixture.dataset();
        Sco own = Sco.of(dataset);
        assertThat(own.dataset()).isSameAs(dataset);
        assertThat(own.statusOf(Fixture.MN, LocalDate.of(2010, 1, 1))).contains(OBSERVER_STATE);
    }

    @Test
    void givenNullDataset_whenOf_thenNullPointerExceptionNamesTheParameter() {
        assertThatThrownBy(() -> Sco.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("dataset must not be null");
    }

    @Test
    void givenCheckDate_whenIsChecked_thenTrueThroughItAndFalseAfter() {
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
    void givenCodeOrNameOrAlias_whenCountry_thenThatCountryIgnoringCaseAccentsAndPunctuation(String input,
                                                                                           String alpha2) {
        assertThat(fixture.country(input).alpha2()).isEqualTo(alpha2);
    }

    @Test
    void givenBundledFacts_whenCountryLaoPdr_thenLaos() {
        Sco sco = Bundled.sco();
        assertThat(sco.country("Lao PDR").alpha2()).isEqualTo("LA");
        assertThatThrownBy(() -> sco.country("Kazakstan"))
                .hasMessage("Unknown country: \"Kazakstan\"; did you mean Kazakhstan (KZ)?");
    }

    @Test
    void givenMisspelledName_whenCountry_thenMessageNamesInputAndSuggestsNearestCountry() {
        assertThatThrownBy(() -> fixture.country("Kazakstan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown country: \"Kazakstan\"; did you mean Kazakhstan (KZ)?");
    }

    @Test
    void givenUnknownCode_whenCountry_thenMessageSaysWhatWasExpected() {
        assertThatThrownBy(() -> fixture.country("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown country: \"XX\"; expected an ISO 3166-1 alpha-2 or alpha-3 code, a Wikidata id or an English"
                        + " name of one of the 12 countries in the dataset");
    }

    @Test
    void givenNull_whenCountry_thenNullPointerExceptionNamesTheParameter() {
        assertThatThrownBy(() -> fixture.country(null))
                .isInstanceOf(NullPointerException.class).hasMessage("nameOrCode must not be null");
    }

    @Test
    void givenBundledFacts_whenStatusOfIndiaAroundAccession_thenMemberFromAccessionDay() {
        Sco sco = Bundled.sco();
        Country india = sco.country("IN");
        assertThat(sco.statusOf(india, LocalDate.of(2017, 6, 9))).contains(MEMBER_STATE);
        assertThat(sco.statusOf(india, LocalDate.of(2030, 1, 1))).contains(MEMBER_STATE);
        assertThat(sco.statusOf(sco.country("CN"), LocalDate.of(2001, 6, 14))).isEmpty();
        assertThat(sco.statusOf(sco.country("CN"), LocalDate.of(2001, 6, 15))).contains(MEMBER_STATE);
    }

    @Test
    void givenFixture_whenStatusOfBelarusOverTheYears_thenDialoguePartnerObserverMember() {
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2009, 12, 31))).isEmpty();
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2010, 1, 1))).contains(DIALOGUE_PARTNER);
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2015, 7, 10))).contains(OBSERVER_STATE);
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2024, 7, 3))).contains(OBSERVER_STATE);
        assertThat(fixture.statusOf(Fixture.BY, LocalDate.of(2024, 7, 4))).contains(MEMBER_STATE);
    }

    @Test
    void givenNullArguments_whenStatusOf_thenMessageNamesTheParameter() {
        assertThatThrownBy(() -> fixture.statusOf(null, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("country must not be null");
        assertThatThrownBy(() -> fixture.statusOf(fixture.country("IN"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
    }

    @Test
    void givenFixture_whenTimelineOfBelarus_thenPeriodsInChronologicalOrder() {
        List<StatusPeriod> timeline = fixture.timeline(Fixture.BY);
        assertThat(timeline).extracting(StatusPeriod::status)
                .containsExactly(DIALOGUE_PARTNER, OBSERVER_STATE, MEMBER_STATE);
        assertThatThrownBy(() -> timeline.add(timeline.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenBundledFacts_whenTimelineOfIran_thenMembershipSince2023() {
        Sco sco = Bundled.sco();
        List<StatusPeriod> timeline = sco.timeline(sco.country("IR"));
        assertThat(timeline).isNotEmpty();
        StatusPeriod last = timeline.get(timeline.size() - 1);
        assertThat(last.status()).isEqualTo(MEMBER_STATE);
        assertThat(last.period().startDay()).isEqualTo(LocalDate.of(2023, 7, 4));
        assertThat(last.period().isOpenEnded()).isTrue();
    }

    @Test
    void givenCountryWithoutStatus_whenTimeline_thenEmpty() {
        Country france = Country.of("FR", "France", "French Republic");
        assertThat(fixture.timeline(france)).isEmpty();
        assertThat(fixture.statusOf(france, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void givenFixture_whenChairmanshipOn_thenThePresidingStateOrEmpty() {
        assertThat(fixture.chairmanshipOn(LocalDate.of(2024, 9, 1))).contains(Fixture.CHAIR_CN);
        assertThat(fixture.chairmanshipOn(LocalDate.of(2024, 7, 4))).contains(Fixture.CHAIR_KZ);
        assertThat(fixture.chairmanshipOn(LocalDate.of(2024, 7, 5))).contains(Fixture.CHAIR_CN);
        assertThat(fixture.chairmanshipOn(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThatThrownBy(() -> fixture.chairmanshipOn(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
    }

    @Test
    void givenSource_whenFactsCiting_thenTheFactsThatCiteIt() {
        Sco sco = Bundled.sco();
        assertThat(fixture.factsCiting(Fixture.OFFICIAL)).containsExactlyInAnyOrder(Fixture.CHS_22, Fixture.CHS_23,
                Fixture.CHS_24, Fixture.CHS_25, Fixture.CHARTER, Fixture.ASTANA_DECLARATION, Fixture.MEMBERS_2024);
        for (Source source : sco.dataset().sources()) {
            assertThat(sco.factsCiting(source)).isEqualTo(sco.dataset().factsCiting(source.id()));
        }
    }

    @Test
    void givenBundledFacts_whenFactsCitingKremlinAstanaReport_thenBelarusMembershipAndTheAstanaSummit() {
        Sco sco = Bundled.sco();
        Source kremlin = sco.dataset().source(SourceId.of("kremlin-2024-astana")).orElseThrow();
        List<Fact> citing = sco.factsCiting(kremlin);
        assertThat(citing).contains(sco.timeline(sco.country("BY")).get(2));
        assertThat(citing).contains(sco.summits().numbered(24).orElseThrow());
        assertThat(citing).doesNotContain(sco.timeline(sco.country("BY")).get(0));
    }

    @Test
    void givenSourceUnknownToDataset_whenFactsCiting_thenEmpty() {
        assertThat(fixture.factsCiting(Fixture.unrelatedSource())).isEmpty();
    }

    @Test
    void givenSco_whenToString_thenNamesTheDatasetVersion() {
        assertThat(fixture.toString()).startsWith("Sco[ScoDataset[version=fixture, checkedThrough=2025-12-31,");
    }
}
