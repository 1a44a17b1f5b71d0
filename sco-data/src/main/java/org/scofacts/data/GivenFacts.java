package org.scofacts.data;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;

/** The facts and sources given to a builder, each family sorted once when the dataset is built. */
final class GivenFacts extends FactStore {

    private final Map<FactFamily<?>, List<? extends Fact>> byFamily = new HashMap<>();
    private final List<Source> sources;

    GivenFacts(Collection<? extends Fact> facts, Collection<Source> sources) {
        for (FactFamily<?> family : FactFamily.all()) {
            byFamily.put(family, sortedByFamily(family, facts));
        }
        this.sources = sortedById(sources);
    }

    private static <F extends Fact> List<F> sortedByFamily(FactFamily<F> family, Collection<? extends Fact> facts) {
        List<F> selected = family.select(facts);
        selected.sort(family.order());
        return Collections.unmodifiableList(selected);
    }

    /** Sources by identifier, through a sorted map rather than a comparator. */
    static List<Source> sortedById(Collection<Source> sources) {
        Map<SourceId, Source> byId = new TreeMap<>();
        for (Source source : sources) {
            byId.put(source.id(), source);
        }
        return List.copyOf(byId.values());
    }

    @Override
    @SuppressWarnings("unchecked") // byFamily maps each family to a list of that family's record type
    <F extends Fact> List<F> facts(FactFamily<F> family) {
        return (List<F>) byFamily.get(family);
    }

    @Override
    List<Source> sources() {
        return sources;
    }

    @Override
    Set<FactFamily<?>> loadedFamilies() {
        return Set.copyOf(byFamily.keySet());
    }

}
