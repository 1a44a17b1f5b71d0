package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.Status;

/**
 * What people read, on the bundled dataset: tables that fit a 120-column terminal, countries by name
 * and code, meetings by name and date, the country a name matched.
 */
class ReadableOutputTest {

    private static final ScoDataset BUNDLED = ScoDataset.bundled();
    private static final LocalDate CHECKED = BUNDLED.checkedThrough();

    private static ConsoleTest.Run run(String... args) {
        return ConsoleTest.run(() -> BUNDLED, CHECKED, args);
    }

    /** Every table the demo prints from the bundled dataset, one command line each. */
    static Stream<List<String>> listings() {
        List<List<String>> all = new ArrayList<>();
        for (Status status : Status.values()) {
            for (String day : List.of("2001-06-15", "2010-01-01", "2017-06-09", "2025-01-01", CHECKED.toString())) {
                all.add(List.of("members", "--status", Converters.label(status), "--as-of", day));
            }
        }
        for (Country c : BUNDLED.countries()) {
            all.add(List.of("timeline", c.alpha2()));
            all.add(List.of("summits", "--host", c.alpha2()));
        }
        all.add(List.of("summits"));
        BUNDLED.meetings().stream().map(Meeting::ordinal).flatMap(java.util.Optional::stream).distinct()
                .forEach(n -> all.add(List.of("summit", String.valueOf(n))));
        all.add(List.of("officials"));
        all.add(List.of("chair", "--on", "2024-09-01"));
        all.add(List.of("documents"));
        all.add(List.of("sources"));
        // The sources of the first fact of each family and of the fact citing the most sources.
        BUNDLED.facts().collect(java.util.stream.Collectors.toMap(Object::getClass, f -> f, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().forEach(f -> all.add(List.of("sources", f.id().value())));
        BUNDLED.facts().max(java.util.Comparator.comparing(f -> f.sources().size()))
                .ifPresent(f -> all.add(List.of("sources", f.id().value())));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("listings")
    void every_table_of_the_bundled_dataset_fits_120_columns(List<String> command) {
        ConsoleTest.Run r = run(command.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).as(line)
                .isLessThanOrEqualTo(Listing.TERMINAL_WIDTH));
    }

    @Test
    void the_tour_of_the_bundled_dataset_fits_120_columns_and_names_the_countries() {
        ConsoleTest.Run r = run();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(120));
        assertThat(r.out()).contains("Kazakhstan (KZ)", "United Arab Emirates (AE)", "Laos (LA)")
                .doesNotContainPattern("\\b[A-Z]{2} [A-Z]{2} [A-Z]{2}\\b");
    }

    @Test
    void given_wide_when_sources_are_listed_then_titles_and_urls_print_in_full() {
        ConsoleTest.Run narrow = run("sources");
        ConsoleTest.Run wide = run("sources", "--wide");

        String url = BUNDLED.sources().stream().flatMap(s -> s.url().stream()).map(Object::toString)
                .max(java.util.Comparator.comparing(String::length)).orElseThrow();
        assertThat(narrow.out()).contains(Listing.ELLIPSIS).doesNotContain(url);
        assertThat(wide.out()).contains(url).doesNotContain(Listing.ELLIPSIS);
        assertThat(wide.outLines().stream().mapToInt(String::length).max().orElse(0)).isGreaterThan(120);
    }

    @Test
    void timeline_by_a_russian_name_says_which_country_it_matched() {
        ConsoleTest.Run r = run("timeline", "Россия");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines().get(0)).isEqualTo("Russia (RU), matched \"Россия\" (Russian name)");
        assertThat(r.out()).contains("member-state  2001-06-15");
    }

    @Test
    void timeline_by_code_or_english_name_says_which_country_and_kind_of_name_it_matched() {
        assertThat(run("timeline", "kaz").outLines().get(0)).isEqualTo("Kazakhstan (KZ), matched \"kaz\" (ISO code)");
        assertThat(run("timeline", "india").outLines().get(0)).isEqualTo("India (IN), matched \"india\" (English name)");
        assertThat(run("timeline", "Q794").outLines().get(0)).isEqualTo("Iran (IR), matched \"Q794\" (Wikidata id)");
    }

    @Test
    void timeline_tsv_stays_data_only() {
        assertThat(run("timeline", "India", "--format", "tsv").outLines().get(0))
                .isEqualTo("status\tfrom\tthrough\tgranted_by\tdecided_at\tfact");
    }

    @Test
    void timeline_shows_the_last_day_of_a_status_inclusively() {
        ConsoleTest.Run r = run("timeline", "India", "--format", "tsv");

        // India was an observer from the 2005 Astana summit until it became a member on 2017-06-09.
        assertThat(r.outLines().get(1)).startsWith("observer-state\t2005-07-05\t2017-06-08\t");
        assertThat(r.outLines().get(2)).startsWith("member-state\t2017-06-09\t\t");
    }

    @ParameterizedTest
    @MethodSource("countries")
    void decided_at_names_the_meeting_and_its_days_never_a_fact_id(String country) {
        ConsoleTest.Run tsv = run("timeline", country, "--format", "tsv");
        ConsoleTest.Run table = run("timeline", country);

        assertThat(tsv.outLines()).hasSizeGreaterThan(1);
        for (String line : tsv.outLines().subList(1, tsv.outLines().size())) {
            assertThat(line.split("\t", -1)[4]).as(line)
                    .matches("\\d+(st|nd|rd|th) summit, [^,]+, \\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?");
        }
        assertThat(table.out()).doesNotContainPattern("\\bchs-\\d");
    }

    /** The states with a timeline: a state that only came to a summit as a guest has none. */
    static Stream<String> countries() {
        return BUNDLED.countries().stream()
                .filter(c -> BUNDLED.statusPeriods().stream().anyMatch(p -> p.country().equals(c))).map(Country::alpha2);
    }

    @Test
    void documents_name_the_meeting_that_adopted_them() {
        ConsoleTest.Run r = run("documents", "--format", "tsv");

        assertThat(r.outLines()).hasSizeGreaterThan(1);
        for (String line : r.outLines().subList(1, r.outLines().size())) {
            assertThat(line.split("\t", -1)[4]).as(line).doesNotMatch("[a-z]+-\\d+");
        }
        assertThat(r.out()).contains("17th summit, Astana, 2017-06-08..2017-06-09");
    }

    @Test
    void help_says_what_a_country_may_be_given_as() {
        assertThat(run("timeline", "--help").out()).contains("ISO 3166-1 code", "English name", "alias", "Russian",
                "Chinese", "Wikidata id");
        assertThat(run("summits", "--help").out()).contains("ISO", "English name", "Russian", "Chinese", "Wikidata");
    }

    @Test
    void help_of_every_listing_offers_wide() {
        for (String command : List.of("members", "timeline", "summits", "summit", "officials", "chair", "documents",
                "sources")) {
            assertThat(run(command, "--help").out()).as(command).contains("--wide");
        }
    }
}
