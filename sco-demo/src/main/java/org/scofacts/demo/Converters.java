package org.scofacts.demo;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.io.Serial;
import org.scofacts.demo.message.Messages;
import org.scofacts.demo.message.Reasons;
import org.scofacts.model.Country;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.PartialDate;

/** Parsers for the values people type; each failure names the value and what would be valid. */
final class Converters {

    private Converters() {
    }

    /**
     * Reads one kind of value from the text a user typed.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    interface Converter<T> {
        /**
         * The value the text names.
         *
         * @param value the text as typed
         * @return the value
         * @throws BadValue naming the text and what would be valid
         */
        T convert(String value);
    }

    /** A value that does not read as what it should be; the message names the value and what would be valid. */
    static final class BadValue extends IllegalArgumentException {

        @Serial
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message);
        }
    }

    /** A day in ISO form, yyyy-MM-dd, as {@link PartialDate#parse} reads it; impossible days are refused. */
    static final class DateConverter implements Converter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            PartialDate date;
            try {
                date = PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new BadValue(Messages.notADate(value));
            }
            if (date.precision() != DatePrecision.DAY) {
                throw new BadValue(Messages.notADate(value));
            }
            return date.firstDay();
        }
    }

    /** A country by any name the fluent API knows, asked of the dataset of the command's run. */
    static final class CountryConverter implements Converter<Country> {
        private final RunContext run;

        CountryConverter(RunContext run) {
            this.run = run;
        }

        @Override
        public Country convert(String value) {
            try {
                return run.sco().country(value);
            } catch (IllegalArgumentException e) {
                throw new BadValue(e.getMessage());
            }
        }
    }

    /** A whole number, such as a summit's number or a year. */
    static final class IntegerConverter implements Converter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new BadValue(Messages.notANumber(value));
            }
        }
    }

    /** A file path; only characters no file name can hold are refused here, the file is looked at later. */
    static final class PathConverter implements Converter<Path> {
        @Override
        public Path convert(String value) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new BadValue(Messages.notAPath(value, Reasons.inWords(e.getReason())));
            }
        }
    }

    /**
     * An enum constant by name, ignoring case and reading '-' or ' ' as '_': {@code member-state},
     * {@code MEMBER_STATE} and {@code "member state"} all name {@code MEMBER_STATE}.
     */
    static class EnumConverter<E extends Enum<E>> implements Converter<E> {
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
            throw new BadValue(Messages.notOneOf(value, noun, names(type)));
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
