package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;

class QueryTest {

    private static final LocalDate ACCESSION = LocalDate.of(2017, 6, 9);

    private final Sco fixture = Fixture.sco();

    @Test
    void givenSharedStepFirst_whenFamilyStepFollows_thenTheChainKeepsItsTypeWithoutCasts() {
        Predicate<Country> notChina = c -> !c.alpha2().equals("CN");
        CountryQuery q = fixture.countries().where(notChina).sortedBy(Comparator.comparing(Country::shortName))
                .withStatus(MEMBER_STATE).asOf(ACCESSION);
        assertThat(q.list()).extracting(Country::shortName).containsExactly("India", "Kazakhstan", "Kyrgyzstan",
                "Pakistan", "Russia", "Tajikistan", "Uzbekistan");
        MeetingQuery m = fixture.summits().sortedBy(Comparator.comparing(Meeting::firstDay).reversed()).inYear(2024);
        assertThat(m.list()).containsExactly(Fixture.CHS_24);
    }

    @Test
    void givenSortedBy_whenList_thenTheGivenOrderReplacesTheChronologicalOne() {
        assertThat(fixture.summits().sortedBy(Comparator.comparing(Meeting::firstDay).reversed()).list())
                .containsExactly(Fixture.CHS_25, Fixture.CHS_24, Fixture.CHS_23, Fixture.CHS_22);
    }

    @Test
    void givenTwoConditions_whenList_thenBothMustHold() {
        List<Meeting> found = fixture.meetings().where(m -> m.year() >= 2023).where(m -> m.host().equals(Fixture.KG))
                .list();
        assertThat(found).containsExactly(Fixture.CHG_BISHKEK);
    }

    @Test
    void givenAnswers_whenTerminalOperations_thenTheyAgreeWithList() {
        CountryQuery members = fixture.countries().withStatus(MEMBER_STATE).asOf(ACCESSION);
        assertThat(members.count()).isEqualTo(8).isEqualTo(members.list().size());
        assertThat(members.first()).contains(Fixture.CN);
        assertThat(members.exists()).isTrue();
        assertThat(members.stream().toList()).isEqualTo(members.list());
        CountryQuery none = fixture.countries().withStatus(MEMBER_STATE).asOf(LocalDate.of(2000, 1, 1));
        assertThat(none.count()).isZero();
        assertThat(none.first()).isEmpty();
        assertThat(none.exists()).isFalse();
    }

    @Test
    void givenExactlyOneAnswer_whenOnly_thenThatAnswer() {
        assertThat(fixture.summits().ordinal(25).only()).isEqualTo(Fixture.CHS_25);
    }

    @Test
    void givenNoAnswerOrSeveral_whenOnly_thenMessageNamesQueryAndCount() {
        assertThatThrownBy(() -> fixture.summits().ordinal(99).only())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected exactly one answer to summits().ordinal(99) but found 0");
        assertThatThrownBy(() -> fixture.countries().withStatus(MEMBER_STATE).asOf(ACCESSION).only())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected exactly one answer to countries().withStatus(MEMBER_STATE).asOf(2017-06-09)"
                        + " but found 8");
    }

    @Test
    void givenAnyQuery_whenListIsModified_thenUnsupportedOperation() {
        List<Country> members = fixture.countries().withStatus(MEMBER_STATE).asOf(ACCESSION).list();
        assertThatThrownBy(() -> members.add(Fixture.MN)).isInstanceOf(UnsupportedOperationException.class);
        List<Country> sorted = fixture.countries().sortedBy(Comparator.comparing(Country::alpha2)).list();
        assertThatThrownBy(() -> sorted.clear()).isInstanceOf(UnsupportedOperationException.class);
        List<Meeting> all = fixture.meetings().list();
        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenQuery_whenAStepIsAdded_thenTheOriginalIsUnchangedAndEqualToAFreshCopy() {
        CountryQuery members = fixture.countries().withStatus(MEMBER_STATE);
        String before = members.toString();
        CountryQuery asOf = members.asOf(ACCESSION);
        CountryQuery sorted = members.sortedBy(Comparator.comparing(Country::alpha2));
        assertThat(asOf).isNotSameAs(members).isNotEqualTo(members);
        assertThat(sorted).isNotEqualTo(members);
        assertThat(members).hasToString(before).isEqualTo(fixture.countries().withStatus(MEMBER_STATE));
        assertThat(members.count()).isEqualTo(10);
    }

    @Test
    void givenEqualCriteria_whenCompared_thenEqualWithEqualHashCodes() {
        Sco again = Sco.of(fixture.dataset());
        CountryQuery a = fixture.countries().withStatus(OBSERVER_STATE).asOf(ACCESSION);
        CountryQuery b = again.countries().asOf(ACCESSION).withStatus(OBSERVER_STATE);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.withStatus(MEMBER_STATE)).isNotEqualTo(a.asOf(ACCESSION.plusDays(1)))
                .isNotEqualTo(null).isNotEqualTo("countries().withStatus(OBSERVER_STATE).asOf(2017-06-09)");
        assertThat(fixture.countries()).isNotEqualTo(Fixture.sco().countries().foundingMembers());
    }

    @Test
    void givenEqualButSeparatelyBuiltDatasets_whenQueriesCompared_thenEqual() {
        assertThat(Fixture.sco().summits().numbered(24)).isEqualTo(fixture.summits().numbered(24));
        assertThat(Fixture.sco().summits()).isEqualTo(fixture.summits());
    }

    @Test
    void givenDifferentFamiliesOrDatasets_whenCompared_thenNotEqual() {
        ChairmanshipQuery chairs = fixture.chairmanships();
        AppointmentQuery posts = fixture.appointments();
        assertThat((Object) chairs).isNotEqualTo(posts);
        Sco smaller = Sco.of(fixture.dataset().toBuilder().version("other").build());
        assertThat(smaller.chairmanships()).isNotEqualTo(chairs);
    }

    @Test
    void givenConditionOrComparator_whenCompared_thenTheyCompareByIdentity() {
        Predicate<Country> p = c -> true;
        assertThat(fixture.countries().where(p)).isEqualTo(fixture.countries().where(p));
        assertThat(fixture.countries().where(p)).isNotEqualTo(fixture.countries().where(c -> true));
        Comparator<Country> byName = Comparator.comparing(Country::shortName);
        assertThat(fixture.countries().sortedBy(byName)).isEqualTo(fixture.countries().sortedBy(byName));
    }

    @Test
    void givenConditionsAndOrder_whenToString_thenTheyAreNamedAfterTheCriteria() {
        assertThat(fixture.summits().where(m -> true).where(m -> true).sortedBy(Comparator.comparing(Meeting::id))
                .inYear(2024))
                .hasToString("summits().inYear(2024).where(condition 1).where(condition 2).sortedBy(comparator)");
    }

    @Test
    void givenNullConditionOrComparator_whenStep_thenMessageNamesTheParameter() {
        assertThatThrownBy(() -> fixture.countries().where(null))
                .isInstanceOf(NullPointerException.class).hasMessage("condition must not be null");
        assertThatThrownBy(() -> fixture.countries().sortedBy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("comparator must not be null");
    }
}
