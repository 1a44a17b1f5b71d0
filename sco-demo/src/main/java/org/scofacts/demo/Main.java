package org.scofacts.demo;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetJsonException;
import org.scofacts.demo.persistence.DatabaseException;
import org.scofacts.model.Country;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/** {@code java -jar sco-demo.jar}: the console demo. */
public final class Main {

    /** Exit code when JPQL and the fluent API disagree. */
    static final int DISAGREEMENT = 3;

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
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            String name = failed.getCommandSpec().qualifiedName();
            err.println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
            if (Arrays.asList(args).contains("--debug")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            boolean debug = debugRequested(parseResult);
            err.println(failed.getCommandSpec().qualifiedName() + ": " + describe(ex)
                    + (debug || known(ex) ? "" : " (run with --debug for the stack trace)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            if (ex instanceof Disagreement) {
                return DISAGREEMENT;
            }
            return ex instanceof DatasetJsonException ? failed.getCommandSpec().exitCodeOnInvalidInput()
                    : failed.getCommandSpec().exitCodeOnExecutionException();
        });
        return cl;
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
                || e instanceof DatasetJsonException;
    }

    private static String describe(Exception e) {
        if (known(e) || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        return "unexpected " + e;
    }
}
