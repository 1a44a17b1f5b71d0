package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;

/**
 * The start-up rules, under one test: a child JVM on the library's class path asks {@code Sco.facts()}
 * its first answer with {@code -Xlog:class+load}, and no class the design keeps off that path may load.
 * Each workaround in the library that exists for start-up time (see the package-info of the package that
 * holds it) is kept because of a line in {@link #forbidden(String)}; the test runs on the JDK the build
 * runs on, so {@code .ci/run} covers JDK 17 and 25.
 */
class StartupGuardTest {

    /**
     * Why each forbidden class must stay off the first answer's path, with what keeping it off bought when
     * measured ({@code ColdStart}, 31 alternating rounds, a build with the workaround against one without,
     * JDK 17 / JDK 25, 2026-12-06); the name is its prefix. A workaround that bought less than 5 ms was
     * removed: days stepped by hand instead of {@code LocalDate.plusDays}, which may load
     * {@code java.time.format} (-5 to +4 ms over three runs).
     */
    private static String forbidden(String loaded) {
        if (loaded.equals("java.lang.runtime.ObjectMethods")) {
            return "a record's generated equals/hashCode/toString, bootstrapped through method handles (+46 / +28 ms)";
        }
        if (loaded.startsWith("org.scofacts.") && (loaded.contains("$$Lambda") || loaded.contains("/0x"))) {
            return "a lambda or method reference in the library, spun at run time (+10 / +5 ms for the first)";
        }
        if (loaded.startsWith("java.lang.invoke.StringConcatFactory")) {
            return "string concatenation through invokedynamic; the build compiles it inline (+31 / +15 ms)";
        }
        if (loaded.startsWith("java.util.regex.")) {
            return "regular expressions, where a scan of the identifier does (+13 / +11 ms)";
        }
        if (loaded.equals("java.util.EnumMap")) {
            return "an EnumMap, which reads its enum's constants reflectively (+2 / +7 ms)";
        }
        for (String foreign : List.of("com.fasterxml.jackson.", "tools.jackson.", "org.hibernate.",
                "jakarta.persistence.", "javax.persistence.", "org.h2.")) {
            if (loaded.startsWith(foreign)) {
                return "a library the queries must not depend on";
            }
        }
        return null;
    }

    @ParameterizedTest(name = "first answer: {0}")
    @ValueSource(strings = {"members", "dates"})
    void given_a_fresh_jvm_when_it_asks_its_first_answer_then_no_class_kept_off_that_path_loads(String answer)
            throws Exception {
        Set<String> floor = classesLoaded();
        if (answer.equals("dates")) {
            // What LocalDate's own plusDays and minusDays load (java.time.format and regular expressions on JDK
            // 21 and later) is the JDK's, not the library's.
            floor.addAll(classesLoaded("jdk-dates"));
        }
        List<String> offending = new ArrayList<>();
        for (String loaded : classesLoaded(answer)) {
            String why = forbidden(loaded);
            if (why != null && !floor.contains(loaded)) {
                offending.add(loaded + " (" + why + ")");
            }
        }
        assertThat(offending).as("classes loaded by the first answer '%s' on java %s", answer,
                System.getProperty("java.version")).isEmpty();
    }

    @Test
    void given_queries_of_every_family_when_hashed_and_compared_then_no_family_table_is_read() throws Exception {
        Set<String> loaded = classesLoaded("hash");
        List<String> tables = new ArrayList<>();
        for (FactFamily<?> family : FactFamily.all()) {
            String plural = family.pluralName();
            tables.add("org.scofacts.data." + Character.toUpperCase(plural.charAt(0)) + plural.substring(1));
        }
        assertThat(tables).as("the bundled tables, one class per family").hasSize(FactFamily.all().size())
                .contains("org.scofacts.data.Events", "org.scofacts.data.StatusPeriods");
        assertThat(loaded).as("classes loaded while hashing queries").contains("org.scofacts.query.EventQuery")
                .doesNotContainAnyElementsOf(tables);
    }

    @ParameterizedTest(name = "the guard sees {0}")
    @ValueSource(strings = {"java.lang.runtime.ObjectMethods", "org.scofacts.query.Sco$$Lambda/0x0000000801000a00",
        "java.util.regex.Pattern", "java.util.EnumMap", "java.lang.invoke.StringConcatFactory",
        "com.fasterxml.jackson.databind.ObjectMapper",
        "org.hibernate.Session"})
    void given_a_class_the_design_keeps_off_the_path_when_judged_then_it_is_forbidden(String name) {
        assertThat(forbidden(name)).isNotNull();
    }

    @ParameterizedTest(name = "the guard lets {0} pass")
    @ValueSource(strings = {"java.time.LocalDate", "org.scofacts.query.Sco", "java.util.ImmutableCollections$ListN",
        "java.time.format.DateTimeFormatter", "java.lang.invoke.LambdaForm$MH/0x0000000801001000"})
    void given_a_class_the_answer_needs_when_judged_then_it_passes(String name) {
        assertThat(forbidden(name)).isNull();
    }

    /** The classes a child JVM loads, in order, including those from the JDK's shared archive. */
    private static Set<String> classesLoaded(String... args) throws IOException, InterruptedException,
            URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-Xlog:class+load=info:stdout");
        command.add("-cp");
        command.add(libraryClassPath());
        command.add(FirstAnswerChild.class.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as("exit code of the child; its output:%n%s", out).isZero();
        Set<String> classes = new LinkedHashSet<>();
        for (String line : out.split("\\R")) {
            int at = line.indexOf("[class,load] ");
            int source = line.indexOf(" source: ");
            if (at >= 0 && source > at) {
                classes.add(line.substring(at + "[class,load] ".length(), source));
            }
        }
        assertThat(classes).as("classes logged by the child").contains("java.lang.Object");
        return classes;
    }

    /** The three library modules and the child's own class: a user's class path, nothing of the test's. */
    private static String libraryClassPath() throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(FirstAnswerChild.class, Sco.class, ScoDataset.class, Country.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
