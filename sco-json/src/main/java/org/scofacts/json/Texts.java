package org.scofacts.json;

/**
 * Text from a file as it may appear in a one-line message: control characters escaped (so a title cannot
 * forge a line or colour a terminal) and long values cut, so a message stays short whatever the file holds.
 */
final class Texts {

    /** The longest value quoted in a message; longer values are cut with an ellipsis and their length. */
    static final int MAX_QUOTED = 80;

    /** The longest message; anything longer is cut. */
    static final int MAX_MESSAGE = 400;

    private Texts() {
    }

    /**
     * A value from the file in double quotes, escaped and cut.
     *
     * @param value the value
     * @return {@code "value"}, or {@code "first 80 characters…" (12345 characters)}
     */
    static String quoted(String value) {
        if (value.length() <= MAX_QUOTED) {
            return "\"" + escaped(value) + "\"";
        }
        return "\"" + escaped(value.substring(0, MAX_QUOTED)) + "\u2026\" (" + value.length() + " characters)";
    }

    /**
     * A value from the file without quotes (a number), escaped and cut.
     *
     * @param value the value
     * @return the value, or its first 80 characters, an ellipsis and its length
     */
    static String cut(String value) {
        return value.length() <= MAX_QUOTED ? escaped(value)
                : escaped(value.substring(0, MAX_QUOTED)) + "\u2026 (" + value.length() + " characters)";
    }

    /**
     * A whole message made safe for one line: control characters escaped, cut at {@link #MAX_MESSAGE}.
     *
     * @param message the message
     * @return one line of bounded length
     */
    static String oneLine(String message) {
        String text = message == null ? "" : escaped(message);
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "\u2026";
    }

    private static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
