package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scofacts.model.TestData.ASTANA;
import static org.scofacts.model.TestData.CHS_24;
import static org.scofacts.model.TestData.IN;
import static org.scofacts.model.TestData.KZ;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.XINHUA;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.date;
import static org.scofacts.model.TestData.day;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every public model value prints as one short line a person can read, as java.time values do. */
class ToStringTest {

    private static final Country IR = Country.of("IR", "Iran", "Islamic Republic of Iran", "Persia")
            .withIdentifiers(IsoNumericCode.of(364), WikidataId.of("Q794"), CowStateCode.of(630, "IRN"));
    private static final Place TIANJIN = Place.of("Tianjin", TestData.CN);

    @Test
    void a_country_prints_its_short_name_and_alpha2_code() {
        assertThat(IR).hasToString("Iran (IR)");
        assertThat(KZ).hasToString("Kazakhstan (KZ)");
    }

    @Test
    void a_place_prints_its_city_and_country() {
        assertThat(TIANJIN).hasToString("Tianjin, China");
    }

    @Test
    void a_summit_prints_its_ordinal_city_and_days_with_the_last_day_inclusive() {
        Meeting tianjin = new Meeting(FactId.of("chs-25"), Council.HEADS_OF_STATE, Optional.of(25), date(2025, 8, 31),
                date(2025, 9, 1), TIANJIN, MeetingFormat.IN_PERSON, cite(WIKI));
        Meeting founding = new Meeting(FactId.of("chs-1"), Council.HEADS_OF_STATE, Optional.of(1), date(2001, 6, 15),
                date(2001, 6, 15), Place.of("Shanghai", TestData.CN), MeetingFormat.IN_PERSON, cite(WIKI));

        assertThat(tianjin).hasToString("25th summit, Tianjin, 2025-08-31..2025-09-01");
        assertThat(founding).hasToString("1st summit, Shanghai, 2001-06-15");
    }

    @Test
    void other_councils_print_the_council_and_the_ordinal_in_english() {
        Meeting heads = new Meeting(FactId.of("chg-23"), Council.HEADS_OF_GOVERNMENT, Optional.of(23), date(2024, 10, 15),
                date(2024, 10, 16), ASTANA, MeetingFormat.IN_PERSON, cite(WIKI));
        Meeting ministers = new Meeting(FactId.of("cfm-x"), Council.FOREIGN_MINISTERS, Optional.empty(), date(2024, 5, 21),
                date(2024, 5, 21), ASTANA, MeetingFormat.IN_PERSON, cite(WIKI));
        Meeting twelfth = new Meeting(FactId.of("chg-12"), Council.HEADS_OF_GOVERNMENT, Optional.of(12), date(2013, 11, 29),
                date(2013, 11, 29), ASTANA, MeetingFormat.IN_PERSON, cite(WIKI));
        Meeting second = new Meeting(FactId.of("plus-2"), Council.SCO_PLUS, Optional.of(2), date(2025, 9, 1),
                date(2025, 9, 1), TIANJIN, MeetingFormat.IN_PERSON, cite(WIKI));

        assertThat(heads).hasToString("23rd meeting of the Council of Heads of Government, Astana, 2024-10-15..2024-10-16");
        assertThat(ministers).hasToString("meeting of the Council of Ministers of Foreign Affairs, Astana, 2024-05-21");
        assertThat(twelfth).hasToString("12th meeting of the Council of Heads of Government, Astana, 2013-11-29");
        assertThat(second).hasToString("2nd SCO Plus meeting, Tianjin, 2025-09-01");
    }

    @Test
    void a_status_period_prints_status_country_and_days() {
        StatusPeriod member = new StatusPeriod(FactId.of("ir-member"), IR, Status.MEMBER_STATE,
                DateRange.ofOpenEnd(day(2023, 7, 4)), "Astana summit", Optional.empty(), cite(WIKI));
        StatusPeriod observer = new StatusPeriod(FactId.of("ir-observer"), IR, Status.OBSERVER_STATE,
                DateRange.of(PartialDate.of(2005, 7), day(2023, 7, 4)), "Astana summit", Optional.of(new MeetingRef(CHS_24)), cite(WIKI));

        assertThat(member).hasToString("member state of Iran since 2023-07-04");
        assertThat(observer).hasToString("observer state of Iran 2005-07..2023-07-03");
    }

    @Test
    void a_source_prints_its_id_and_title_only() {
        assertThat(XINHUA).hasToString("xinhua-2024: Astana summit report");
    }

    @Test
    void a_body_prints_without_its_sources() {
        Body secretariat = new Body(FactId.of("secretariat"), "SCO Secretariat", BodyKind.PERMANENT_BODY,
                Optional.of(Place.of("Beijing", TestData.CN)), Optional.of(day(2004, 1, 15)), cite(WIKI, XINHUA));

        assertThat(secretariat).hasToString("SCO Secretariat, Beijing, since 2004-01-15");
        assertThat(secretariat.toString()).doesNotContain("wiki-sco").doesNotContain("Wikipedia");
    }

    @Test
    void a_figure_prints_a_plain_decimal_with_its_unit() {
        Figure gdp = new Figure(FactId.of("gdp"), Measure.GDP, "GDP of the member states", Bound.ABOUT, new BigDecimal("1.84E+13"),
                Unit.US_DOLLARS, PartialDate.ofYear(2023), cite(WIKI));
        Figure share = new Figure(FactId.of("pop"), Measure.POPULATION_SHARE, "share of world population", Bound.EXACTLY, new BigDecimal("42.0"),
                Unit.PERCENT, PartialDate.ofYear(2024), cite(WIKI));
        Figure members = new Figure(FactId.of("members"), Measure.MEMBER_COUNT, "member states", Bound.EXACTLY, BigDecimal.TEN,
                Unit.COUNT, PartialDate.of(2024, 7, 4), cite(WIKI));

        assertThat(gdp).hasToString("GDP of the member states: about 18400000000000 US dollars (2023)");
        assertThat(share).hasToString("share of world population: 42.0 % (2024)");
        assertThat(members).hasToString("member states: 10 (2024-07-04)");
    }

    @Test
    void an_appointment_prints_holder_post_and_term() {
        Appointment sg = new Appointment(FactId.of("sg"), Post.SECRETARY_GENERAL, "Nurlan Yermekbayev", KZ,
                DateRange.ofOpenEnd(day(2025, 1, 1)), cite(WIKI));

        assertThat(sg).hasToString("Nurlan Yermekbayev (KZ), Secretary-General of the SCO, 2025-01-01..");
    }

    @Test
    void a_chairmanship_prints_the_state_and_the_term() {
        Chairmanship chair = new Chairmanship(FactId.of("chair"), IN, DateRange.of(date(2022, 9, 17), date(2023, 7, 5)),
                cite(WIKI));

        assertThat(chair).hasToString("chair India (IN), 2022-09-17..2023-07-04");
    }

    @Test
    void designations_documents_and_events_print_name_place_and_dates() {
        Designation year = new Designation(FactId.of("year"), DesignationKind.THEMED_YEAR, "SCO Year of Ecology",
                Optional.empty(), DateRange.of(PartialDate.ofYear(2024), PartialDate.ofYear(2025)), cite(WIKI));
        Document charter = new Document(FactId.of("charter"), "Charter of the SCO", DocumentKind.CHARTER,
                day(2002, 6, 7), Optional.of(Place.of("Saint Petersburg", Country.of("RU", "Russia", "Russian Federation"))),
                Optional.empty(), Optional.empty(), cite(WIKI));
        Event exercise = new Event(FactId.of("ex"), EventKind.EXERCISE, "Peace Mission", DateRange.of(date(2024, 9, 11),
                date(2024, 9, 16)), Optional.of(ASTANA), cite(WIKI));

        assertThat(year).hasToString("SCO Year of Ecology, 2024");
        assertThat(charter).hasToString("Charter of the SCO, adopted 2002-06-07, Saint Petersburg");
        assertThat(exercise).hasToString("Peace Mission, Astana, 2024-09-11..2024-09-15");
    }

    @Test
    void identifiers_print_as_their_codes() {
        assertThat(CowStateCode.of(630, "IRN")).hasToString("630 IRN");
        assertThat(IsoNumericCode.of(4)).hasToString("004");
        assertThat(WikidataId.of("Q794")).hasToString("Q794");
    }
}
