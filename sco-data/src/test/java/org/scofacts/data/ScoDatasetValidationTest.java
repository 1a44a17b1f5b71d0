package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.Appointment;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;
import org.scofacts.model.Post;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * Whole-dataset validation: each test builds a small, hand-made dataset that breaks one rule and
 * checks that loading fails with a message naming the offending fact.
 */
class ScoDatasetValidationTest {

    private static final LocalDate CHECKED_THROUGH = LocalDate.of(2026, 11, 23);

    private static final Country CN = Country.of("CN", "China", "People's Republic of China");
    private static final Country RU = Country.of("RU", "Russia", "Russian Federation");
    private static final Country KZ = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan");
    private static final Country IN = Country.of("IN", "India", "Republic of India");
    private static final Country PK = Country.of("PK", "Pakistan", "Islamic Republic of Pakistan");

    private static final Source WIKI = new Source(SourceId.of("wiki-sco"), SourceKind.REFERENCE_WORK,
            "Shanghai Cooperation Organisation", "Wikipedia", Optional.empty(),
            Optional.of(URI.create("https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation")), "");
    private static final Source CHARTER_TEXT = new Source(SourceId.of("sco-charter-text"), SourceKind.OFFICIAL,
            "Charter of the Shanghai Cooperation Organization", "SCO Secretariat", Optional.of(PartialDate.of(2002, 6, 7)),
            Optional.empty(), "");
    private static final Source UNCITED = new Source(SourceId.of("uncited"), SourceKind.NEWS_REPORT, "Unused",
            "Nobody", Optional.empty(), Optional.empty(), "");

    private static final Meeting CHS_1 = summit(1, LocalDate.of(2001, 6, 15), "Shanghai", CN);
    private static final Meeting CHS_2 = summit(2, LocalDate.of(2002, 6, 7), "Saint Petersburg", RU);
    private static final Chairmanship CHAIR_RU = chair("chair.ru.2001", RU, LocalDate.of(2001, 6, 16),
            LocalDate.of(2002, 6, 8));
    private static final Appointment SG_1 = secretaryGeneral("sg.zhang-deguang", "Zhang Deguang", CN,
            LocalDate.of(2004, 1, 1), LocalDate.of(2007, 1, 1));
    private static final Appointment SG_2 = secretaryGeneral("sg.bolat-nurgaliyev", "Bolat Nurgaliyev", KZ,
            LocalDate.of(2007, 1, 1), LocalDate.of(2010, 1, 1));
    private static final Document CHARTER = new Document(FactId.of("doc.charter"), "Charter of the SCO",
            DocumentKind.CHARTER, PartialDate.of(2002, 6, 7), Optional.of(Place.of("Saint Petersburg", RU)),
            Optional.of(PartialDate.of(2003, 9, 19)), Optional.of(MeetingRef.to(CHS_2)), List.of(CHARTER_TEXT));

    // ---------------------------------------------------------------------------------------------
    // Building blocks

    private static Meeting summit(int ordinal, LocalDate day, String city, Country host) {
        return new Meeting(FactId.of("chs-" + ordinal), Council.HEADS_OF_STATE, Optional.of(ordinal), day, day,
                Place.of(city, host), MeetingFormat.IN_PERSON, List.of(WIKI));
    }

    private static Chairmanship chair(String id, Country state, LocalDate from, LocalDate until) {
        return new Chairmanship(FactId.of(id), state, DateRange.of(from, until), List.of(WIKI));
    }

    private static Appointment secretaryGeneral(String id, String holder, Country nominatedBy, LocalDate from,
                                                LocalDate until) {
        return new Appointment(FactId.of(id), Post.SECRETARY_GENERAL, holder, nominatedBy, DateRange.of(from, until),
                List.of(WIKI));
    }

    private static StatusPeriod status(Country country, Status status, DateRange period, Optional<MeetingRef> decidedAt) {
        String id = "status." + country.alpha2().toLowerCase(java.util.Locale.ROOT) + "." + status.name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + period.start().year();
        return new StatusPeriod(FactId.of(id), country, status, period, "decision", decidedAt, List.of(WIKI));
    }

    private static StatusPeriod member(Country country, LocalDate since, Meeting decidedAt) {
        return status(country, Status.MEMBER_STATE, DateRange.ofOpenEnd(since), Optional.of(MeetingRef.to(decidedAt)));
    }

    private static Event event(String id, DateRange period, List<Source> sources) {
        return new Event(FactId.of(id), EventKind.FORUM, "Forum", period, Optional.empty(), sources);
    }

    /** A valid dataset's facts, in an order that is deliberately not the sorted one. */
    private static List<Fact> validFacts() {
        List<Fact> facts = new ArrayList<>();
        facts.add(SG_2);
        facts.add(SG_1);
        facts.add(CHARTER);
        facts.add(CHAIR_RU);
        facts.add(CHS_2);
        facts.add(CHS_1);
        facts.add(member(IN, LocalDate.of(2017, 6, 9), CHS_2));
        facts.add(status(IN, Status.OBSERVER_STATE, DateRange.of(LocalDate.of(2005, 7, 5), LocalDate.of(2017, 6, 9)),
                Optional.empty()));
        facts.add(member(KZ, LocalDate.of(2001, 6, 15), CHS_1));
        facts.add(member(CN, LocalDate.of(2001, 6, 15), CHS_1));
        return facts;
    }

    private static ScoDataset.Builder builder(List<Fact> facts) {
        return ScoDataset.builder()
                .version("test.1")
                .checkedThrough(CHECKED_THROUGH)
                .countries(List.of(RU, KZ, IN, CN))
                .sources(List.of(WIKI, CHARTER_TEXT))
                .facts(facts);
    }

    private static List<Fact> validFactsAnd(Fact... more) {
        List<Fact> facts = validFacts();
        facts.addAll(List.of(more));
        return facts;
    }

    private static ThrowableAssertAlternative<InvalidDatasetException> assertInvalid(ScoDataset.Builder builder,
                                                                                     String factId) {
        InvalidDatasetException e = Assertions.catchThrowableOfType(InvalidDatasetException.class, builder::build);
        assertThat(e).as("build() must reject the dataset").isNotNull();
        assertThat(e.factId()).as("factId()").isEqualTo(Optional.ofNullable(factId).map(FactId::of));
        return Assertions.assertThatExceptionOfType(InvalidDatasetException.class).isThrownBy(() -> {
            throw e;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // A valid dataset

    @Test
    void a_valid_dataset_builds_with_every_fact() {
        ScoDataset data = builder(validFacts()).build();

        assertThat(data.version()).isEqualTo("test.1");
        assertThat(data.checkedThrough()).isEqualTo(CHECKED_THROUGH);
        assertThat(data.facts()).hasSize(validFacts().size()).containsExactlyInAnyOrderElementsOf(validFacts());
        assertThat(data.fact(CHS_2.id())).contains(CHS_2);
        assertThat(data.fact(FactId.of("chs-99"))).isEmpty();
        assertThat(data.source(WIKI.id())).contains(WIKI);
        assertThat(data.source(SourceId.of("nowhere"))).isEmpty();
        assertThat(data.country("KZ")).contains(KZ);
        assertThat(data.country("kz")).isEmpty();
        assertThat(data.factsCiting(CHARTER_TEXT.id())).containsExactly(CHARTER);
        assertThat(data.isChecked(CHECKED_THROUGH)).isTrue();
        assertThat(data.isChecked(CHECKED_THROUGH.plusDays(1))).isFalse();
    }

    @Test
    void lists_come_out_sorted() {
        ScoDataset data = builder(validFacts()).build();

        assertThat(data.countries()).containsExactly(CN, IN, KZ, RU);
        assertThat(data.sources()).containsExactly(CHARTER_TEXT, WIKI);
        assertThat(data.meetings()).containsExactly(CHS_1, CHS_2);
        assertThat(data.appointments()).containsExactly(SG_1, SG_2);
        assertThat(data.statusPeriods()).extracting(s -> s.id().value()).containsExactly(
                "status.cn.member-state.2001", "status.kz.member-state.2001", "status.in.observer-state.2005",
                "status.in.member-state.2017");
        assertThat(data.documents()).containsExactly(CHARTER);
        assertThat(data.chairmanships()).containsExactly(CHAIR_RU);
    }

    @Test
    void lists_are_unmodifiable() {
        ScoDataset data = builder(validFacts()).build();

        List<List<?>> lists = new ArrayList<>(List.of(data.countries(), data.sources(), data.factsCiting(WIKI.id())));
        for (FactFamily<?> family : FactFamily.all()) {
            lists.add(data.facts(family));
        }
        for (List<?> list : lists) {
            assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void the_dataset_does_not_change_when_the_callers_lists_do() {
        // GIVEN lists the caller keeps
        List<Fact> facts = validFacts();
        List<Country> countries = new ArrayList<>(List.of(RU, KZ, IN, CN));
        ScoDataset data = ScoDataset.builder().version("test.1").checkedThrough(CHECKED_THROUGH)
                .countries(countries).sources(new ArrayList<>(List.of(WIKI, CHARTER_TEXT))).facts(facts).build();
        // WHEN the caller changes them afterwards
        facts.clear();
        countries.clear();
        // THEN the dataset is unchanged
        assertThat(data.facts()).hasSize(validFacts().size());
        assertThat(data.countries()).hasSize(4);
    }

    @Test
    void to_builder_builds_an_equal_dataset() {
        ScoDataset data = builder(validFacts()).build();
        ScoDataset copy = data.toBuilder().build();

        assertThat(copy).isEqualTo(data).hasSameHashCodeAs(data).isNotSameAs(data);
        assertThat(copy.toString()).isEqualTo(data.toString());
        Appointment sg3 = secretaryGeneral("sg.rashid-alimov", "Rashid Alimov", KZ, LocalDate.of(2010, 1, 1),
                LocalDate.of(2013, 1, 1));
        assertThat(builder(validFactsAnd(sg3)).build()).isNotEqualTo(data);
    }

    @Test
    void abutting_periods_are_not_overlapping() {
        // The valid dataset already has India observer until 2017-06-09 and member from that day,
        // two secretaries-general meeting on 2007-01-01; it builds.
        assertThat(builder(validFacts()).build().statusPeriods()).hasSize(4);
    }

    // ---------------------------------------------------------------------------------------------
    // Identity

    @Test
    void build_rejects_a_duplicate_fact_id() {
        Meeting otherChs1 = new Meeting(CHS_1.id(), Council.HEADS_OF_GOVERNMENT, Optional.empty(),
                LocalDate.of(2001, 9, 14), LocalDate.of(2001, 9, 14), Place.of("Almaty", KZ), MeetingFormat.IN_PERSON,
                List.of(WIKI));

        assertInvalid(builder(validFactsAnd(otherChs1)), "chs-1")
                .withMessage("fact chs-1: duplicate fact id, also used by a Meeting");
    }

    @Test
    void build_rejects_a_duplicate_fact_id_across_families() {
        Event sameIdAsCharter = event("doc.charter", DateRange.from(PartialDate.ofYear(2003)), List.of(WIKI));

        assertInvalid(builder(validFactsAnd(sameIdAsCharter)), "doc.charter")
                .withMessage("fact doc.charter: duplicate fact id, also used by a Document");
    }

    @Test
    void build_rejects_a_duplicate_source_id() {
        Source otherWiki = new Source(WIKI.id(), SourceKind.REFERENCE_WORK, "Other", "Wikipedia", Optional.empty(),
                Optional.empty(), "");

        assertInvalid(builder(validFacts()).sources(List.of(WIKI, CHARTER_TEXT, otherWiki)), null)
                .withMessage("duplicate source id wiki-sco");
    }

    @Test
    void build_rejects_a_duplicate_country() {
        assertInvalid(builder(validFacts()).countries(List.of(RU, KZ, IN, CN, KZ)), null).withMessage("duplicate country KZ");
    }

    @Test
    void given_a_builder_when_its_parts_are_set_again_then_they_replace_the_earlier_ones() {
        ScoDataset data = builder(validFacts()).build();

        ScoDataset rebuilt = data.toBuilder().countries(data.countries()).sources(data.sources())
                .facts(data.facts().collect(Collectors.toList())).build();

        assertThat(rebuilt).isEqualTo(data);
        assertThat(builder(List.of(CHS_1)).facts(validFacts()).build().facts()).hasSize(validFacts().size());
    }

    // ---------------------------------------------------------------------------------------------
    // Sources

    @Test
    void build_rejects_a_fact_citing_an_unknown_source() {
        Event citesUncited = event("forum.2003", DateRange.from(PartialDate.ofYear(2003)), List.of(WIKI, UNCITED));

        assertInvalid(builder(validFactsAnd(citesUncited)), "forum.2003")
                .withMessage("fact forum.2003: cites unknown source uncited");
    }

    @Test
    void build_rejects_a_fact_citing_another_version_of_a_known_source() {
        Source retitled = new Source(WIKI.id(), WIKI.kind(), "SCO (old title)", WIKI.publisher(), WIKI.published(),
                WIKI.url(), WIKI.note());
        Event citesRetitled = event("forum.2003", DateRange.from(PartialDate.ofYear(2003)), List.of(retitled));

        assertInvalid(builder(validFactsAnd(citesRetitled)), "forum.2003")
                .withMessage("fact forum.2003: cites source wiki-sco with other details than the dataset's copy");
    }

    @Test
    void build_rejects_a_source_cited_by_no_fact() {
        assertInvalid(builder(validFacts()).sources(List.of(WIKI, CHARTER_TEXT, UNCITED)), null)
                .withMessage("source uncited is cited by no fact");
    }

    // ---------------------------------------------------------------------------------------------
    // Countries and references

    @Test
    void build_rejects_a_fact_naming_an_unknown_country() {
        StatusPeriod pakistan = member(PK, LocalDate.of(2017, 6, 9), CHS_2);

        assertInvalid(builder(validFactsAnd(pakistan)), "status.pk.member-state.2017")
                .withMessage("fact status.pk.member-state.2017: names country PK that is not in the dataset's"
                        + " countries");
    }

    @Test
    void build_rejects_a_fact_naming_another_version_of_a_known_country() {
        Country kazakstan = Country.of("KZ", "Kazakstan", "Republic of Kazakhstan");
        Appointment sg = secretaryGeneral("sg.rashid-alimov", "Rashid Alimov", kazakstan, LocalDate.of(2010, 1, 1),
                LocalDate.of(2013, 1, 1));

        assertInvalid(builder(validFactsAnd(sg)), "sg.rashid-alimov")
                .withMessage("fact sg.rashid-alimov: names country KZ with other details than the dataset's copy");
    }

    @Test
    void build_rejects_a_document_adopted_at_an_unknown_meeting() {
        Document declaration = new Document(FactId.of("doc.declaration-2003"), "Moscow Declaration",
                DocumentKind.DECLARATION, PartialDate.of(2003, 5, 29), Optional.empty(), Optional.empty(),
                Optional.of(MeetingRef.of("chs-3")), List.of(WIKI));

        assertInvalid(builder(validFactsAnd(declaration)), "doc.declaration-2003")
                .withMessage("fact doc.declaration-2003: refers to unknown meeting chs-3");
    }

    @Test
    void build_rejects_a_status_decided_at_an_unknown_meeting() {
        StatusPeriod indiaPartner = status(IN, Status.DIALOGUE_PARTNER,
                DateRange.of(LocalDate.of(2004, 1, 1), LocalDate.of(2005, 7, 5)), Optional.of(MeetingRef.of("chs-4")));

        assertInvalid(builder(validFactsAnd(indiaPartner)), "status.in.dialogue-partner.2004")
                .withMessage("fact status.in.dialogue-partner.2004: refers to unknown meeting chs-4");
    }

    @Test
    void build_rejects_a_meeting_reference_to_a_fact_that_is_not_a_meeting() {
        StatusPeriod decidedAtACharter = status(IN, Status.DIALOGUE_PARTNER,
                DateRange.of(LocalDate.of(2004, 1, 1), LocalDate.of(2005, 7, 5)), Optional.of(new MeetingRef(CHARTER.id())));

        assertInvalid(builder(validFactsAnd(decidedAtACharter)), "status.in.dialogue-partner.2004")
                .withMessage("fact status.in.dialogue-partner.2004: refers to unknown meeting doc.charter");
    }

    @Test
    void build_rejects_a_country_name_citing_an_unknown_source_and_accepts_it_once_the_source_is_listed() {
        Source report = new Source(SourceId.of("report-kg-ru"), SourceKind.NEWS_REPORT, "SCO chairmanship", "Report.az",
                Optional.empty(), Optional.empty(), "");
        Country kg = Country.of("KG", "Kyrgyzstan", "Kyrgyz Republic").withLocalName(CountryName.of("ru", "Кыргызстан", report));

        assertInvalid(ScoDataset.builder().version("test.1").checkedThrough(CHECKED_THROUGH)
                .countries(List.of(RU, KZ, IN, CN, kg)).sources(List.of(WIKI, CHARTER_TEXT)).facts(validFacts()), null)
                .withMessage("country KG: name \"Кыргызстан\" cites unknown source report-kg-ru");
        assertThat(ScoDataset.builder().version("test.1").checkedThrough(CHECKED_THROUGH)
                .countries(List.of(RU, KZ, IN, CN, kg)).sources(List.of(WIKI, CHARTER_TEXT, report)).facts(validFacts())
                .build().countries()).contains(kg);
    }

    // ---------------------------------------------------------------------------------------------
    // Time lines

    @Test
    void build_rejects_overlapping_status_periods_for_one_country() {
        // GIVEN India is observer until 2017-06-09 and member from that day
        // WHEN a second member period starts a year earlier, while India is still observer
        StatusPeriod earlyMember = status(IN, Status.MEMBER_STATE,
                DateRange.of(LocalDate.of(2016, 6, 24), LocalDate.of(2016, 12, 31)), Optional.empty());

        // THEN the later-starting of the overlapping pair is named
        assertInvalid(builder(validFactsAnd(earlyMember)), "status.in.member-state.2016")
                .withMessage("fact status.in.member-state.2016: status period overlaps status.in.observer-state.2005"
                        + " for country IN (2016-06-24..2016-12-30 and 2005-07-05..2017-06-08)");
    }

    @Test
    void build_accepts_equal_status_periods_for_different_countries() {
        StatusPeriod russia = member(RU, LocalDate.of(2001, 6, 15), CHS_1);

        assertThat(builder(validFactsAnd(russia)).build().statusPeriods()).contains(russia);
    }

    @Test
    void build_rejects_two_presiding_states_at_once() {
        Chairmanship china = chair("chair.cn.2002", CN, LocalDate.of(2002, 6, 1), LocalDate.of(2003, 5, 30));

        assertInvalid(builder(validFactsAnd(china)), "chair.cn.2002")
                .withMessage("fact chair.cn.2002: two presiding states at once: CN 2002-06-01..2003-05-29 overlaps"
                        + " chair.ru.2001 (RU 2001-06-16..2002-06-07)");
    }

    @Test
    void build_rejects_overlapping_terms_for_one_post() {
        Appointment overlapping = secretaryGeneral("sg.rashid-alimov", "Rashid Alimov", KZ,
                LocalDate.of(2009, 1, 1), LocalDate.of(2013, 1, 1));

        assertInvalid(builder(validFactsAnd(overlapping)), "sg.rashid-alimov")
                .withMessage("fact sg.rashid-alimov: term of Rashid Alimov 2009-01-01..2012-12-31 overlaps"
                        + " sg.bolat-nurgaliyev (Bolat Nurgaliyev 2007-01-01..2009-12-31) as SECRETARY_GENERAL");
    }

    @Test
    void build_accepts_overlapping_terms_for_different_posts() {
        Appointment rats = new Appointment(FactId.of("rats.director.2004"), Post.RATS_EXECUTIVE_COMMITTEE_DIRECTOR,
                "Vyacheslav Kasymov", KZ, DateRange.of(LocalDate.of(2004, 1, 1), LocalDate.of(2007, 1, 1)),
                List.of(WIKI));

        assertThat(builder(validFactsAnd(rats)).build().appointments()).contains(rats);
    }

    // ---------------------------------------------------------------------------------------------
    // Summits

    @Test
    void build_rejects_a_gap_in_summit_ordinals() {
        Meeting chs4 = summit(4, LocalDate.of(2004, 6, 17), "Tashkent", KZ);

        assertInvalid(builder(validFactsAnd(chs4)), "chs-4")
                .withMessage("fact chs-4: gap before ordinal 4 of the Council of Heads of State (expected 3)");
    }

    @Test
    void build_accepts_a_count_that_starts_later_so_a_dataset_can_hold_recent_years_only() {
        Meeting second = new Meeting(FactId.of("chg-2"), Council.HEADS_OF_GOVERNMENT, Optional.of(2),
                LocalDate.of(2003, 9, 23), LocalDate.of(2003, 9, 23), Place.of("Moscow", RU),
                MeetingFormat.IN_PERSON, List.of(WIKI));

        assertThat(builder(validFactsAnd(second)).build().meetings()).contains(second);
    }

    @Test
    void build_rejects_a_duplicate_summit_ordinal() {
        Meeting secondChs2 = new Meeting(FactId.of("chs-2-again"), Council.HEADS_OF_STATE, Optional.of(2),
                LocalDate.of(2002, 6, 8), LocalDate.of(2002, 6, 8), Place.of("Saint Petersburg", RU),
                MeetingFormat.IN_PERSON, List.of(WIKI));

        assertInvalid(builder(validFactsAnd(secondChs2)), "chs-2-again")
                .withMessage("fact chs-2-again: duplicate ordinal 2 of the Council of Heads of State (expected 3)");
    }

    @Test
    void build_rejects_a_summit_dated_before_the_previous_ordinal() {
        Meeting chs3 = summit(3, LocalDate.of(2002, 1, 1), "Moscow", RU);

        assertInvalid(builder(validFactsAnd(chs3)), "chs-3")
                .withMessage("fact chs-3: ordinal 3 is dated before ordinal 2");
    }

    @Test
    void build_counts_ordinals_per_council() {
        Meeting firstPrimeMinisters = new Meeting(FactId.of("chg-1"), Council.HEADS_OF_GOVERNMENT, Optional.of(1),
                LocalDate.of(2001, 9, 14), LocalDate.of(2001, 9, 14), Place.of("Almaty", KZ), MeetingFormat.IN_PERSON,
                List.of(WIKI));

        assertThat(builder(validFactsAnd(firstPrimeMinisters)).build().meetings()).contains(firstPrimeMinisters);
    }

    @Test
    void build_rejects_a_summit_whose_host_does_not_preside() {
        // GIVEN Russia presides from 2001-06-16 to 2002-06-08, and the 2nd summit is on 2002-06-07 (Russia's
        // term holds on its eve, 2002-06-06, the outgoing chair's last day)
        // WHEN the 2nd summit is recorded in Kazakhstan instead of Russia
        List<Fact> facts = validFacts();
        facts.remove(CHS_2);
        facts.add(summit(2, LocalDate.of(2002, 6, 7), "Astana", KZ));

        // THEN the summit is named, with the chairmanship it contradicts
        assertInvalid(builder(facts), "chs-2")
                .withMessage("fact chs-2: hosted by KZ while chair.ru.2001 has RU presiding on 2002-06-06, and"
                        + " chair.ru.2001 does not record presiding over it abroad");
    }

    @Test
    void build_accepts_a_summit_hosted_by_another_state_when_the_chair_records_presiding_over_it() {
        // GIVEN the 2nd summit is moved to Kazakhstan while Russia presides (as Moscow 2003 was for Kazakhstan)
        List<Fact> facts = validFacts();
        facts.remove(CHS_2);
        facts.remove(CHAIR_RU);
        Meeting astana = summit(2, LocalDate.of(2002, 6, 7), "Astana", KZ);
        Chairmanship russiaAbroad = new Chairmanship(FactId.of("chair.ru.2001"), RU,
                DateRange.of(LocalDate.of(2001, 6, 16), LocalDate.of(2002, 6, 8)), List.of(WIKI),
                Optional.of(MeetingRef.to(astana)));
        facts.add(astana);
        facts.add(russiaAbroad);

        // WHEN the dataset is built THEN the chair presides over the summit another state hosted
        assertThat(builder(facts).build().facts(FactFamily.CHAIRMANSHIPS)).contains(russiaAbroad);
    }

    @Test
    void build_rejects_a_chair_recording_a_summit_abroad_that_its_own_state_hosted() {
        List<Fact> facts = validFacts();
        facts.remove(CHAIR_RU);
        facts.add(new Chairmanship(FactId.of("chair.ru.2001"), RU,
                DateRange.of(LocalDate.of(2001, 6, 16), LocalDate.of(2002, 6, 8)), List.of(WIKI),
                Optional.of(MeetingRef.to(CHS_2))));

        assertInvalid(builder(facts), "chair.ru.2001")
                .withMessage("fact chair.ru.2001: records presiding abroad over chs-2, which its own state RU hosted");
    }

    @Test
    void build_rejects_a_chair_recording_a_summit_abroad_outside_its_term() {
        List<Fact> facts = validFacts();
        facts.remove(CHS_2);
        Meeting astana = summit(2, LocalDate.of(2002, 6, 7), "Astana", KZ);
        facts.add(astana);
        facts.remove(CHAIR_RU);
        facts.add(new Chairmanship(FactId.of("chair.ru.2001"), RU,
                DateRange.of(LocalDate.of(2001, 6, 16), LocalDate.of(2002, 6, 6)), List.of(WIKI),
                Optional.of(MeetingRef.to(astana))));

        assertInvalid(builder(facts), "chair.ru.2001")
                .withMessage("fact chair.ru.2001: records presiding abroad over chs-2 on 2002-06-06, outside its term"
                        + " 2001-06-16..2002-06-05");
    }

    // ---------------------------------------------------------------------------------------------
    // Accession steps

    private static AccessionStep indiaStep(AccessionStepKind kind, PartialDate date) {
        return new AccessionStep(FactId.of("accession.in." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')), IN,
                Status.MEMBER_STATE, kind, date, Optional.empty(), Optional.empty(), List.of(WIKI));
    }

    @Test
    void build_accepts_an_admission_on_the_day_the_member_status_starts_and_steps_before_it() {
        AccessionStep memorandum = indiaStep(AccessionStepKind.MEMORANDUM_SIGNED, PartialDate.of(2016, 6, 24));
        AccessionStep admission = indiaStep(AccessionStepKind.ADMISSION, PartialDate.of(2017, 6, 9));
        // A step known only to the month of admission may have come before it.
        AccessionStep sameMonth = indiaStep(AccessionStepKind.RATIFICATION, PartialDate.of(2017, 6));

        assertThat(builder(validFactsAnd(admission, memorandum, sameMonth)).build().accessionSteps())
                .containsExactly(memorandum, sameMonth, admission);
    }

    @Test
    void build_rejects_an_admission_that_starts_no_status_period() {
        // GIVEN India's member status starts on 2017-06-09 WHEN an admission is dated a day later
        AccessionStep admission = indiaStep(AccessionStepKind.ADMISSION, PartialDate.of(2017, 6, 10));

        assertInvalid(builder(validFactsAnd(admission)), "accession.in.admission")
                .withMessage("fact accession.in.admission: admits IN as member state on 2017-06-10, but no status"
                        + " period of that country and status starts then");
    }

    @Test
    void build_rejects_a_step_dated_after_the_admission() {
        AccessionStep admission = indiaStep(AccessionStepKind.ADMISSION, PartialDate.of(2017, 6, 9));
        AccessionStep late = indiaStep(AccessionStepKind.MEMORANDUM_SIGNED, PartialDate.of(2017, 7));

        assertInvalid(builder(validFactsAnd(admission, late)), "accession.in.memorandum-signed")
                .withMessage("fact accession.in.memorandum-signed: MEMORANDUM_SIGNED of IN on 2017-07 comes after its"
                        + " admission on 2017-06-09");
    }

    @Test
    void build_accepts_a_new_application_once_the_status_an_admission_granted_has_ended() {
        // GIVEN India was an observer from 2005-07-05 until it became a member on 2017-06-09
        AccessionStep observer = observerStep("admission", AccessionStepKind.ADMISSION, PartialDate.of(2005, 7, 5));
        AccessionStep whileObserver = observerStep("application-2010", AccessionStepKind.APPLICATION,
                PartialDate.of(2010, 3));
        AccessionStep afterwards = observerStep("application-2020", AccessionStepKind.APPLICATION,
                PartialDate.ofYear(2020));

        assertThat(builder(validFactsAnd(observer, afterwards)).build().accessionSteps())
                .containsExactly(observer, afterwards);
        assertInvalid(builder(validFactsAnd(observer, whileObserver, afterwards)), "accession.in.observer.application-2010")
                .withMessage("fact accession.in.observer.application-2010: APPLICATION of IN on 2010-03 comes after its"
                        + " admission on 2005-07-05");
    }

    private static AccessionStep observerStep(String name, AccessionStepKind kind, PartialDate date) {
        return new AccessionStep(FactId.of("accession.in.observer." + name), IN, Status.OBSERVER_STATE, kind, date,
                Optional.empty(), Optional.empty(), List.of(WIKI));
    }

    // ---------------------------------------------------------------------------------------------
    // Dataset-wide settings

    @Test
    void build_rejects_a_fact_starting_after_checked_through() {
        Event future = event("forum.2027", DateRange.ofOpenEnd(PartialDate.ofYear(2027)), List.of(WIKI));

        assertInvalid(builder(validFactsAnd(future)), "forum.2027")
                .withMessage("fact forum.2027: starts on 2027, after the check date 2026-11-23");
    }

    @Test
    void build_rejects_a_fact_starting_the_day_after_checked_through() {
        Meeting tomorrow = new Meeting(FactId.of("cfm-2026-11"), Council.FOREIGN_MINISTERS, Optional.empty(),
                CHECKED_THROUGH.plusDays(1), CHECKED_THROUGH.plusDays(1), Place.of("Astana", KZ), MeetingFormat.VIRTUAL,
                List.of(WIKI));

        assertInvalid(builder(validFactsAnd(tomorrow)), "cfm-2026-11")
                .withMessage("fact cfm-2026-11: starts on 2026-11-24, after the check date 2026-11-23");
    }

    @Test
    void build_accepts_a_fact_starting_on_checked_through() {
        Event today = event("forum.2026", DateRange.ofOpenEnd(PartialDate.of(CHECKED_THROUGH)), List.of(WIKI));

        assertThat(builder(validFactsAnd(today)).build().events()).containsExactly(today);
    }

    @Test
    void build_rejects_a_missing_version() {
        ScoDataset.Builder noVersion = ScoDataset.builder().checkedThrough(CHECKED_THROUGH)
                .countries(List.of(RU, KZ, IN, CN)).sources(List.of(WIKI, CHARTER_TEXT)).facts(validFacts());

        assertInvalid(noVersion, null).withMessage("version must be set");
    }

    @Test
    void build_rejects_a_missing_checked_through() {
        ScoDataset.Builder noDate = ScoDataset.builder().version("test.1")
                .countries(List.of(RU, KZ, IN, CN)).sources(List.of(WIKI, CHARTER_TEXT)).facts(validFacts());

        assertInvalid(noDate, null).withMessage("checkedThrough must be set");
    }

    @Test
    void builder_rejects_a_blank_version_and_nulls_naming_them() {
        assertThatThrownBy(() -> ScoDataset.builder().version(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version").hasMessageContaining("\" \"");
        assertThatThrownBy(() -> ScoDataset.builder().version(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> ScoDataset.builder().checkedThrough(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("checkedThrough");
        assertThatThrownBy(() -> ScoDataset.builder().facts(java.util.Arrays.asList(CHS_1, null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("facts");
        assertThatThrownBy(() -> ScoDataset.builder().sources(java.util.Arrays.asList(WIKI, null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sources");
        assertThatThrownBy(() -> ScoDataset.builder().countries(java.util.Arrays.asList(KZ, null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("countries");
    }

    @Test
    void lookups_reject_null() {
        ScoDataset data = builder(validFacts()).build();

        assertThatThrownBy(() -> data.fact(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> data.source(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> data.country(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("alpha2");
        assertThatThrownBy(() -> data.isChecked(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
    }
}
