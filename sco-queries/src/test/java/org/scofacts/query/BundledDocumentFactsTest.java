package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;

/**
 * The SCO's founding documents and the Astana Declaration, checked against their texts and the
 * depositary's record: signature dates and places, and the dates they entered into force.
 */
class BundledDocumentFactsTest {

    private final Sco sco = Sco.facts();

    @Test
    void given_the_charter_when_looked_up_then_signed_in_saint_petersburg_on_7_june_2002_and_in_force_from_19_september_2003() {
        Document charter = sco.documents().kind(DocumentKind.CHARTER).only();
        assertThat(charter.title()).contains("Charter");
        assertThat(charter.adopted()).isEqualTo(PartialDate.of(2002, 6, 7));
        assertThat(charter.place()).hasValueSatisfying(p -> {
            assertThat(p.city()).isEqualTo("Saint Petersburg");
            assertThat(p.country().alpha2()).isEqualTo("RU");
        });
        assertThat(charter.inForce()).contains(PartialDate.of(2003, 9, 19));
    }

    @Test
    void given_the_shanghai_convention_when_looked_up_then_signed_on_founding_day_and_in_force_from_29_march_2003() {
        Document convention = sco.documents().titleContains("Shanghai Convention").only();
        assertThat(convention.kind()).isEqualTo(DocumentKind.CONVENTION);
        assertThat(convention.adopted()).isEqualTo(PartialDate.of(2001, 6, 15));
        assertThat(convention.place()).hasValueSatisfying(p -> assertThat(p.city()).isEqualTo("Shanghai"));
        assertThat(convention.inForce()).contains(PartialDate.of(2003, 3, 29));
    }

    @Test
    void given_the_twenty_fourth_summit_when_its_documents_listed_then_they_include_the_astana_declaration() {
        Meeting astana = sco.summits().numbered(24).orElseThrow();
        assertThat(sco.documents().adoptedAt(astana).list())
                .extracting(Document::title)
                .anySatisfy(title -> assertThat(title).startsWith("Astana Declaration"));
        Document declaration = sco.documents().adoptedAt(astana).titleContains("Astana Declaration").only();
        assertThat(declaration.kind()).isEqualTo(DocumentKind.DECLARATION);
        assertThat(declaration.adopted().firstDay()).isEqualTo(LocalDate.of(2024, 7, 4));
    }

    @Test
    void given_the_founding_summit_when_its_documents_listed_then_they_include_the_shanghai_convention() {
        Meeting shanghai = sco.summits().numbered(1).orElseThrow();
        assertThat(sco.documents().adoptedAt(shanghai).list()).extracting(Document::title)
                .anySatisfy(title -> assertThat(title).startsWith("Shanghai Convention"));
    }

    @Test
    void given_the_qingdao_summit_when_its_declaration_looked_up_then_adopted_there_on_10_june_2018() {
        Meeting qingdao = sco.summits().numbered(18).orElseThrow();
        Document declaration = sco.documents().kind(DocumentKind.DECLARATION).adoptedAt(qingdao).only();
        assertThat(declaration.title()).startsWith("Qingdao Declaration");
        assertThat(declaration.adopted()).isEqualTo(PartialDate.of(2018, 6, 10));
        assertThat(declaration.place()).hasValueSatisfying(p -> assertThat(p.city()).isEqualTo("Qingdao"));
    }

    @Test
    void given_every_summit_from_2002_when_declarations_asked_then_one_adopted_at_each_in_its_year() {
        for (int ordinal = 2; ordinal <= 25; ordinal++) {
            Meeting summit = sco.summits().numbered(ordinal).orElseThrow();
            Document declaration = sco.documents().kind(DocumentKind.DECLARATION).adoptedAt(summit).only();
            assertThat(declaration.adopted().year()).as("declaration of summit %s", ordinal)
                    .isEqualTo(java.time.Year.of(summit.firstDay().getYear()));
        }
        assertThat(sco.documents().kind(DocumentKind.DECLARATION).titleContains("Fifth Anniversary").only().adopted())
                .isEqualTo(PartialDate.of(2006, 6, 15));
        assertThat(sco.documents().titleContains("Bishkek Declaration").list()).extracting(Document::adopted)
                .containsExactly(PartialDate.of(2007, 8, 16), PartialDate.of(2013, 9, 13), PartialDate.of(2019, 6, 14));
    }

    @Test
    void given_the_centres_agreed_at_tianjin_when_bodies_asked_then_seated_in_dushanbe_and_tashkent_without_a_founding_date() {
        assertThat(sco.bodies().seatedIn(sco.country("Tajikistan")).list()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("SCO Anti-Drug Centre");
            assertThat(b.established()).isEmpty();
        });
        assertThat(sco.bodies().seatedIn(sco.country("Uzbekistan")).list()).extracting(b -> b.name())
                .containsExactly("Executive Committee of the Regional Anti-Terrorist Structure",
                        "Universal Centre for Countering Challenges and Threats to the Security of SCO Member States");
    }
}
