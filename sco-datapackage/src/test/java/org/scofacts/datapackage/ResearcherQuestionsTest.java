package org.scofacts.datapackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scofacts.datapackage.PackageOnDisk.column;
import static org.scofacts.datapackage.PackageOnDisk.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.query.Sco;

/**
 * A researcher's questions asked in SQL over the package's CSV files, loaded into DuckDB as declared, answer
 * what the fluent API answers: who held a status on a day, the summits a state hosted, the Secretary-General in
 * a year, and a state's status timeline; for every day, state and year the questions range over.
 */
class ResearcherQuestionsTest {

    private static final Sco SCO = Sco.facts();
    private static Connection db;

    @BeforeAll
    static void load() throws SQLException {
        db = PackageOnDisk.duckDb(PackageOnDisk.bundled());
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** The days asked about: every 1 January and 1 July from 2001 to the check year, and the days statuses changed. */
    private static List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (int year = 2001; year <= SCO.dataset().checkedThrough().getYear(); year++) {
            days.add(LocalDate.of(year, 1, 1));
            days.add(LocalDate.of(year, 7, 1));
        }
        for (StatusPeriod period : SCO.dataset().statusPeriods()) {
            days.add(period.period().startDay());
            days.add(period.period().startDay().minusDays(1));
            period.period().endDay().ifPresent(days::add);
        }
        return days;
    }

    @Test
    void given_a_day_and_a_status_then_sql_lists_the_states_the_fluent_api_lists() throws SQLException {
        int asked = 0;
        for (LocalDate day : days()) {
            for (Status status : Status.values()) {
                List<String> fluent = new ArrayList<>();
                for (Country c : SCO.countries().withStatus(status).asOf(day).list()) {
                    fluent.add(c.alpha2());
                }
                List<String> sql = column(db, "SELECT country FROM status_periods WHERE status = '" + status.name()
                        + "' AND period_start_first_day <= DATE '" + day + "' AND (period_end_exclusive_first_day IS NULL"
                        + " OR DATE '" + day + "' < period_end_exclusive_first_day) ORDER BY country");
                assertThat(sql).as(status + " on " + day).containsExactlyInAnyOrderElementsOf(fluent);
                asked++;
            }
        }
        assertThat(asked).isGreaterThan(200);
        assertThat(column(db, "SELECT count(*) FROM status_periods WHERE status = 'MEMBER_STATE' AND"
                + " period_start_first_day <= DATE '2017-06-09' AND (period_end_exclusive_first_day IS NULL OR"
                + " DATE '2017-06-09' < period_end_exclusive_first_day)")).containsExactly("8");
    }

    @Test
    void given_each_state_then_sql_lists_the_summits_it_hosted_as_the_fluent_api_does() throws SQLException {
        List<String> hosts = new ArrayList<>();
        for (Country state : SCO.dataset().countries()) {
            List<String> fluent = new ArrayList<>();
            for (Meeting m : SCO.summits().hostedBy(state).list()) {
                fluent.add(m.id().value() + " " + m.ordinal().map(String::valueOf).orElse("") + " " + m.place().city()
                        + " " + m.firstDay());
            }
            List<String> sql = column(db, "SELECT id || ' ' || coalesce(CAST(ordinal AS VARCHAR), '') || ' ' ||"
                    + " place_city || ' ' || CAST(first_day AS VARCHAR) FROM meetings WHERE council = 'HEADS_OF_STATE'"
                    + " AND place_country = '" + state.alpha2() + "' ORDER BY first_day, id");
            assertThat(sql).as("summits hosted by " + state).containsExactlyElementsOf(fluent);
            if (!fluent.isEmpty()) {
                hosts.add(state.alpha2());
            }
        }
        assertThat(hosts).as("states that hosted a summit").containsExactlyInAnyOrder("CN", "IN", "KG", "KZ", "RU",
                "TJ", "UZ");
        assertThat(column(db, "SELECT count(*) FROM meetings WHERE council = 'HEADS_OF_STATE' AND place_country = 'KZ'"))
                .containsExactly("4");
    }

    @Test
    void given_each_year_then_sql_names_the_secretary_general_the_fluent_api_names() throws SQLException {
        for (int year = 2004; year <= SCO.dataset().checkedThrough().getYear(); year++) {
            for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                List<String> fluent = new ArrayList<>();
                for (Appointment a : SCO.appointments().post(Post.SECRETARY_GENERAL).servingOn(day).list()) {
                    fluent.add(a.holder());
                }
                List<String> sql = column(db, "SELECT holder FROM appointments WHERE post = 'SECRETARY_GENERAL' AND"
                        + " term_start_first_day <= DATE '" + day + "' AND (term_end_exclusive_first_day IS NULL OR"
                        + " DATE '" + day + "' < term_end_exclusive_first_day)");
                assertThat(sql).as("Secretary-General on " + day).containsExactlyElementsOf(fluent);
            }
        }
        assertThat(column(db, "SELECT holder FROM appointments WHERE post = 'SECRETARY_GENERAL' AND"
                + " term_start_first_day <= DATE '2020-01-01' AND DATE '2020-01-01' < term_end_exclusive_first_day"))
                .containsExactly("Vladimir Norov");
    }

    @Test
    void given_each_state_then_its_status_timeline_in_sql_is_the_fluent_timeline() throws SQLException {
        for (Country state : SCO.dataset().countries()) {
            List<List<String>> fluent = new ArrayList<>();
            for (StatusPeriod p : SCO.timeline(state)) {
                fluent.add(List.of(p.status().name(), p.period().start().toString(),
                        p.period().endInclusive().map(Object::toString).orElse("open")));
            }
            List<List<String>> sql = query(db, "SELECT status, period_start, coalesce(period_end_inclusive, 'open')"
                    + " FROM status_periods WHERE country = '" + state.alpha2() + "' ORDER BY period_start_first_day");
            assertThat(sql).as("timeline of " + state).containsExactlyElementsOf(fluent);
        }
        assertThat(query(db, "SELECT status, period_start, period_end_inclusive FROM status_periods"
                + " WHERE country = 'IR' ORDER BY period_start_first_day")).containsExactly(
                        List.of("OBSERVER_STATE", "2005-07-05", "2023-07-03"),
                        java.util.Arrays.asList("MEMBER_STATE", "2023-07-04", null));
    }
}
