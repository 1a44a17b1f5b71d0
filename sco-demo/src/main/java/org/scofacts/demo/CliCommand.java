package org.scofacts.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.cli.Option;

/**
 * A command of the console: its name and description, the options and positional parameters it declares, and
 * what it does. A subclass declares each parameter as a field ({@code final Param<LocalDate> asOf = option(...)}),
 * in the order help lists them; options several commands share are declared by the classes in {@link Options}.
 * The console reads the command line with Commons CLI into these parameters, then calls {@link #call}. What the
 * command works with (the dataset, today, where to print) is handed to it as its {@link RunContext}.
 */
abstract class CliCommand {

    /** The program's name, which is also the root command's. */
    static final String PROGRAM = "sco-demo";

    /** The dataset, today and where to print, for this run. */
    final RunContext run;
    private final String name;
    private final List<String> description;
    private final List<Param<?>> params = new ArrayList<>();
    private final Param<Boolean> help = Param.flag("h", "--help", "Show this help message and exit.");
    private final Param<Boolean> version = Param.flag("V", "--version", "Print version information and exit.");

    /**
     * A command.
     *
     * @param run         the run it belongs to
     * @param name        its name, as typed after {@code sco-demo}; {@link #PROGRAM} for the root
     * @param description its description, one paragraph per element
     */
    CliCommand(RunContext run, String name, String... description) {
        this.run = run;
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
        return isRoot() ? name : PROGRAM + " " + name;
    }

    /** Whether this is the root command, {@code sco-demo} itself, which stops reading options at a subcommand. */
    boolean isRoot() {
        return name.equals(PROGRAM);
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

    /** The command's options as Commons CLI takes them, for reading the command line and for help. */
    org.apache.commons.cli.Options cliOptions() {
        org.apache.commons.cli.Options options = new org.apache.commons.cli.Options();
        for (Param<?> p : options()) {
            Option.Builder option = Option.builder(p.shortName()).longOpt(p.longName()).desc(p.help());
            if (p.kind() == Param.Kind.OPTION) {
                option.hasArg().argName(p.label());
            }
            options.addOption(option.get());
        }
        return options;
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
        return new UsageException(problem);
    }
}
