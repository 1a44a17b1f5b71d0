package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.CHS_24;
import static org.scofacts.model.TestData.SHANGHAI;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;
import static org.scofacts.model.TestData.day;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final FactId ID = FactId.of("doc.convention-terrorism");
    private static final String TITLE = "Shanghai Convention on Combating Terrorism, Separatism and Extremism";
    private static final PartialDate SIGNED = day(2001, 6, 15);

    private static Document convention(List<Source> sources) {
        return new Document(ID, TITLE, DocumentKind.CONVENTION, SIGNED, Optional.of(SHANGHAI),
                Optional.of(day(2003, 3, 29)), Optional.of(MeetingRef.of("chs-1")), sources);
    }

    private static Document adoptedThenInForce(PartialDate adopted, PartialDate inForce) {
        return new Document(ID, TITLE, DocumentKind.CONVENTION, adopted, Optional.empty(), Optional.of(inForce),
                Optional.empty(), cite(WIKI));
    }

    @Test
    void constructor_keeps_its_components() {
        Document d = convention(cite(WIKI));

        assertThat(d.id()).isEqualTo(ID);
        assertThat(d.title()).isEqualTo(TITLE);
        assertThat(d.kind()).isEqualTo(DocumentKind.CONVENTION);
        assertThat(d.adopted()).isEqualTo(SIGNED);
        assertThat(d.place()).contains(SHANGHAI);
        assertThat(d.inForce()).contains(day(2003, 3, 29));
        assertThat(d.adoptedAt()).contains(MeetingRef.of("chs-1"));
        assertThat(d.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_accepts_no_place_no_entry_into_force_and_no_meeting() {
        Document d = new Document(CHS_24, "Astana Declaration", DocumentKind.DECLARATION, day(2024, 7, 4),
                Optional.empty(), Optional.empty(), Optional.empty(), cite(WIKI));

        assertThat(d.place()).isEmpty();
        assertThat(d.inForce()).isEmpty();
        assertThat(d.adoptedAt()).isEmpty();
    }

    @Test
    void constructor_accepts_entry_into_force_on_the_day_of_adoption() {
        assertThat(adoptedThenInForce(SIGNED, SIGNED).inForce()).contains(SIGNED);
    }

    @Test
    void constructor_rejects_entry_into_force_before_adoption() {
        assertThatThrownBy(() -> adoptedThenInForce(SIGNED, day(2001, 6, 14)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inForce 2001-06-14")
                .hasMessageContaining("adopted 2001-06-15")
                .hasMessageContaining(ID.value());
        assertThatThrownBy(() -> adoptedThenInForce(PartialDate.of(2001, 6), PartialDate.of(2001, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inForce 2001-05")
                .hasMessageContaining("adopted 2001-06");
        assertThatThrownBy(() -> adoptedThenInForce(PartialDate.ofYear(2002), day(2001, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inForce 2001-12-31")
                .hasMessageContaining("adopted 2002");
    }

    @Test
    void constructor_accepts_imprecise_dates_that_may_be_in_order() {
        // GIVEN an adoption known only to the month or year, and an entry into force known to the day
        // THEN any day in that month or year could be the entry into force: it may follow the adoption
        assertThat(adoptedThenInForce(PartialDate.of(2001, 6), day(2001, 6, 15)).inForce()).contains(day(2001, 6, 15));
        assertThat(adoptedThenInForce(PartialDate.ofYear(2001), day(2001, 3, 1)).inForce()).contains(day(2001, 3, 1));
        assertThat(adoptedThenInForce(day(2001, 6, 15), PartialDate.of(2001, 6)).inForce())
                .contains(PartialDate.of(2001, 6));
        assertThat(adoptedThenInForce(day(2001, 6, 15), PartialDate.ofYear(2001)).inForce())
                .contains(PartialDate.ofYear(2001));
    }

    @Test
    void constructor_rejects_a_blank_title() {
        assertThatThrownBy(() -> new Document(ID, "", DocumentKind.CHARTER, SIGNED, Optional.empty(), Optional.empty(),
                Optional.empty(), cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title").hasMessageContaining("\"\"");
    }

    @Test
    void constructor_rejects_nulls() {
        DocumentKind k = DocumentKind.CHARTER;
        Optional<Place> p = Optional.empty();
        Optional<PartialDate> f = Optional.empty();
        Optional<MeetingRef> m = Optional.empty();
        assertThatThrownBy(() -> new Document(null, TITLE, k, SIGNED, p, f, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Document(ID, null, k, SIGNED, p, f, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new Document(ID, TITLE, null, SIGNED, p, f, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Document(ID, TITLE, k, null, p, f, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("adopted");
        assertThatThrownBy(() -> new Document(ID, TITLE, k, SIGNED, null, f, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("place");
        assertThatThrownBy(() -> new Document(ID, TITLE, k, SIGNED, p, null, m, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("inForce");
        assertThatThrownBy(() -> new Document(ID, TITLE, k, SIGNED, p, f, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("adoptedAt");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), DocumentTest::convention);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(convention(cite(WIKI))).isEqualTo(convention(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(convention(cite(WIKI)))
                .isNotEqualTo(adoptedThenInForce(SIGNED, day(2003, 3, 29)));
    }
}
