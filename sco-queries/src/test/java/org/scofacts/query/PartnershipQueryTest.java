package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Partnership;
import org.scofacts.model.PartnershipKind;
import org.scofacts.model.Place;

/**
 * The SCO's ties with other organisations, checked against their record: the ASEAN memorandum of
 * 21 April 2005, the UN-SCO joint declaration signed by Ban Ki-moon in Tashkent on 5 April 2010, the
 * General Assembly's cooperation resolutions and the CIS observer status of October 2025.
 */
class PartnershipQueryTest {

    private final Sco sco = Bundled.sco();

    @Test
    void given_2005_when_partnerships_are_listed_then_the_cis_and_asean_memoranda_in_date_order() {
        List<Partnership> memoranda = sco.partnerships().inYear(2005).list();

        assertThat(memoranda).extracting(Partnership::organisation).containsExactly(
                "Executive Committee of the Commonwealth of Independent States", "ASEAN Secretariat");
        assertThat(memoranda).extracting(Partnership::date).containsExactly(PartialDate.of(2005, 4, 12),
                PartialDate.of(2005, 4, 21));
        assertThat(memoranda).allSatisfy(p -> assertThat(p.kind())
                .isEqualTo(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING));
    }

    @Test
    void given_the_un_joint_declaration_when_looked_up_then_tashkent_5_april_2010() {
        Partnership declaration = sco.partnerships().kind(PartnershipKind.JOINT_DECLARATION).only();

        assertThat(declaration.organisation()).isEqualTo("United Nations Secretariat");
        assertThat(declaration.date()).isEqualTo(PartialDate.of(2010, 4, 5));
        assertThat(declaration.place()).contains(Place.of("Tashkent", sco.country("UZ")));
    }

    @Test
    void given_general_assembly_resolutions_when_listed_then_2016_2019_2021_2023_and_2025() {
        assertThat(sco.partnerships().kind(PartnershipKind.UN_GENERAL_ASSEMBLY_RESOLUTION).list())
                .extracting(Partnership::date).containsExactly(PartialDate.of(2016, 11, 21), PartialDate.of(2019, 8, 30),
                        PartialDate.of(2021, 3, 25), PartialDate.of(2023, 9, 1), PartialDate.of(2025, 9, 5));
    }

    @Test
    void given_observer_statuses_when_listed_then_the_cis_granted_one_in_dushanbe_on_10_october_2025() {
        Partnership cis = sco.partnerships().kind(PartnershipKind.OBSERVER_STATUS).only();

        assertThat(cis.organisation()).isEqualTo("Commonwealth of Independent States");
        assertThat(cis.date()).isEqualTo(PartialDate.of(2025, 10, 10));
        assertThat(cis.place()).contains(Place.of("Dushanbe", sco.country("TJ")));
    }

    @Test
    void given_unesco_when_looked_up_then_the_2018_memorandum_and_its_2022_renewal() {
        assertThat(sco.partnerships().where(p -> p.organisation().contains("Educational, Scientific")).list())
                .extracting(Partnership::date).containsExactly(PartialDate.of(2018, 6, 10), PartialDate.of(2022, 9, 15));
    }

    @Test
    void given_a_composed_query_when_to_string_then_the_question_and_the_first_query_is_unchanged() {
        PartnershipQuery all = sco.partnerships();
        PartnershipQuery query = all.inYear(2019).kind(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING);

        assertThat(query).hasToString("partnerships().kind(MEMORANDUM_OF_UNDERSTANDING).inYear(2019)");
        assertThat(query.list()).extracting(Partnership::organisation).containsExactly("World Tourism Organization",
                "Food and Agriculture Organization of the United Nations");
        assertThat(all).hasToString("partnerships()");
        assertThat(all.count()).isEqualTo(20);
        assertThatThrownBy(() -> all.kind(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("kind");
    }
}
