package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.ScoDataset;
import org.scofacts.demo.persistence.DatabaseTarget;
import org.scofacts.demo.persistence.ScoDatabase;
import org.scofacts.json.Fixtures;

/**
 * Fault injection: {@code sco-demo export} runs in a separate JVM over a database that holds a complete export
 * of the fixture, and is killed with SIGKILL ({@link Process#destroyForcibly()}) at moments spread over its
 * run. After every kill the database must hold exactly one complete export: the fixture (the previous one) or
 * the bundled dataset (the new one), with the row counts of that export in every {@code sco_*} table and the
 * same content (every row of every table compared with the database's contents after a complete export of
 * each, which are read back through JPQL and compared with the datasets). The H2 and the PostgreSQL cases run at
 * the same time, to keep the build short.
 *
 * <p>The layout-change case starts each time from a previous export whose tables have another layout (a column
 * more, and another layout comment), which the export replaces: on H2, where DDL commits by itself, through new
 * tables swapped in when complete. A kill inside the swap's renames (a few milliseconds) leaves some tables
 * renamed; the demo finishes the swap the next time it opens the tables, and the test counts such kills apart.
 *
 * <p>Tagged slow (minutes): {@code ./mvnw -B verify -Pslow-tests} runs it, as {@code .ci/run} does.
 */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
class ExportKillTest {

    private static final int KILLS = 20;
    private static final String POSTGRES_URL = "SCO_TEST_POSTGRES_URL";
    /** Each PostgreSQL case runs in a schema of its own, so that other tests on the same server are not disturbed. */
    private static final String POSTGRES_SCHEMA = "sco_export_kill_test_";

    @TempDir
    Path dir;

    @Test
    void given_h2_file_when_killed_at_20_moments_of_an_export_then_one_complete_export_survives_each_time() {
        DatabaseTarget target = DatabaseTarget.of("jdbc:h2:" + dir.resolve("sco").toAbsolutePath(), "sa", "");

        killRepeatedly("H2 file", target, false);
    }

    @Test
    void given_h2_file_with_another_layout_when_killed_at_20_moments_of_an_export_then_one_complete_export_survives() {
        DatabaseTarget target = DatabaseTarget.of("jdbc:h2:" + dir.resolve("sco-layout").toAbsolutePath(), "sa", "");

        killRepeatedly("H2 file, another layout", target, true);
    }

    @Test
    void given_postgresql_with_another_layout_when_killed_at_20_moments_of_an_export_then_one_complete_export_survives()
            throws SQLException {
        killRepeatedly("PostgreSQL, another layout", postgres("layout"), true);
    }

    @Test
    void given_empty_postgresql_schema_when_two_first_exports_run_at_once_then_both_succeed_one_after_the_other()
            throws SQLException {
        DatabaseTarget target = postgres("first_two");

        Child first = Child.start(target, dir);
        Child second = Child.start(target, dir);
        first.waitFor();
        second.waitFor();

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(loaded(target)).isEqualTo(ScoDataset.bundled());
    }

    @Test
    void given_postgresql_when_killed_at_20_moments_of_an_export_then_one_complete_export_survives_each_time()
            throws SQLException {
        DatabaseTarget target = postgres("kills");

        killRepeatedly("PostgreSQL", target, false);
    }

    @Test
    void given_h2_server_when_two_exports_run_at_once_then_one_complete_export_remains() {
        DatabaseTarget target = DatabaseTarget.of("jdbc:h2:" + dir.resolve("sco").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "sa", "");

        twoAtOnce(target);
    }

    @Test
    void given_postgresql_when_two_exports_run_at_once_then_one_complete_export_remains() throws SQLException {
        twoAtOnce(postgres("two_at_once"));
    }

    // ---- the cases ----

    private void killRepeatedly(String name, DatabaseTarget target, boolean anotherLayout) {
        ScoDataset previous = Fixtures.dataset();
        ScoDataset next = ScoDataset.bundled();
        holdPrevious(target, previous, anotherLayout);
        assertThat(loaded(target)).isEqualTo(previous);
        Map<String, String> previousRows = contents(target);

        long start = System.nanoTime();
        Child whole = Child.start(target, dir);
        whole.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(whole.exitCode()).as(whole.stderr()).isZero();
        assertThat(loaded(target)).isEqualTo(next);
        Map<String, String> nextRows = contents(target);
        assertThat(nextRows.keySet()).isEqualTo(previousRows.keySet());

        int leftPrevious = 0;
        int leftNext = 0;
        int finishedOnOpen = 0;
        List<String> broken = new ArrayList<>();
        boolean holdsPrevious = false;
        for (int i = 1; i <= KILLS; i++) {
            if (anotherLayout || !holdsPrevious) {
                // With another layout, from scratch each time: a kill after the new tables were complete leaves
                // them for the next export to swap in, which would then find the new layout.
                holdPrevious(target, previous, anotherLayout);
            }
            long killAfterMillis = Math.round(seconds * 1000 * (i - 0.5) / KILLS);
            Child.start(target, dir).killAfter(killAfterMillis);
            Map<String, String> rows = contents(target);
            holdsPrevious = rows.equals(previousRows);
            if (holdsPrevious) {
                leftPrevious++;
            } else if (rows.equals(nextRows)) {
                leftNext++;
            } else if (anotherLayout && loaded(target).equals(next) && contents(target).equals(nextRows)) {
                finishedOnOpen++;
            } else {
                broken.add("killed after " + killAfterMillis + " ms: " + summary(rows, previousRows, nextRows));
            }
        }
        System.out.printf(Locale.ROOT, "ExportKillTest %s: %d kills spread over an export of %.1f s: %d left the"
                + " previous export, %d the new one, %d a swap the next open finished, %d anything else %s%n", name,
                KILLS, seconds, leftPrevious, leftNext, finishedOnOpen, broken.size(), broken);

        assertThat(broken).as("kills after which the database held no complete export").isEmpty();
        assertThat(leftPrevious + leftNext + finishedOnOpen).isEqualTo(KILLS);
    }

    /**
     * Makes the database hold a complete export of a dataset; with another layout, in tables that have a column
     * more and another layout comment, as an older version of the demo could have left them.
     */
    private static void holdPrevious(DatabaseTarget target, ScoDataset data, boolean anotherLayout) {
        if (!anotherLayout) {
            save(target, data);
            return;
        }
        dropExportTables(target);
        save(target, data);
        execute(target, "alter table sco_dataset add column legacy_note varchar(20) default 'older layout'");
        execute(target, "comment on table sco_dataset is 'sco-demo layout of an older version'");
    }

    private void twoAtOnce(DatabaseTarget target) {
        save(target, Fixtures.dataset());

        Child first = Child.start(target, dir);
        Child second = Child.start(target, dir);
        first.waitFor();
        second.waitFor();

        assertThat(List.of(first.exitCode(), second.exitCode())).as(first.stderr() + second.stderr()).contains(0);
        for (Child c : List.of(first, second)) {
            if (c.exitCode() != 0) {
                assertThat(c.exitCode()).isEqualTo(1);
                assertThat(c.stderr().lines()).as(c.stderr()).hasSize(1);
                assertThat(c.stderr()).startsWith("sco-demo export: ").doesNotContain("Exception", "\tat ");
            }
        }
        assertThat(loaded(target)).isEqualTo(ScoDataset.bundled());
    }

    // ---- helpers ----

    private static DatabaseTarget postgres(String schemaSuffix) throws SQLException {
        String schema = POSTGRES_SCHEMA + schemaSuffix;
        Optional<String> url = setting(POSTGRES_URL);
        if (url.isEmpty()) {
            System.out.println("ExportKillTest: PostgreSQL cases skipped: no PostgreSQL server given (set "
                    + POSTGRES_URL + ", SCO_TEST_POSTGRES_USER and SCO_TEST_POSTGRES_PASSWORD, or run .ci/postgres.sh)");
        }
        assumeThat(url).as("no PostgreSQL server given: set %s or run .ci/postgres.sh", POSTGRES_URL).isPresent();
        String user = setting("SCO_TEST_POSTGRES_USER").orElse(null);
        String password = setting("SCO_TEST_POSTGRES_PASSWORD").orElse(null);
        try (Connection c = DriverManager.getConnection(url.orElseThrow(), properties(user, password));
             Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
        String base = url.orElseThrow();
        return DatabaseTarget.of(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                user, password);
    }

    /** Drops every table whose name starts with sco (the export's, and any it left under temporary names). */
    private static void dropExportTables(DatabaseTarget target) {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(),
                properties(target.user().orElse(null), target.password().orElse(null)))) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null,
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (table.toLowerCase(Locale.ROOT).startsWith("sco")) {
                        tables.add('"' + table + '"');
                    }
                }
            }
            if (!tables.isEmpty()) {
                try (Statement s = c.createStatement()) {
                    s.execute("drop table " + String.join(", ", tables));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the tables of " + target + ": " + e.getMessage(), e);
        }
    }

    private static void execute(DatabaseTarget target, String sql) {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(),
                properties(target.user().orElse(null), target.password().orElse(null)));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + target + ": " + e.getMessage(), e);
        }
    }

    private static Properties properties(String user, String password) {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(s -> !s.isBlank());
    }

    private static void save(DatabaseTarget target, ScoDataset data) {
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(data);
        }
    }

    private static ScoDataset loaded(DatabaseTarget target) {
        try (ScoDatabase db = ScoDatabase.open(target)) {
            return db.load();
        }
    }

    /**
     * What the sco_* tables hold: per table, its row count and a digest of its rows in a fixed order (every
     * column of every row). Two exports of the same dataset into the same database hold the same contents.
     */
    private static Map<String, String> contents(DatabaseTarget target) {
        Map<String, String> contents = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(),
                properties(target.user().orElse(null), target.password().orElse(null)))) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null,
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("sco_")) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                contents.put(table, rows.size() + " rows: " + String.join("\n", rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the rows of " + target + ": " + e.getMessage(), e);
        }
        return contents;
    }

    /** Row counts, and the first table that differs from both expected contents. */
    private static String summary(Map<String, String> contents, Map<String, String> previous,
            Map<String, String> next) {
        StringBuilder sb = new StringBuilder();
        contents.forEach((table, rows) -> sb.append(table).append('=').append(rows, 0, rows.indexOf(" rows"))
                .append(' '));
        contents.keySet().stream().filter(t -> !contents.get(t).equals(previous.get(t))
                && !contents.get(t).equals(next.get(t))).findFirst().ifPresent(t -> sb.append("; ").append(t)
                .append(" holds ").append(contents.get(t)).append(" instead of ").append(previous.get(t)));
        return sb.toString();
    }

    /** {@code sco-demo export --jdbc-url ...} of the bundled dataset in a JVM of its own, on the test class path. */
    private static final class Child {
        private final Process process;
        private final Path stderr;

        private Child(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
        }

        static Child start(DatabaseTarget target, Path dir) {
            String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                    .orElse(System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", classPath, Main.class.getName(), "export", "--jdbc-url", target.jdbcUrl()));
            target.user().ifPresent(u -> command.addAll(List.of("--user", u)));
            target.password().ifPresent(p -> command.addAll(List.of("--password", p)));
            try {
                Path err = Files.createTempFile(dir, "export-", ".err");
                ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err.toFile());
                pb.environment().remove("JAVA_TOOL_OPTIONS");
                return new Child(pb.start(), err);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start a JVM: " + e.getMessage(), e);
            }
        }

        void killAfter(long millis) {
            try {
                if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void waitFor() {
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the export did not end within 120 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        int exitCode() {
            return process.exitValue();
        }

        String stderr() {
            try {
                return Files.readString(stderr, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(stderr unreadable: " + e.getMessage() + ")";
            }
        }
    }
}
