package org.scofacts.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.cli.AlreadySelectedException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.scofacts.data.ScoDataset;
import org.scofacts.demo.message.ExitCodes;
import org.scofacts.demo.message.Messages;
import org.scofacts.demo.message.Reasons;
import org.scofacts.demo.message.Values;
import org.scofacts.demo.persistence.DatabaseException;
import org.scofacts.json.DatasetJsonException;

/**
 * One run of the console: Commons CLI reads the root command's options up to the first word that is not one; that
 * word names the subcommand ({@link Commands}), whose own options Commons CLI reads from the rest. The values
 * read are converted into the commands' {@link Param}s, then the command runs. Bad input gets one line naming the
 * value and exit code 2; a failure one line and the exit code {@link #exitCode} gives; answers that could not be
 * written (a full disk, a closed pipe) one line and exit code 1.
 */
final class Console {

    private final Supplier<ScoDataset> data;
    private final Supplier<LocalDate> today;
    private final Environment environment;
    private Writer out;
    private Writer err;

    /**
     * A console over a dataset and a clock.
     *
     * @param data  the dataset, loaded when first needed
     * @param today       what "today" means, asked only by questions that default to today
     * @param environment environment variables and the terminal
     * @param out         standard output
     * @param err         standard error
     */
    Console(Supplier<ScoDataset> data, Supplier<LocalDate> today, Environment environment, Writer out, Writer err) {
        this.data = data;
        this.today = today;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Where the run prints its answers. */
    void setOut(Writer out) {
        this.out = out;
    }

    /** Where the run prints its errors. */
    void setErr(Writer err) {
        this.err = err;
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @return the exit code
     */
    int execute(String... args) {
        GuardedWriter answers = new GuardedWriter(out);
        // Standard output is flushed when the run ends rather than at every line: a 300-row table is 300 lines.
        PrintWriter printed = new PrintWriter(answers, false);
        PrintWriter errors = new PrintWriter(new GuardedWriter(err), true);
        Execution execution = new Execution(new RunContext(data, today, environment, printed, errors), args);
        int code = execution.run();
        printed.flush();
        IOException lost = answers.failure();
        if (lost != null && (code == ExitCodes.ANSWERED || code == ExitCodes.DIFFERENT)) {
            errors.println(Values.tidy(Messages.failure(execution.command.qualifiedName(),
                    Messages.cannotWriteStandardOutput(lost), false), Arrays.asList(args)));
            code = ExitCodes.FAILED;
        }
        errors.flush();
        return code;
    }

    /** One command line's reading and run. */
    private static final class Execution {

        private final RunContext run;
        private final String[] args;
        /** The command the line names: the root until a subcommand is read. */
        private CliCommand command;

        Execution(RunContext run, String[] args) {
            this.run = run;
            this.args = args;
            this.command = new TourCommand(run);
        }

        int run() {
            CliCommand root = command;
            try {
                CommandLine line = parse(root, args, 0);
                List<String> rest = line.getArgList();
                if (!rest.isEmpty() && !root.helpRequested() && !root.versionRequested()) {
                    String name = rest.get(0);
                    if (name.startsWith("-") && name.length() > 1) {
                        throw new UsageException("Unknown option: " + Values.quoted(name));
                    }
                    CliCommand asked = Commands.create(name, run);
                    if (asked == null) {
                        throw new UsageException(Messages.unknownCommand(name, String.join(", ", Commands.NAMES)));
                    }
                    command = asked;
                    line = parse(asked, args, args.length - rest.size() + 1);
                }
                if (command.helpRequested()) {
                    Help.print(command, command.isRoot() ? Commands.all(run) : List.of(), run.out());
                    return ExitCodes.ANSWERED;
                }
                if (command.versionRequested()) {
                    for (String l : Version.lines(run.sco().dataset())) {
                        run.out().println(l);
                    }
                    return ExitCodes.ANSWERED;
                }
                read(command, line, args);
                command.validate();
            } catch (ParseException e) {
                return badInput(problem(e), e);
            } catch (UsageException e) {
                return badInput(e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                return failed(e, root);
            }
            try {
                return command.call();
            } catch (UsageException e) {
                return badInput(e.getMessage(), e);
            } catch (RuntimeException e) {
                return failed(e, root);
            }
        }

        /** Bad input on the command line: one line naming the problem, exit code 2. */
        private int badInput(String problem, Exception e) {
            PrintWriter err = run.err();
            err.println(Values.tidy(Messages.usage(command.qualifiedName(), problem), Arrays.asList(args)));
            if (Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            return ExitCodes.BAD_INPUT;
        }

        /** A command that failed: one line, and the exit code {@link #exitCode} gives. */
        private int failed(Exception e, CliCommand root) {
            PrintWriter err = run.err();
            boolean debug = command.debug() || root.debug();
            err.println(Values.tidy(Messages.failure(command.qualifiedName(), describe(e), !debug && !known(e)),
                    Arrays.asList(args)));
            if (debug) {
                e.printStackTrace(err);
            }
            return exitCode(e);
        }
    }

    /**
     * Commons CLI's reading of the command's options in {@code args} from {@code from}; the root stops at the first
     * word that is not an option (the subcommand's name), a subcommand keeps such words as positional parameters.
     * Flags are set here, so that help and version can be answered before any value is converted.
     */
    private static CommandLine parse(CliCommand command, String[] args, int from) throws ParseException {
        DefaultParser parser = DefaultParser.builder().setAllowPartialMatching(false).get();
        CommandLine line = parser.parse(command.cliOptions(), Arrays.copyOfRange(args, from, args.length),
                command.isRoot());
        for (Param<?> p : command.options()) {
            if (p.kind() == Param.Kind.FLAG) {
                @SuppressWarnings("unchecked")
                Param<Boolean> flag = (Param<Boolean>) p;
                flag.set(line.hasOption(p.longName()));
            }
        }
        return line;
    }

    /** Converts the values Commons CLI read (or the defaults) into the command's parameters. */
    private static void read(CliCommand command, CommandLine line, String[] args) {
        for (Param<?> p : command.options()) {
            if (p.kind() != Param.Kind.OPTION) {
                continue;
            }
            String[] given = line.getOptionValues(p.longName());
            if (given != null && given.length > 1) {
                throw command.usage("option '" + p.name() + "' (" + p.label() + ") should be specified only once");
            }
            String typed = given != null ? given[0] : p.defaultText();
            if (typed != null) {
                try {
                    p.read(typed);
                } catch (Converters.BadValue e) {
                    throw new UsageException("Invalid value for option '" + p.name() + "': " + e.getMessage(), e);
                }
            }
        }
        List<Param<?>> positionals = command.positionals();
        List<String> words = line.getArgList();
        if (words.size() > positionals.size()) {
            List<String> unmatched = words.subList(positionals.size(), words.size());
            int index = indexOf(args, words, positionals.size());
            throw command.usage(unmatched.size() == 1
                    ? "Unmatched argument at index " + index + ": " + Values.quoted(unmatched.get(0))
                    : "Unmatched arguments from index " + index + ": " + String.join(", ",
                            unmatched.stream().map(Values::quoted).toList()));
        }
        for (int i = 0; i < positionals.size(); i++) {
            Param<?> p = positionals.get(i);
            if (i >= words.size()) {
                if (p.required()) {
                    throw command.usage("Missing required parameter: '" + p.label() + "'");
                }
                continue;
            }
            try {
                p.read(words.get(i));
            } catch (Converters.BadValue e) {
                throw new UsageException("Invalid value for positional parameter at index " + i + " ("
                        + p.label() + "): " + e.getMessage(), e);
            }
        }
    }

    /** Where the n-th of the words left over by Commons CLI stands in the whole command line. */
    private static int indexOf(String[] args, List<String> words, int n) {
        int w = 0;
        for (int i = 0; i < args.length; i++) {
            if (w < words.size() && args[i].equals(words.get(w))) {
                if (w == n) {
                    return i;
                }
                w++;
            }
        }
        return n;
    }

    /** What Commons CLI found wrong, in the words of the console's other messages. */
    private static String problem(ParseException e) {
        if (e instanceof UnrecognizedOptionException u) {
            return "Unknown option: " + Values.quoted(u.getOption());
        }
        if (e instanceof MissingArgumentException m) {
            return "Missing required parameter for option '--" + m.getOption().getLongOpt() + "' ("
                    + m.getOption().getArgName() + ")";
        }
        if (e instanceof MissingOptionException m) {
            List<String> names = new ArrayList<>();
            for (Object o : m.getMissingOptions()) {
                names.add("'--" + o + "'");
            }
            return "Missing required option: " + String.join(", ", names);
        }
        if (e instanceof AlreadySelectedException a && a.getOption() != null && a.getOptionGroup() != null) {
            return "'--" + a.getOption().getLongOpt() + "' and '--" + a.getOptionGroup().getSelected()
                    + "' exclude each other";
        }
        return Reasons.inWords(e.getMessage());
    }

    /**
     * The exit code for a failure, by the rule {@link ExitCodes} states: bad input 2, the environment 1, JPQL and
     * the fluent API disagreeing 3.
     */
    static int exitCode(Exception e) {
        if (e instanceof Disagreement) {
            return ExitCodes.DISAGREEMENT;
        }
        if (e instanceof Failure f) {
            return f.exitCode();
        }
        if (e instanceof DatabaseException d) {
            return d.isTypedWrong() ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
        }
        if (e instanceof DatasetJsonException || e instanceof NoSuchFact) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.FAILED;
    }

    private static boolean known(Exception e) {
        return e instanceof DatabaseException || e instanceof Disagreement
                || e instanceof NoSuchFact || e instanceof DatasetJsonException
                || e instanceof Failure;
    }

    private static String describe(Exception e) {
        if (known(e)) {
            return e.getMessage();
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return Reasons.inWords(e.getMessage());
        }
        return Messages.unexpected(e);
    }
}
