package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Appointment;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;
import org.scofacts.model.Document;
import org.scofacts.model.Meeting;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
// The quick start's imports exactly as the README shows them (Java ignores an import repeated above).
// tag::quick-start-imports[]
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.query.Sco;
// end::quick-start-imports[]

/**
 * Every Java block in README.md is a tagged region of this file, and runs here: a README example
 * that stops compiling or starts answering differently fails the build.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_FILE = Path.of("src", "test", "java", "org", "scofacts", "query",
            "ReadmeExamplesTest.java");

    @Test
    void quick_start_answers_as_the_readme_says() {
        // tag::quick-start[]
        Sco sco = Sco.facts();
        Country iran = sco.country("Iran");
        Optional<Status> in2010 = sco.statusOf(iran, LocalDate.of(2010, 1, 1));  // observer state
        List<Country> members = sco.countries().withStatus(Status.MEMBER_STATE)
                .asOf(LocalDate.of(2017, 6, 9)).list();                             // the first eight
        Optional<Meeting> astana = sco.summits().numbered(24);                       // Astana, 4 July 2024
        Optional<Appointment> sg = sco.appointments().post(Post.SECRETARY_GENERAL)
                .servingOn(LocalDate.of(2020, 1, 1)).first();                        // Vladimir Norov
        // end::quick-start[]

        assertThat(iran.alpha2()).isEqualTo("IR");
        assertThat(in2010).contains(Status.OBSERVER_STATE);
        assertThat(members).extracting(Country::alpha2)
                .containsExactlyInAnyOrder("CN", "IN", "KG", "KZ", "PK", "RU", "TJ", "UZ");
        assertThat(astana).get().satisfies(m -> {
            assertThat(m.place().city()).isEqualTo("Astana");
            assertThat(m.firstDay()).isEqualTo(LocalDate.of(2024, 7, 4));
        });
        assertThat(sg).get().extracting(Appointment::holder).isEqualTo("Vladimir Norov");
    }

    @Test
    void api_at_a_glance_answers_as_the_readme_says() {
        Sco sco = Sco.facts();
        // tag::at-a-glance[]
        List<StatusPeriod> belarus = sco.timeline(sco.country("BY"));       // partner, observer, member
        Optional<Chairmanship> chair = sco.chairmanshipOn(LocalDate.of(2024, 9, 1));   // China
        List<Document> astanaTexts = sco.documents().adoptedAt(sco.summits().numbered(24).orElseThrow()).list();
        List<Meeting> inKazakhstan = sco.summits().hostedBy(sco.country("Kazakhstan")).list();
        boolean checked = sco.isChecked(LocalDate.of(2030, 1, 1));          // false: later than the check date
        // end::at-a-glance[]

        assertThat(belarus).extracting(StatusPeriod::status)
                .containsExactly(Status.DIALOGUE_PARTNER, Status.OBSERVER_STATE, Status.MEMBER_STATE);
        assertThat(chair).get().extracting(c -> c.presidingState().alpha2()).isEqualTo("CN");
        assertThat(astanaTexts).extracting(Document::title)
                .contains("Astana Declaration of the Council of Heads of State");
        assertThat(inKazakhstan).extracting(Meeting::year).containsExactly(2005, 2011, 2017, 2024);
        assertThat(checked).isFalse();
    }

    @Test
    void every_java_block_of_the_readme_is_a_tagged_region_here_and_back() throws IOException {
        List<String> readmeBlocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        Map<String, String> regions = TaggedRegions.of(Files.readString(THIS_FILE, StandardCharsets.UTF_8));

        assertThat(readmeBlocks).as("Java blocks in README.md").isNotEmpty();
        assertThat(regions.values()).as("tagged regions of ReadmeExamplesTest")
                .containsExactlyInAnyOrderElementsOf(readmeBlocks);
    }

    @Test
    void the_counts_the_readme_states_are_the_bundled_datasets_for_every_family_in_the_registry() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        var data = Sco.facts().dataset();
        // How the README words each family's count; a family added to the registry fails here until it has one.
        Map<String, String> words = Map.ofEntries(Map.entry("statusPeriods", " status periods of "),
                Map.entry("meetings", " council meetings"), Map.entry("chairmanships", " chairmanships"),
                Map.entry("appointments", " terms of office"), Map.entry("documents", " documents"),
                Map.entry("bodies", " bodies"), Map.entry("designations", " designations"),
                Map.entry("events", " events, "), Map.entry("figures", " figures, "),
                Map.entry("accessionSteps", " accession steps"), Map.entry("partnerships", " partnerships and "),
                Map.entry("principles", " principles"), Map.entry("attendances", " attendances"));

        assertThat(readme).contains("version `" + data.version() + "`")
                .contains(data.statusPeriods().size() + " status periods of " + data.countries().size() + " states")
                .contains("citing " + data.sources().size() + " sources");
        for (FactFamily<?> family : FactFamily.all()) {
            assertThat(words).as("README wording of the family %s", family.pluralName())
                    .containsKey(family.pluralName());
            assertThat(readme).contains(data.facts(family).size() + words.get(family.pluralName()));
        }
    }

    private static List<String> javaBlocks(String markdown) {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1).strip());
        }
        return blocks;
    }
}
