package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scofacts.testkit.SeededRandom;

/** The ASCII fast path of {@link Text#fold} folds exactly as the Unicode path does. */
@ExtendWith(SeededRandom.class)
class TextTest {

    @Test
    void every_ascii_string_of_up_to_two_characters_folds_as_the_unicode_path_folds_it() {
        for (char a = 0; a < 128; a++) {
            assertThat(Text.fold(String.valueOf(a))).as("fold of %d", (int) a).isEqualTo(Text.foldUnicode(String.valueOf(a)));
            for (char b = 0; b < 128; b++) {
                String s = "" + a + b;
                assertThat(Text.fold(s)).as("fold of %d %d", (int) a, (int) b).isEqualTo(Text.foldUnicode(s));
            }
        }
    }

    @Test
    void random_ascii_strings_fold_as_the_unicode_path_folds_them(Random random) {
        String alphabet = "aZ9 '-_.,()/'\t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(128));
            }
            assertThat(Text.fold(s.toString())).as("fold of \"%s\"", s).isEqualTo(Text.foldUnicode(s.toString()));
        }
    }

    @Test
    void names_fold_alike_whatever_their_case_accents_and_apostrophes() {
        assertThat(Text.fold("Türkiye")).isEqualTo(Text.fold("TURKIYE")).isEqualTo("turkiye");
        assertThat(Text.fold("  People's Republic of China ")).isEqualTo("peoples republic of china");
        assertThat(Text.fold("Lao P.D.R.")).isEqualTo("lao p d r");
    }
}
