package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.AttendanceCapacity;
import org.scofacts.model.Country;
import org.scofacts.model.Document;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;

/**
 * Coverage of the bundled dataset, checked row by row over every fact and source (as libphonenumber's
 * {@code ExampleNumbersTest} loops over every region): every fact is sourced, every source is cited and
 * reachable over http(s), every seed article is used, and nothing is dated after the check date.
 * Each assertion names the offending rows, so a failure says which row to fix.
 */
class BundledCoverageTest {

    private final Sco sco = Sco.facts();
    private final ScoDataset dataset = sco.dataset();

    private static List<FactId> ids(Stream<? extends Fact> facts) {
        return facts.map(Fact::id).toList();
    }

    @Test
    void given_every_fact_when_sources_read_then_each_cites_at_least_one() {
        assertThat(ids(dataset.facts().filter(f -> f.sources().isEmpty()))).as("facts without a source").isEmpty();
    }

    @Test
    void given_each_family_the_issue_names_when_sources_read_then_every_row_cites_at_least_one() {
        assertThat(dataset.statusPeriods()).isNotEmpty().allSatisfy(f -> assertThat(f.sources()).as(f.id().value())
                .isNotEmpty());
        assertThat(dataset.meetings()).isNotEmpty().allSatisfy(f -> assertThat(f.sources()).as(f.id().value())
                .isNotEmpty());
        assertThat(dataset.appointments()).isNotEmpty().allSatisfy(f -> assertThat(f.sources()).as(f.id().value())
                .isNotEmpty());
        assertThat(dataset.designations()).isNotEmpty().allSatisfy(f -> assertThat(f.sources()).as(f.id().value())
                .isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-000", "seed-001", "seed-002", "seed-003", "seed-004"})
    void given_seed_article_when_citing_facts_listed_then_at_least_one(String id) {
        Source seed = dataset.source(SourceId.of(id)).orElseThrow(() -> new AssertionError("no source " + id));
        assertThat(sco.factsCiting(seed)).as("facts citing %s", id).isNotEmpty();
    }

    @Test
    void given_every_source_when_citing_facts_listed_then_each_is_cited_at_least_once() {
        assertThat(dataset.sources()).isNotEmpty();
        List<Source> citedByNames = dataset.countries().stream().flatMap(c -> c.localNames().stream())
                .map(n -> n.source()).toList();
        assertThat(dataset.sources().stream().filter(s -> sco.factsCiting(s).isEmpty() && !citedByNames.contains(s))
                .map(Source::id).toList()).as("sources no fact and no country name cites").isEmpty();
        assertThat(citedByNames).as("the sources of the Russian and Chinese names of Kyrgyzstan")
                .extracting(s -> s.id().value()).contains("report-2025-kyrgyz-chair-ru", "cri-2016-mfa-kyrgyzstan-zh");
    }

    @Test
    void given_every_source_with_a_url_when_scheme_read_then_http_or_https_with_a_host() {
        List<String> bad = new ArrayList<>();
        for (Source s : dataset.sources()) {
            Optional<URI> url = s.url();
            if (url.isPresent() && !(isWeb(url.get()))) {
                bad.add(s.id() + " " + url.get());
            }
        }
        assertThat(bad).as("sources whose URL is not http(s)").isEmpty();
    }

    private static boolean isWeb(URI url) {
        return ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                && url.getHost() != null && !url.getHost().isBlank();
    }

    @Test
    void given_every_fact_when_ids_collected_then_no_id_repeats() {
        List<FactId> all = ids(dataset.facts());
        assertThat(all).isNotEmpty().doesNotHaveDuplicates();
        assertThat(all).allSatisfy(id -> assertThat(dataset.fact(id)).isPresent());
    }

    @Test
    void given_every_fact_when_its_dates_read_then_none_after_the_check_date() {
        LocalDate checked = dataset.checkedThrough();
        assertThat(ids(dataset.facts().filter(f -> datesOf(f).anyMatch(d -> d.isAfter(checked)))))
                .as("facts dated after %s", checked).isEmpty();
    }

    /**
     * The days a fact says something happened: its start and, for a document, its entry into force. The
     * end of a term still running (such as a Secretary-General's) is a scheduled end, not a fact that has
     * happened, so ends are left out.
     */
    private static Stream<LocalDate> datesOf(Fact fact) {
        Stream<LocalDate> start = fact.start().map(PartialDate::firstDay).stream();
        return fact instanceof Document d ? Stream.concat(start, d.inForce().map(PartialDate::firstDay).stream()) : start;
    }

    @Test
    void given_every_country_in_the_dataset_when_timeline_read_then_it_held_some_status_or_came_to_a_summit_as_a_guest() {
        assertThat(dataset.countries()).hasSizeGreaterThanOrEqualTo(27);
        List<Country> guests = dataset.facts(FactFamily.ATTENDANCES).stream()
                .filter(a -> a.capacity() == AttendanceCapacity.GUEST).flatMap(a -> a.country().stream()).toList();
        assertThat(dataset.countries().stream().filter(c -> sco.timeline(c).isEmpty()).filter(c -> !guests.contains(c))
                .map(Country::alpha2).toList()).as("countries in no status period and at no summit").isEmpty();
    }
}
