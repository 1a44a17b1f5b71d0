package org.scofacts.json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.scofacts.data.FactFamily;
import org.scofacts.data.InvalidDatasetException;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Claim;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.CowStateCode;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;
import org.scofacts.model.WikidataId;

/**
 * The whole dataset as one JSON document, and back. The mapping is written onto Jackson's
 * tree model, so the model records carry no annotations and the file layout is stated here once:
 *
 * <pre>{@code
 * {"version": "2026.11.0", "checkedThrough": "2026-11-23",
 *  "countries": [{"alpha2": "CN", "alpha3": "CHN", "shortName": ..., "officialName": ..., "aliases": [...],
 *                 "isoNumeric": 156, "wikidataId": "Q148", "cowCode": {"code": 710, "abbreviation": "CHN"},
 *                 "localNames": [{"language": "ru", "name": ..., "source": "..."}] (only where recorded)}, ...],
 *  "sources":   [{"id": "seed-000", "kind": "OFFICIAL", "title": ..., "publisher": ..., "published": "2001-06",
 *                 "url": "https://...", "note": ""}, ...],
 *  "facts":     [{"family": "StatusPeriod", "id": "...", "country": "IN", "status": "MEMBER_STATE",
 *                 "period": "2017-06-09/..", "grantedBy": ..., "decidedAt": "chs-17", "sources": ["seed-000"]}, ...]}
 * }</pre>
 *
 * <p>Each fact's fields are its record components by name, in declaration order, its sources last; the
 * mapping is generic over the {@link FactFamily fact families}, with one converter per value type. Days are ISO text, dates of month or year
 * precision {@code 2005-07} or {@code 2005}, periods their ISO interval text ({@code 2005-07/2023-07-04},
 * {@code 2023-07-04/..}), enum constants their names, figures' values decimal text keeping their scale
 * ({@code "2.3E+13"}, {@code "10.50"}); an empty optional is an absent field (null is read as absent
 * too). A list of countries (an event's participants) is an array of alpha-2 codes, empty when the list is
 * (and read as empty when absent); a claim is {@code {"speaker", "on"}}, its date as above.
 * Facts refer to countries by alpha-2 code, to sources and meetings by identifier. Fields no
 * fact family has are refused, so a misspelt field does not go unnoticed.
 *
 * <p>{@link #read(String)} builds the dataset through {@link ScoDataset#builder()}, so a file that
 * reads is also a valid dataset.
 */
public final class DatasetJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    /** The one component written last, after the family's own fields: the sources, by identifier. */
    private static final String SOURCES = "sources";

    private DatasetJson() {
    }

    /**
     * Writes a dataset as indented JSON.
     *
     * @param data the dataset
     * @return the JSON text, ending with a line break
     */
    public static String write(ScoDataset data) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", data.version());
        root.put("checkedThrough", data.checkedThrough().toString());
        ArrayNode countries = root.putArray("countries");
        data.countries().forEach(c -> countries.add(country(c)));
        ArrayNode sources = root.putArray("sources");
        data.sources().forEach(s -> sources.add(source(s)));
        ArrayNode facts = root.putArray("facts");
        data.facts().forEach(f -> facts.add(fact(f)));
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the dataset as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a dataset that {@link #write(ScoDataset)} wrote, or a file edited to the same layout.
     *
     * @param json the JSON text
     * @return the dataset, validated
     * @throws DatasetJsonException with a one-line message naming the field and the fact or source, if
     *                              the text is not JSON, does not follow the layout, or is not a valid
     *                              dataset
     */
    public static ScoDataset read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new DatasetJsonException("not JSON: " + jacksonProblem(e) + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new DatasetJsonException("expected a JSON object with version, checkedThrough, countries, sources"
                    + " and facts, found " + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType()));
        }
        return new Reading().dataset(new Obj(root, "dataset"));
    }

    /**
     * Reads a dataset from a JSON file, as {@link #read(String)} does.
     *
     * @param file the file, in UTF-8
     * @return the dataset, validated
     * @throws DatasetJsonException if the file cannot be read or its content cannot, the message
     *                              starting with the file's name
     */
    public static ScoDataset read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DatasetJsonException(file + ": no such file", e);
        } catch (IOException e) {
            throw new DatasetJsonException(file + ": cannot read: " + e, e);
        }
        try {
            return read(json);
        } catch (DatasetJsonException e) {
            throw new DatasetJsonException(file + ": " + e.getMessage(), e);
        }
    }

    /** Jackson's message without the parts that do not help in one line: the source and a second line. */
    private static String jacksonProblem(JacksonException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        int source = message.indexOf(" (start marker at");
        return source < 0 ? message : message.substring(0, source);
    }

    // ---- writing ----

    private static ObjectNode country(Country c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("alpha2", c.alpha2());
        n.put("alpha3", c.alpha3());
        n.put("shortName", c.shortName());
        n.put("officialName", c.officialName());
        ArrayNode aliases = n.putArray("aliases");
        c.aliases().stream().sorted().forEach(aliases::add);
        c.isoNumeric().ifPresent(code -> n.put("isoNumeric", code.value()));
        c.wikidataId().ifPresent(id -> n.put("wikidataId", id.value()));
        c.cowCode().ifPresent(cow -> {
            ObjectNode o = n.putObject("cowCode");
            o.put("code", cow.code());
            o.put("abbreviation", cow.abbreviation());
        });
        if (!c.localNames().isEmpty()) {
            ArrayNode names = n.putArray("localNames");
            c.localNames().forEach(name -> {
                ObjectNode o = names.addObject();
                o.put("language", name.language().toLanguageTag());
                o.put("name", name.name());
                o.put("source", name.source().id().value());
            });
        }
        return n;
    }

    private static ObjectNode source(Source s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id().value());
        n.put("kind", s.kind().name());
        n.put("title", s.title());
        n.put("publisher", s.publisher());
        s.published().ifPresent(d -> n.put("published", d.toString()));
        s.url().ifPresent(u -> n.put("url", u.toString()));
        n.put("note", s.note());
        return n;
    }

    private static ObjectNode fact(Fact fact) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("family", FactFamily.of(fact).name());
        FactFamily.fields(fact).forEach((field, value) -> {
            if (value instanceof List<?> list && !field.equals(SOURCES)) {
                ArrayNode array = n.putArray(field);
                list.forEach(v -> array.add(ValueType.of(v.getClass()).write(v)));
            } else if (!field.equals(SOURCES)) {
                Optional<?> present = value instanceof Optional<?> ? (Optional<?>) value : Optional.of(value);
                present.ifPresent(v -> n.set(field, ValueType.of(v.getClass()).write(v)));
            }
        });
        ArrayNode sources = n.putArray(SOURCES);
        fact.sources().forEach(s -> sources.add(s.id().value()));
        return n;
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("speaker", c.speaker());
        n.put("on", c.on().toString());
        return n;
    }

    private static ObjectNode place(Place p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("city", p.city());
        n.put("country", p.country().alpha2());
        return n;
    }

    private static String familyNames() {
        List<String> names = FactFamily.all().stream().map(FactFamily::name).collect(Collectors.toList());
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static Class<?> elementType(RecordComponent component) {
        Type type = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        return (Class<?>) type;
    }

    /**
     * How one type of value is written and read: one converter per value type, chosen by the type of
     * a record component (or of what its {@code Optional} holds). Countries are written by code, places as
     * {@code {"city", "country"}}, periods and dates as their ISO text, enum constants by name, decimals as
     * text that keeps their scale.
     */
    private static final class ValueType<T> {

        /** Reads a value of the type from a field of an object. */
        private interface Reader<T> {
            T read(Reading reading, Obj o, String field);
        }

        private static final Map<Class<?>, ValueType<?>> TYPES = Map.ofEntries(
                entry(String.class, StringNode::valueOf, (r, o, field) -> o.text(field)),
                entry(FactId.class, id -> StringNode.valueOf(id.value()), (r, o, field) -> o.parsed(field, FactId::of)),
                entry(WikidataId.class, id -> StringNode.valueOf(id.value()),
                        (r, o, field) -> o.parsed(field, WikidataId::of)),
                entry(Country.class, c -> StringNode.valueOf(c.alpha2()), Reading::country),
                entry(Place.class, DatasetJson::place, (r, o, field) -> r.place(o.object(field))),
                entry(Claim.class, DatasetJson::claim, (r, o, field) -> Reading.claim(o.object(field))),
                entry(DateRange.class, p -> StringNode.valueOf(p.toIsoInterval()), (r, o, field) -> o.parsed(field, DateRange::parse)),
                entry(PartialDate.class, d -> StringNode.valueOf(d.toString()),
                        (r, o, field) -> o.parsed(field, PartialDate::parse)),
                entry(LocalDate.class, d -> StringNode.valueOf(d.toString()),
                        (r, o, field) -> o.parsed(field, LocalDate::parse)),
                entry(Integer.class, IntNode::valueOf, (r, o, field) -> o.integer(field)),
                entry(BigDecimal.class, d -> StringNode.valueOf(d.toString()), (r, o, field) -> o.decimal(field)));

        private final Class<T> type;
        private final Function<T, JsonNode> writer;
        private final Reader<T> reader;

        private ValueType(Class<T> type, Function<T, JsonNode> writer, Reader<T> reader) {
            this.type = type;
            this.writer = writer;
            this.reader = reader;
        }

        private static <T> Map.Entry<Class<?>, ValueType<?>> entry(Class<T> type, Function<T, JsonNode> writer,
                                                                   Reader<T> reader) {
            return Map.entry(type, new ValueType<>(type, writer, reader));
        }

        /** The converter for a type; an enum's constants are written by name. */
        static ValueType<?> of(Class<?> type) {
            if (type.isEnum()) {
                return new ValueType<>(Object.class, constant -> StringNode.valueOf(((Enum<?>) constant).name()),
                        (r, o, field) -> o.constant(field, type));
            }
            if (type.getSuperclass() != null && type.getSuperclass().isEnum()) {
                return of(type.getSuperclass());
            }
            ValueType<?> converter = TYPES.get(type);
            if (converter == null) {
                throw new IllegalStateException("no JSON converter for " + type.getName()
                        + "; add one to DatasetJson.ValueType");
            }
            return converter;
        }

        JsonNode write(Object value) {
            return writer.apply(type.cast(value));
        }

        T read(Reading reading, Obj o, String field) {
            return reader.read(reading, o, field);
        }
    }

    // ---- reading ----

    /** One read: the countries and sources read so far, which the facts refer to. */
    private static final class Reading {

        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();

        ScoDataset dataset(Obj root) {
            String version = root.text("version");
            LocalDate checkedThrough = root.parsed("checkedThrough", LocalDate::parse);
            // Sources first: the countries' names cite them.
            List<Source> sourceList = new ArrayList<>();
            for (Obj o : root.objects("sources")) {
                Source s = o.building(() -> source(o));
                sourceList.add(s);
                sources.putIfAbsent(s.id().value(), s);
            }
            List<Country> countryList = new ArrayList<>();
            List<Obj> countryNodes = root.objects("countries");
            for (int i = 0; i < countryNodes.size(); i++) {
                Obj o = countryNodes.get(i);
                Country c = o.building(() -> country(o));
                countryList.add(c);
                countries.putIfAbsent(c.alpha2(), c);
            }
            List<Fact> facts = new ArrayList<>();
            for (Obj o : root.objects("facts")) {
                facts.add(o.building(() -> fact(o)));
            }
            root.done();
            try {
                return ScoDataset.builder().version(version).checkedThrough(checkedThrough).countries(countryList)
                        .sources(sourceList).facts(facts).build();
            } catch (InvalidDatasetException e) {
                throw new DatasetJsonException("not a valid dataset: " + e.getMessage(), e);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new DatasetJsonException("dataset: " + e.getMessage(), e);
            }
        }

        private Country country(Obj o) {
            o.named(o.text("alpha2"));
            Country c = new Country(o.text("alpha2"), o.text("alpha3"), o.text("shortName"), o.text("officialName"),
                    new LinkedHashSet<>(o.texts("aliases")),
                    o.optionalInteger("isoNumeric").map(IsoNumericCode::of),
                    o.optionalText("wikidataId").map(WikidataId::of),
                    o.optionalObject("cowCode").map(cow -> {
                        CowStateCode code = CowStateCode.of(cow.integer("code"), cow.text("abbreviation"));
                        cow.done();
                        return code;
                    }),
                    localNames(o));
            o.done();
            return c;
        }

        private static Source source(Obj o) {
            o.named(o.text("id"));
            Source s = new Source(SourceId.of(o.text("id")), o.enumValue("kind", SourceKind.class),
                    o.text("title"), o.text("publisher"), o.optionalParsed("published", PartialDate::parse),
                    o.optionalParsed("url", URI::create), o.text("note"));
            o.done();
            return s;
        }

        private Fact fact(Obj o) {
            String family = o.text("family");
            o.named(o.text("id"));
            FactFamily<?> f = FactFamily.named(family).orElseThrow(() -> o.error("family", "\"" + family
                    + "\" is not a fact family (expected " + familyNames() + ")"));
            Fact fact = fact(f, o);
            o.done();
            return fact;
        }

        /** Reads each record component by the converter for its type and calls the canonical constructor. */
        private <F extends Fact> F fact(FactFamily<F> family, Obj o) {
            RecordComponent[] components = family.type().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                values[i] = component(o, c);
            }
            try {
                return family.type().getDeclaredConstructor(types).newInstance(values);
            } catch (InvocationTargetException e) {
                Throwable refusal = e.getCause();
                if (refusal instanceof IllegalArgumentException || refusal instanceof NullPointerException) {
                    throw o.refused(refusal);
                }
                throw new IllegalStateException("cannot build a " + family + ": " + refusal, refusal);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build a " + family + ": " + e, e);
            }
        }

        private Object component(Obj o, RecordComponent c) {
            String field = c.getName();
            if (field.equals(SOURCES)) {
                return sources(o);
            }
            if (c.getType() == List.class) {
                return countries(o, field, elementType(c));
            }
            if (c.getType() == Optional.class) {
                Class<?> element = elementType(c);
                return o.present(field) ? Optional.of(read(ValueType.of(element), o, field)) : Optional.empty();
            }
            return read(ValueType.of(c.getType()), o, field);
        }

        private <T> T read(ValueType<T> type, Obj o, String field) {
            return type.read(this, o, field);
        }

        /** A list of countries, by code; a field absent (as in files written before lists existed) is empty. */
        private List<Country> countries(Obj o, String field, Class<?> element) {
            if (element != Country.class) {
                throw new IllegalStateException("no JSON converter for a list of " + element.getName()
                        + "; add one to DatasetJson.Reading");
            }
            if (!o.present(field)) {
                return List.of();
            }
            List<Country> list = new ArrayList<>();
            for (String alpha2 : o.texts(field)) {
                Country c = countries.get(alpha2);
                if (c == null) {
                    throw o.error(field, "\"" + alpha2 + "\" is not among the file's countries");
                }
                list.add(c);
            }
            return list;
        }

        static Claim claim(Obj o) {
            Claim c = o.building(() -> Claim.of(o.text("speaker"), o.parsed("on", PartialDate::parse)));
            o.done();
            return c;
        }

        Place place(Obj o) {
            Place p = o.building(() -> Place.of(o.text("city"), country(o, "country")));
            o.done();
            return p;
        }

        Country country(Obj o, String field) {
            String alpha2 = o.text(field);
            Country c = countries.get(alpha2);
            if (c == null) {
                throw o.error(field, "\"" + alpha2 + "\" is not among the file's countries");
            }
            return c;
        }

        /** A country's names in other languages, each citing a source read before the countries. */
        private List<CountryName> localNames(Obj o) {
            List<CountryName> names = new ArrayList<>();
            if (!o.present("localNames")) {
                return names;
            }
            for (Obj n : o.objects("localNames")) {
                String id = n.text("source");
                Source s = sources.get(id);
                if (s == null) {
                    throw n.error("source", "\"" + id + "\" is not among the file's sources");
                }
                names.add(CountryName.of(n.text("language"), n.text("name"), s));
                n.done();
            }
            return names;
        }

        private List<Source> sources(Obj o) {
            List<Source> cited = new ArrayList<>();
            for (String id : o.texts("sources")) {
                Source s = sources.get(id);
                if (s == null) {
                    throw o.error("sources", "\"" + id + "\" is not among the file's sources");
                }
                cited.add(s);
            }
            return cited;
        }
    }

    /**
     * A JSON object being read, with where it is in the file ({@code facts[17] (chs-23)}) for messages,
     * and which of its fields were read, so that unknown fields can be refused.
     */
    private static final class Obj {

        private final JsonNode node;
        private String where;
        private final List<String> read = new ArrayList<>();

        Obj(JsonNode node, String where) {
            this.node = node;
            this.where = where;
        }

        void named(String name) {
            where = where + " (" + name + ")";
        }

        DatasetJsonException error(String field, String problem) {
            return new DatasetJsonException(where + ": " + field + ": " + problem);
        }

        /** Runs a constructor, turning the model's refusal into a message that says where. */
        <T> T building(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (DatasetJsonException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new DatasetJsonException(where + ": " + e.getMessage(), e);
            }
        }

        /** Whether a field is present and not null; marks it as read. */
        boolean present(String field) {
            return field(field).isPresent();
        }

        /** The model's refusal of what was read, as a one-line message that says where. */
        DatasetJsonException refused(Throwable refusal) {
            return new DatasetJsonException(where + ": " + refusal.getMessage(), refusal);
        }

        /** An enum constant by name, for an enum known only at run time. */
        Object constant(String field, Class<?> type) {
            String name = text(field);
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw error(field, "\"" + name + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
        }

        private Optional<JsonNode> field(String field) {
            read.add(field);
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
        }

        private JsonNode required(String field) {
            return field(field).orElseThrow(() -> new DatasetJsonException(where + ": " + field + " is missing"));
        }

        String text(String field) {
            return text(field, required(field));
        }

        Optional<String> optionalText(String field) {
            return field(field).map(v -> text(field, v));
        }

        private String text(String field, JsonNode value) {
            if (!value.isString()) {
                throw error(field, "expected text, found " + value);
            }
            return value.stringValue();
        }

        List<String> texts(String field) {
            JsonNode array = required(field);
            if (!array.isArray()) {
                throw error(field, "expected an array of text, found " + array);
            }
            List<String> texts = new ArrayList<>();
            array.forEach(v -> texts.add(text(field, v)));
            return texts;
        }

        int integer(String field) {
            return integer(field, required(field));
        }

        Optional<Integer> optionalInteger(String field) {
            return field(field).map(v -> integer(field, v));
        }

        private int integer(String field, JsonNode value) {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw error(field, "expected a whole number, found " + value);
            }
            return value.intValue();
        }

        BigDecimal decimal(String field) {
            JsonNode value = required(field);
            if (value.isNumber()) {
                return value.decimalValue();
            }
            return parsed(field, BigDecimal::new);
        }

        <T> T parsed(String field, Function<String, T> parser) {
            String text = text(field);
            return parse(field, text, parser);
        }

        <T> Optional<T> optionalParsed(String field, Function<String, T> parser) {
            return optionalText(field).map(text -> parse(field, text, parser));
        }

        private <T> T parse(String field, String text, Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw error(field, "cannot read \"" + text + "\": " + e.getMessage());
            }
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            String name = text(field);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw error(field, "\"" + name + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
        }

        Obj object(String field) {
            return object(field, required(field));
        }

        Optional<Obj> optionalObject(String field) {
            return field(field).map(v -> object(field, v));
        }

        private Obj object(String field, JsonNode value) {
            if (!value.isObject()) {
                throw error(field, "expected an object, found " + value);
            }
            return new Obj(value, where + ": " + field);
        }

        List<Obj> objects(String field) {
            JsonNode array = required(field);
            if (!array.isArray()) {
                throw error(field, "expected an array of objects, found " + array.getNodeType());
            }
            List<Obj> objects = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (!element.isObject()) {
                    throw new DatasetJsonException(field + "[" + i + "]: expected an object, found " + element);
                }
                objects.add(new Obj(element, field + "[" + i + "]"));
            }
            return objects;
        }

        /** Refuses fields that were never read: a misspelt or foreign field. */
        void done() {
            node.propertyNames().forEach(name -> {
                if (!read.contains(name)) {
                    throw new DatasetJsonException(where + ": unknown field \"" + name + "\" (expected "
                            + String.join(", ", new LinkedHashSet<>(read)) + ")");
                }
            });
        }
    }
}
