package org.scofacts.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetJsonException;
import org.scofacts.demo.message.Messages;
import org.scofacts.demo.persistence.DatabaseException;
import org.scofacts.model.Country;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code java -jar sco-demo.jar}: the console demo. */
public final class Main {

    /** The PostgreSQL driver logs URLs it cannot parse on standard error; the demo's one line says it instead. */
    private static final Logger PGJDBC = Logger.getLogger("org.postgresql");

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
        System.exit(commandLine(ScoDataset::bundled, Clock.systemDefaultZone()).execute(args));
    }

    /**
     * The demo's command line over a dataset and a clock, ready to {@code execute}; tests set its out and err.
     *
     * @param data  the dataset, loaded when first needed
     * @param clock what "today" means
     * @return the command line
     */
    static CommandLine commandLine(Supplier<ScoDataset> data, Clock clock) {
        PGJDBC.setLevel(Level.OFF);
        ScoDemo root = new ScoDemo(data, clock);
        CommandLine cl = new CommandLine(root);
        cl.getCommandSpec().versionProvider(new ScoDemo.Version(data));
        cl.registerConverter(LocalDate.class, new Converters.DateConverter());
        cl.registerConverter(Status.class, new Converters.EnumConverter<>(Status.class, "a status"));
        cl.registerConverter(Post.class, new Converters.EnumConverter<>(Post.class, "a post"));
        cl.registerConverter(DocumentKind.class, new Converters.EnumConverter<>(DocumentKind.class, "a document kind"));
        cl.registerConverter(Country.class, value -> {
            try {
                return root.sco().country(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        });
        cl.registerConverter(Integer.class, new Converters.IntegerConverter());
        cl.registerConverter(int.class, new Converters.IntegerConverter());
        cl.registerConverter(Path.class, new Converters.PathConverter());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(Messages.tidy(Messages.usage(failed.getCommandSpec().qualifiedName(), problem(ex)),
                    Arrays.asList(args)));
            if (Arrays.asList(args).contains("--debug")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return Messages.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            boolean debug = debugRequested(parseResult);
            err.println(Messages.tidy(Messages.failure(failed.getCommandSpec().qualifiedName(), describe(ex),
                    !debug && !known(ex)), parseResult.originalArgs()));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return exitCode(ex);
        });
        return cl;
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
