package org.scofacts.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scofacts.data.FactFamily;
import org.scofacts.data.InvalidDatasetException;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import org.scofacts.data.internal.RecordShape;

/**
 * Reads the whole dataset: sources first (countries' names cite them), then countries, then facts, each
 * list kept as an attribute of the read so that later records refer to earlier ones by code or identifier.
 * A problem comes out as a {@link JsonProblem} whose message starts with where it is, such as
 * {@code facts[17] (chs-23): format: "ONLINE" is not one of [IN_PERSON, VIRTUAL, HYBRID]}.
 */
final class DatasetDeserializer extends ValueDeserializer<ScoDataset> {

    private static final List<String> FIELDS = List.of(DatasetJson.FORMAT_VERSION_FIELD, "version",
            "checkedThrough", "countries", "sources", "facts");

    @Override
    public ScoDataset deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonProblem("expected a JSON object with version, checkedThrough, countries, sources and"
                    + " facts, found " + ScoJsonModule.found(p));
        }
        JsonNode root = ctxt.readTree(p);
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new JsonProblem("dataset: unknown field " + Texts.quoted(name) + " (expected "
                        + String.join(", ", FIELDS) + ")");
            }
        }
        formatVersion(root.get(DatasetJson.FORMAT_VERSION_FIELD));
        String version = value(root, "version", String.class, ctxt);
        LocalDate checkedThrough = value(root, "checkedThrough", LocalDate.class, ctxt);
        List<Source> sources = records(root, "sources", ctxt, (o, where) -> read(Source.class, o, ctxt));
        ctxt.setAttribute(ScoJsonModule.SOURCES, firstById(sources, s -> s.id().value()));
        List<Country> countries = records(root, "countries", ctxt, (o, where) -> read(Country.class, o, ctxt));
        ctxt.setAttribute(ScoJsonModule.COUNTRIES, firstById(countries, Country::alpha2));
        List<Fact> facts = records(root, "facts", ctxt, (o, where) -> fact(o, ctxt));
        try {
            return ScoDataset.builder().version(version).checkedThrough(checkedThrough).countries(countries)
                    .sources(sources).facts(facts).build();
        } catch (InvalidDatasetException e) {
            throw new JsonProblem("not a valid dataset: " + e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonProblem("dataset: " + e.getMessage());
        }
    }

    private static void formatVersion(JsonNode value) {
        if (value == null) {
            return; // files written before the field existed have the first format's layout
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw new JsonProblem(DatasetJson.FORMAT_VERSION_FIELD + ": expected a whole number from 1, found "
                    + RecordDeserializer.found(value));
        }
        if (value.intValue() > DatasetJson.FORMAT_VERSION) {
            throw new JsonProblem(DatasetJson.FORMAT_VERSION_FIELD + ": " + value.intValue() + " is newer than this"
                    + " version of SCO Facts reads (" + DatasetJson.FORMAT_VERSION + "); read the file with a newer"
                    + " version");
        }
    }

    private static <T> T value(JsonNode root, String field, Class<T> type, DeserializationContext ctxt) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new JsonProblem("dataset: " + field + " is missing");
        }
        try {
            return ctxt.readTreeAsValue(value, type);
        } catch (JsonProblem e) {
            throw e.in("dataset: " + field);
        }
    }

    /** How one element of a top-level array is read. */
    private interface Element<T> {
        T read(JsonNode object, String where);
    }

    private static <T> List<T> records(JsonNode root, String field, DeserializationContext ctxt, Element<T> element) {
        JsonNode array = root.get(field);
        if (array == null || array.isNull()) {
            throw new JsonProblem("dataset: " + field + " is missing");
        }
        if (!array.isArray()) {
            throw new JsonProblem("dataset: " + field + ": expected an array of objects, found "
                    + RecordDeserializer.found(array));
        }
        List<T> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode object = array.get(i);
            String where = field + "[" + i + "]" + named(object);
            if (!object.isObject()) {
                throw new JsonProblem(where + ": expected an object, found " + RecordDeserializer.found(object));
            }
            try {
                list.add(element.read(object, where));
            } catch (JsonProblem e) {
                throw e.in(where);
            }
        }
        return list;
    }

    /** The identifier of the object, shown after its index: {@code (chs-23)}, {@code (IR)}. */
    private static String named(JsonNode object) {
        for (String key : List.of("id", "alpha2")) {
            JsonNode id = object.get(key);
            if (id != null && id.isString()) {
                return " (" + Texts.cut(id.stringValue()) + ")";
            }
        }
        return "";
    }

    private static <R extends Record> R read(Class<R> type, JsonNode object, DeserializationContext ctxt) {
        return RecordDeserializer.read(RecordShape.of(type), object, ctxt, Set.of());
    }

    private static Fact fact(JsonNode object, DeserializationContext ctxt) {
        JsonNode family = object.get(RecordSerializer.FAMILY);
        if (family == null || family.isNull()) {
            throw new JsonProblem(RecordSerializer.FAMILY + " is missing");
        }
        String name = family.isString() ? family.stringValue() : family.toString();
        FactFamily<?> known = FactFamily.named(name).orElseThrow(() -> new JsonProblem(RecordSerializer.FAMILY
                + ": " + Texts.quoted(name) + " is not a fact family (expected " + familyNames() + ")"));
        return (Fact) RecordDeserializer.read(RecordShape.of(known.type().asSubclass(Record.class)), object, ctxt,
                Set.of(RecordSerializer.FAMILY));
    }

    private static String familyNames() {
        List<String> names = FactFamily.all().stream().map(FactFamily::name).collect(Collectors.toList());
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static <T> Map<String, T> firstById(List<T> values, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        values.forEach(v -> byId.putIfAbsent(id.apply(v), v));
        return byId;
    }
}
