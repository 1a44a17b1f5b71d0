package org.scofacts.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A command of the console: its name and description, the options and positional parameters it declares, and
 * what it does. A subclass declares each parameter as a field ({@code final Param<LocalDate> asOf = option(...)}),
 * in the order help lists them; options several commands share are declared by the classes in {@link Options}.
 * {@link Console} reads the command line with Commons CLI into these parameters, then calls {@link #call}.
 */
abstract class CliCommand {

    private final String name;
    private final List<String> description;
    private final List<Param<?>> params = new ArrayList<>();
    private final Param<Boolean> help = Param.flag("h", "--help", "Show this help message and exit.");
    private final Param<Boolean> version = Param.flag("V", "--version", "Print version information and exit.");

    /** The root command: {@code this} for the root, set by {@link #attach} for a subcommand. */
    private ScoDemo root;

    /**
     * A command.
     *
     * @param name        its name, as typed after {@code sco-demo}; {@code sco-demo} for the root
     * @param description its description, one paragraph per element
     */
    CliCommand(String name, String... description) {
        this.name = name;
        this.description = List.of(description);
    }

    // ---- declaring parameters ----

    /** Declares an option that takes a value. */
    final <T> Param<T> option(String option, String label, String text, Converters.Converter<T> converter) {
        return add(Param.option(option, label, text, converter));
    }

    /** Declares an option without a value, false unless given. */
    final Param<Boolean> flag(String option, String text) {
        return add(Param.flag(null, option, text));
    }

    /** Declares the next positional parameter. */
    final <T> Param<T> parameter(String label, boolean required, String text, Converters.Converter<T> converter) {
        return add(Param.positional(label, required, text, converter));
    }

    private <T> Param<T> add(Param<T> param) {
        params.add(param);
        return param;
    }

    // ---- what the console reads ----

    String name() {
        return name;
    }

    /** The name messages and help give it, such as {@code sco-demo members}. */
    String qualifiedName() {
        return this instanceof ScoDemo ? name : "sco-demo " + name;
    }

    List<String> description() {
        return description;
    }

    /** The declared options, in declaration order, then {@code --help} and {@code --version}. */
    List<Param<?>> options() {
        List<Param<?>> options = new ArrayList<>();
        for (Param<?> p : params) {
            if (p.kind() != Param.Kind.POSITIONAL) {
                options.add(p);
            }
        }
        options.add(help);
        options.add(version);
        return Collections.unmodifiableList(options);
    }

    /** The declared positional parameters, in order. */
    List<Param<?>> positionals() {
        List<Param<?>> positionals = new ArrayList<>();
        for (Param<?> p : params) {
            if (p.kind() == Param.Kind.POSITIONAL) {
                positionals.add(p);
            }
        }
        return positionals;
    }

    boolean helpRequested() {
        return help.get();
    }

    boolean versionRequested() {
        return version.get();
    }

    /** Whether {@code --debug} was given to this command. */
    abstract boolean debug();

    // ---- running ----

    /** Makes this subcommand part of the root's run. */
    final void attach(ScoDemo root) {
        this.root = root;
    }

    /** The root command, which holds the dataset, the clock and the console's output. */
    final ScoDemo root() {
        return this instanceof ScoDemo demo ? demo : root;
    }

    /** Checks the arguments that parsing alone cannot, before any database is touched. */
    void validate() {
    }

    /**
     * Does what the command is for.
     *
     * @return the exit code
     */
    abstract int call();

    /**
     * Bad input this command found in its arguments: told as a usage error, exit code 2.
     *
     * @param problem what is wrong, naming the value
     * @return the exception to throw
     */
    final UsageException usage(String problem) {
        return new UsageException(this, problem);
    }
}
