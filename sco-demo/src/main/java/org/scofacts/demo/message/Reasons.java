package org.scofacts.demo.message;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why something failed, in words: the most telling cause in a chain of exceptions, without Java class names,
 * database error codes or stack traces, for the lines {@link Messages} writes.
 */
public final class Reasons {

    /** A Java class name such as {@code java.nio.file.NoSuchFileException}, with a colon after it if any. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?::\\s*)?");

    private Reasons() {
    }

    /**
     * A message's first line in words: without Java class names or database error codes.
     *
     * @param message the message, or null
     * @return the words, or "no reason given"
     */
    public static String inWords(String message) {
        return words(message).orElse("no reason given");
    }

    /** The reason for a file failure, naming the file only when it is another one (such as its directory). */
    static String fileReason(IOException e, String file) {
        String words = ioWords(e);
        if (e instanceof FileSystemException f && f.getFile() != null && !f.getFile().equals(file)) {
            return Values.cut(f.getFile()) + ": " + words;
        }
        return words;
    }

    /**
     * An I/O failure in words, without the file: "no such file or directory", "permission denied" ...
     *
     * @param e the failure
     * @return the words
     */
    public static String ioWords(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return words(e.getMessage()).map(Reasons::lowerFirst).orElse("input/output error");
    }

    /**
     * Why something failed, in words: the most telling cause in the chain, without class names or codes.
     *
     * @param e the failure
     * @return the words
     */
    public static String reason(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof UnknownHostException u) {
                String host = Optional.ofNullable(u.getMessage()).orElse("").split(":")[0].strip();
                return host.isEmpty() ? "unknown host" : "unknown host " + Values.cut(host);
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof SocketTimeoutException) {
                return "timed out";
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException s && Optional.ofNullable(s.getSQLState()).orElse("").startsWith("28")) {
                return "user name or password refused";
            }
        }
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i) instanceof IOException io) {
                String file = io instanceof FileSystemException f && f.getFile() != null ? Values.cut(f.getFile()) + ": " : "";
                boolean creating = chain.subList(0, i).stream()
                        .anyMatch(t -> t instanceof SQLException s && Messages.isH2(s, 90062));
                return (creating ? "cannot create " : "") + file + ioWords(io);
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<String> words = words(chain.get(i).getMessage());
            if (words.isPresent()) {
                return words.get();
            }
        }
        return "no reason given";
    }

    /** A message's first line without class names or H2 codes, if anything is left. */
    static Optional<String> words(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String line = message.lines().findFirst().orElse("");
        String clean = CLASS_NAME.matcher(Values.H2_CODE.matcher(line).replaceAll("")).replaceAll("").strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
