package org.scofacts.json;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import org.scofacts.data.internal.RecordShape;

/**
 * Writes a record as a JSON object of its components, by name in declaration order: an empty
 * {@code Optional} is left out, a collection is an array (a set sorted, so the file does not depend on
 * hashing), and each value goes through Jackson and so through {@link ScoJsonModule}'s serializer for its
 * type. A fact starts with its {@code family} and ends with its {@code sources}; a country's names in other
 * languages are written only where it has some.
 */
final class RecordSerializer extends ValueSerializer<Record> {

    /** The field in front of a fact's own: its family's name, which the reader needs first. */
    static final String FAMILY = "family";

    /** The component written last on a fact, after the family's own fields. */
    static final String SOURCES = "sources";

    @Override
    public void serialize(Record record, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject();
        if (record instanceof Fact fact) {
            gen.writeStringProperty(FAMILY, FactFamily.of(fact).name());
        }
        Map<String, Object> values = RecordShape.ofRecord(record).values(record);
        Object last = record instanceof Fact ? values.remove(SOURCES) : null;
        values.forEach((name, value) -> field(record, name, value, gen, ctxt));
        if (last != null) {
            field(record, SOURCES, last, gen, ctxt);
        }
        gen.writeEndObject();
    }

    private static void field(Record record, String name, Object value, JsonGenerator gen,
                              SerializationContext ctxt) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> field(record, name, present, gen, ctxt));
        } else if (value instanceof Collection<?> collection) {
            if (collection.isEmpty() && omittedWhenEmpty(record, name)) {
                return;
            }
            gen.writeArrayPropertyStart(name);
            Collection<?> ordered = value instanceof Set<?> ? new TreeSet<>(collection) : collection;
            ordered.forEach(element -> {
                ScoJsonModule.checkConverted(element.getClass());
                ctxt.writeValue(gen, element);
            });
            gen.writeEndArray();
        } else {
            ScoJsonModule.checkConverted(value.getClass());
            gen.writeName(name);
            ctxt.writeValue(gen, value);
        }
    }

    // Names in other languages were added to the file after the first exports; a country without any keeps
    // the shape it had then.
    private static boolean omittedWhenEmpty(Record record, String name) {
        return record instanceof Country && name.equals("localNames");
    }
}
