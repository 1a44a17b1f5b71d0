package org.scofacts.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parsers for the values people type; each failure names the value and what would be valid. */
final class Converters {

    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Converters() {
    }

    /** A day in ISO form; impossible days such as 2024-02-30 are refused, not adjusted. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value, ISO_STRICT);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date: expected yyyy-MM-dd, such as 2024-07-04");
            }
        }
    }

    /**
     * An enum constant by name, ignoring case and reading '-' or ' ' as '_': {@code member-state},
     * {@code MEMBER_STATE} and {@code "member state"} all name {@code MEMBER_STATE}.
     */
    static class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;
        private final String noun;

        EnumConverter(Class<E> type, String noun) {
            this.type = type;
            this.noun = noun;
        }

        @Override
        public E convert(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw new TypeConversionException("'" + value + "' is not " + noun + ": expected one of "
                    + names(type));
        }

        static <E extends Enum<E>> String names(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Converters::label).collect(Collectors.joining(", "));
        }
    }

    /**
     * How an enum constant is typed and shown: lower case with hyphens.
     *
     * @param constant the constant
     * @return the label, such as {@code member-state}
     */
    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
