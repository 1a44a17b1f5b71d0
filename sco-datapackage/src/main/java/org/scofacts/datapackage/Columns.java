package org.scofacts.datapackage;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.scofacts.model.Claim;
import org.scofacts.model.Country;
import org.scofacts.model.DateRange;
import org.scofacts.model.FactId;
import org.scofacts.model.FactRef;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Place;
import org.scofacts.model.WikidataId;

/**
 * The columns a record component becomes, by its type: one converter per value type, as the JSON mapping has,
 * so that a new fact family gets its table without code of its own. A date of day, month or year precision
 * becomes its ISO text, its precision and its first possible day; a period its start and both ends named as
 * inclusive or exclusive; a country its alpha-2 code, a key into {@code countries}; a place its city and country.
 */
final class Columns {

    /** The precisions a date is given at, as the {@code _precision} columns spell them. */
    static final List<String> PRECISIONS = List.of("day", "month", "year");

    static final String ALPHA2_PATTERN = "^[A-Z]{2}$";
    static final String PARTIAL_DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
    static final String WIKIDATA_PATTERN = "^Q[1-9][0-9]*$";

    private Columns() {
    }

    /**
     * The columns of a component.
     *
     * @param name         the column name (or prefix), snake_case
     * @param type         the component's generic type
     * @param description  what the component means
     * @param factIdTarget the table a fact identifier in this component refers to, if known
     * @return the columns, in order
     * @throws IllegalStateException if no column mapping handles the type
     */
    static List<Column> of(String name, Type type, String description, Optional<String> factIdTarget) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            List<Column> inside = new ArrayList<>();
            for (Column column : of(name, argument(type), description, factIdTarget)) {
                inside.add(column.insideOptional());
            }
            return inside;
        }
        if (raw == String.class) {
            return List.of(text(name, description));
        }
        if (raw == Integer.class || raw == int.class) {
            return List.of(Column.of(Field.of(name, Field.INTEGER, description, true), Object::toString));
        }
        if (raw == BigDecimal.class) {
            return List.of(Column.of(Field.of(name, Field.NUMBER, description, true),
                    v -> ((BigDecimal) v).toPlainString()));
        }
        if (raw.isEnum()) {
            List<String> constants = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
            return List.of(Column.of(Field.of(name, Field.STRING, description, true).withAllowed(constants),
                    v -> ((Enum<?>) v).name()));
        }
        if (raw == LocalDate.class) {
            return List.of(Column.of(Field.of(name, Field.DATE, description, true), Object::toString));
        }
        if (raw == PartialDate.class) {
            return partialDate(name, description);
        }
        if (raw == DateRange.class) {
            return dateRange(name, description);
        }
        if (raw == Country.class) {
            return List.of(country(name, description));
        }
        if (raw == Place.class) {
            return List.of(
                    text(name + "_city", description + ": the city").of(v -> ((Place) v).city()),
                    country(name + "_country", description + ": the country").of(v -> ((Place) v).country()));
        }
        if (raw == Claim.class) {
            List<Column> columns = new ArrayList<>();
            columns.add(text(name + "_speaker", description + ": who made the claim").of(v -> ((Claim) v).speaker()));
            for (Column on : partialDate(name + "_on", description + ": when the claim was made")) {
                columns.add(on.of(v -> ((Claim) v).on()));
            }
            return columns;
        }
        if (raw == WikidataId.class) {
            return List.of(Column.of(Field.of(name, Field.STRING, description, true).withPattern(WIKIDATA_PATTERN),
                    v -> ((WikidataId) v).value()));
        }
        if (raw == FactId.class || FactRef.class.isAssignableFrom(raw)) {
            Column id = Column.of(Field.of(name, Field.STRING, description, true),
                    v -> v instanceof FactRef ? ((FactRef) v).id().value() : ((FactId) v).value());
            return List.of(factIdTarget.isPresent() ? id.referring(factIdTarget.get(), "id") : id);
        }
        throw new IllegalStateException("no column mapping for " + type.getTypeName() + " (column " + name
                + "); add one to " + Columns.class.getName());
    }

    private static Column text(String name, String description) {
        return Column.of(Field.of(name, Field.STRING, description, true), Object::toString);
    }

    private static Column country(String name, String description) {
        return Column.of(Field.of(name, Field.STRING, description + " (ISO 3166-1 alpha-2 code, a key into countries)",
                true).withPattern(ALPHA2_PATTERN), v -> ((Country) v).alpha2()).referring("countries", "alpha2");
    }

    /** A date at its precision: its ISO text, the precision, and the first day it can be. */
    static List<Column> partialDate(String name, String description) {
        return List.of(
                Column.of(Field.of(name, Field.STRING, description
                        + " (ISO 8601 at the precision the sources give: yyyy, yyyy-MM or yyyy-MM-dd; never padded)",
                        true).withPattern(PARTIAL_DATE_PATTERN), Object::toString),
                Column.of(Field.of(name + "_precision", Field.STRING, "precision of " + name, true)
                        .withAllowed(PRECISIONS), v -> precision((PartialDate) v)),
                Column.of(Field.of(name + "_first_day", Field.DATE, "first possible day of " + name
                        + " (the day itself at day precision; the 1st of the month or 1 January otherwise)", true),
                        v -> ((PartialDate) v).firstDay().toString()));
    }

    private static List<Column> dateRange(String name, String description) {
        Function<Object, Object> start = v -> ((DateRange) v).start();
        Function<Object, Object> endExclusive = v -> ((DateRange) v).end();
        Function<Object, Object> endInclusive = v -> ((DateRange) v).endInclusive();
        String openNote = "; empty while the period has not ended";
        return List.of(
                Column.of(Field.of(name + "_start", Field.STRING, description + ": its first day, month or year,"
                        + " inclusive (ISO 8601 at its precision)", true).withPattern(PARTIAL_DATE_PATTERN),
                        Object::toString).of(start),
                Column.of(Field.of(name + "_start_precision", Field.STRING, "precision of " + name + "_start", true)
                        .withAllowed(PRECISIONS), v -> precision((PartialDate) v)).of(start),
                Column.of(Field.of(name + "_start_first_day", Field.DATE, "first possible day of " + name
                        + "_start: the first day the period is read to hold", true),
                        v -> ((PartialDate) v).firstDay().toString()).of(start),
                Column.of(Field.of(name + "_end_inclusive", Field.STRING, description + ": its last day, month or"
                        + " year, inclusive (ISO 8601 at its precision)" + openNote, false)
                        .withPattern(PARTIAL_DATE_PATTERN), Object::toString).insideOptional().of(endInclusive),
                Column.of(Field.of(name + "_end_exclusive", Field.STRING, description + ": the day, month or year"
                        + " after it ends, exclusive (ISO 8601 at its precision)" + openNote, false)
                        .withPattern(PARTIAL_DATE_PATTERN), Object::toString).insideOptional().of(endExclusive),
                Column.of(Field.of(name + "_end_precision", Field.STRING, "precision of " + name + "_end_inclusive"
                        + " and " + name + "_end_exclusive" + openNote, false).withAllowed(PRECISIONS),
                        v -> precision((PartialDate) v)).insideOptional().of(endExclusive),
                Column.of(Field.of(name + "_end_exclusive_first_day", Field.DATE, "first possible day of " + name
                        + "_end_exclusive: the first day the period is read not to hold" + openNote, false),
                        v -> ((PartialDate) v).firstDay().toString()).insideOptional().of(endExclusive));
    }

    static String precision(PartialDate date) {
        return date.precision().name().toLowerCase(Locale.ROOT);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?>) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        throw new IllegalStateException("no column mapping for " + type.getTypeName());
    }

    static Type argument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    /**
     * A camelCase name in snake_case.
     *
     * @param camel such as {@code holderWikidataId}
     * @return such as {@code holder_wikidata_id}
     */
    static String snake(String camel) {
        StringBuilder snake = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
