package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Country;
import org.scofacts.model.Status;

class CowIgoTableTest {

    private final Sco sco = Sco.facts();
    private final CowIgoTable table = sco.cowIgoTable();

    @Test
    void every_row_agrees_with_the_status_periods_on_the_coded_day() {
        LocalDate checked = sco.dataset().checkedThrough();
        assertThat(table.rows()).isNotEmpty().allSatisfy(row -> {
            LocalDate day = row.year() == checked.getYear() ? checked : LocalDate.of(row.year(), 12, 31);
            Optional<Status> status = sco.statusOf(row.state(), day);
            int expected = status.isEmpty() ? 0 : status.get() == Status.MEMBER_STATE ? 1 : 3;
            assertThat(row.status()).as("%s in %d", row.state().alpha2(), row.year()).isEqualTo(expected);
        });
    }

    @Test
    void every_state_appears_once_for_every_year_from_2001_to_the_check_year() {
        int years = sco.dataset().checkedThrough().getYear() - 2001 + 1;
        assertThat(table.rows()).hasSize(sco.dataset().countries().size() * years);
    }

    @Test
    void india_is_an_observer_in_2016_and_a_member_in_2017_by_the_year_end_rule() {
        assertThat(codeOf(750, 2016)).isEqualTo(3);
        assertThat(codeOf(750, 2017)).isEqualTo(1);
        assertThat(codeOf(750, 2004)).isZero();
    }

    @Test
    void china_is_a_member_every_year_and_laos_a_partner_from_2025() {
        for (int year = 2001; year <= 2026; year++) {
            assertThat(codeOf(710, year)).isEqualTo(1);
        }
        assertThat(codeOf(812, 2024)).isZero();
        assertThat(codeOf(812, 2025)).isEqualTo(3);
    }

    @Test
    void csv_has_the_cow_country_year_header_and_rows() {
        assertThat(table.toCsv()).startsWith("ccode,year,state,sco\n")
                .contains("\n365,2001,RUS,1\n")
                .contains("\n630,2005,IRN,3\n")
                .contains("\n630,2023,IRN,1\n");
    }

    @Test
    void status_code_mapping_is_stated_once() {
        assertThat(CowIgoTable.statusOf(Optional.empty())).isZero();
        assertThat(CowIgoTable.statusOf(Optional.of(Status.MEMBER_STATE))).isEqualTo(1);
        assertThat(CowIgoTable.statusOf(Optional.of(Status.OBSERVER_STATE))).isEqualTo(3);
        assertThat(CowIgoTable.statusOf(Optional.of(Status.DIALOGUE_PARTNER))).isEqualTo(3);
        assertThat(CowIgoTable.statusOf(Optional.of(Status.PARTNER))).isEqualTo(3);
    }

    @Test
    void numeric_lookups_are_typed_by_system_because_the_numbers_collide() {
        Country china = sco.countryByCowCode(710);
        assertThat(china.alpha2()).isEqualTo("CN");
        assertThat(sco.countryByIsoNumeric(156)).isEqualTo(china);
        assertThat(sco.country("Q148")).isEqualTo(china);
        assertThat(sco.country("q159").alpha2()).isEqualTo("RU");
        // ISO 710 is South Africa, not in the dataset
        assertThatThrownBy(() -> sco.countryByIsoNumeric(710)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown ISO 3166-1 numeric code: 710; no country in the dataset has it");
        assertThatThrownBy(() -> sco.countryByCowCode(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown Correlates of War state code: 2; no country in the dataset has it");
    }

    @Test
    void every_state_carries_its_three_identifiers() {
        assertThat(sco.dataset().countries()).allSatisfy(c -> {
            assertThat(c.isoNumeric()).as(c.alpha2()).isPresent();
            assertThat(c.wikidataId()).as(c.alpha2()).isPresent();
            assertThat(c.cowCode()).as(c.alpha2()).isPresent();
        });
        assertThat(sco.country("AF").isoNumeric().orElseThrow()).hasToString("004");
        assertThat(sco.country("KZ").cowCode().orElseThrow().abbreviation()).isEqualTo("KZK");
    }

    private int codeOf(int cow, int year) {
        return table.rows().stream().filter(r -> r.cowCode().code() == cow && r.year() == year).findFirst()
                .orElseThrow().status();
    }
}
