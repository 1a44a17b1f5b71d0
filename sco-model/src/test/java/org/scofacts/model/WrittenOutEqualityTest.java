package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (for the cold start) still compare every
 * component. Source, SourceId, FactId and PartialDate are checked with EqualsVerifier in their own
 * tests; these validate their components, which EqualsVerifier's made-up values cannot pass.
 */
class WrittenOutEqualityTest {

    private static final Country KZ = new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan",
            Set.of("Qazaqstan"), Optional.of(IsoNumericCode.of(398)), Optional.of(WikidataId.of("Q232")),
            Optional.of(CowStateCode.of(705, "KZK")));

    @Test
    void equal_countries_have_equal_hash_codes_and_each_component_counts() {
        Country copy = new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("Qazaqstan"),
                Optional.of(IsoNumericCode.of(398)), Optional.of(WikidataId.of("Q232")),
                Optional.of(CowStateCode.of(705, "KZK")));
        List<Country> eachComponentChanged = List.of(
                new Country("KG", "KGZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("Qazaqstan"),
                        KZ.isoNumeric(), KZ.wikidataId(), KZ.cowCode()),
                new Country("KZ", "KAZ", "Kazakstan", "Republic of Kazakhstan", Set.of("Qazaqstan"),
                        KZ.isoNumeric(), KZ.wikidataId(), KZ.cowCode()),
                new Country("KZ", "KAZ", "Kazakhstan", "Kazakhstan", Set.of("Qazaqstan"),
                        KZ.isoNumeric(), KZ.wikidataId(), KZ.cowCode()),
                new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of(),
                        KZ.isoNumeric(), KZ.wikidataId(), KZ.cowCode()),
                new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("Qazaqstan"),
                        Optional.empty(), KZ.wikidataId(), KZ.cowCode()),
                new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("Qazaqstan"),
                        KZ.isoNumeric(), Optional.empty(), KZ.cowCode()),
                new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("Qazaqstan"),
                        KZ.isoNumeric(), KZ.wikidataId(), Optional.empty()));

        assertThat(copy).isEqualTo(KZ).hasSameHashCodeAs(KZ).isNotEqualTo(null).isNotEqualTo("KZ");
        assertThat(eachComponentChanged).allSatisfy(other -> assertThat(other).isNotEqualTo(KZ));
    }

    @Test
    void identifiers_equal_by_value() {
        assertThat(IsoNumericCode.of(398)).isEqualTo(IsoNumericCode.of(398)).hasSameHashCodeAs(IsoNumericCode.of(398))
                .isNotEqualTo(IsoNumericCode.of(417)).isNotEqualTo(null);
        assertThat(WikidataId.of("Q232")).isEqualTo(WikidataId.of("Q232")).hasSameHashCodeAs(WikidataId.of("Q232"))
                .isNotEqualTo(WikidataId.of("Q813")).isNotEqualTo("Q232");
        assertThat(CowStateCode.of(705, "KZK")).isEqualTo(CowStateCode.of(705, "KZK"))
                .hasSameHashCodeAs(CowStateCode.of(705, "KZK"))
                .isNotEqualTo(CowStateCode.of(703, "KZK")).isNotEqualTo(CowStateCode.of(705, "KZA"));
    }
}
