package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scofacts.json.DatasetJson;
import org.scofacts.json.Fixtures;

/**
 * An answer that cannot be written is not lost in silence: when standard output fails (a full disk, a closed pipe)
 * the command exits 1 with one line on standard error saying why; and whatever is printed, no control character
 * reaches the terminal raw.
 */
class StandardOutputTest {

    @TempDir
    Path dir;

    /** Standard output on a full disk: every write fails as the kernel says, after the first few bytes. */
    private static final class FullDisk extends Writer {
        private int room = 16;

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            if (length > room) {
                throw new IOException("No space left on device");
            }
            room -= length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private record Result(int exitCode, String err) {
    }

    private static Result runInto(Writer out, String... args) {
        StringWriter err = new StringWriter();
        Console console = Main.console(Fixtures::dataset, Clock.fixed(ConsoleTest.TODAY.atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC), out, err);
        return new Result(console.execute(args), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"members", "members --format json", "timeline Iran", "summits --format tsv", "summit 24",
        "officials", "chair", "documents", "sources", "sources --facts", "export --format json",
        "export --format cow-igo", "chart", "members --help", "--help", "--version"})
    void given_a_full_standard_output_when_answering_then_exit_1_and_one_line_saying_why(String command) {
        String[] args = command.split(" ");

        Result r = runInto(new FullDisk(), args);

        String name = args[0].startsWith("-") ? "sco-demo" : "sco-demo " + args[0];
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(name + ": cannot write to standard output: no space left on device"
                + System.lineSeparator());
    }

    @Test
    void given_a_full_standard_output_when_diff_finds_differences_with_exit_code_then_the_lost_output_wins()
            throws IOException {
        Path older = Files.writeString(dir.resolve("older.json"), DatasetJson.write(Fixtures.dataset()));

        Result r = runInto(new FullDisk(), "diff", older.toString(), "--exit-code");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("sco-demo diff: cannot write to standard output: no space left on device");
    }

    @Test
    void given_bad_input_and_a_full_standard_output_when_run_then_the_bad_input_is_what_is_told() {
        Result r = runInto(new FullDisk(), "members", "--as-of", "yesterday");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("sco-demo members: Invalid value for option '--as-of'").hasLineCount(1);
    }

    @Test
    void given_standard_output_that_works_when_answering_then_nothing_is_said_about_it() {
        StringWriter out = new StringWriter();

        Result r = runInto(out, "chart");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(out.toString()).startsWith("<?xml").contains("<svg ").endsWith("</svg>\n");
    }

    @Test
    void given_control_characters_anywhere_in_what_is_printed_then_only_line_breaks_and_tabs_pass_raw()
            throws IOException {
        StringWriter sink = new StringWriter();
        GuardedWriter guarded = new GuardedWriter(sink);

        guarded.write("a\tb\n\u001b[2J\u0007\u009b\u007f\rc\u0000");

        assertThat(sink.toString()).isEqualTo("a\tb\n\\e[2J\\u0007\\u009b\\u007f\\rc\\u0000");
    }

    @Test
    void given_a_failed_write_then_the_failure_is_kept_and_later_text_is_dropped() throws IOException {
        List<String> written = new ArrayList<>();
        Writer once = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                if (!written.isEmpty()) {
                    throw new IOException("Broken pipe");
                }
                written.add(new String(text, offset, length));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        GuardedWriter guarded = new GuardedWriter(once);
        guarded.write("first");

        try {
            guarded.write("second");
        } catch (IOException expected) {
            // as PrintWriter would swallow it
        }
        try {
            guarded.write("third");
        } catch (IOException expected) {
            // dropped
        }

        assertThat(written).containsExactly("first");
        assertThat(guarded.failure()).hasMessage("Broken pipe");
    }
}
