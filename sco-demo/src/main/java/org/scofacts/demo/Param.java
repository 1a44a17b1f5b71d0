package org.scofacts.demo;

/**
 * One option or positional parameter a command declares (see {@link CliCommand#option}, {@link CliCommand#flag}
 * and {@link CliCommand#parameter}) and, once the command line is read, its value. Commons CLI reads the options;
 * {@link Console} converts what it read with the parameter's converter.
 *
 * @param <T> the value's type
 */
final class Param<T> {

    /** What kind of argument a parameter is. */
    enum Kind {
        /** An option with a value, such as {@code --as-of DATE}. */
        OPTION,
        /** An option without a value, such as {@code --wide}. */
        FLAG,
        /** A value by its position after the command, such as {@code timeline COUNTRY}. */
        POSITIONAL
    }

    private final Kind kind;
    private final String shortName;
    private final String name;
    private final String label;
    private final String description;
    private final Converters.Converter<T> converter;
    private final boolean required;
    private String defaultText;
    private T value;
    private String text;

    private Param(Kind kind, String shortName, String name, String label, String description,
                  Converters.Converter<T> converter, boolean required) {
        this.kind = kind;
        this.shortName = shortName;
        this.name = name;
        this.label = label;
        this.description = description;
        this.converter = converter;
        this.required = required;
    }

    static <T> Param<T> option(String name, String label, String description, Converters.Converter<T> converter) {
        return new Param<>(Kind.OPTION, null, name, label, description, converter, false);
    }

    static Param<Boolean> flag(String shortName, String name, String description) {
        Param<Boolean> flag = new Param<>(Kind.FLAG, shortName, name, null, description, null, false);
        flag.value = Boolean.FALSE;
        return flag;
    }

    static <T> Param<T> positional(String label, boolean required, String description,
                                   Converters.Converter<T> converter) {
        return new Param<>(Kind.POSITIONAL, null, label, label, description, converter, required);
    }

    /**
     * Gives the parameter a default, typed as a user would type it and read by its converter when the command
     * line does not give it; help shows it.
     *
     * @param text the default, as typed
     * @return this parameter
     */
    Param<T> withDefault(String text) {
        this.defaultText = text;
        return this;
    }

    Kind kind() {
        return kind;
    }

    /** The option's one-letter name, such as {@code h}, or null. */
    String shortName() {
        return shortName;
    }

    /** The option's long name without its dashes, such as {@code as-of}; a positional parameter's label. */
    String longName() {
        return kind == Kind.POSITIONAL ? name : name.substring(2);
    }

    /** How messages name it: {@code --as-of}, or a positional parameter's label. */
    String name() {
        return name;
    }

    /** What its value is called in help and messages, such as {@code DATE}; null for a flag. */
    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    /** The description help shows, with the default when there is one. */
    String help() {
        return defaultText == null ? description : description + " Default: " + defaultText + ".";
    }

    String defaultText() {
        return defaultText;
    }

    /**
     * Reads the text typed for this parameter (or its default) with its converter.
     *
     * @param typed the text
     * @throws Converters.BadValue when it does not read
     */
    void read(String typed) {
        this.value = converter.convert(typed);
        this.text = typed;
    }

    /** Sets a flag. */
    void set(T given) {
        this.value = given;
    }

    /** The value, or null when neither the command line nor a default gave one. */
    T get() {
        return value;
    }

    /** The text the value was read from, as typed, or null. */
    String text() {
        return text;
    }
}
