package org.scofacts.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.Fixtures;
import org.scofacts.demo.PrintSkipReason;

/** GIVEN a dataset WHEN it is written to a database and read back through JPQL THEN nothing is lost. */
@ExtendWith(PrintSkipReason.class)
class RoundTripTest {

    static final String POSTGRES_URL = "SCO_TEST_POSTGRES_URL";

    @Test
    void bundled_dataset_survives_h2_in_memory_fact_for_fact() {
        ScoDataset bundled = ScoDataset.bundled();
        try (ScoDatabase db = ScoDatabase.inMemory(bundled)) {
            ScoDataset back = db.load();

            assertThat(back.facts()).containsExactlyElementsOf(bundled.facts().toList());
            assertThat(back.countries()).containsExactlyElementsOf(bundled.countries());
            assertThat(back.sources()).containsExactlyElementsOf(bundled.sources());
            assertThat(back).isEqualTo(bundled);
        }
    }

    @Test
    void fixture_with_every_fact_family_survives_h2_in_memory_fact_for_fact() {
        ScoDataset fixture = Fixtures.dataset();
        try (ScoDatabase db = ScoDatabase.inMemory(fixture)) {
            ScoDataset back = db.load();

            assertThat(back.facts()).containsExactlyElementsOf(fixture.facts().toList());
            assertThat(back.countries()).containsExactlyElementsOf(fixture.countries());
            assertThat(back.sources()).containsExactlyElementsOf(fixture.sources());
            assertThat(back.version()).isEqualTo("fixture-1");
            assertThat(back.checkedThrough()).isEqualTo(Fixtures.CHECKED_THROUGH);
            assertThat(back).isEqualTo(fixture);
        }
    }

    @Test
    void bundled_and_fixture_survive_one_real_postgresql_server_when_one_is_given() {
        Optional<String> url = setting(POSTGRES_URL);
        assumeThat(url).as("no PostgreSQL server given: set %s (and SCO_TEST_POSTGRES_USER, "
                + "SCO_TEST_POSTGRES_PASSWORD) as environment variables or system properties, "
                + "or run .ci/postgres.sh", POSTGRES_URL).isPresent();
        DatabaseTarget target = DatabaseTarget.of(url.orElseThrow(), setting("SCO_TEST_POSTGRES_USER").orElse(null),
                setting("SCO_TEST_POSTGRES_PASSWORD").orElse(null));
        for (ScoDataset data : new ScoDataset[] {Fixtures.dataset(), ScoDataset.bundled()}) {
            try (ScoDatabase db = ScoDatabase.open(target)) {
                db.save(data);

                assertThat(db.load()).isEqualTo(data);
                assertThat(db.jpql().summits(Optional.empty(), Optional.empty()))
                        .containsExactlyElementsOf(data.meetings().stream()
                                .filter(m -> m.council() == org.scofacts.model.Council.HEADS_OF_STATE).toList());
            }
        }
    }

    @Test
    void given_a_previous_export_when_saving_again_then_the_tables_hold_only_the_new_dataset() {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(ScoDataset.bundled());
            db.save(Fixtures.dataset());
            db.save(Fixtures.dataset());

            assertThat(db.load()).isEqualTo(Fixtures.dataset());
        }
    }

    @Test
    void given_a_user_table_referring_to_an_export_when_saving_again_then_nothing_changes() throws SQLException {
        ScoDataset fixture = Fixtures.dataset();
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(fixture);
            execute(target, "create table my_note (fact_id varchar(100) references sco_fact(id), note varchar(100))");
            execute(target, "insert into my_note values ('chs-24', 'kept')");

            assertThatThrownBy(() -> db.save(ScoDataset.bundled()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("cannot write the dataset to " + target.jdbcUrl())
                    .hasMessageContaining("my_note");
            assertThat(db.load()).isEqualTo(fixture);
            assertThat(count(target, "my_note")).isOne();
        }
    }

    @Test
    void given_a_user_table_in_the_schema_when_saving_then_it_is_left_alone() throws SQLException {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            execute(target, "create table my_table (x int)");
            execute(target, "insert into my_table values (1)");
            db.save(Fixtures.dataset());
            db.save(ScoDataset.bundled());

            assertThat(count(target, "my_table")).isOne();
            assertThat(db.load()).isEqualTo(ScoDataset.bundled());
        }
    }

    @Test
    void given_sco_tables_of_another_layout_when_saving_then_they_are_recreated() throws SQLException {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            execute(target, "create table sco_dataset (version varchar(10), legacy int not null)");
            execute(target, "insert into sco_dataset values ('old', 1)");
            db.save(Fixtures.dataset());

            assertThat(db.load()).isEqualTo(Fixtures.dataset());
        }
    }

    @Test
    void given_sco_tables_of_another_layout_with_a_constraint_named_with_a_space_when_saving_then_they_are_replaced()
            throws SQLException {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(Fixtures.dataset());
            execute(target, "alter table sco_fact_source add constraint \"Extra FK\" foreign key (source_id)"
                    + " references sco_source");
            execute(target, "comment on table sco_dataset is 'sco-demo layout of another version'");

            db.save(ScoDataset.bundled());

            assertThat(db.load()).isEqualTo(ScoDataset.bundled());
            assertThat(tablesLike(target, "SCONEW%")).as("no table left under its temporary name").isZero();
        }
    }

    @Test
    void given_a_swap_of_new_tables_interrupted_by_a_kill_when_loading_then_the_swap_is_finished_first()
            throws SQLException {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(Fixtures.dataset());
            // What a kill between two renames leaves: the old sco_fact and sco_dataset dropped, the complete new
            // ones still under their temporary names.
            execute(target, "alter table sco_fact rename to sconew_fact");
            execute(target, "alter table sco_dataset rename to sconew_dataset");

            assertThat(db.load()).isEqualTo(Fixtures.dataset());
            assertThat(tablesLike(target, "SCONEW%")).isZero();
        }
    }

    @Test
    void given_new_tables_whose_fill_a_kill_interrupted_when_saving_then_they_are_dropped_and_the_old_ones_kept()
            throws SQLException {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(Fixtures.dataset());
            execute(target, "create table sconew_dataset (version varchar(50))");
            execute(target, "create table sconew_fact (id varchar(100))");

            assertThat(db.load()).isEqualTo(Fixtures.dataset());
            assertThat(tablesLike(target, "SCONEW%")).isZero();
        }
    }

    @Test
    void given_rows_a_trigger_made_invalid_when_loading_then_the_error_says_it_was_reading_back() throws SQLException {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(Fixtures.dataset());
            execute(target, "update sco_meeting set last_day = first_day - 10");

            assertThatThrownBy(db::load).isInstanceOf(DatabaseException.class)
                    .hasMessage("cannot read the dataset from " + target + ": lastDay 2022-09-05 is before firstDay"
                            + " 2022-09-15 of meeting chs-22")
                    .satisfies(e -> assertThat(((DatabaseException) e).isTypedWrong()).isFalse());
        }
    }

    @Test
    void given_a_password_in_the_url_when_connecting_fails_then_the_message_does_not_show_it() {
        String url = "jdbc:postgresql://127.0.0.1:1/sco?user=me&password=hunter2&ssl=false";

        assertThatThrownBy(() -> ScoDatabase.open(DatabaseTarget.of(url, null, null)))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("cannot connect to jdbc:postgresql://127.0.0.1:1/sco?user=me&password=***&ssl=false:"
                        + " connection refused");
    }

    @Test
    void load_of_empty_tables_says_so() throws SQLException {
        DatabaseTarget target = DatabaseTarget.inMemory();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(Fixtures.dataset());
            execute(target, "delete from sco_dataset");

            assertThatThrownBy(db::load).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("holds 0 datasets, expected 1");
        }
    }

    @Test
    void open_with_url_no_driver_accepts_names_the_url_and_the_bundled_drivers() {
        assertThatThrownBy(() -> ScoDatabase.open(DatabaseTarget.of("jdbc:nosuchdb://x/y", null, null)))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("no JDBC driver accepts 'jdbc:nosuchdb://x/y': this demo bundles H2 (jdbc:h2:...)"
                        + " and PostgreSQL (jdbc:postgresql://host:port/database)");
    }

    @Test
    void open_with_malformed_url_names_the_url_and_the_expected_form() {
        assertThatThrownBy(() -> ScoDatabase.open(DatabaseTarget.of("postgres://localhost/sco", null, null)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("malformed JDBC URL 'postgres://localhost/sco': expected jdbc:<driver>:")
                .satisfies(e -> assertThat(((DatabaseException) e).isTypedWrong()).isTrue());
    }

    @Test
    void open_with_unreachable_server_names_the_server() {
        String url = "jdbc:postgresql://127.0.0.1:1/sco";
        assertThatThrownBy(() -> ScoDatabase.open(DatabaseTarget.of(url, "someone", "secret")))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("cannot connect to " + url + " as someone: connection refused")
                .satisfies(e -> assertThat(((DatabaseException) e).isTypedWrong()).as("the environment").isFalse());
    }

    static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(s -> !s.isBlank());
    }

    private static void execute(DatabaseTarget target, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long tablesLike(DatabaseTarget target, String pattern) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), "sa", "");
             ResultSet rs = c.getMetaData().getTables(null, null, pattern, null)) {
            long n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }

    private static long count(DatabaseTarget target, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
