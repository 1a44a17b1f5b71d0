package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.Fixtures;

/** The console, run through {@link Console#execute} on the fixture dataset with a fixed clock. */
class ConsoleTest {

    /** A day before the fixture's check date (2025-11-01). */
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run run(LocalDate today, String... args) {
        return run(Fixtures::dataset, today, args);
    }

    /** Runs a command line as {@code main} does, on a dataset and a day. */
    static Run run(Supplier<ScoDataset> data, LocalDate today, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = Main.console(data, Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC), out, err);
        int code = console.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(TODAY, args);
    }

    // ---- the tour ----

    @Test
    void tour_answers_each_question_by_jpql_and_fluent_api_side_by_side() {
        Run r = run();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("SCO Facts, data version fixture-1, checked through 2025-11-01.")
                .contains("Question", "JPQL (Hibernate)", "Fluent API")
                .containsPattern("Member states on 2025-10-01 +Belarus \\(BY\\), China \\(CN\\), India \\(IN\\),"
                        + " +Belarus \\(BY\\), China \\(CN\\), India \\(IN\\),")
                .containsPattern("\n +Iran \\(IR\\), Kazakhstan \\(KZ\\), +Iran \\(IR\\), Kazakhstan \\(KZ\\),")
                .containsPattern("\n +Uzbekistan \\(UZ\\) +Uzbekistan \\(UZ\\)\n")
                .containsPattern("SCO partners on 2025-10-01 +Mongolia \\(MN\\), Türkiye \\(TR\\) +Mongolia \\(MN\\),"
                        + " Türkiye \\(TR\\)\n")
                .containsPattern("Latest summit +25th summit, Tianjin, China, +25th summit, Tianjin, China,\n"
                        + " +2025-08-31\\.\\.2025-09-01 +2025-08-31\\.\\.2025-09-01\n")
                .containsPattern("Secretary-General on 2025-10-01 +Nurlan Yermekbayev, +Nurlan Yermekbayev,\n"
                        + " +nominated by Kazakhstan \\(KZ\\), +nominated by Kazakhstan \\(KZ\\),\n"
                        + " +since 2025-01-01 +since 2025-01-01\n")
                .containsPattern("Chair on 2025-10-01 +Kyrgyzstan \\(KG\\), since 2025-09-02 +Kyrgyzstan \\(KG\\),"
                        + " since 2025-09-02\n")
                .contains("Answers about days after 2025-11-01 assume that nothing changed since then.")
                .containsPattern("Timeline of Iran \\(Wikidata Q794\\) +observer state 2005-07\\.\\.2023-07-03"
                        + " +observer state 2005-07\\.\\.2023-07-03\n")
                .containsPattern("\n +member state since 2023-07-04 +member state since 2023-07-04\n")
                .contains("JPQL and the fluent API agree on every answer.")
                .doesNotContain("Note:").doesNotContainPattern("\\b[A-Z]{2} [A-Z]{2} [A-Z]{2}\\b");
        assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(120));
    }

    @Test
    void tour_after_the_check_date_says_the_answers_assume_no_change() {
        Run r = run(LocalDate.of(2026, 3, 1));

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Note: the facts were checked through 2025-11-01; this answer for 2026-03-01"
                + " assumes no change since then.").doesNotContain("Answers about days after");
    }

    // ---- subcommands ----

    @Test
    void members_as_of_india_and_pakistan_joining_tsv() {
        Run r = run("members", "--as-of", "2017-06-09", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("code\talpha3\tname\tofficial_name",
                "CN\tCHN\tChina\tPeople's Republic of China", "IN\tIND\tIndia\tRepublic of India",
                "KG\tKGZ\tKyrgyzstan\tKyrgyz Republic", "KZ\tKAZ\tKazakhstan\tRepublic of Kazakhstan",
                "PK\tPAK\tPakistan\tIslamic Republic of Pakistan", "RU\tRUS\tRussia\tRussian Federation",
                "TJ\tTJK\tTajikistan\tRepublic of Tajikistan", "UZ\tUZB\tUzbekistan\tRepublic of Uzbekistan");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void members_observers_in_2010_json() throws Exception {
        Run r = run("members", "--as-of", "2010-01-01", "--status", "Observer State", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> codes.add(row.get("code").asString()));
        assertThat(codes).containsExactly("IN", "IR", "MN", "PK");
        assertThat(rows.get(0).get("name").asString()).isEqualTo("India");
    }

    @Test
    void chair_json_open_term_has_null_through() throws Exception {
        Run r = run("chair", "--on", "2025-10-01", "--format", "json");

        JsonNode chair = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(chair.get("code").asString()).isEqualTo("KG");
        assertThat(chair.get("through").isNull()).isTrue();
    }

    @Test
    void members_table_is_aligned_and_says_where_the_answer_came_from() {
        Run r = run("members", "--as-of", "2024-07-04");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines().get(0)).isEqualTo("code  alpha3  name        official_name");
        assertThat(r.outLines().get(1)).isEqualTo("----  ------  ----------  ----------------------------");
        assertThat(r.outLines()).contains("BY    BLR     Belarus     Republic of Belarus");
        assertThat(r.outLines()).endsWith("(10 rows; from the fluent API, no database started: add --via-database"
                + " for JPQL)");
    }

    static Stream<List<String>> questions() {
        return Stream.of(List.of("members", "--as-of", "2017-06-09"), List.of("members", "--status", "observer-state",
                "--as-of", "2010-01-01"), List.of("timeline", "Iran"), List.of("summits"), List.of("summit", "24"),
                List.of("officials"), List.of("officials", "--post", "secretary-general", "--on", "2020-01-01"),
                List.of("chair", "--on", "2024-09-01"), List.of("documents"), List.of("sources"),
                List.of("sources", "chs-24"));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void every_question_via_database_gives_the_fluent_api_answer(List<String> question) {
        List<String> tsv = new ArrayList<>(question);
        tsv.addAll(List.of("--format", "tsv"));
        Run fluent = run(tsv.toArray(String[]::new));
        tsv.add("--via-database");
        Run viaDatabase = run(tsv.toArray(String[]::new));

        assertThat(fluent.exitCode()).as(fluent.err()).isZero();
        assertThat(viaDatabase.exitCode()).as(viaDatabase.err()).isZero();
        assertThat(fluent.outLines()).hasSizeGreaterThan(1);
        assertThat(viaDatabase.out()).isEqualTo(fluent.out());
    }

    @Test
    void members_via_database_answers_through_jpql_too_and_says_both_agree() {
        Run fluent = run("members", "--as-of", "2024-07-04");
        Run viaDatabase = run("members", "--as-of", "2024-07-04", "--via-database");

        assertThat(viaDatabase.exitCode()).as(viaDatabase.err()).isZero();
        assertThat(viaDatabase.outLines()).endsWith("(10 rows; JPQL on H2 in memory and the fluent API agree)");
        assertThat(viaDatabase.outLines().subList(0, 12)).isEqualTo(fluent.outLines().subList(0, 12));
    }

    @Test
    void members_after_the_check_date_tsv_keeps_the_note_out_of_the_data() {
        Run r = run("members", "--as-of", "2030-01-01", "--format", "tsv");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("Note");
        assertThat(r.err()).isEqualTo("Note: the facts were checked through 2025-11-01; this answer for 2030-01-01"
                + " assumes no change since then." + System.lineSeparator());
    }

    @Test
    void timeline_by_alias() {
        Run r = run("timeline", "persia", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("status\tfrom\tthrough\tgranted_by\tdecided_at\tfact",
                "observer-state\t2005-07\t2023-07-03\tgranted\t\tstatus.ir.observer-state.2005",
                "member-state\t2023-07-04\t\tadmitted\t23rd summit, New Delhi, 2023-07-04\tstatus.ir.member-state.2023");
    }

    @Test
    void summits_hosted_by_kazakhstan() {
        Run r = run("summits", "--host", "KAZ", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("no\tfirst_day\tlast_day\tcity\thost\tformat\tfact",
                "24\t2024-07-03\t2024-07-04\tAstana\tKazakhstan (KZ)\tin-person\tchs-24");
    }

    @Test
    void summits_in_a_year() {
        Run r = run("summits", "--year", "2023", "--format", "tsv");

        assertThat(r.outLines()).containsExactly("no\tfirst_day\tlast_day\tcity\thost\tformat\tfact",
                "23\t2023-07-04\t2023-07-04\tNew Delhi\tIndia (IN)\tvirtual\tchs-23");
    }

    @Test
    void summit_with_its_documents() {
        Run r = run("summit", "24", "--wide");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines().get(0)).isEqualTo(
                "24th summit, Astana, Kazakhstan, 2024-07-03..2024-07-04, in-person (chs-24)");
        assertThat(r.out()).contains("Astana Declaration")
                .contains("Initiative on World Unity for Just Peace, Harmony and Development")
                .doesNotContain("Charter");
    }

    @Test
    void summit_json_lists_document_titles() throws Exception {
        Run r = run("summit", "25", "--format", "json");

        JsonNode summit = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(summit.get("no").asInt()).isEqualTo(25);
        assertThat(summit.get("city").asString()).isEqualTo("Tianjin");
        assertThat(summit.get("documents").get(0).asString()).isEqualTo("SCO Development Strategy until 2035");
    }

    @Test
    void summit_not_recorded_fails_naming_what_is_recorded() {
        Run r = run("summit", "99");

        assertThat(r.exitCode()).as("a summit the data does not hold is bad input").isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("sco-demo summit: no summit numbered 99 in data version fixture-1 (it records"
                + " summits 22-25)" + System.lineSeparator());
    }

    @Test
    void officials_secretary_general_on_a_day() {
        Run r = run("officials", "--post", "secretary-general", "--on", "2020-01-01", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("post\tholder\tnominated_by\tfrom\tthrough\tfact",
                "secretary-general\tVladimir Norov\tUzbekistan (UZ)\t2019-01-01\t2021-12-31\tsg-norov");
    }

    @Test
    void version_names_the_library_version_the_build_wrote_and_the_data_version_in_use() {
        Run r = run("--version");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).matches("sco-demo, SCO Facts library \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(r.outLines().get(1)).isEqualTo("data fixture-1, checked through " + Fixtures.CHECKED_THROUGH);
    }

    @Test
    void officials_all() {
        Run r = run("officials", "--format", "tsv");

        assertThat(r.outLines()).hasSize(6);
        assertThat(r.outLines()).contains(
                "rats-executive-committee-director\tMyrzakan Subanov\tnot stated\t2007\t~2010\trats-subanov");
    }

    @Test
    void chair_on_a_day() {
        Run r = run("chair", "--on", "2024-09-01", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("presiding_state\tcode\tfrom\tthrough\tfact",
                "China\tCN\t2024-07-05\t2025-09-01\tchair-cn");
    }

    @Test
    void documents_of_a_kind() {
        Run r = run("documents", "--kind", "CHARTER", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("adopted\tkind\ttitle\tplace\tadopted_at\tfact",
                "2002-06-07\tcharter\tCharter of the Shanghai Cooperation Organisation\tSaint Petersburg, Russia\t"
                        + "\tdoc-charter");
    }

    @Test
    void sources_of_a_fact_in_citation_order() {
        Run r = run("sources", "chs-24", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(3);
        assertThat(r.outLines().get(1)).startsWith("official-astana\tofficial\t");
        assertThat(r.outLines().get(2)).startsWith("ref-sco\treference-work\t");
    }

    @Test
    void sources_all_count_citing_facts() {
        Run r = run("sources", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(5);
        assertThat(r.outLines().get(0)).isEqualTo("id\tkind\ttitle\tpublisher\tpublished\turl\tcited_by");
        assertThat(r.out()).contains("yearbook-2013\treference-work\tYearbook\tPublisher\t2013\t\t4");
    }

    @Test
    void export_writes_every_row_and_reads_it_back() throws Exception {
        String url = "jdbc:h2:mem:export-test;DB_CLOSE_DELAY=-1";
        Run r = run("export", "--jdbc-url", url, "--user", "sa", "--password", "");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Exported SCO Facts fixture-1 to " + url + " as sa: 12 countries, 4 sources, "
                + Fixtures.dataset().facts().count() + " facts in the sco_* tables; read back through JPQL:"
                + " identical." + System.lineSeparator());
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from sco_status_period")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Fixtures.dataset().statusPeriods().size());
            s.execute("SHUTDOWN");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"members", "timeline", "summits", "summit", "officials", "chair", "documents", "sources",
        "export", "diff", "chart"})
    void every_subcommand_has_help(String command) {
        Run r = run(command, "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: sco-demo " + command);
    }

    /**
     * Commons CLI reads each subcommand's options: an option the subcommand does not have, or one without its
     * value, is one usage line naming it, exit code 2, whichever subcommand it is given to.
     */
    @ParameterizedTest
    @ValueSource(strings = {"members", "timeline", "summits", "summit", "officials", "chair", "documents", "sources",
        "export", "diff", "chart"})
    void given_any_subcommand_when_an_option_is_unknown_or_lacks_its_value_then_one_line_names_it(String command) {
        String see = " (see 'sco-demo " + command + " --help')" + System.lineSeparator();
        boolean hasFormat = !List.of("diff", "chart").contains(command);

        assertOneLineError(run(command, "--colour"), 2, "sco-demo " + command + ": Unknown option: '--colour'"
                + " (see 'sco-demo " + command + " --help')");
        assertThat(run(command, "--via-datab").err()).as("no abbreviations").isEqualTo("sco-demo " + command
                + ": Unknown option: '--via-datab'" + see);
        Run format = run(command, "--format");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("sco-demo " + command + ": " + (hasFormat
                ? "Missing required parameter for option '--format' (FORMAT)" : "Unknown option: '--format'") + see);
    }

    @Test
    void given_an_option_twice_when_run_then_it_is_refused_naming_it() {
        Run r = run("members", "--as-of", "2017-06-09", "--as-of", "2018-01-01");

        assertOneLineError(r, 2, "sco-demo members: option '--as-of' (DATE) should be specified only once"
                + " (see 'sco-demo members --help')");
    }

    @Test
    void given_an_option_before_the_subcommand_when_run_then_the_subcommand_still_answers() {
        Run r = run("--debug", "members", "--as-of", "2017-06-09", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(9).first().isEqualTo("code\talpha3\tname\tofficial_name");
    }

    @Test
    void given_no_subcommand_or_an_unknown_one_when_run_then_help_lists_every_subcommand() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: sco-demo [OPTIONS] [COMMAND]")
                .contains(Commands.NAMES.stream().map(c -> "  " + c + " ").toList())
                .contains("--via-database", "--jdbc-url <URL>", "--version");

        assertOneLineError(run("memebrs"), 2, "sco-demo: unknown command 'memebrs': expected one of "
                + String.join(", ", Commands.NAMES) + " (see 'sco-demo --help')");

        Run sub = run("--debug", "members", "--help");
        assertThat(sub.exitCode()).isZero();
        assertThat(sub.out()).startsWith("Usage: sco-demo members [OPTIONS]");
    }

    @Test
    void help_documents_every_option_with_its_description_and_default() {
        Run r = run("members", "-h");

        assertThat(r.exitCode()).isZero();
        String help = r.out().replaceAll("\\s+", " ");
        assertThat(help).contains("--as-of <DATE> The day, yyyy-MM-dd (2017-06-09). Default: today.")
                .contains("--status <STATUS> member-state, observer-state, dialogue-partner or partner. Default:"
                        + " member-state.")
                .contains("--format <FORMAT> table (aligned, for people), tsv or json (for programs). Default: table.")
                .contains("--wide", "--via-database", "--jdbc-url <URL>", "--user <USER>", "--password <PASSWORD>",
                        "--debug", "-h, --help", "-V, --version");
        assertThat(run("timeline", "--help").out().replaceAll("\\s+", " "))
                .startsWith("Usage: sco-demo timeline [OPTIONS] COUNTRY")
                .contains("COUNTRY The country, in any case");
        assertThat(run("sources", "--help").out()).startsWith("Usage: sco-demo sources [OPTIONS] [FACT]");
    }

    // ---- bad input: one line naming the value and what is valid, non-zero exit, no stack trace ----

    @Test
    void impossible_date() {
        Run r = run("members", "--as-of", "2024-02-30");

        assertOneLineError(r, 2, "sco-demo members: Invalid value for option '--as-of': '2024-02-30' is not a date:"
                + " expected yyyy-MM-dd, such as 2024-07-04 (see 'sco-demo members --help')");
    }

    @Test
    void unknown_country_suggests_the_nearest() {
        Run r = run("timeline", "Kazakstan");

        assertOneLineError(r, 2, "sco-demo timeline: Invalid value for positional parameter at index 0 (COUNTRY):"
                + " Unknown country: \"Kazakstan\"; did you mean Kazakhstan (KZ)? (see 'sco-demo timeline --help')");
    }

    @Test
    void unknown_status_lists_the_valid_ones() {
        Run r = run("members", "--status", "friend");

        assertOneLineError(r, 2, "sco-demo members: Invalid value for option '--status': 'friend' is not a status:"
                + " expected one of member-state, observer-state, dialogue-partner, partner"
                + " (see 'sco-demo members --help')");
    }

    @Test
    void summit_number_zero() {
        Run r = run("summit", "0");

        assertOneLineError(r, 2, "sco-demo summit: Invalid value for positional parameter 'N': 0 is not a summit"
                + " number: expected 1 or more (see 'sco-demo summit --help')");
    }

    @Test
    void unknown_fact_suggests_similar_ids_and_the_command_that_lists_them_all() {
        Run r = run("sources", "chs-99");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("sco-demo sources: Invalid value for positional parameter 'FACT': no fact"
                + " 'chs-99' in the dataset; similar: chs-22, chs-23, chs-24, chs-25; 'sco-demo sources --facts'"
                + " lists every fact");
    }

    @Test
    void malformed_jdbc_url_is_bad_input() {
        Run r = run("export", "--jdbc-url", "localhost:5432/sco");

        assertOneLineError(r, 2, "sco-demo export: malformed JDBC URL 'localhost:5432/sco': expected"
                + " jdbc:<driver>:<database>, such as jdbc:h2:mem:sco or jdbc:postgresql://localhost:5432/sco");
    }

    @Test
    void unreachable_database_names_it_and_writes_nothing() {
        Run r = run("export", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/sco", "--user", "me");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("sco-demo export: cannot connect to jdbc:postgresql://127.0.0.1:1/sco as me: ");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unreachable_database_with_debug_shows_the_stack_trace() {
        Run r = run("export", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/sco", "--debug");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("sco-demo export: cannot connect to jdbc:postgresql://127.0.0.1:1/sco: ")
                .contains("DatabaseException").contains("\tat org.scofacts.demo.persistence.ScoDatabase");
    }

    @Test
    void query_against_unknown_driver_is_bad_input() {
        Run r = run("members", "--jdbc-url", "jdbc:oracle:thin:@//db:1521/sco");

        assertOneLineError(r, 2, "sco-demo members: no JDBC driver accepts 'jdbc:oracle:thin:@//db:1521/sco': this"
                + " demo bundles H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://host:port/database)");
    }

    @Test
    void unknown_option() {
        Run r = run("summits", "--colour");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sco-demo summits: Unknown option: '--colour' (see 'sco-demo summits --help')"
                + System.lineSeparator());
    }

    private static void assertOneLineError(Run r, int exitCode, String message) {
        assertThat(r.exitCode()).isEqualTo(exitCode);
        assertThat(r.err()).isEqualTo(message + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }
}
