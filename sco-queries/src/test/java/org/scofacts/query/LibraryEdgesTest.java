package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;

/** Inputs that would make small calls do unbounded work are refused before the work starts. */
class LibraryEdgesTest {

    private static final Sco SCO = Sco.facts();

    @Test
    void given_a_name_longer_than_any_real_name_when_country_then_refused_quoting_only_its_start() {
        String name = "Kazakhstan".repeat(100_000);

        assertThatThrownBy(() -> SCO.country(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown country: \"KazakhstanKazakhstanKazakhstanKazakhstan...\" (1000000 characters);"
                        + " no country's name or code is longer than 200 characters");
    }

    @Test
    void given_the_longest_name_the_limit_allows_when_country_then_it_is_matched_and_suggested_as_before() {
        String padded = "Kazakhstan" + " ".repeat(CountryKeys.MAX_NAME_LENGTH - "Kazakhstan".length());
        assertThat(SCO.country(padded).alpha2()).isEqualTo("KZ");
        assertThatThrownBy(() -> SCO.country(padded + " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(201 characters)");
        assertThatThrownBy(() -> SCO.country("Kazakstan")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean Kazakhstan (KZ)");
    }

    @Test
    void given_a_cut_at_a_surrogate_pair_when_refused_then_the_message_keeps_whole_characters() {
        String name = "a".repeat(39) + "\uD83D\uDE00".repeat(200);

        assertThatThrownBy(() -> SCO.country(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown country: \"" + "a".repeat(39) + "...\"");
    }

    @Test
    void given_a_dataset_checked_through_a_year_beyond_the_table_when_cow_igo_table_then_refused_naming_the_date() {
        ScoDataset far = ScoDataset.builder().version("far").checkedThrough(LocalDate.of(999_999_999, 12, 31))
                .countries(Fixture.dataset().countries()).sources(Fixture.dataset().sources())
                .facts(Fixture.dataset().facts().collect(Collectors.toList())).build();

        assertThatThrownBy(() -> Sco.of(far).cowIgoTable()).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot tabulate the dataset's check date +999999999-12-31: the COW IGO table runs from"
                        + " 2001 to the check date's year, at most 9999");
    }

    @Test
    void given_a_dataset_checked_through_the_last_year_when_cow_igo_table_then_every_year_is_a_row() {
        ScoDataset last = SCO.dataset().toBuilder().version("last").checkedThrough(LocalDate.of(9999, 12, 31))
                .build();

        CowIgoTable table = Sco.of(last).cowIgoTable();

        long states = last.countries().stream().filter(c -> c.cowCode().isPresent()).count();
        assertThat(states).isPositive();
        assertThat(table.rows()).hasSize((int) states * (9999 - 2001 + 1));
        assertThat(table.rows().get(table.rows().size() - 1).year()).isEqualTo(9999);
    }
}
