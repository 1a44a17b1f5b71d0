package org.scofacts.demo.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message builders on their own, verbatim. */
class MessagesTest {

    @Test
    void a_short_value_is_shown_whole_and_a_long_one_cut_with_its_length() {
        assertThat(Values.quoted("IR")).isEqualTo("'IR'");
        assertThat(Values.quoted("a".repeat(80))).isEqualTo("'" + "a".repeat(80) + "'");
        assertThat(Values.quoted("a".repeat(100_000))).isEqualTo("'" + "a".repeat(80) + "…' (100000 characters)");
        assertThat(Values.cut("b".repeat(81))).isEqualTo("b".repeat(80) + "… (81 characters)");
    }

    @Test
    void control_characters_are_written_as_escapes_so_the_line_stays_one() {
        assertThat(Values.quoted("a\nb\0\u001b[31m\u0007\t\u009b")).isEqualTo("'a\\nb\\u0000\\e[31m\\u0007\\t\\u009b'");
    }

    @Test
    void tidy_cuts_typed_values_wherever_they_appear_and_is_one_line() {
        String typed = "z".repeat(500);

        String line = Values.tidy("Unknown country: \"" + typed + "\"; did you mean\nZambia?", List.of(typed));

        assertThat(line).isEqualTo("Unknown country: \"" + "z".repeat(80) + "…\" (500 characters); did you mean"
                + " Zambia?");
        assertThat(Values.tidy(line, List.of(typed))).as("tidy twice changes nothing").isEqualTo(line);
    }

    @Test
    void summits_recorded_are_written_as_ranges() {
        assertThat(Messages.noSuchSummit(99, "v1", List.of(3, 1, 2, 5, 7, 8))).isEqualTo("no summit numbered 99 in"
                + " data version v1 (it records summits 1-3, 5, 7-8)");
        assertThat(Messages.noSuchSummit(1, "v1", List.of())).endsWith("(it records summits none)");
    }

    @Test
    void reasons_are_words_without_class_names_or_codes() {
        assertThat(Reasons.reason(new SQLException("The connection attempt failed.", "08001",
                new UnknownHostException("no-such-host.invalid: Name or service not known"))))
                .isEqualTo("unknown host no-such-host.invalid");
        assertThat(Reasons.reason(new SQLException("Wrong user name or password [28000-240]", "28000")))
                .isEqualTo("user name or password refused");
        assertThat(Reasons.reason(new IllegalStateException("x", new AccessDeniedException("/data/sco.mv.db"))))
                .isEqualTo("/data/sco.mv.db: permission denied");
        assertThat(Reasons.reason(new RuntimeException("java.lang.IllegalArgumentException: bad thing [90000-240]")))
                .isEqualTo("bad thing");
        assertThat(Reasons.inWords(null)).isEqualTo("no reason given");
    }

    @Test
    void a_missing_input_file_is_bad_input_and_a_refused_one_is_the_environment() {
        IOException missing = new NoSuchFileException("x.json");
        IOException refused = new AccessDeniedException("x.json");

        assertThat(ExitCodes.isBadInput(missing)).isTrue();
        assertThat(ExitCodes.isBadInput(refused)).isFalse();
        assertThat(Messages.cannotRead(java.nio.file.Path.of("x.json"), missing)).isEqualTo("x.json: no such file");
        assertThat(Messages.cannotRead(java.nio.file.Path.of("x.json"), refused))
                .isEqualTo("x.json: permission denied");
    }
}
