package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetJson;

/**
 * The samples in README-demo.md are what the program prints: every fenced block after a
 * {@code <!-- checked sample -->} line is run, command by command ({@code $ java -jar sco-demo/target/sco-demo.jar
 * ...} in process on the bundled dataset, on its check date; {@code $ grep -E 'PATTERN' FILE}), and the lines
 * under each command must equal its standard output followed by its standard error.
 *
 * <p>Files the samples name are made in a temporary directory, which is the only thing normalised: its path is
 * shown as the README shows it. {@code sco-2026.10.0.json} stands for an older release (the bundled export
 * without {@link #OLDER_FACT} and its source, with chs-23 in person) and {@code broken.json} for a malformed
 * export (chs-23's format "ONLINE"). Run with {@code -Dsco.readme.update=true} to rewrite stale samples.
 */
class ReadmeDemoSamplesTest {

    private static final Path README = Path.of("README-demo.md");
    private static final String MARK = "<!-- checked sample -->";
    private static final String JAR = "java -jar sco-demo/target/sco-demo.jar";
    private static final String OLDER_FACT = "event-interaction-2024";
    private static final String OLDER_SOURCE = "china-diplomacy-2024-interaction";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** One command of a sample and the lines the README shows under it. */
    record Sample(int line, String command, List<String> shown) {
    }

    @Test
    void every_checked_sample_in_readme_demo_is_what_the_program_prints() throws IOException {
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Sample> samples = samples(readme);
        assertThat(samples).as("checked samples in " + README).hasSizeGreaterThanOrEqualTo(10);
        prepareFiles();

        List<List<String>> printed = new ArrayList<>();
        for (Sample s : samples) {
            printed.add(run(s.command()));
        }
        List<String> updated = new ArrayList<>(readme);
        List<String> stale = new ArrayList<>();
        for (int i = samples.size() - 1; i >= 0; i--) {
            Sample s = samples.get(i);
            List<String> actual = printed.get(i);
            List<String> shown = withoutTrailingBlankLines(s.shown());
            if (!actual.equals(shown)) {
                stale.add("README-demo.md line " + s.line() + ": '$ " + s.command() + "' prints\n"
                        + String.join("\n", actual) + "\nbut the README shows\n" + String.join("\n", shown));
                for (int k = 0; k < shown.size(); k++) {
                    updated.remove(s.line());
                }
                updated.addAll(s.line(), actual);
            }
        }
        if (Boolean.getBoolean("sco.readme.update") && !stale.isEmpty()) {
            Files.write(README, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(stale).as("stale samples (run this test with -Dsco.readme.update=true to rewrite them)")
                .isEmpty();
    }

    @Test
    void the_sample_parser_reads_commands_and_the_lines_under_them() {
        List<String> text = List.of("intro", MARK, "```", "$ " + JAR + " chair", "a", "b", "$ grep -E 'x' f.csv",
                "c", "```", "```", "$ " + JAR + " not-checked", "```");

        assertThat(samples(text)).containsExactly(new Sample(4, JAR + " chair", List.of("a", "b")),
                new Sample(7, "grep -E 'x' f.csv", List.of("c")));
    }

    /** Blank lines that only separate one sample's output from the next command in the README. */
    private static List<String> withoutTrailingBlankLines(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    /** The commands of every checked block, each with the (1-based) line of its command. */
    static List<Sample> samples(List<String> readme) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).strip().equals(MARK)) {
                continue;
            }
            int line = i + 2;
            if (line >= readme.size() || !readme.get(i + 1).startsWith("```")) {
                throw new IllegalStateException("README-demo.md line " + (i + 1) + ": " + MARK
                        + " must stand right above a fenced block");
            }
            String command = null;
            List<String> shown = new ArrayList<>();
            int commandLine = 0;
            for (; line < readme.size() && !readme.get(line).startsWith("```"); line++) {
                String l = readme.get(line);
                if (l.startsWith("$ ")) {
                    if (command != null) {
                        samples.add(new Sample(commandLine, command, shown));
                    }
                    command = l.substring(2);
                    commandLine = line + 1;
                    shown = new ArrayList<>();
                } else {
                    shown.add(l);
                }
            }
            if (command != null) {
                samples.add(new Sample(commandLine, command, shown));
            }
        }
        return samples;
    }

    private List<String> run(String command) throws IOException {
        List<String> words = words(command);
        if (command.startsWith(JAR)) {
            List<String> args = words.subList(3, words.size()).stream().map(this::inDir).toList();
            ScoDataset bundled = ScoDataset.bundled();
            String[] argv = args.toArray(String[]::new);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Console cl = Main.console(() -> bundled,
                    Clock.fixed(bundled.checkedThrough().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                    out, err);
            cl.execute(argv);
            return (out.toString() + err.toString()).lines().map(this::shownDir).toList();
        }
        if (words.size() == 4 && words.get(0).equals("grep") && words.get(1).equals("-E")) {
            Pattern pattern = Pattern.compile(words.get(2));
            return Files.readAllLines(Path.of(inDir(words.get(3)))).stream().filter(l -> pattern.matcher(l).find())
                    .toList();
        }
        throw new IllegalStateException("a checked sample can run '" + JAR + " ...' or 'grep -E PATTERN FILE', not '"
                + command + "'");
    }

    /** A file or an H2 database named relative to the current directory, made to live in the temporary one. */
    private String inDir(String arg) {
        if (arg.startsWith("jdbc:h2:./")) {
            return "jdbc:h2:" + dir.resolve(arg.substring("jdbc:h2:./".length()));
        }
        return arg.matches("[\\w.-]+\\.(json|csv)") ? dir.resolve(arg).toString() : arg;
    }

    private String shownDir(String line) {
        return line.replace("jdbc:h2:" + dir + "/", "jdbc:h2:./").replace(dir + "/", "");
    }

    /** A command line split into words as a POSIX shell splits it, for single and double quotes. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** The older export and the malformed one the diff samples compare. */
    private void prepareFiles() throws IOException {
        ObjectNode older = (ObjectNode) MAPPER.readTree(DatasetJson.write(ScoDataset.bundled()));
        older.put("version", "2026.10.0");
        removeWhere((ArrayNode) older.get("facts"), "id", OLDER_FACT);
        boolean citedElsewhere = false;
        for (JsonNode fact : older.get("facts")) {
            citedElsewhere |= fact.get("sources").toString().contains("\"" + OLDER_SOURCE + "\"");
        }
        if (!citedElsewhere) {
            removeWhere((ArrayNode) older.get("sources"), "id", OLDER_SOURCE);
        }
        setFormat(older, "IN_PERSON");
        MAPPER.writeValue(dir.resolve("sco-2026.10.0.json").toFile(), older);

        ObjectNode broken = (ObjectNode) MAPPER.readTree(DatasetJson.write(ScoDataset.bundled()));
        setFormat(broken, "ONLINE");
        MAPPER.writeValue(dir.resolve("broken.json").toFile(), broken);
    }

    private static void removeWhere(ArrayNode array, String field, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).get(field).asString().equals(value)) {
                array.remove(i);
            }
        }
    }

    private static void setFormat(ObjectNode export, String format) {
        for (JsonNode fact : export.get("facts")) {
            if (fact.get("id").asString().equals("chs-23")) {
                ((ObjectNode) fact).put("format", format);
            }
        }
    }
}
