package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.scofacts.demo.ConsoleTest.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.demo.ConsoleTest.Run;

/**
 * The database's bad inputs and faults, tried as a user would: each gives its exit code (bad input 2, a failing
 * environment 1) and one line on standard error, without a stack trace, a class name, a driver's code or a
 * password. A tarpit (a local server socket that accepts connections and never answers) stands for a database
 * that hangs; {@code --db-timeout 1} keeps those cases short ({@link Timeout} only stops a regression from
 * hanging the build).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DatabaseErrorsTest {

    private static final String SECRET = "hunter2";
    private static final List<Socket> ACCEPTED = new CopyOnWriteArrayList<>();
    private static final ServerSocket TARPIT = tarpit();
    private static final String TARPIT_PG = "jdbc:postgresql://127.0.0.1:" + TARPIT.getLocalPort() + "/sco";
    private static final String TARPIT_H2 = "jdbc:h2:tcp://127.0.0.1:" + TARPIT.getLocalPort() + "/mem:sco";
    /** An in-memory H2 database whose user sa has a password, kept open by this connection. */
    private static final String GUARDED_URL = "jdbc:h2:mem:database-errors-guarded;DB_CLOSE_DELAY=-1";
    private static final Connection GUARDED = connect(GUARDED_URL, "sa", "right");
    private static final String NO_ANSWER = ": no answer within 1 s (a server that accepts connections but does"
            + " not answer; --db-timeout sets the wait)";

    /**
     * One bad input or fault.
     *
     * @param exitCode the exit code it must give
     * @param message  the start of the line on standard error (the whole line when {@code whole})
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

    static Stream<Bad> bad_inputs_and_faults() {
        return Stream.of(
                // ---- a server that never answers ----
                bad(1, "sco-demo export: cannot connect to " + TARPIT_PG + " as me" + NO_ANSWER,
                        "export", "--jdbc-url", TARPIT_PG, "--user", "me", "--password", SECRET, "--db-timeout", "1"),
                bad(1, "sco-demo export: cannot connect to " + TARPIT_H2 + " as sa" + NO_ANSWER,
                        "export", "--jdbc-url", TARPIT_H2, "--user", "sa", "--db-timeout", "1"),
                bad(1, "sco-demo members: cannot connect to " + TARPIT_PG + NO_ANSWER,
                        "members", "--jdbc-url", TARPIT_PG, "--db-timeout", "1"),
                bad(1, "sco-demo: cannot connect to " + TARPIT_H2 + NO_ANSWER,
                        "--jdbc-url", TARPIT_H2, "--db-timeout", "1"),
                // ---- the timeout itself ----
                badStarting(2, "sco-demo export: ", "export", "--jdbc-url", "jdbc:h2:mem:x", "--db-timeout", "0"),
                badStarting(2, "sco-demo export: ", "export", "--jdbc-url", "jdbc:h2:mem:x", "--db-timeout", "soon"),
                badStarting(2, "sco-demo members: ", "members", "--jdbc-url", "jdbc:h2:mem:x", "--db-timeout",
                        "99999"),
                // ---- passwords are never shown, not even inside the URL ----
                bad(2, "sco-demo export: cannot connect to " + GUARDED_URL + ";PASSWORD=*** as sa: user name or"
                        + " password refused", "export", "--jdbc-url", GUARDED_URL + ";PASSWORD=" + SECRET, "--user",
                        "sa"),
                bad(1, "sco-demo export: cannot connect to jdbc:postgresql://127.0.0.1:1/sco?user=me&password=***:"
                        + " connection refused", "export", "--jdbc-url",
                        "jdbc:postgresql://127.0.0.1:1/sco?user=me&password=" + SECRET),
                bad(1, "sco-demo summits: cannot connect to jdbc:postgresql://127.0.0.1:1/sco?password=*** as me:"
                        + " connection refused", "summits", "--jdbc-url",
                        "jdbc:postgresql://127.0.0.1:1/sco?password=" + SECRET, "--user", "me"),
                bad(1, "sco-demo export: cannot connect to jdbc:postgresql://me:***@127.0.0.1:1/sco: unknown host me",
                        "export", "--jdbc-url", "jdbc:postgresql://me:" + SECRET + "@127.0.0.1:1/sco"),
                bad(2, "sco-demo export: no JDBC driver accepts 'jdbc:nosuch:x;password=***': this demo bundles H2"
                        + " (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://host:port/database)",
                        "export", "--jdbc-url", "jdbc:nosuch:x;password=" + SECRET));
    }

    @ParameterizedTest
    @MethodSource("bad_inputs_and_faults")
    void bad_input_or_fault_gives_one_line_without_secrets_and_the_rule_s_exit_code(Bad bad) {
        Run r = run(bad.args().toArray(String[]::new));

        assertOneLine(r, bad.exitCode());
        if (bad.whole()) {
            assertThat(r.err().strip()).isEqualTo(bad.message());
        } else {
            assertThat(r.err().strip()).startsWith(bad.message());
        }
    }

    @Test
    void the_table_covers_timeouts_passwords_and_both_exit_codes() {
        List<Bad> all = bad_inputs_and_faults().toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).extracting(Bad::exitCode).contains(1, 2);
        assertThat(all).anyMatch(b -> b.args().contains(TARPIT_PG)).anyMatch(b -> b.args().contains(TARPIT_H2));
    }

    @Test
    void given_a_password_in_the_url_when_the_export_succeeds_then_the_line_does_not_show_it() {
        Run r = run("export", "--jdbc-url", "jdbc:h2:mem:database-errors-shown;PASSWORD=" + SECRET, "--user", "sa");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("to jdbc:h2:mem:database-errors-shown;PASSWORD=*** as sa: ")
                .doesNotContain(SECRET);
    }

    @Test
    void given_postgresql_asking_for_a_password_when_none_is_given_then_it_is_bad_input_in_our_words() {
        Optional<String> url = setting("SCO_TEST_POSTGRES_URL");
        assumeThat(url).as("no PostgreSQL server given: set SCO_TEST_POSTGRES_URL or run .ci/postgres.sh")
                .isPresent();
        String user = setting("SCO_TEST_POSTGRES_USER").orElse("scofacts");

        Run withUser = run("export", "--jdbc-url", url.orElseThrow(), "--user", user);
        Run withNothing = run("export", "--jdbc-url", url.orElseThrow());

        assertOneLine(withUser, 2);
        assertThat(withUser.err().strip()).isEqualTo("sco-demo export: cannot connect to " + url.orElseThrow()
                + " as " + user + ": the server wants a password (give --password)");
        assertOneLine(withNothing, 2);
        assertThat(withNothing.err().strip()).isEqualTo("sco-demo export: cannot connect to " + url.orElseThrow()
                + ": the server wants a user name and a password (give --user and --password)");
    }

    @AfterAll
    static void close() throws IOException, SQLException {
        GUARDED.close();
        TARPIT.close();
        for (Socket s : ACCEPTED) {
            s.close();
        }
    }

    // ---- helpers ----

    private static void assertOneLine(Run r, int exitCode) {
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(exitCode);
        assertThat(r.err()).as("standard error is one line").endsWith(System.lineSeparator());
        assertThat(r.err().lines()).as("standard error is one line").hasSize(1);
        assertThat(r.err()).as("no class name, stack trace, driver code or password")
                .doesNotContain("Exception", "at org.", "java.", "org.h2", "org.postgresql", SECRET)
                .doesNotContainPattern("\\[\\d+-\\d+]");
        assertThat(r.out()).as("standard output").isEmpty();
    }

    /** A local socket that accepts connections and never reads or writes. */
    private static ServerSocket tarpit() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        ACCEPTED.add(server.accept());
                    }
                } catch (IOException e) {
                    // closed after the class
                }
            }, "tarpit");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection connect(String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(s -> !s.isBlank());
    }
}
