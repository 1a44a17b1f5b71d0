package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a listing fits a table into a width: cut with an ellipsis, wrapped, or in full. */
class ListingTest {

    private static List<String> table(Listing listing, int width) {
        StringWriter text = new StringWriter();
        listing.print(Format.TABLE, new PrintWriter(text), width);
        return text.toString().lines().toList();
    }

    private static final String TITLE = "Convention of the Shanghai Cooperation Organisation against Terrorism";

    @Test
    void given_a_table_narrower_than_the_width_when_printed_then_every_cell_is_in_full() {
        Listing listing = Listing.of("id", "title").row("doc-1", TITLE);

        assertThat(table(listing, 120)).containsExactly("id     title", "-----  " + "-".repeat(TITLE.length()),
                "doc-1  " + TITLE);
    }

    @Test
    void given_a_wide_table_when_printed_then_the_flexible_column_is_cut_with_an_ellipsis_to_fit() {
        Listing listing = Listing.of("id", "title").flexible("title").row("doc-1", TITLE);

        List<String> lines = table(listing, 40);

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(lines.get(2)).isEqualTo("doc-1  Convention of the Shanghai Coope\u2026");
    }

    @Test
    void given_a_wide_table_when_printed_then_fixed_columns_keep_their_width() {
        Listing listing = Listing.of("fact", "title").flexible("title")
                .row("status.in.observer-state.2005", TITLE);

        assertThat(table(listing, 40).get(2)).startsWith("status.in.observer-state.2005  ");
    }

    @Test
    void given_a_wrapped_listing_when_printed_then_long_cells_continue_on_the_next_lines_without_losing_a_word() {
        Listing listing = Listing.of("question", "answer").flexible("answer").wrappedByItems()
                .row("Partners", "Nepal (NP), Qatar (QA), Saudi Arabia (SA), Sri Lanka (LK), Türkiye (TR)");

        List<String> lines = table(listing, 40);

        assertThat(lines).containsExactly("question  answer", "--------  " + "-".repeat(30),
                "Partners  Nepal (NP), Qatar (QA),", "          Saudi Arabia (SA),", "          Sri Lanka (LK), Türkiye (TR)");
    }

    @Test
    void given_a_wrapped_item_longer_than_the_column_when_printed_then_it_breaks_between_words() {
        Listing listing = Listing.of("id", "granted_by").wrapped().flexible("granted_by")
                .row("x", "founding member: Declaration on the Establishment of the SCO");

        List<String> lines = table(listing, 30);

        assertThat(lines.subList(2, lines.size())).containsExactly("x   founding member:",
                "    Declaration on the", "    Establishment of the SCO");
    }

    @Test
    void given_a_wrapped_cell_with_a_long_item_after_a_comma_when_printed_then_its_words_fill_the_line() {
        Listing listing = Listing.of("id", "granted_by").wrapped().flexible("granted_by")
                .row("x", "launched at Ufa in 2015, memorandum of obligations signed in Tashkent in 2016");

        List<String> lines = table(listing, 30);

        assertThat(lines.subList(2, lines.size())).containsExactly("x   launched at Ufa in 2015,",
                "    memorandum of obligations", "    signed in Tashkent in 2016");
    }

    @Test
    void given_a_wrapped_title_with_commas_when_printed_then_it_breaks_at_the_last_space_that_fits() {
        Listing listing = Listing.of("id", "title").flexible("title").wrapped()
                .row("x", "Charter of the SCO, signed at St Petersburg");

        List<String> lines = table(listing, 33);

        assertThat(lines.subList(2, lines.size())).containsExactly("x   Charter of the SCO, signed at",
                "    St Petersburg");
    }

    @Test
    void given_a_cell_with_control_characters_when_printed_as_table_or_tsv_then_they_are_escapes_on_one_line() {
        Listing listing = Listing.of("id", "title").row("x", "Red \u001b[31mtitle\nadded chs-99\tforged\u0007");
        StringWriter tsv = new StringWriter();
        listing.print(Format.TSV, new PrintWriter(tsv));

        assertThat(table(listing, Integer.MAX_VALUE).get(2)).isEqualTo("x   Red \\e[31mtitle\\nadded chs-99\\tforged\\u0007");
        assertThat(tsv.toString().lines()).containsExactly("id\ttitle", "x\tRed \\e[31mtitle\\nadded chs-99\\tforged\\u0007");
    }

    @Test
    void given_the_widest_width_when_printed_then_nothing_is_cut() {
        Listing listing = Listing.of("id", "title").flexible("title").row("doc-1", TITLE);

        assertThat(table(listing, Integer.MAX_VALUE).get(2)).isEqualTo("doc-1  " + TITLE);
    }

    @Test
    void a_flexible_column_that_is_not_a_column_is_refused_by_name() {
        assertThatThrownBy(() -> Listing.of("id", "title").flexible("url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url")
                .hasMessageContaining("[id, title]");
    }
}
