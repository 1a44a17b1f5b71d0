package org.scofacts.demo.message;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as the console shows them: long ones cut to {@value #VALUE_LIMIT} characters with their length noted,
 * control characters written as escapes ({@code \e}, {@code \n}, {@code \u0007}), so that no value, whether typed,
 * read from a file or taken from the dataset, can break a line, forge another one or drive the terminal.
 */
public final class Values {

    /** Values longer than this many characters are cut in messages. */
    public static final int VALUE_LIMIT = 80;

    /** H2 ends its messages with its error code and version, such as {@code [90062-240]}. */
    static final Pattern H2_CODE = Pattern.compile("\\s*\\[\\d+-\\d+]");
    /** A double-quoted span in a message: data from a file, such as a JSON value. */
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]{" + VALUE_LIMIT + ",}[^\"…])\"");

    private Values() {
    }

    /**
     * A value as a message shows it, in single quotes: whole when short, else its first {@value #VALUE_LIMIT}
     * characters, an ellipsis and its length, such as {@code 'aaaa…' (100000 characters)}.
     *
     * @param value the value
     * @return the value, quoted, cut and escaped
     */
    public static String quoted(String value) {
        return value.length() <= VALUE_LIMIT ? "'" + escaped(value) + "'"
                : "'" + escaped(head(value)) + "…' (" + length(value) + ")";
    }

    /**
     * A value shown without quotes, cut as {@link #quoted} cuts it: {@code aaaa… (100000 characters)}.
     *
     * @param value the value
     * @return the value, cut and escaped
     */
    public static String cut(String value) {
        return value.length() <= VALUE_LIMIT ? escaped(value) : escaped(head(value)) + "… (" + length(value) + ")";
    }

    /**
     * The text with every control character written as an escape: {@code \e} (escape), {@code \n}, {@code \r},
     * {@code \t}, and {@code \}{@code u} with four hex digits for the others (C0, DEL and C1).
     *
     * @param text the text
     * @return the text without control characters
     */
    public static String escaped(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            appendEscape(sb, c);
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Appends the escape of one control character.
     *
     * @param sb where to
     * @param c  a control character
     */
    public static void appendEscape(StringBuilder sb, char c) {
        switch (c) {
            case '\u001b' -> sb.append("\\e");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                String hex = Integer.toHexString(c);
                sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            }
        }
    }

    /** The first {@value #VALUE_LIMIT} characters, one fewer if the last would split a surrogate pair. */
    private static String head(String value) {
        int end = Character.isHighSurrogate(value.charAt(VALUE_LIMIT - 1)) ? VALUE_LIMIT - 1 : VALUE_LIMIT;
        return value.substring(0, end);
    }

    private static String length(String value) {
        return value.length() + " characters";
    }

    /**
     * A message as the console prints it: on one line, every value the user typed cut and escaped where it
     * appears (quoted or not), every long double-quoted value cut, no database error codes, and no control
     * character left raw.
     *
     * @param message the message
     * @param typed   what the user typed (the command line's arguments)
     * @return the message, one line
     */
    public static String tidy(String message, Collection<String> typed) {
        String m = H2_CODE.matcher(message).replaceAll("");
        List<String> longest = new ArrayList<>();
        for (String v : typed) {
            if (!longest.contains(v) && (v.length() > VALUE_LIMIT || !escaped(v).equals(v))) {
                longest.add(v);
            }
        }
        longest.sort(Comparator.comparingInt(String::length).reversed());
        for (String v : longest) {
            m = m.replace("'" + v + "'", quoted(v)).replace("\"" + v + "\"", "\"" + cutInQuotes(v))
                    .replace(v, cut(v));
        }
        Matcher q = DOUBLE_QUOTED.matcher(m);
        StringBuilder sb = new StringBuilder();
        while (q.find()) {
            q.appendReplacement(sb, Matcher.quoteReplacement("\"" + cutInQuotes(q.group(1))));
        }
        q.appendTail(sb);
        // Line breaks the message itself has (a driver's multi-line text) join the line; any other control
        // character, from a value nobody typed, is escaped.
        return escaped(sb.toString().replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** {@code value"} or {@code head…" (n characters)}: a double-quoted value's text after its opening quote. */
    private static String cutInQuotes(String value) {
        return value.length() <= VALUE_LIMIT ? escaped(value) + "\""
                : escaped(head(value)) + "…\" (" + length(value) + ")";
    }
}
