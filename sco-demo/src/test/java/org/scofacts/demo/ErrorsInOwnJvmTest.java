package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /**
     * The probes of issue 23, which exited 0 in silence: the answer into a full device, or into a closed standard
     * output, exits 1 with one line saying why.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/dev/full members", "/dev/full chart", "closed export --format json"})
    void given_standard_output_that_cannot_take_the_answer_when_run_then_exit_1_and_one_line_why(String probe)
            throws Exception {
        List<String> words = List.of(probe.split(" "));
        boolean closed = words.get(0).equals("closed");
        assumeTrue(closed ? Files.isExecutable(Path.of("/bin/sh")) : Files.exists(Path.of("/dev/full")),
                "a POSIX shell and /dev/full");
        Path err = dir.resolve("err.txt");
        String[] args = words.subList(1, words.size()).toArray(String[]::new);

        int code = closed ? runInOwnJvm(null, err, args) : runInOwnJvm(Path.of("/dev/full"), err, args);

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(err, StandardCharsets.UTF_8)).singleElement().asString()
                .startsWith("sco-demo " + args[0] + ": cannot write to standard output: ")
                .endsWith(closed ? "bad file descriptor" : "no space left on device");
    }

    /** Runs the demo's main in a JVM of its own; {@code out} null runs it with standard output closed. */
    private static int runInOwnJvm(Path out, Path err, String... args) throws IOException, InterruptedException {
        String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        if (out == null) {
            command.addAll(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\" >&-"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
        if (out != null) {
            pb.redirectOutput(out.toFile());
        }
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("sco-demo " + String.join(" ", args) + " did not end in 120 s");
        }
        return p.exitValue();
    }
}
