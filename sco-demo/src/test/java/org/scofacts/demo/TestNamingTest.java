package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One naming style for tests across every module: a lower snake_case sentence that says the
 * behaviour ({@code given_..._when_..._then_...} where a test has those parts). It reads the test
 * sources of the whole reactor, so it lives in sco-demo, the last library-consuming module built.
 */
class TestNamingTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A test annotation, then (after any further annotations) the method it marks. */
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(?:Test|ParameterizedTest|TestFactory|RepeatedTest)\\b[^;{]*?\\s(\\w+)\\s*\\(", Pattern.DOTALL);
    private static final Pattern SNAKE_CASE_SENTENCE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)+");

    @Test
    void every_test_method_in_every_module_is_a_snake_case_sentence() {
        List<String> methods = new ArrayList<>();
        for (Path source : testSources()) {
            Matcher m = TEST_METHOD.matcher(read(source));
            while (m.find()) {
                methods.add(ROOT.relativize(source) + " " + m.group(1));
            }
        }
        assertThat(methods).as("test methods found").hasSizeGreaterThan(300);
        assertThat(methods).as("test methods not named as a snake_case sentence")
                .allSatisfy(method -> assertThat(method.substring(method.lastIndexOf(' ') + 1))
                        .as(method).matches(SNAKE_CASE_SENTENCE));
    }

    private static List<Path> testSources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> sources = new ArrayList<>();
            for (Path tests : modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory)
                    .toArray(Path[]::new)) {
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
