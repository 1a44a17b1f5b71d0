package org.scofacts.demo.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import org.scofacts.data.InvalidDatasetException;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Appointment;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.Bound;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.CowStateCode;
import org.scofacts.model.Designation;
import org.scofacts.model.DesignationKind;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Period;
import org.scofacts.model.Place;
import org.scofacts.model.Post;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.SourceKind;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.model.Unit;
import org.scofacts.model.WikidataId;

/**
 * The whole dataset as one JSON document, and back. The mapping is written by hand onto Jackson's
 * tree model, so the model records carry no annotations and the file layout is stated here once:
 *
 * <pre>{@code
 * {"version": "2026.11.0", "checkedThrough": "2026-11-23",
 *  "countries": [{"alpha2": "CN", "alpha3": "CHN", "shortName": ..., "officialName": ..., "aliases": [...],
 *                 "isoNumeric": 156, "wikidataId": "Q148", "cowCode": {"code": 710, "abbreviation": "CHN"}}, ...],
 *  "sources":   [{"id": "seed-000", "kind": "OFFICIAL", "title": ..., "publisher": ..., "published": "2001-06",
 *                 "url": "https://...", "note": ""}, ...],
 *  "facts":     [{"family": "StatusPeriod", "id": "...", "country": "IN", "status": "MEMBER_STATE",
 *                 "period": "2017-06-09/..", "grantedBy": ..., "decidedAt": "chs-17", "sources": ["seed-000"]}, ...]}
 * }</pre>
 *
 * <p>Each fact's fields are its record components by name. Days are ISO text, dates of month or year
 * precision {@code 2005-07} or {@code 2005}, periods their ISO interval text ({@code 2005-07/2023-07-04},
 * {@code 2023-07-04/..}), enum constants their names, figures' values decimal text keeping their scale
 * ({@code "2.3E+13"}, {@code "10.50"}); an empty optional is an absent field (null is read as absent
 * too). Facts refer to countries by alpha-2 code, to sources and meetings by identifier. Fields no
 * fact family has are refused, so a misspelt field does not go unnoticed.
 *
 * <p>{@link #read(String)} builds the dataset through {@link ScoDataset#builder()}, so a file that
 * reads is also a valid dataset.
 */
public final class DatasetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

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
        } catch (JsonProcessingException e) {
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
        } catch (JsonProcessingException e) {
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
    private static String jacksonProblem(JsonProcessingException e) {
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
        n.put("family", fact.getClass().getSimpleName());
        n.put("id", fact.id().value());
        if (fact instanceof StatusPeriod p) {
            n.put("country", p.country().alpha2());
            n.put("status", p.status().name());
            n.put("period", p.period().toString());
            n.put("grantedBy", p.grantedBy());
            p.decidedAt().ifPresent(id -> n.put("decidedAt", id.value()));
        } else if (fact instanceof Meeting m) {
            n.put("council", m.council().name());
            m.ordinal().ifPresent(o -> n.put("ordinal", o));
            n.put("firstDay", m.firstDay().toString());
            n.put("lastDay", m.lastDay().toString());
            n.set("place", place(m.place()));
            n.put("format", m.format().name());
            m.wikidataId().ifPresent(q -> n.put("wikidataId", q.value()));
        } else if (fact instanceof Document d) {
            n.put("title", d.title());
            n.put("kind", d.kind().name());
            n.put("adopted", d.adopted().toString());
            d.place().ifPresent(p -> n.set("place", place(p)));
            d.inForce().ifPresent(date -> n.put("inForce", date.toString()));
            d.adoptedAt().ifPresent(id -> n.put("adoptedAt", id.value()));
            d.wikidataId().ifPresent(q -> n.put("wikidataId", q.value()));
        } else if (fact instanceof Appointment a) {
            n.put("post", a.post().name());
            n.put("holder", a.holder());
            n.put("nominatedBy", a.nominatedBy().alpha2());
            n.put("term", a.term().toString());
            a.holderWikidataId().ifPresent(q -> n.put("holderWikidataId", q.value()));
        } else if (fact instanceof Body b) {
            n.put("name", b.name());
            n.put("kind", b.kind().name());
            b.seat().ifPresent(p -> n.set("seat", place(p)));
            b.established().ifPresent(date -> n.put("established", date.toString()));
        } else if (fact instanceof Chairmanship c) {
            n.put("presidingState", c.presidingState().alpha2());
            n.put("term", c.term().toString());
        } else if (fact instanceof Designation d) {
            n.put("kind", d.kind().name());
            n.put("name", d.name());
            d.place().ifPresent(p -> n.set("place", place(p)));
            n.put("period", d.period().toString());
        } else if (fact instanceof Event e) {
            n.put("kind", e.kind().name());
            n.put("name", e.name());
            n.put("period", e.period().toString());
            e.place().ifPresent(p -> n.set("place", place(p)));
        } else if (fact instanceof Figure f) {
            n.put("measure", f.measure());
            n.put("bound", f.bound().name());
            n.put("value", f.value().toString());
            n.put("unit", f.unit().name());
            n.put("referenceDate", f.referenceDate().toString());
        } else {
            throw new IllegalArgumentException("unknown fact family " + fact.getClass().getName() + " of " + fact.id());
        }
        ArrayNode sources = n.putArray("sources");
        fact.sources().forEach(s -> sources.add(s.id().value()));
        return n;
    }

    private static ObjectNode place(Place p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("city", p.city());
        n.put("country", p.country().alpha2());
        return n;
    }

    // ---- reading ----

    /** One read: the countries and sources read so far, which the facts refer to. */
    private static final class Reading {

        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();

        ScoDataset dataset(Obj root) {
            String version = root.text("version");
            LocalDate checkedThrough = root.parsed("checkedThrough", LocalDate::parse);
            List<Country> countryList = new ArrayList<>();
            List<Obj> countryNodes = root.objects("countries");
            for (int i = 0; i < countryNodes.size(); i++) {
                Obj o = countryNodes.get(i);
                Country c = o.building(() -> country(o));
                countryList.add(c);
                countries.putIfAbsent(c.alpha2(), c);
            }
            List<Source> sourceList = new ArrayList<>();
            for (Obj o : root.objects("sources")) {
                Source s = o.building(() -> source(o));
                sourceList.add(s);
                sources.putIfAbsent(s.id().value(), s);
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

        private static Country country(Obj o) {
            o.named(o.text("alpha2"));
            Country c = new Country(o.text("alpha2"), o.text("alpha3"), o.text("shortName"), o.text("officialName"),
                    new LinkedHashSet<>(o.texts("aliases")),
                    o.optionalInteger("isoNumeric").map(IsoNumericCode::of),
                    o.optionalText("wikidataId").map(WikidataId::of),
                    o.optionalObject("cowCode").map(cow -> {
                        CowStateCode code = CowStateCode.of(cow.integer("code"), cow.text("abbreviation"));
                        cow.done();
                        return code;
                    }));
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
            FactId id = FactId.of(o.text("id"));
            Fact fact = switch (family) {
                case "StatusPeriod" -> new StatusPeriod(id, country(o, "country"),
                        o.enumValue("status", Status.class), o.parsed("period", Period::parse),
                        o.text("grantedBy"), o.optionalParsed("decidedAt", FactId::of), sources(o));
                case "Meeting" -> new Meeting(id, o.enumValue("council", Council.class),
                        o.optionalInteger("ordinal"), o.parsed("firstDay", LocalDate::parse),
                        o.parsed("lastDay", LocalDate::parse), place(o.object("place")),
                        o.enumValue("format", MeetingFormat.class), sources(o),
                        o.optionalParsed("wikidataId", WikidataId::of));
                case "Document" -> new Document(id, o.text("title"),
                        o.enumValue("kind", DocumentKind.class),
                        o.parsed("adopted", PartialDate::parse), o.optionalObject("place").map(this::place),
                        o.optionalParsed("inForce", PartialDate::parse), o.optionalParsed("adoptedAt", FactId::of),
                        sources(o), o.optionalParsed("wikidataId", WikidataId::of));
                case "Appointment" -> new Appointment(id, o.enumValue("post", Post.class),
                        o.text("holder"), country(o, "nominatedBy"), o.parsed("term", Period::parse), sources(o),
                        o.optionalParsed("holderWikidataId", WikidataId::of));
                case "Body" -> new Body(id, o.text("name"), o.enumValue("kind", BodyKind.class),
                        o.optionalObject("seat").map(this::place), o.optionalParsed("established", PartialDate::parse),
                        sources(o));
                case "Chairmanship" -> new Chairmanship(id, country(o, "presidingState"),
                        o.parsed("term", Period::parse), sources(o));
                case "Designation" -> new Designation(id,
                        o.enumValue("kind", DesignationKind.class), o.text("name"),
                        o.optionalObject("place").map(this::place), o.parsed("period", Period::parse), sources(o));
                case "Event" -> new Event(id, o.enumValue("kind", EventKind.class),
                        o.text("name"), o.parsed("period", Period::parse), o.optionalObject("place").map(this::place),
                        sources(o));
                case "Figure" -> new Figure(id, o.text("measure"), o.enumValue("bound", Bound.class),
                        o.decimal("value"), o.enumValue("unit", Unit.class),
                        o.parsed("referenceDate", PartialDate::parse), sources(o));
                default -> throw o.error("family", "\"" + family + "\" is not a fact family (expected StatusPeriod,"
                        + " Meeting, Document, Appointment, Body, Chairmanship, Designation, Event or Figure)");
            };
            o.done();
            return fact;
        }

        private Place place(Obj o) {
            Place p = o.building(() -> Place.of(o.text("city"), country(o, "country")));
            o.done();
            return p;
        }

        private Country country(Obj o, String field) {
            String alpha2 = o.text(field);
            Country c = countries.get(alpha2);
            if (c == null) {
                throw o.error(field, "\"" + alpha2 + "\" is not among the file's countries");
            }
            return c;
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
            if (!value.isTextual()) {
                throw error(field, "expected text, found " + value);
            }
            return value.textValue();
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
            node.fieldNames().forEachRemaining(name -> {
                if (!read.contains(name)) {
                    throw new DatasetJsonException(where + ": unknown field \"" + name + "\" (expected "
                            + String.join(", ", new LinkedHashSet<>(read)) + ")");
                }
            });
        }
    }
}
