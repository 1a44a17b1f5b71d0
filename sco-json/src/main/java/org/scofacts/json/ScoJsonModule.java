package org.scofacts.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.DateRange;
import org.scofacts.model.DocumentRef;
import org.scofacts.model.FactId;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.WikidataId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of the dataset file: one serializer and one deserializer per value type, and records
 * through their components ({@link RecordSerializer}, {@link RecordDeserializer}). Days, partial dates and
 * date ranges are their ISO text; identifiers their text; enum constants their names; decimals text that
 * keeps their scale; a country inside a fact is its alpha-2 code and a source its identifier, looked up
 * among the file's own countries and sources. Every deserializer refuses a value of the wrong kind with a
 * {@link JsonProblem} that says what was expected and what was found, never a Java type.
 */
final class ScoJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Attribute of a read: the file's countries by alpha-2 code, read before the facts. */
    static final String COUNTRIES = "org.scofacts.json.countries";

    /** Attribute of a read: the file's sources by identifier, read before the countries and facts. */
    static final String SOURCES = "org.scofacts.json.sources";

    /** The most significant digits and decimal places a figure's value may have (IEEE decimal128's digits). */
    static final int MAX_DIGITS = 34;

    /** The most zeros a figure's value may imply in exponent notation ({@code 1E+30}). */
    static final int MAX_IMPLIED_ZEROS = 30;

    /** The value types registered below; any enum and any record are converted too. */
    private static final Set<Class<?>> CONVERTED = Set.of(String.class, Integer.class, BigDecimal.class,
            PartialDate.class, DateRange.class, LocalDate.class, FactId.class, SourceId.class, WikidataId.class,
            URI.class, Locale.class, IsoNumericCode.class, Country.class, Source.class);

    ScoJsonModule() {
        super("sco-facts");
        setDeserializers(new RecordsToo());
        addSerializer(ScoDataset.class, new DatasetSerializer());
        addDeserializer(ScoDataset.class, new DatasetDeserializer());
        addSerializer(Record.class, new RecordSerializer());
        text(PartialDate.class, PartialDate::toString, PartialDate::parse);
        text(DateRange.class, DateRange::toIsoInterval, DateRange::parse);
        text(LocalDate.class, LocalDate::toString, LocalDate::parse);
        text(FactId.class, FactId::value, FactId::of);
        text(MeetingRef.class, MeetingRef::toString, MeetingRef::of);
        text(DocumentRef.class, DocumentRef::toString, DocumentRef::of);
        text(SourceId.class, SourceId::value, SourceId::of);
        text(WikidataId.class, WikidataId::value, WikidataId::of);
        text(URI.class, URI::toString, URI::create);
        text(Locale.class, Locale::toLanguageTag, ScoJsonModule::language);
        addSerializer(BigDecimal.class, serializer((value, gen) -> gen.writeString(value.toString())));
        addDeserializer(BigDecimal.class, new Leaf<>("a decimal number as text or number", ScoJsonModule::decimal));
        addDeserializer(String.class, new Leaf<>("text", Function.identity()));
        addDeserializer(Integer.class, new WholeNumber());
        addDeserializer(Integer.TYPE, new WholeNumber());
        addSerializer(IsoNumericCode.class, serializer((code, gen) -> gen.writeNumber(code.value())));
        addDeserializer(IsoNumericCode.class, new WholeNumber().map(IsoNumericCode::of));
        enumsByName();
        addSerializer(Country.class, serializer((country, gen) -> gen.writeString(country.alpha2())));
        addDeserializer(Country.class, new Reference<>(COUNTRIES, "countries"));
        addSerializer(Source.class, serializer((source, gen) -> gen.writeString(source.id().value())));
        addDeserializer(Source.class, new Reference<>(SOURCES, "sources"));
    }

    @SuppressWarnings("unchecked")
    private void enumsByName() {
        Class<Enum<?>> anyEnum = (Class<Enum<?>>) (Class<?>) Enum.class;
        addSerializer(anyEnum, serializer((constant, gen) -> gen.writeString(constant.name())));
        addDeserializer((Class<Object>) (Class<?>) Enum.class, new EnumConstant(null));
    }

    private <T> void text(Class<T> type, Function<T, String> writer, Function<String, T> parser) {
        addSerializer(type, serializer((value, gen) -> gen.writeString(writer.apply(value))));
        addDeserializer(type, new Leaf<>("text", parser));
    }

    /** How one value is written: a lambda in place of a subclass per type. */
    private interface Writing<T> {
        void write(T value, JsonGenerator gen);
    }

    private static <T> ValueSerializer<T> serializer(Writing<T> writing) {
        return new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                writing.write(value, gen);
            }
        };
    }

    /** A decimal that a figure can hold, from text or a JSON number: never one that would take gigabytes to print. */
    static BigDecimal decimal(String text) {
        BigDecimal value = new BigDecimal(text);
        boolean holds = value.precision() <= MAX_DIGITS && value.scale() <= MAX_DIGITS
                && value.scale() >= -MAX_IMPLIED_ZEROS;
        if (!holds) {
            throw new JsonProblem(Texts.quoted(text) + " is not a number a figure holds (at most " + MAX_DIGITS
                    + " significant digits and " + MAX_DIGITS + " decimal places, below 1E+"
                    + (MAX_DIGITS + MAX_IMPLIED_ZEROS) + ")");
        }
        return value;
    }

    private static Locale language(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.toLanguageTag().equals(tag)) {
            throw new IllegalArgumentException("not a language tag such as ru");
        }
        return locale;
    }

    /**
     * Refuses a component type the file has no form for, rather than letting Jackson write it as a bean
     * that nothing reads back.
     *
     * @param type the class of a component's value
     * @throws IllegalStateException naming the type, if no converter is registered for it
     */
    static void checkConverted(Class<?> type) {
        boolean converted = CONVERTED.contains(type) || type.isEnum() || type.isRecord()
                || type.getSuperclass() != null && type.getSuperclass().isEnum();
        if (!converted) {
            throw new IllegalStateException("no JSON converter for " + type.getName()
                    + "; add a serializer and a deserializer to ScoJsonModule");
        }
    }

    /** What the parser is at, for "found ...": a short, escaped rendering of the value, never a Java type. */
    static String found(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return Texts.quoted(p.getString());
            case VALUE_NULL:
                return "null";
            default:
                return Texts.cut(p.getString());
        }
    }

    /** A value read from one JSON text (or, for decimals, a number's text), through a parser function. */
    private static class Leaf<T> extends ValueDeserializer<T> {

        private final String expected;
        private final Function<String, T> parser;

        Leaf(String expected, Function<String, T> parser) {
            this.expected = expected;
            this.parser = parser;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            boolean number = p.currentToken() == JsonToken.VALUE_NUMBER_INT
                    || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT;
            if (p.currentToken() != JsonToken.VALUE_STRING && !(number && expected.contains("number"))) {
                throw new JsonProblem("expected " + expected + ", found " + found(p));
            }
            String text = number ? p.getDecimalValue().toString() : p.getString();
            try {
                return parser.apply(text);
            } catch (JsonProblem e) {
                throw e;
            } catch (RuntimeException e) {
                throw new JsonProblem("cannot read " + Texts.quoted(text) + ": " + e.getMessage());
            }
        }
    }

    /** A whole number that fits an {@code int}, then made into the value type by a function. */
    private static final class WholeNumber extends ValueDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw new JsonProblem("expected a whole number, found " + found(p));
            }
            return p.getIntValue();
        }

        <T> ValueDeserializer<T> map(Function<Integer, T> function) {
            WholeNumber number = this;
            return new ValueDeserializer<>() {
                @Override
                public T deserialize(JsonParser p, DeserializationContext ctxt) {
                    Integer value = number.deserialize(p, ctxt);
                    try {
                        return function.apply(value);
                    } catch (IllegalArgumentException e) {
                        throw new JsonProblem(e.getMessage());
                    }
                }
            };
        }
    }

    /** An enum constant by its name, for whichever enum the component declares. */
    private static final class EnumConstant extends ValueDeserializer<Object> {

        private final Class<?> type;

        EnumConstant(Class<?> type) {
            this.type = type;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType contextual = ctxt.getContextualType();
            return contextual == null ? this : new EnumConstant(contextual.getRawClass());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object[] constants = type.getEnumConstants();
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                for (Object constant : constants) {
                    if (((Enum<?>) constant).name().equals(p.getString())) {
                        return constant;
                    }
                }
            }
            StringBuilder names = new StringBuilder();
            for (Object constant : constants) {
                names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name());
            }
            throw new JsonProblem(found(p) + " is not one of [" + names + "]");
        }
    }

    /** A country by alpha-2 code or a source by identifier, among those the file declares. */
    private static final class Reference<T> extends ValueDeserializer<T> {

        private final String attribute;
        private final String among;

        Reference(String attribute, String among) {
            this.attribute = attribute;
            this.among = among;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new JsonProblem("expected text, found " + found(p));
            }
            @SuppressWarnings("unchecked")
            Map<String, T> known = (Map<String, T>) ctxt.getAttribute(attribute);
            T value = known == null ? null : known.get(p.getString());
            if (value == null) {
                throw new JsonProblem(Texts.quoted(p.getString()) + " is not among the file's " + among);
            }
            return value;
        }
    }

    /** The registered deserializers, and for any other record (a place, a claim) its components. */
    private static final class RecordsToo extends SimpleDeserializers {

        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                         BeanDescription.Supplier description) {
            ValueDeserializer<?> registered = super.findBeanDeserializer(type, config, description);
            if (registered == null && type.isRecordType()) {
                return new RecordDeserializer(type.getRawClass().asSubclass(Record.class));
            }
            return registered;
        }
    }
}
