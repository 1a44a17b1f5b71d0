package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scofacts.demo.ConsoleTest.run;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.demo.ConsoleTest.Run;
import org.scofacts.demo.message.ExitCodes;
import org.scofacts.demo.message.Values;
import org.scofacts.json.DatasetJson;
import org.scofacts.json.Fixtures;

/**
 * One rule for errors (see {@link ExitCodes}): bad input exits 2, a failing environment 1; the message is one
 * line on standard error naming the value, cut to a readable length, and the reason in words, without a Java
 * class name, a database error code or a stack trace. A table of bad inputs across every command checks it.
 */
class ErrorsTest {

    private static final String LONG = "x".repeat(100_000);
    private static final String LONG_CUT = "'" + "x".repeat(Values.VALUE_LIMIT) + "…' (100000 characters)";
    /** Files and directories the bad inputs name; made once, removed after the class. */
    private static final Path DIR = tempDir();
    /** A regular file, used where a directory is expected. */
    private static final Path A_FILE = write("a-file.txt", "not a directory".getBytes(StandardCharsets.UTF_8));
    private static final Path NOT_JSON = write("not-json.json", "{\"version\": ".getBytes(StandardCharsets.UTF_8));
    private static final Path NOT_UTF8 = write("latin1.json", new byte[] {'{', (byte) 0xE9, '}'});
    private static final Path LONG_VALUE = write("long-value.json", exportWithStatus(LONG));
    /** An in-memory H2 database whose user sa has a password, kept open by this connection. */
    private static final Connection GUARDED = guarded();
    private static final String GUARDED_URL = "jdbc:h2:mem:errors-test-guarded;DB_CLOSE_DELAY=-1";

    /**
     * One bad input.
     *
     * @param exitCode the exit code it must give
     * @param message  the whole line on standard error, or its start when {@code whole} is false
     * @param whole    whether {@code message} is the whole line
     * @param args     the command line
     */
    record Bad(int exitCode, String message, boolean whole, List<String> args) {
        @Override
        public String toString() {
            String line = String.join(" ", args);
            return (line.length() > 90 ? line.substring(0, 90) + "…" : line) + " -> " + exitCode;
        }
    }

    private static Bad bad(int exitCode, String message, String... args) {
        return new Bad(exitCode, message, true, Arrays.asList(args));
    }

    private static Bad badStarting(int exitCode, String message, String... args) {
        return new Bad(exitCode, message, false, Arrays.asList(args));
    }

    static Stream<Bad> bad_inputs() {
        String nonexistent = DIR.resolve("no-such-dir").resolve("out.json").toString();
        return Stream.of(
                // ---- the root ----
                badStarting(2, "sco-demo: unknown command 'nosuchcommand': expected one of members, timeline, summits,",
                        "nosuchcommand"),
                badStarting(2, "sco-demo: unknown command " + LONG_CUT + ": expected one of members,", LONG),
                bad(2, "sco-demo: Unknown option: '--colour' (see 'sco-demo --help')", "--colour"),
                bad(2, "sco-demo: malformed JDBC URL 'localhost:5432/sco': expected jdbc:<driver>:<database>, such as"
                        + " jdbc:h2:mem:sco or jdbc:postgresql://localhost:5432/sco", "--jdbc-url", "localhost:5432/sco"),
                bad(1, "sco-demo: cannot connect to jdbc:h2:file:/proc/x/db: cannot create /proc/x: no such file or"
                        + " directory", "--jdbc-url", "jdbc:h2:file:/proc/x/db"),
                // ---- members ----
                bad(2, "sco-demo members: Invalid value for option '--as-of': '2024-02-30' is not a date: expected"
                        + " yyyy-MM-dd, such as 2024-07-04 (see 'sco-demo members --help')", "members", "--as-of",
                        "2024-02-30"),
                bad(2, "sco-demo members: Invalid value for option '--as-of': " + LONG_CUT + " is not a date: expected"
                        + " yyyy-MM-dd, such as 2024-07-04 (see 'sco-demo members --help')", "members", "--as-of", LONG),
                bad(2, "sco-demo members: Invalid value for option '--status': 'friend' is not a status: expected one"
                        + " of member-state, observer-state, dialogue-partner, partner (see 'sco-demo members --help')",
                        "members", "--status", "friend"),
                bad(2, "sco-demo members: Invalid value for option '--format': 'xml' is not a format: expected one of"
                        + " table, tsv, json (see 'sco-demo members --help')", "members", "--format", "xml"),
                bad(2, "sco-demo members: no JDBC driver accepts 'jdbc:oracle:thin:@//db:1521/sco': this demo bundles"
                        + " H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://host:port/database)", "members",
                        "--jdbc-url", "jdbc:oracle:thin:@//db:1521/sco"),
                bad(2, "sco-demo members: malformed JDBC URL 'jdbc:postgresql://localhost:99999/sco': the driver"
                        + " cannot parse it (check the host, the port and the database name)", "members", "--jdbc-url",
                        "jdbc:postgresql://localhost:99999/sco"),
                bad(1, "sco-demo members: cannot connect to jdbc:postgresql://no-such-host.invalid/sco: unknown host"
                        + " no-such-host.invalid", "members", "--jdbc-url", "jdbc:postgresql://no-such-host.invalid/sco"),
                bad(1, "sco-demo members: cannot connect to jdbc:postgresql://127.0.0.1:1/sco: connection refused",
                        "members", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/sco"),
                // ---- timeline ----
                bad(2, "sco-demo timeline: Invalid value for positional parameter at index 0 (COUNTRY): Unknown"
                        + " country: \"Kazakstan\"; did you mean Kazakhstan (KZ)? (see 'sco-demo timeline --help')",
                        "timeline", "Kazakstan"),
                bad(2, "sco-demo timeline: Invalid value for positional parameter at index 0 (COUNTRY): Unknown"
                        + " country: \"" + "x".repeat(40) + "...\" (100000 characters); no country's name or code is"
                        + " longer than 200 characters (see 'sco-demo timeline --help')", "timeline", LONG),
                bad(2, "sco-demo timeline: Missing required parameter: 'COUNTRY' (see 'sco-demo timeline --help')",
                        "timeline"),
                bad(2, "sco-demo timeline: Unmatched argument at index 2: 'Iraq' (see 'sco-demo timeline --help')",
                        "timeline", "Iran", "Iraq"),
                // ---- summits and summit ----
                bad(2, "sco-demo summits: Invalid value for option '--year': 'abc' is not a whole number, such as 24"
                        + " (see 'sco-demo summits --help')", "summits", "--year", "abc"),
                bad(2, "sco-demo summits: Invalid value for option '--year': 0 is not a year: expected four digits,"
                        + " such as 2024 (see 'sco-demo summits --help')", "summits", "--year", "0"),
                badStarting(2, "sco-demo summits: Invalid value for option '--host': Unknown country: \"Atlantis\"",
                        "summits", "--host", "Atlantis"),
                bad(2, "sco-demo summit: Invalid value for positional parameter 'N': 0 is not a summit number:"
                        + " expected 1 or more (see 'sco-demo summit --help')", "summit", "0"),
                bad(2, "sco-demo summit: Invalid value for positional parameter at index 0 (N): 'abc' is not a whole"
                        + " number, such as 24 (see 'sco-demo summit --help')", "summit", "abc"),
                badStarting(2, "sco-demo summit: no summit numbered 99 in data version fixture-1 (it records summits ",
                        "summit", "99"),
                // ---- officials, chair, documents ----
                bad(2, "sco-demo officials: Invalid value for option '--post': 'president' is not a post: expected one"
                        + " of secretary-general, rats-executive-committee-director (see 'sco-demo officials --help')",
                        "officials", "--post", "president"),
                bad(2, "sco-demo officials: Invalid value for option '--on': '2024-13-01' is not a date: expected"
                        + " yyyy-MM-dd, such as 2024-07-04 (see 'sco-demo officials --help')", "officials", "--on",
                        "2024-13-01"),
                bad(2, "sco-demo chair: Invalid value for option '--on': 'yesterday' is not a date: expected"
                        + " yyyy-MM-dd, such as 2024-07-04 (see 'sco-demo chair --help')", "chair", "--on", "yesterday"),
                bad(2, "sco-demo chair: Missing required parameter for option '--on' (DATE) (see 'sco-demo chair"
                        + " --help')", "chair", "--on"),
                badStarting(2, "sco-demo documents: Invalid value for option '--kind': 'novel' is not a document kind:"
                        + " expected one of charter, declaration,", "documents", "--kind", "novel"),
                // ---- sources ----
                bad(2, "sco-demo sources: Invalid value for positional parameter 'FACT': no fact 'nosuchfact' in the"
                        + " dataset; 'sco-demo sources --facts' lists every fact (see 'sco-demo sources --help')",
                        "sources", "nosuchfact"),
                bad(2, "sco-demo sources: Invalid value for positional parameter 'FACT': no fact 'chs-99' in the"
                        + " dataset; similar: chs-22, chs-23, chs-24, chs-25; 'sco-demo sources --facts' lists every"
                        + " fact (see 'sco-demo sources --help')", "sources", "chs-99"),
                badStarting(2, "sco-demo sources: Invalid value for positional parameter 'FACT': ", "sources",
                        "not an id!"),
                bad(2, "sco-demo sources: FACT and --facts exclude each other: ask for the sources of one fact, or"
                        + " list every fact (see 'sco-demo sources --help')", "sources", "chs-24", "--facts"),
                // ---- export ----
                bad(2, "sco-demo export: Missing required option: '--jdbc-url=URL' (into a database) or"
                        + " '--format=FORMAT' (cow-igo, json or datapackage, into a file) (see 'sco-demo export --help')", "export"),
                bad(2, "sco-demo export: Invalid value for option '--format': 'xlsx' is not an export format: expected"
                        + " one of cow-igo, json, datapackage (see 'sco-demo export --help')", "export", "--format", "xlsx"),
                bad(2, "sco-demo export: malformed JDBC URL 'localhost:5432/sco': expected jdbc:<driver>:<database>,"
                        + " such as jdbc:h2:mem:sco or jdbc:postgresql://localhost:5432/sco", "export", "--jdbc-url",
                        "localhost:5432/sco"),
                bad(2, "sco-demo export: malformed JDBC URL 'sco-facts': expected jdbc:<driver>:<database>, such as"
                        + " jdbc:h2:mem:sco or jdbc:postgresql://localhost:5432/sco", "export", "--jdbc-url",
                        "sco-facts"),
                bad(2, "sco-demo export: malformed JDBC URL 'jdbc:h2:sco-facts': an H2 file path must be absolute or"
                        + " start with ./ or ~/", "export", "--jdbc-url", "jdbc:h2:sco-facts"),
                bad(2, "sco-demo export: malformed JDBC URL 'jdbc:h2:mem:x;FOO=1': unsupported connection setting"
                        + " \"FOO\"", "export", "--jdbc-url", "jdbc:h2:mem:x;FOO=1"),
                bad(2, "sco-demo export: cannot connect to " + GUARDED_URL + " as sa: user name or password refused",
                        "export", "--jdbc-url", GUARDED_URL, "--user", "sa", "--password", "wrong"),
                bad(1, "sco-demo export: cannot connect to jdbc:h2:file:" + A_FILE + "/sco: " + A_FILE + ": not a"
                        + " directory", "export", "--jdbc-url", "jdbc:h2:file:" + A_FILE + "/sco"),
                bad(1, "sco-demo export: cannot connect to jdbc:postgresql://no-such-host.invalid/sco as me: unknown"
                        + " host no-such-host.invalid", "export", "--jdbc-url",
                        "jdbc:postgresql://no-such-host.invalid/sco", "--user", "me"),
                bad(2, "sco-demo export: cannot write " + nonexistent + ": no such directory " + DIR.resolve("no-such-dir"),
                        "export", "--format", "json", "--output", nonexistent),
                bad(2, "sco-demo export: cannot write " + DIR + ": is a directory", "export", "--format", "cow-igo",
                        "--output", DIR.toString()),
                bad(1, "sco-demo export: cannot write /proc/version: cannot create a file in /proc", "export",
                        "--format", "cow-igo", "--output", "/proc/version"),
                bad(1, "sco-demo export: cannot write /proc/sco.csv: cannot create a file in /proc", "export",
                        "--format", "cow-igo", "--output", "/proc/sco.csv"),
                // ---- diff ----
                bad(2, "sco-demo diff: Missing required parameter: 'OLD.json' (see 'sco-demo diff --help')", "diff"),
                bad(2, "sco-demo diff: " + DIR.resolve("nowhere.json") + ": no such file", "diff",
                        DIR.resolve("nowhere.json").toString()),
                bad(2, "sco-demo diff: " + DIR + ": is a directory", "diff", DIR.toString()),
                badStarting(2, "sco-demo diff: " + NOT_UTF8 + ": not UTF-8 text", "diff", NOT_UTF8.toString()),
                badStarting(2, "sco-demo diff: " + NOT_JSON + ": not JSON: ", "diff", NOT_JSON.toString()),
                bad(2, "sco-demo diff: " + LONG_VALUE + ": facts[0] (" + firstFactId() + "): status: \""
                        + "x".repeat(Values.VALUE_LIMIT) + "…\" (100000 characters) is not one of [MEMBER_STATE,"
                        + " OBSERVER_STATE, DIALOGUE_PARTNER, PARTNER]", "diff", LONG_VALUE.toString()),
                bad(2, "sco-demo diff: Invalid value for positional parameter at index 0 (OLD.json): 'a\\u0000b' is not"
                        + " a file path: nul character not allowed (see 'sco-demo diff --help')", "diff", "a\0b"),
                bad(2, "sco-demo diff: " + "d".repeat(Values.VALUE_LIMIT) + "… (100000 characters): file name"
                        + " too long",
                        "diff", "d".repeat(100_000)),
                bad(2, "sco-demo diff: " + DIR.resolve("nowhere.json") + ": no such file", "diff", "--exit-code",
                        DIR.resolve("nowhere.json").toString()),
                // ---- chart: its files fail as export's do ----
                bad(2, "sco-demo chart: cannot write " + DIR + ": is a directory", "chart", "--output", DIR.toString()),
                bad(2, "sco-demo chart: cannot write " + nonexistent + ": no such directory "
                        + DIR.resolve("no-such-dir"), "chart", "--output", nonexistent),
                bad(1, "sco-demo chart: cannot write /sys/chart.svg: permission denied", "chart", "--output",
                        "/sys/chart.svg"),
                bad(1, "sco-demo chart: cannot write /dev/full: no space left on device", "chart", "--output",
                        "/dev/full"),
                bad(1, "sco-demo export: cannot write /dev/full: no space left on device", "export", "--format", "json",
                        "--output", "/dev/full"),
                bad(1, "sco-demo export: cannot write /sys/sco.json: permission denied", "export", "--format", "json",
                        "--output", "/sys/sco.json"),
                badStarting(2, "sco-demo chart: Unknown option: '--format'", "chart", "--format", "svg"),
                // ---- passwords ----
                bad(2, "sco-demo export: --password-prompt needs a terminal to ask at; without one, set the environment"
                        + " variable SCO_DB_PASSWORD (see 'sco-demo export --help')", "export", "--jdbc-url",
                        "jdbc:h2:mem:errors-test-prompt", "--password-prompt"),
                bad(2, "sco-demo members: --password and --password-prompt exclude each other (see 'sco-demo members"
                        + " --help')", "members", "--jdbc-url", "jdbc:h2:mem:errors-test-prompt", "--password", "x",
                        "--password-prompt"),
                // ---- control characters are shown escaped, never sent to the terminal ----
                badStarting(2, "sco-demo timeline: Invalid value for positional parameter at index 0 (COUNTRY): Unknown"
                        + " country: \"Kaz\\e[31mRED\"; expected", "timeline", "Kaz\u001b[31mRED"),
                bad(2, "sco-demo members: Invalid value for option '--as-of': '2024\\n01-01' is not a date: expected"
                        + " yyyy-MM-dd, such as 2024-07-04 (see 'sco-demo members --help')", "members", "--as-of",
                        "2024\n01-01"),
                badStarting(2, "sco-demo: unknown command '\\e]0;owned\\u0007': expected one of members,",
                        "\u001b]0;owned\u0007"),
                bad(2, "sco-demo diff: " + DIR.resolve("a\\rb\\u0007.json") + ": no such file", "diff",
                        DIR.resolve("a\rb\u0007.json").toString()),
                bad(2, "sco-demo summits: Invalid value for option '--year': '20\\u009b24' is not a whole number, such"
                        + " as 24 (see 'sco-demo summits --help')", "summits", "--year", "20\u009b24"),
                badStarting(2, "sco-demo sources: Invalid value for positional parameter 'FACT': ", "sources",
                        "chs-24\u001b[2J"));
    }

    @ParameterizedTest
    @MethodSource("bad_inputs")
    void bad_input_gives_one_line_naming_the_value_and_the_rule_s_exit_code(Bad bad) {
        Run r = run(bad.args().toArray(String[]::new));

        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(bad.exitCode());
        assertThat(r.err()).as("standard error is one line").endsWith(System.lineSeparator());
        assertThat(r.err().lines()).as("standard error is one line").hasSize(1);
        String line = r.err().strip();
        if (bad.whole()) {
            assertThat(line).isEqualTo(bad.message());
        } else {
            assertThat(line).startsWith(bad.message());
        }
        assertThat(line).as("no class name, stack trace or database code").doesNotContain("Exception", "at org.",
                "java.", "org.h2").doesNotContainPattern("\\[\\d+-\\d+]")
                .doesNotContainPattern("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*");
        assertThat(r.err()).as("no control character reaches the terminal").doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
        // The user's value is cut to 80 characters; the rest is the fixed explanation, the longest being the
        // unknown-country line that lists every kind of name a country can be asked by.
        assertThat(line.length()).as("a readable length").isLessThan(500);
        assertThat(r.out()).as("standard output").isEmpty();
    }

    @Test
    void the_table_covers_sixty_bad_inputs_and_every_command() {
        List<Bad> all = bad_inputs().toList();
        List<String> commands = Commands.NAMES;

        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(commands).allSatisfy(c -> assertThat(all).anyMatch(b -> b.args().get(0).equals(c)));
        assertThat(all).anyMatch(b -> !commands.contains(b.args().get(0)));
        assertThat(all).extracting(Bad::exitCode).contains(1, 2);
    }

    @Test
    void with_debug_an_environment_failure_adds_the_stack_trace() {
        Run r = run("export", "--jdbc-url", "jdbc:h2:file:/proc/x/db", "--debug");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().findFirst()).hasValue("sco-demo export: cannot connect to jdbc:h2:file:/proc/x/db:"
                + " cannot create /proc/x: no such file or directory");
        assertThat(r.err()).contains("\tat org.scofacts.demo.persistence.ScoDatabase");
    }

    @Test
    void help_states_the_exit_code_rule() {
        Run r = run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains(ExitCodes.RULE);
    }

    @Test
    void sources_facts_lists_every_fact_id_that_sources_takes() {
        Run r = run("sources", "--facts", "--format", "tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines().get(0)).isEqualTo("fact\tfamily\tsources");
        assertThat(r.outLines()).hasSize(1 + (int) Fixtures.dataset().facts().count());
        String chs24 = r.outLines().stream().filter(l -> l.startsWith("chs-24\t")).findFirst().orElseThrow();
        assertThat(chs24).startsWith("chs-24\tMeeting\t");
        assertThat(run("sources", chs24.split("\t")[0]).exitCode()).isZero();
    }

    @AfterAll
    static void clean_up() throws IOException, SQLException {
        GUARDED.close();
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- the files and databases the table names ----

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("sco-errors-test").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] content) {
        try {
            return Files.write(DIR.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstFactId() {
        return new ObjectMapper().readTree(DatasetJson.write(Fixtures.dataset())).get("facts").get(0).get("id")
                .asString();
    }

    /** The fixture's JSON export with the first fact's status replaced. */
    private static byte[] exportWithStatus(String status) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(DatasetJson.write(Fixtures.dataset()));
        ((ObjectNode) root.get("facts").get(0)).put("status", status);
        return mapper.writeValueAsBytes(root);
    }

    private static Connection guarded() {
        try {
            return DriverManager.getConnection("jdbc:h2:mem:errors-test-guarded;DB_CLOSE_DELAY=-1", "sa", "secret");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
