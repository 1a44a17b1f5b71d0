package org.scofacts.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Country;
import org.scofacts.model.DateRange;
import org.scofacts.model.DocumentRef;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.WikidataId;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.scofacts.data.internal.RecordShape;

/**
 * Writes the JSON Schema of the export from the same record components that {@link RecordSerializer}
 * writes, so the shipped schema ({@code sco-dataset.schema.json}) cannot drift from the format:
 * {@link ExportSchemaTest} compares the two and rewrites the shipped file when asked to.
 */
final class SchemaWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String PARTIAL_DATE = "[+-]?[0-9]{4,}(-[0-9]{2}(-[0-9]{2})?)?";

    private final ObjectNode defs = NODES.objectNode();
    private final Set<Class<?>> written = new LinkedHashSet<>();
    private final Deque<Class<? extends Record>> pending = new ArrayDeque<>();

    private SchemaWriter() {
    }

    /** The schema as the shipped file holds it: indented, ending with a line break. */
    static String schema() {
        return PRETTY.writeValueAsString(new SchemaWriter().root()) + System.lineSeparator();
    }

    private ObjectNode root() {
        valueTypes();
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://scofacts.org/schema/sco-dataset-" + DatasetJson.FORMAT_VERSION + ".schema.json");
        root.put("title", "SCO Facts dataset, format version " + DatasetJson.FORMAT_VERSION);
        root.put("description", "The whole SCO Facts dataset as DatasetJson writes it: countries, sources and"
                + " source-cited facts about the Shanghai Cooperation Organisation. Facts refer to countries by"
                + " ISO 3166-1 alpha-2 code and to sources and other facts by identifier.");
        root.put("type", "object");
        root.set("required", strings("version", "checkedThrough", "countries", "sources", "facts"));
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        properties.putObject(DatasetJson.FORMAT_VERSION_FIELD).put("type", "integer").put("minimum", 1)
                .put("maximum", DatasetJson.FORMAT_VERSION)
                .put("description", "The layout of this file; absent in files written before the field existed.");
        properties.putObject("version").put("type", "string").put("minLength", 1)
                .put("description", "The data version, such as 2026.11.2.");
        properties.set("checkedThrough", ref("day").put("description", "The day up to which facts were checked."));
        properties.putObject("countries").put("type", "array").set("items", ref(Country.class));
        properties.putObject("sources").put("type", "array").set("items", ref(Source.class));
        // The family picks the fact's schema (if/then rather than oneOf, so a bad fact gets one error, not 12).
        ObjectNode fact = properties.putObject("facts").put("type", "array").putObject("items").put("type", "object");
        fact.set("required", strings(RecordSerializer.FAMILY));
        ArrayNode names = fact.putObject("properties").putObject(RecordSerializer.FAMILY).putArray("enum");
        ArrayNode families = fact.putArray("allOf");
        FactFamily.all().forEach(family -> {
            names.add(family.name());
            ObjectNode rule = families.addObject();
            rule.putObject("if").putObject("properties").putObject(RecordSerializer.FAMILY).put("const", family.name());
            rule.set("then", ref(family.type().asSubclass(Record.class)));
        });
        while (!pending.isEmpty()) {
            record(pending.pop());
        }
        root.set("$defs", defs);
        return root;
    }

    private void valueTypes() {
        text("day", "[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}", "An ISO 8601 day.");
        text("partialDate", PARTIAL_DATE, "An ISO 8601 date at its precision: a year, a month or a day.");
        text("dateRange", PARTIAL_DATE + "/(" + PARTIAL_DATE + "|\\.\\.)",
                "A half-open range: its first day and the day after its last, or .. while it lasts.");
        text("decimal", "-?[0-9]+(\\.[0-9]+)?(E[+-]?[0-9]+)?", "A decimal number as text, keeping its scale.");
        text("wikidataId", "Q[1-9][0-9]*", "A Wikidata item identifier.");
        text("countryCode", "[A-Z]{2}", "A country by ISO 3166-1 alpha-2 code, one of the file's countries.");
        text("language", "[a-z]{2,3}", "A bare ISO 639 language code.");
        defs.putObject("factId").put("type", "string").put("minLength", 1)
                .put("description", "A fact's identifier, unique in the file.");
        defs.putObject("sourceId").put("type", "string").put("minLength", 1)
                .put("description", "A source by identifier, one of the file's sources.");
    }

    private void text(String name, String pattern, String description) {
        defs.putObject(name).put("type", "string").put("pattern", "^" + pattern + "$").put("description", description);
    }

    private void record(Class<? extends Record> type) {
        RecordShape<? extends Record> shape = RecordShape.of(type);
        ObjectNode def = defs.putObject(type.getSimpleName()).put("type", "object");
        ArrayNode required = def.putArray("required");
        def.put("additionalProperties", false);
        ObjectNode properties = def.putObject("properties");
        if (Fact.class.isAssignableFrom(type)) {
            required.add(RecordSerializer.FAMILY);
            properties.putObject(RecordSerializer.FAMILY).put("const", type.getSimpleName());
        }
        for (RecordShape.Component c : shape.components()) {
            if (c.rawType() != Optional.class && !Collection.class.isAssignableFrom(c.rawType())) {
                required.add(c.name());
            }
            properties.set(c.name(), schemaOf(c.genericType()));
        }
    }

    private ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            if (p.getRawType() == Optional.class) {
                return schemaOf(element);
            }
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", schemaOf(element));
            return p.getRawType() == Set.class ? array.put("uniqueItems", true) : array;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (c == Integer.class || c == int.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (c == IsoNumericCode.class) {
            return NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", 999);
        }
        if (c == URI.class) {
            return NODES.objectNode().put("type", "string").put("format", "uri");
        }
        if (c.isEnum()) {
            ArrayNode names = NODES.arrayNode();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return NODES.objectNode().set("enum", names);
        }
        List<Object[]> named = List.of(new Object[] {LocalDate.class, "day"}, new Object[] {PartialDate.class,
                "partialDate"}, new Object[] {DateRange.class, "dateRange"}, new Object[] {BigDecimal.class, "decimal"},
                new Object[] {WikidataId.class, "wikidataId"}, new Object[] {Country.class, "countryCode"},
                new Object[] {Locale.class, "language"}, new Object[] {FactId.class, "factId"},
                new Object[] {MeetingRef.class, "factId"}, new Object[] {DocumentRef.class, "factId"},
                new Object[] {SourceId.class, "sourceId"}, new Object[] {Source.class, "sourceId"});
        for (Object[] entry : named) {
            if (entry[0] == c) {
                return ref((String) entry[1]);
            }
        }
        if (c.isRecord()) {
            return ref(c.asSubclass(Record.class));
        }
        throw new IllegalStateException("no JSON Schema for " + c.getName() + "; add it to SchemaWriter");
    }

    private ObjectNode ref(Class<? extends Record> type) {
        if (written.add(type)) {
            pending.add(type);
        }
        return ref(type.getSimpleName());
    }

    private static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }
}
