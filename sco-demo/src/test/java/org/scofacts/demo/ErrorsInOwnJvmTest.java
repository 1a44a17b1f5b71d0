package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drivers may print on the process's own standard error, past the console's: H2 prints a stack trace when it cannot
 * write its trace file next to a database it cannot create, and the PostgreSQL driver logs a URL it cannot
 * parse. In a JVM of its own, {@code sco-demo} must still print its one line and nothing else.
 */
class ErrorsInOwnJvmTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:/proc/x/db", "jdbc:h2:file:/proc/db", "PARENT_IS_A_FILE",
        "jdbc:postgresql://localhost:99999/sco"})
    void given_a_database_url_that_cannot_work_when_exporting_then_standard_error_holds_one_line(String url)
            throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        String jdbcUrl = url.replace("PARENT_IS_A_FILE", "jdbc:h2:file:" + file + "/sco");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");

        int code = runInOwnJvm(out, err, "export", "--jdbc-url", jdbcUrl);

        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(lines).as("standard error").hasSize(1);
        assertThat(lines.get(0)).startsWith("sco-demo export: ").contains(jdbcUrl).doesNotContain("Exception");
        assertThat(code).isEqualTo(url.startsWith("jdbc:postgresql") ? 2 : 1);
        assertThat(Files.readString(out)).as("standard output").isEmpty();
    }

    private static int runInOwnJvm(Path out, Path err, String... args) throws IOException, InterruptedException {
        String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("sco-demo " + String.join(" ", args) + " did not end in 120 s");
        }
        return p.exitValue();
    }
}
