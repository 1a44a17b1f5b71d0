package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

    private static final SourceId ID = SourceId.of("xinhua-2024");
    private static final Optional<PartialDate> JULY_2024 = Optional.of(PartialDate.of(2024, 7));
    private static final Optional<URI> URL = Optional.of(URI.create("https://english.news.cn/2024/sco.htm"));

    @Test
    void constructor_keeps_its_components() {
        Source s = new Source(ID, SourceKind.NEWS_REPORT, "Astana summit report", "Xinhua", JULY_2024, URL,
                "used for the summit dates");

        assertThat(s.id()).isEqualTo(ID);
        assertThat(s.kind()).isEqualTo(SourceKind.NEWS_REPORT);
        assertThat(s.title()).isEqualTo("Astana summit report");
        assertThat(s.publisher()).isEqualTo("Xinhua");
        assertThat(s.published()).isEqualTo(JULY_2024);
        assertThat(s.url()).isEqualTo(URL);
        assertThat(s.note()).isEqualTo("used for the summit dates");
    }

    @Test
    void constructor_accepts_an_empty_note_and_no_url_or_date() {
        Source s = new Source(ID, SourceKind.OFFICIAL, "Charter", "SCO", Optional.empty(), Optional.empty(), "");

        assertThat(s.note()).isEmpty();
        assertThat(s.url()).isEmpty();
        assertThat(s.published()).isEmpty();
    }

    @Test
    void constructor_accepts_http() {
        Optional<URI> http = Optional.of(URI.create("http://eng.sectsco.org/"));
        assertThat(new Source(ID, SourceKind.OFFICIAL, "Site", "SCO", Optional.empty(), http, "").url()).isEqualTo(http);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/sco.pdf", "en.wikipedia.org/wiki/SCO", "https:/wiki/SCO",
        "mailto:info@sectsco.org", "file:///tmp/sco.html"})
    void constructor_rejects_a_url_that_is_not_absolute_http(String url) {
        assertThatThrownBy(() -> new Source(ID, SourceKind.REFERENCE_WORK, "SCO", "Wikipedia", Optional.empty(),
                Optional.of(URI.create(url)), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url")
                .hasMessageContaining("xinhua-2024")
                .hasMessageContaining(url);
    }

    @Test
    void constructor_rejects_blank_title_and_publisher() {
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, "  ", "Xinhua", JULY_2024, URL, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title").hasMessageContaining("\"  \"");
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, "Report", "", JULY_2024, URL, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("publisher").hasMessageContaining("\"\"");
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, "Report", " Xinhua", JULY_2024, URL, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("publisher").hasMessageContaining("\" Xinhua\"");
    }

    @Test
    void constructor_rejects_nulls() {
        assertThatThrownBy(() -> new Source(null, SourceKind.NEWS_REPORT, "Report", "Xinhua", JULY_2024, URL, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Source(ID, null, "Report", "Xinhua", JULY_2024, URL, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, null, "Xinhua", JULY_2024, URL, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, "Report", null, JULY_2024, URL, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("publisher");
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, "Report", "Xinhua", null, URL, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, "Report", "Xinhua", JULY_2024, null, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> new Source(ID, SourceKind.NEWS_REPORT, "Report", "Xinhua", JULY_2024, URL, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("note");
    }

    @Test
    void equals_and_hash_code_follow_every_component() {
        EqualsVerifier.forClass(Source.class)
                .withPrefabValues(PartialDate.class, PartialDate.ofYear(2001), PartialDate.ofYear(2002))
                .withPrefabValues(URI.class, URI.create("https://a.example/"), URI.create("https://b.example/"))
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
