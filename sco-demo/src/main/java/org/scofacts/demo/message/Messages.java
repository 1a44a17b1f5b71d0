package org.scofacts.demo.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The demo's error messages, in words.
 *
 * <p>Every message is one line: the command, the value (cut and escaped by {@link Values}) and the reason in
 * words, never a Java class name, a database's error code or a stack trace. Which exit code goes with a message
 * is {@link ExitCodes}' rule.
 */
public final class Messages {

    private static final String DEBUG_HINT = " (run with --debug for the stack trace)";

    private Messages() {
    }

    // ---- the console's lines ----

    /**
     * The line for bad input that parsing found: the command, the problem, and where to read more.
     *
     * @param command the command's qualified name, such as {@code sco-demo members}
     * @param problem what is wrong, naming the value
     * @return the line
     */
    public static String usage(String command, String problem) {
        return command + ": " + problem + " (see '" + command + " --help')";
    }

    /**
     * The line for a failure while running a command.
     *
     * @param command  the command's qualified name
     * @param problem  what went wrong, naming the value
     * @param hintDebug whether to say that {@code --debug} shows the stack trace
     * @return the line
     */
    public static String failure(String command, String problem, boolean hintDebug) {
        return command + ": " + problem + (hintDebug ? DEBUG_HINT : "");
    }

    /**
     * What the console says about a failure it did not foresee: the reason in words, no class name.
     *
     * @param e the failure
     * @return the problem, for {@link #failure}
     */
    public static String unexpected(Throwable e) {
        return "unexpected failure: " + Reasons.reason(e);
    }

    // ---- values people type ----

    /**
     * A command that does not exist.
     *
     * @param value    what the user typed
     * @param commands the commands there are, comma-separated
     * @return the problem
     */
    public static String unknownCommand(String value, String commands) {
        return "unknown command " + Values.quoted(value) + ": expected one of " + commands;
    }

    /**
     * A value that is not a date.
     *
     * @param value the value
     * @return the problem
     */
    public static String notADate(String value) {
        return Values.quoted(value) + " is not a date: expected yyyy-MM-dd, such as 2024-07-04";
    }

    /**
     * A value that is not one of an enum's constants.
     *
     * @param value the value
     * @param noun  what it should be, such as "a status"
     * @param valid the valid values, comma-separated
     * @return the problem
     */
    public static String notOneOf(String value, String noun, String valid) {
        return Values.quoted(value) + " is not " + noun + ": expected one of " + valid;
    }

    /**
     * A value that is not a whole number.
     *
     * @param value the value
     * @return the problem
     */
    public static String notANumber(String value) {
        return Values.quoted(value) + " is not a whole number, such as 24";
    }

    /**
     * A value that is not a file path.
     *
     * @param value  the value
     * @param reason why, in words
     * @return the problem
     */
    public static String notAPath(String value, String reason) {
        return Values.quoted(value) + " is not a file path: " + Reasons.lowerFirst(reason);
    }

    /**
     * A fact identifier the dataset does not hold, with similar ones and the command that lists them all.
     *
     * @param fact    what the user typed
     * @param similar identifiers like it, possibly none
     * @return the problem
     */
    public static String noSuchFact(String fact, List<String> similar) {
        return "Invalid value for positional parameter 'FACT': no fact " + Values.quoted(fact) + " in the dataset"
                + (similar.isEmpty() ? "" : "; similar: " + String.join(", ", similar))
                + "; 'sco-demo sources --facts' lists every fact";
    }

    /**
     * A summit number the dataset does not record, with the numbers it does, runs written as ranges.
     *
     * @param number   what the user typed
     * @param version  the data version
     * @param recorded the numbers recorded, in any order
     * @return the problem
     */
    public static String noSuchSummit(int number, String version, Collection<Integer> recorded) {
        List<Integer> sorted = recorded.stream().distinct().sorted().toList();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            runs.add(j == i ? String.valueOf(sorted.get(i)) : sorted.get(i) + "-" + sorted.get(j));
            i = j + 1;
        }
        return "no summit numbered " + number + " in data version " + version + " (it records summits "
                + (runs.isEmpty() ? "none" : String.join(", ", runs)) + ")";
    }

    // ---- files ----

    /**
     * A file that cannot be written, and why: "no such directory", "is a directory", "permission denied", "no space
     * left on device" ...
     *
     * @param file the file
     * @param e    why
     * @return the problem
     */
    public static String cannotWrite(Path file, IOException e) {
        Path parent = file.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && parent != null) {
            return "cannot write " + Values.cut(file.toString()) + ": " + (Files.exists(parent) ? "cannot create a file in "
                    : "no such directory ") + Values.cut(parent.toString());
        }
        // The reason alone: the file named in the failure may be the temporary one written beside the file.
        return "cannot write " + Values.cut(file.toString()) + ": " + Reasons.ioWords(e);
    }

    /**
     * Standard output that cannot take the answer: a full disk, a closed pipe or descriptor.
     *
     * @param e why
     * @return the problem
     */
    public static String cannotWriteStandardOutput(IOException e) {
        return "cannot write to standard output: " + Reasons.ioWords(e);
    }

    /**
     * A file that cannot be read.
     *
     * @param file the file
     * @param e    why
     * @return the problem
     */
    public static String cannotRead(Path file, IOException e) {
        return Values.cut(file.toString()) + ": " + (e instanceof NoSuchFileException ? "no such file"
                : Reasons.fileReason(e, file.toString()));
    }

    // ---- databases ----

    /**
     * A JDBC URL that does not have the form {@code jdbc:<driver>:<database>}.
     *
     * @param url the URL
     * @return the problem
     */
    public static String malformedUrl(String url) {
        return "malformed JDBC URL " + Values.quoted(url) + ": expected jdbc:<driver>:<database>, such as jdbc:h2:mem:sco"
                + " or jdbc:postgresql://localhost:5432/sco";
    }

    /**
     * A JDBC URL that no bundled driver accepts.
     *
     * @param url the URL
     * @return the problem
     */
    public static String noDriver(String url) {
        return "no JDBC driver accepts " + Values.quoted(url) + ": this demo bundles H2 (jdbc:h2:...) and PostgreSQL"
                + " (jdbc:postgresql://host:port/database)";
    }

    /**
     * A JDBC URL its driver refused to parse.
     *
     * @param url    the URL
     * @param reason why, in words
     * @return the problem
     */
    public static String urlRefused(String url, String reason) {
        return "malformed JDBC URL " + Values.quoted(url) + ": " + reason;
    }

    /**
     * A database the demo cannot connect to or open.
     *
     * @param target the URL (and user) of the database
     * @param cause  why
     * @return the problem
     */
    public static String cannotConnect(String target, Throwable cause) {
        return "cannot connect to " + Values.cut(target) + ": " + Reasons.reason(cause);
    }

    /**
     * A database where the demo's tables cannot be set up.
     *
     * @param target the database
     * @param cause  why
     * @return the problem
     */
    public static String cannotSetUp(String target, Throwable cause) {
        return "cannot set up the SCO tables in " + Values.cut(target) + ": " + Reasons.reason(cause);
    }

    /**
     * A database the dataset cannot be written to.
     *
     * @param target the database
     * @param cause  why
     * @return the problem
     */
    public static String cannotSave(String target, Throwable cause) {
        return "cannot write the dataset to " + Values.cut(target) + ", nothing was written: " + Reasons.reason(cause);
    }

    /**
     * A database the dataset cannot be read from.
     *
     * @param target the database
     * @param cause  why
     * @return the problem
     */
    public static String cannotLoad(String target, Throwable cause) {
        return "cannot read the dataset from " + Values.cut(target) + ": " + Reasons.reason(cause);
    }

    /**
     * An export that was written but cannot be read back.
     *
     * @param target the database
     * @param cause  why, with the message {@link #cannotLoad} or {@link #notOneDataset} gave
     * @return the problem
     */
    public static String cannotReadBack(String target, Throwable cause) {
        return "wrote the dataset to " + Values.cut(target) + ", but reading it back failed: "
                + (cause.getCause() == null ? cause.getMessage() : Reasons.reason(cause.getCause()));
    }

    /**
     * A database whose tables do not hold exactly one dataset.
     *
     * @param target the database
     * @param count  how many they hold
     * @return the problem
     */
    public static String notOneDataset(String target, int count) {
        return Values.cut(target) + " holds " + count + " datasets, expected 1";
    }

    /**
     * A database server that asked for a password none was given for.
     *
     * @param target   the URL (and user) of the database
     * @param withUser whether a user name was given
     * @return the problem
     */
    public static String passwordWanted(String target, boolean withUser) {
        return "cannot connect to " + Values.cut(target) + ": the server wants a " + (withUser ? "" : "user name and a ")
                + "password (give " + (withUser ? "" : "--user and ") + "--password)";
    }

    /**
     * A database server that did not answer in time.
     *
     * @param target  the URL (and user) of the database
     * @param timeout how long the demo waited
     * @return the problem
     */
    public static String noAnswer(String target, Duration timeout) {
        return "cannot connect to " + Values.cut(target) + ": no answer within " + timeout.toSeconds()
                + " s (a server that accepts connections but does not answer; --db-timeout sets the wait)";
    }

    /**
     * Whether a database refused to connect because no password was given (PostgreSQL's state 08004 with the
     * driver's "no password was provided").
     *
     * @param e the failure
     * @return true when a password is missing
     */
    public static boolean isMissingPassword(SQLException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse("");
        return "08004".equals(e.getSQLState()) && message.contains("no password was provided");
    }

    /**
     * Whether a database failure is a server that did not answer in time.
     *
     * @param e the failure
     * @return true for a timeout
     */
    public static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketTimeoutException
                    || Optional.ofNullable(t.getMessage()).orElse("").contains("Connection attempt timed out")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a database failure means the user typed the URL or the credentials wrong: the driver could not
     * parse the URL, or refused the user name or password.
     *
     * @param e the failure
     * @return true for bad input
     */
    public static boolean isTypedWrong(SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String message = Optional.ofNullable(e.getMessage()).orElse("");
        return state.startsWith("28") || message.startsWith("Unable to parse URL")
                || isH2(e, 90011) || isH2(e, 90046) || isH2(e, 90113);
    }

    /**
     * Why a JDBC URL its driver refused is wrong, in words.
     *
     * @param e the driver's refusal
     * @return the words
     */
    public static String urlProblem(SQLException e) {
        if (isH2(e, 90011)) {
            return "an H2 file path must be absolute or start with ./ or ~/";
        }
        if (isH2(e, 90113)) {
            return Reasons.words(e.getMessage()).map(Reasons::lowerFirst).orElse("an unsupported setting");
        }
        return "the driver cannot parse it (check the host, the port and the database name)";
    }

    static boolean isH2(SQLException e, int code) {
        return e.getErrorCode() == code && e.getClass().getName().startsWith("org.h2.");
    }
}
