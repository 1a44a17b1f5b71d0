package org.scofacts.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Fact;

/** Every fact family has an entity mapping, registered for persistence, that maps its facts there and back. */
class EntityMappingTest {

    private static final ScoDataset BUNDLED = ScoDataset.bundled();

    static Stream<EntityMapping<?, ?>> mappings() {
        return EntityMapper.MAPPINGS.stream();
    }

    @Test
    void given_the_mappings_then_they_cover_every_fact_family_once_and_every_entity_is_managed() {
        List<FactFamily<?>> families = EntityMapper.MAPPINGS.stream().<FactFamily<?>>map(EntityMapping::family)
                .collect(Collectors.toList());
        assertThat(families).containsExactlyElementsOf(FactFamily.all());
        assertThat(ScoDatabase.ENTITIES)
                .containsAll(EntityMapper.MAPPINGS.stream().map(EntityMapping::entityType).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @MethodSource("mappings")
    void given_a_family_when_its_facts_become_entities_and_back_then_they_are_equal(EntityMapping<?, ?> mapping) {
        assertRoundTrip(mapping);
    }

    private static <F extends Fact, E extends FactEntity> void assertRoundTrip(EntityMapping<F, E> mapping) {
        List<F> facts = BUNDLED.facts(mapping.family());

        List<Fact> back = EntityMapper.toEntities(BUNDLED).stream().filter(mapping.entityType()::isInstance)
                .map(mapping.entityType()::cast).map(FactEntity::toRecord).collect(Collectors.toList());

        assertThat(facts).isNotEmpty();
        assertThat(back).containsExactlyElementsOf(facts);
    }
}
