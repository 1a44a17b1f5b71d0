package org.scofacts.demo.message;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The exit-code rule: {@value #BAD_INPUT} for bad input (an argument, a file or a JDBC URL the user typed wrong,
 * a malformed JSON file, a fact or summit the data does not hold), {@value #FAILED} for the environment (a
 * database that cannot be reached, an unknown host, a disk that cannot be written, an output that cannot take
 * the answer), {@value #DISAGREEMENT} when JPQL and the fluent API disagree, {@value #DIFFERENT} when
 * {@code diff --exit-code} finds differences, {@value #ANSWERED} otherwise; and which of these a file's failure is.
 */
public final class ExitCodes {

    /** Exit code: the question was answered. */
    public static final int ANSWERED = 0;
    /** Exit code: the environment failed (database unreachable, unknown host, disk not writable). */
    public static final int FAILED = 1;
    /** Exit code: bad input (arguments, files or URLs typed wrong, malformed files). */
    public static final int BAD_INPUT = 2;
    /** Exit code: JPQL and the fluent API disagree. */
    public static final int DISAGREEMENT = 3;
    /** Exit code of {@code diff --exit-code} when the datasets differ. */
    public static final int DIFFERENT = 4;

    /** The exit-code rule, as {@code --help} and README-demo.md state it. */
    public static final String RULE = "Exit codes: 0 answered; 2 bad input (an option, value, file or"
            + " JDBC URL typed wrong, a malformed JSON file, a fact or summit the data does not hold); 1 the"
            + " environment failed (database unreachable, unknown host, disk full or not writable, output"
            + " closed); 3 JPQL and the fluent API disagree; 4 diff --exit-code found differences.";

    private ExitCodes() {
    }

    /**
     * Whether a file that could not be read was named wrong (no such file, a directory) or is not text, rather
     * than the disk failing (permission denied, an input/output error ...).
     *
     * @param e the failure
     * @return true for bad input
     */
    public static boolean isBadInput(IOException e) {
        return e instanceof NoSuchFileException || e instanceof NotDirectoryException
                || e instanceof CharacterCodingException || isADirectory(e);
    }

    /**
     * Whether a file that could not be written was named wrong (in a directory that does not exist, or naming a
     * directory), rather than the disk failing (permission denied, read-only, full ...).
     *
     * @param file the file
     * @param e    the failure
     * @return true for bad input
     */
    public static boolean isBadOutput(Path file, IOException e) {
        Path parent = file.toAbsolutePath().getParent();
        return e instanceof NoSuchFileException && parent != null && !Files.exists(parent)
                || e instanceof NotDirectoryException || isADirectory(e);
    }

    /** A directory where a file was meant, a file where a directory was, or a name too long: typed wrong. */
    private static boolean isADirectory(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason != null && (reason.equalsIgnoreCase("Is a directory") || reason.equalsIgnoreCase("Not a directory")
                || reason.equalsIgnoreCase("File name too long"));
    }
}
