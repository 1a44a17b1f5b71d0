package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A file the console writes is replaced whole or not at all, and a failure says why with the rule's exit code. */
@ExtendWith(PrintSkipReason.class)
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void given_an_existing_file_when_writing_fails_midway_then_the_previous_file_is_kept_and_nothing_is_left_beside_it()
            throws IOException {
        Path file = Files.writeString(dir.resolve("sco.json"), "the previous export");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("{\"facts\": [");
            out.flush();
            throw new IOException("No space left on device");
        })).isInstanceOfSatisfying(Failure.class, f -> {
            assertThat(f.exitCode()).isEqualTo(1);
            assertThat(f.getMessage()).isEqualTo("cannot write " + file + ": no space left on device");
        });
        assertThat(Files.readString(file)).isEqualTo("the previous export");
        assertThat(filesIn(dir)).containsExactly("sco.json");
    }

    @Test
    void given_an_existing_file_when_written_then_it_holds_the_new_text_and_keeps_its_permissions() throws IOException {
        Path file = Files.writeString(dir.resolve("chart.svg"), "old");
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, permissions);

        AtomicFile.write(file, out -> out.write("new ü"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("new ü");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
        assertThat(filesIn(dir)).containsExactly("chart.svg");
    }

    @Test
    void given_a_link_to_a_file_when_written_then_the_file_behind_it_is_replaced_and_the_link_stays() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

        AtomicFile.write(link, out -> out.write("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void given_a_folder_or_a_missing_folder_when_written_then_bad_input_naming_the_reason() {
        Path missing = dir.resolve("no-such-dir").resolve("out.svg");

        assertFails(dir, 2, "cannot write " + dir + ": is a directory");
        assertFails(missing, 2, "cannot write " + missing + ": no such directory " + missing.getParent());
    }

    @Test
    void given_a_read_only_folder_when_written_then_permission_denied_and_the_previous_file_is_kept()
            throws IOException {
        Path file = Files.writeString(dir.resolve("sco.csv"), "previous");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(dir)).as("a read-only folder (root writes into any)").isFalse();

            assertFails(file, 1, "cannot write " + file + ": permission denied");
            assertThat(Files.readString(file)).isEqualTo("previous");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void given_a_folder_the_kernel_refuses_when_written_then_permission_denied() {
        Path sys = Path.of("/sys");
        assumeThat(Files.isDirectory(sys)).as("/sys on Linux").isTrue();

        assertFails(sys.resolve("sco.csv"), 1, "cannot write /sys/sco.csv: permission denied");
    }

    @Test
    void given_a_full_device_when_written_then_no_space_left_on_device() {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).as("/dev/full on Linux").isTrue();

        assertFails(full, 1, "cannot write /dev/full: no space left on device");
        assertThat(Files.exists(full)).as("a device is written in place, never replaced").isTrue();
    }

    private static void assertFails(Path file, int exitCode, String message) {
        assertThatThrownBy(() -> AtomicFile.write(file, out -> out.write("x".repeat(100_000))))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.getMessage()).isEqualTo(message);
                    assertThat(f.exitCode()).isEqualTo(exitCode);
                });
    }

    private static Stream<String> filesInStream(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    private static java.util.List<String> filesIn(Path dir) throws IOException {
        return filesInStream(dir).toList();
    }
}
