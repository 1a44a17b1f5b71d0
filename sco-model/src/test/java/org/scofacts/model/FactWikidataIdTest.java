package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.ASTANA;
import static org.scofacts.model.TestData.CHS_24;
import static org.scofacts.model.TestData.KZ;
import static org.scofacts.model.TestData.WIKI;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meetings, documents and appointments carry a Wikidata item only where one was checked. */
class FactWikidataIdTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 4);
    private static final WikidataId ITEM = WikidataId.of("Q123");

    @Test
    void the_short_constructors_record_no_item_and_the_canonical_ones_keep_it() {
        Meeting plain = new Meeting(CHS_24, Council.HEADS_OF_STATE, Optional.of(24), DAY, DAY, ASTANA,
                MeetingFormat.IN_PERSON, List.of(WIKI));
        Meeting withItem = new Meeting(CHS_24, Council.HEADS_OF_STATE, Optional.of(24), DAY, DAY, ASTANA,
                MeetingFormat.IN_PERSON, List.of(WIKI), Optional.of(ITEM));

        assertThat(plain.wikidataId()).isEmpty();
        assertThat(withItem.wikidataId()).contains(ITEM);
        assertThat(withItem).isNotEqualTo(plain);

        Document doc = new Document(FactId.of("doc-x"), "Declaration", DocumentKind.DECLARATION, PartialDate.of(DAY),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(WIKI), Optional.of(ITEM));
        assertThat(doc.wikidataId()).contains(ITEM);

        Appointment sg = new Appointment(FactId.of("sg-x"), Post.SECRETARY_GENERAL, "Someone", Optional.of(KZ),
                DateRange.ofOpenEnd(DAY), List.of(WIKI), Optional.of(ITEM));
        assertThat(sg.holderWikidataId()).contains(ITEM);
        assertThat(new Appointment(FactId.of("sg-x"), Post.SECRETARY_GENERAL, "Someone", KZ, DateRange.ofOpenEnd(DAY),
                List.of(WIKI)).holderWikidataId()).isEmpty();
    }

    @Test
    void a_null_optional_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> new Meeting(CHS_24, Council.HEADS_OF_STATE, Optional.of(24), DAY, DAY, ASTANA,
                MeetingFormat.IN_PERSON, List.of(WIKI), null))
                .isInstanceOf(NullPointerException.class).hasMessage("wikidataId must not be null");
        assertThatThrownBy(() -> new Appointment(FactId.of("sg-x"), Post.SECRETARY_GENERAL, "Someone", Optional.of(KZ),
                DateRange.ofOpenEnd(DAY), List.of(WIKI), null))
                .isInstanceOf(NullPointerException.class).hasMessage("holderWikidataId must not be null");
    }
}
