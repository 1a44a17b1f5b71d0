package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.demo.AttendanceChart.Cell;
import org.scofacts.json.Fixtures;
import org.scofacts.model.Attendance;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.query.Sco;

/** The attendance chart: the cells the data gives, deterministic, and committed up to date. */
class AttendanceChartTest {

    /** The committed chart, seen from the sco-demo module directory where the tests run. */
    static final CommittedChart COMMITTED = new CommittedChart("attendance.svg", "--attendance");


    private static final Sco BUNDLED = Sco.of(ScoDataset.bundled());
    private static final List<Attendance> ATTENDANCES = BUNDLED.dataset().facts(FactFamily.ATTENDANCES);

    private static Cell cell(String state, int summit) {
        Country c = BUNDLED.country(state);
        Meeting m = BUNDLED.summits().numbered(summit).orElseThrow();
        return AttendanceChart.cell(BUNDLED, ATTENDANCES, c, m);
    }

    @Test
    void the_committed_chart_is_the_chart_of_the_bundled_dataset() throws Exception {
        COMMITTED.assertIsCurrent(AttendanceChart.svg(BUNDLED));
    }

    @Test
    void a_cell_shows_how_the_head_came_who_came_instead_or_why_there_is_no_one() {
        assertThat(cell("CN", 1)).isEqualTo(Cell.HEAD_IN_PERSON);
        assertThat(cell("IN", 20)).as("Modi joined the 2020 summit by video").isEqualTo(Cell.HEAD_BY_VIDEO);
        assertThat(cell("IN", 24)).as("India's foreign minister led its delegation at Astana in 2024")
                .isEqualTo(Cell.LOWER_RANK);
        assertThat(cell("IN", 16)).as("India was an observer in 2016").isEqualTo(Cell.NOT_YET_MEMBER);
        assertThat(cell("BY", 23)).as("Belarus joined in 2024").isEqualTo(Cell.NOT_YET_MEMBER);
        assertThat(cell("TJ", 3)).as("no stored source names Tajikistan's head at the 3rd summit")
                .isEqualTo(Cell.NOT_RECORDED);
        assertThat(cell("IN", 17)).as("admitted at the 17th summit, Modi attended").isEqualTo(Cell.HEAD_IN_PERSON);
        assertThat(cell("CN", 26)).as("Xi Jinping in Bishkek, 2026").isEqualTo(Cell.HEAD_IN_PERSON);
        assertThat(cell("RU", 26)).as("the one source on the 26th summit names China's delegation only")
                .isEqualTo(Cell.NOT_RECORDED);
    }

    @Test
    void the_chart_has_a_row_per_state_that_has_been_a_member_and_a_column_per_summit() {
        assertThat(AttendanceChart.rows(BUNDLED)).extracting(Country::alpha2)
                .containsExactlyInAnyOrder("CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY");
        assertThat(AttendanceChart.columns(BUNDLED)).as("the 1st (2001) to the 26th (Bishkek, 2026)").hasSize(26);
        String svg = AttendanceChart.svg(BUNDLED);
        assertThat(svg).contains("<title>Narendra Modi, prime minister of India (IN), by video at the 20th summit</title>")
                .contains("<title>Tajikistan (TJ), not recorded at summit 3</title>")
                .contains("id=\"state-BY\"");
    }

    @Test
    void the_chart_is_the_same_in_every_default_locale() {
        Locale before = Locale.getDefault();
        String root = AttendanceChart.svg(BUNDLED);
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(AttendanceChart.svg(BUNDLED)).isEqualTo(root);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(AttendanceChart.svg(BUNDLED)).isEqualTo(root);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void chart_attendance_output_writes_the_chart_of_the_dataset_to_the_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("attendance.svg");

        ConsoleTest.Run r = ConsoleTest.run("chart", "--attendance", "--output", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        Sco fixture = Sco.of(Fixtures.dataset());
        assertThat(r.out()).isEqualTo("Wrote the attendance chart of data fixture-1 ("
                + AttendanceChart.columns(fixture).size() + " summits) to " + file + System.lineSeparator());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(AttendanceChart.svg(fixture));
    }
}
