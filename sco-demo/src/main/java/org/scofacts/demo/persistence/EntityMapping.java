package org.scofacts.demo.persistence;

import java.util.List;
import java.util.function.BiFunction;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Fact;
import org.scofacts.data.FactFamily;

/**
 * How the facts of one family are stored: the family, its entity class, and the mapping from a record
 * to an entity (the way back is the entity's own {@link FactEntity#toRecord()}). Each entity class declares
 * its mapping as {@code MAPPING}; {@link EntityMapper#MAPPINGS} lists them all, one line per family.
 *
 * @param family     the fact family
 * @param entityType the entity class of the family's table
 * @param toEntity   a fact to a new entity, resolving the countries, sources and meetings it refers to
 * @param <F>        the record type
 * @param <E>        the entity type
 */
record EntityMapping<F extends Fact, E extends FactEntity>(FactFamily<F> family, Class<E> entityType,
                                                          BiFunction<F, EntityMapper, E> toEntity) {

    /** The entities of the family's facts in a dataset, in the dataset's order. */
    List<E> entities(ScoDataset data, EntityMapper mapper) {
        return data.facts(family).stream().map(f -> toEntity.apply(f, mapper)).toList();
    }
}
