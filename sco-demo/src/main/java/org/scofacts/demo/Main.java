package org.scofacts.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetJsonException;
import org.scofacts.demo.message.Messages;
import org.scofacts.demo.persistence.DatabaseException;
import org.scofacts.model.Country;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code java -jar sco-demo.jar}: the console demo. */
public final class Main {

    /** The system property naming the picocli built-in converters not to register. */
    private static final String PICOCLI_EXCLUDES = "picocli.converters.excludes";

    private Main() {
    }

    /**
     * Runs the demo and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate logs through jboss-logging: route it to slf4j-simple, which prints WARN and above only.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        System.exit(commandLine(new BundledData(), new SystemToday(), args).execute(args));
    }

    /**
     * The demo's command line with every subcommand, over a dataset and a clock, ready to {@code execute};
     * tests set its out and err.
     *
     * @param data  the dataset, loaded when first needed
     * @param clock what "today" means
     * @return the command line
     */
    static CommandLine commandLine(Supplier<ScoDataset> data, Clock clock) {
        return commandLine(data, new ClockToday(clock), new String[0]);
    }

    /**
     * The demo's command line for these arguments, as {@link #main} builds it, over a dataset and a clock.
     *
     * @param data  the dataset, loaded when first needed
     * @param clock what "today" means
     * @param args  the arguments it will be run with
     * @return the command line
     */
    static CommandLine commandLine(Supplier<ScoDataset> data, Clock clock, String... args) {
        return commandLine(data, new ClockToday(clock), args);
    }

    /**
     * The demo's command line for these arguments. When they start with a subcommand's name, only that
     * subcommand is added: picocli builds the model of a command by reflection over its annotations, and
     * building all eleven cost a question most of its start-up. A subcommand parses, answers, helps and fails
     * the same way with or without its siblings (ConsoleTest checks it for each); anything else (the tour,
     * {@code --help}, an unknown command, an option before the command) gets every subcommand.
     */
    private static CommandLine commandLine(Supplier<ScoDataset> data, Supplier<LocalDate> today, String[] args) {
        // picocli registers converters for java.sql and java.time types by reflection in every command's
        // CommandLine, loading and initialising those classes; the demo has converters of its own for the two
        // such types it reads (LocalDate, Path) and no option of any other.
        if (System.getProperty(PICOCLI_EXCLUDES) == null) {
            System.setProperty(PICOCLI_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*,java\\.nio\\.file\\.Path");
        }
        ScoDemo root = new ScoDemo(data, today);
        CommandLine cl = new CommandLine(root);
        Object asked = args.length > 0 ? ScoDemo.command(args[0]) : null;
        if (asked != null) {
            cl.addSubcommand(asked);
        } else {
            for (String name : ScoDemo.COMMANDS) {
                cl.addSubcommand(ScoDemo.command(name));
            }
        }
        // Converters reach the subcommands there are when they are registered: register them after adding those.
        cl.getCommandSpec().versionProvider(new ScoDemo.Version(data));
        cl.registerConverter(LocalDate.class, new Converters.DateConverter());
        cl.registerConverter(Status.class, new Converters.EnumConverter<>(Status.class, "a status"));
        cl.registerConverter(Post.class, new Converters.EnumConverter<>(Post.class, "a post"));
        cl.registerConverter(DocumentKind.class, new Converters.EnumConverter<>(DocumentKind.class, "a document kind"));
        cl.registerConverter(Country.class, new CountryConverter(root));
        cl.registerConverter(Integer.class, new Converters.IntegerConverter());
        cl.registerConverter(int.class, new Converters.IntegerConverter());
        cl.registerConverter(Path.class, new Converters.PathConverter());
        cl.setParameterExceptionHandler(new BadInput());
        cl.setExecutionExceptionHandler(new Failed());
        return cl;
    }

    /** The bundled dataset. (Classes rather than lambdas here: the JVM's first lambda costs a few milliseconds.) */
    private static final class BundledData implements Supplier<ScoDataset> {
        @Override
        public ScoDataset get() {
            return ScoDataset.bundled();
        }
    }

    /**
     * Today in the system's time zone. {@code LocalDate.now()} would load the java.time zone rules database for
     * this, tens of milliseconds of a question's start-up; the JDK's {@link TimeZone} gives the same offset.
     */
    private static final class SystemToday implements Supplier<LocalDate> {
        private static final long MILLIS_PER_DAY = 86_400_000L;

        @Override
        public LocalDate get() {
            long now = System.currentTimeMillis();
            return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), MILLIS_PER_DAY));
        }
    }

    /** Today by a clock, for tests. */
    private static final class ClockToday implements Supplier<LocalDate> {
        private final Clock clock;

        ClockToday(Clock clock) {
            this.clock = clock;
        }

        @Override
        public LocalDate get() {
            return LocalDate.now(clock);
        }
    }

    /** A country by any name the fluent API knows. */
    private static final class CountryConverter implements ITypeConverter<Country> {
        private final ScoDemo root;

        CountryConverter(ScoDemo root) {
            this.root = root;
        }

        @Override
        public Country convert(String value) {
            try {
                return root.sco().country(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Bad input on the command line: one line naming the problem, exit code 2. */
    private static final class BadInput implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(Messages.tidy(Messages.usage(failed.getCommandSpec().qualifiedName(), problem(ex)),
                    Arrays.asList(args)));
            if (Arrays.asList(args).contains("--debug")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return Messages.BAD_INPUT;
        }
    }

    /** A command that failed: one line, and the exit code {@link #exitCode} gives. */
    private static final class Failed implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine failed, ParseResult parseResult) {
            PrintWriter err = failed.getErr();
            boolean debug = debugRequested(parseResult);
            err.println(Messages.tidy(Messages.failure(failed.getCommandSpec().qualifiedName(), describe(ex),
                    !debug && !known(ex)), parseResult.originalArgs()));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return exitCode(ex);
        }
    }

    /**
     * The exit code for a failure, by the rule {@link Messages} states: bad input 2, the environment 1, JPQL and
     * the fluent API disagreeing 3.
     */
    static int exitCode(Exception e) {
        if (e instanceof Disagreement) {
            return Messages.DISAGREEMENT;
        }
        if (e instanceof Failure f) {
            return f.exitCode();
        }
        if (e instanceof DatabaseException d) {
            return d.isTypedWrong() ? Messages.BAD_INPUT : Messages.FAILED;
        }
        if (e instanceof DatasetJsonException || e instanceof NoSuchFact) {
            return Messages.BAD_INPUT;
        }
        return Messages.FAILED;
    }

    /** What went wrong in parsing; an unknown command is named as one, with the commands there are. */
    private static String problem(ParameterException ex) {
        CommandLine failed = ex.getCommandLine();
        if (ex instanceof UnmatchedArgumentException u && !failed.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            return Messages.unknownCommand(u.getUnmatched().get(0),
                    String.join(", ", failed.getSubcommands().keySet()));
        }
        return ex.getMessage();
    }

    private static boolean debugRequested(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(Exception e) {
        return e instanceof DatabaseException || e instanceof Disagreement || e instanceof NoSuchFact
                || e instanceof DatasetJsonException || e instanceof Failure;
    }

    private static String describe(Exception e) {
        if (known(e)) {
            return e.getMessage();
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return Messages.inWords(e.getMessage());
        }
        return Messages.unexpected(e);
    }
}
