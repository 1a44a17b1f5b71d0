package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.Fixtures;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.query.Sco;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The membership chart: well-formed SVG with every state, deterministic, and committed up to date. */
class MembershipChartTest {

    /** The committed chart, seen from the sco-demo module directory where the tests run. */
    static final CommittedChart COMMITTED = new CommittedChart("membership.svg", "");


    private static final Sco BUNDLED = Sco.of(ScoDataset.bundled());

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void the_committed_chart_is_the_chart_of_the_bundled_dataset() throws Exception {
        COMMITTED.assertIsCurrent(MembershipChart.svg(BUNDLED));
    }

    @Test
    void the_chart_is_svg_with_a_labelled_row_for_every_state_of_the_dataset() throws Exception {
        Document svg = parse(MembershipChart.svg(BUNDLED));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        List<String> labels = texts(svg, "text");
        for (Country c : BUNDLED.dataset().countries()) {
            assertThat(labels).as(c.alpha2()).contains(c.shortName() + " (" + c.alpha2() + ")");
            assertThat(svg.getElementById("state-" + c.alpha2()) != null
                    || hasGroup(svg, "state-" + c.alpha2())).as(c.alpha2()).isTrue();
        }
    }

    private static boolean hasGroup(Document svg, String id) {
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (id.equals(((Element) groups.item(i)).getAttribute("id"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_chart_draws_a_bar_per_status_period_marks_every_summit_and_has_a_legend() throws Exception {
        Document svg = parse(MembershipChart.svg(BUNDLED));
        List<String> titles = texts(svg, "title");

        long bars = titles.stream().filter(t -> t.matches(".+ \\([A-Z]{2}\\): .+")).count();
        assertThat(bars).isEqualTo(BUNDLED.dataset().statusPeriods().size());
        assertThat(titles).contains("India (IN): observer state, 2005-07-05..2017-06-08",
                "India (IN): member state, since 2017-06-09");
        for (Meeting m : BUNDLED.summits().list()) {
            assertThat(titles).contains(Describe.summit(m));
        }
        assertThat(texts(svg, "text")).contains("member state", "observer state", "dialogue partner", "2001", "2017");
    }

    @Test
    void the_chart_is_the_same_in_every_default_locale() {
        Locale before = Locale.getDefault();
        String root = MembershipChart.svg(BUNDLED);
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(MembershipChart.svg(BUNDLED)).isEqualTo(root);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(MembershipChart.svg(BUNDLED)).isEqualTo(root);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(root).contains(".5\"").doesNotContain(",5\"");
    }

    @Test
    void chart_output_writes_the_chart_of_the_dataset_to_the_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.svg");

        ConsoleTest.Run r = ConsoleTest.run("chart", "--output", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Wrote the membership chart of data fixture-1 (12 states) to " + file
                + System.lineSeparator());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(MembershipChart.svg(Sco.of(Fixtures.dataset())));
        assertThat(texts(parse(Files.readString(file, StandardCharsets.UTF_8)), "text"))
                .contains("Iran (IR)", "Türkiye (TR)");
    }

    @Test
    void chart_without_output_prints_the_svg() {
        ConsoleTest.Run r = ConsoleTest.run("chart");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ").endsWith("</svg>\n");
    }
}
