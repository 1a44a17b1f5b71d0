package org.scofacts.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scofacts.data.internal.RecordShape.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import org.scofacts.data.internal.RecordShape;

/**
 * Reads a JSON object into a record through its canonical constructor, each component bound by Jackson to
 * its declared type ({@code Optional<Place>}, {@code List<Country>}), so {@link ScoJsonModule}'s
 * deserializers read the values. A field no component has is refused, listing those it may have; a field
 * missing is refused, except an optional (empty) or a collection (empty); a value the model refuses is
 * refused with the model's message. Problems come out as {@link JsonProblem}s that name the field.
 */
final class RecordDeserializer extends ValueDeserializer<Record> {

    private final Class<? extends Record> type;

    RecordDeserializer(Class<? extends Record> type) {
        this.type = type;
    }

    @Override
    public Record deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonProblem("expected an object, found " + ScoJsonModule.found(p));
        }
        return read(RecordShape.of(type), ctxt.readTree(p), ctxt, Set.of());
    }

    /**
     * Reads one record from an object.
     *
     * @param shape   the record type's components
     * @param object  the JSON object
     * @param ctxt    the read, with the file's countries and sources
     * @param others  fields the object may hold besides the components (a fact's {@code family})
     * @param <R>     the record type
     * @return the record
     * @throws JsonProblem naming the field, if a field is unknown, missing or refused
     */
    static <R extends Record> R read(RecordShape<R> shape, JsonNode object, DeserializationContext ctxt,
                                     Set<String> others) {
        List<String> names = shape.names();
        for (String name : object.propertyNames()) {
            if (!names.contains(name) && !others.contains(name)) {
                List<String> expected = new ArrayList<>(others);
                expected.addAll(names);
                throw new JsonProblem("unknown field " + Texts.quoted(name) + " (expected "
                        + String.join(", ", expected) + ")");
            }
        }
        Object[] values = new Object[shape.components().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = component(shape.components().get(i), object.get(shape.components().get(i).name()), ctxt);
        }
        try {
            return shape.create(values);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonProblem(String.valueOf(e.getMessage()));
        }
    }

    private static Object component(Component component, JsonNode value, DeserializationContext ctxt) {
        if (value == null || value.isNull()) {
            if (component.rawType() == Optional.class) {
                return Optional.empty();
            }
            if (component.rawType() == List.class) {
                return List.of();
            }
            if (component.rawType() == Set.class) {
                return Set.of();
            }
            throw new JsonProblem(component.name() + " is missing");
        }
        if (Collection.class.isAssignableFrom(component.rawType()) && !value.isArray()) {
            throw new JsonProblem(component.name() + ": expected an array, found " + found(value));
        }
        try {
            return ctxt.readTreeAsValue(value, ctxt.getTypeFactory().constructType(component.genericType()));
        } catch (JsonProblem e) {
            throw e.in(component.name());
        }
    }

    /** A JSON value as "found ..." in a message: short, escaped, never a Java type. */
    static String found(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isString() ? Texts.quoted(value.stringValue()) : Texts.cut(value.toString());
    }
}
