package org.scofacts.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * The bounds of a read and the one-line messages for breaking them. Jackson's own limits (nesting, text,
 * number and name lengths, document length) are set far above anything a real dataset has and far below
 * what would cost memory or time; the input stream is cut at {@link DatasetJson#MAX_DOCUMENT_BYTES}, so
 * {@code /dev/zero} or an endless pipe ends at once. Jackson's messages are turned into ours, naming the
 * JSON path and never a Java type.
 */
final class JsonLimits {

    static final int MAX_NESTING = 16;
    static final int MAX_TEXT = 100_000;
    static final int MAX_NUMBER = 64;
    static final int MAX_NAME = 256;

    private JsonLimits() {
    }

    static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_TEXT)
                        .maxNumberLength(MAX_NUMBER)
                        .maxNameLength(MAX_NAME)
                        .maxDocumentLength(DatasetJson.MAX_DOCUMENT_BYTES)
                        .build())
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(Texts.MAX_QUOTED).maxRawContentLength(Texts.MAX_QUOTED).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    static String tooLarge() {
        return "not read: larger than " + DatasetJson.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB, the most a"
                + " dataset file may hold";
    }

    /** The stream, ending in an error once it has given more bytes than a document may have. */
    static InputStream bounded(InputStream in) {
        return new FilterInputStream(in) {
            private long left = DatasetJson.MAX_DOCUMENT_BYTES + 1L;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, (int) Math.min(length, left));
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                left -= n;
                if (left <= 0) {
                    throw new TooLarge();
                }
            }
        };
    }

    /** Refuses a second document, or anything but white space, after the first. */
    static void nothingAfter(JsonParser p) {
        TokenStreamLocation end = p.currentLocation();
        try {
            if (p.nextToken() == null) {
                return;
            }
        } catch (StreamConstraintsException e) {
            throw translate(e, p);
        } catch (JacksonException e) {
            // garbage after the document: say so, rather than what the parser expected of it
        }
        throw new DatasetJsonException("not JSON: unexpected content after the end of the document" + at(end));
    }

    /**
     * Jackson's refusal as one of our lines: what is wrong, where (JSON path, line, column), nothing else.
     *
     * @param e      Jackson's exception
     * @param parser the parser that read the file, or null if it was not made
     * @return the exception to throw
     * @throws UncheckedIOException if the stream itself failed, which is the caller's to report
     */
    static DatasetJsonException translate(JacksonException e, JsonParser parser) {
        if (e.getCause() instanceof TooLarge) {
            return new DatasetJsonException(tooLarge(), e);
        }
        if (e.getCause() instanceof IOException cause) {
            throw new UncheckedIOException(cause);
        }
        String path = parser == null ? "" : path(parser.streamReadContext().pathAsPointer());
        String where = (path.isEmpty() ? "" : " at " + path)
                + at(e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation());
        if (e instanceof StreamConstraintsException) {
            return new DatasetJsonException("not read: " + limit(e.getOriginalMessage()) + where, e);
        }
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        if (message.startsWith("Invalid UTF-8")) {
            return new DatasetJsonException("not UTF-8 text" + where, e);
        }
        if (message.startsWith("Duplicate Object property ")) {
            return new DatasetJsonException("not JSON: duplicate field "
                    + message.substring("Duplicate Object property ".length()) + where, e);
        }
        return new DatasetJsonException("not JSON: " + message + where, e);
    }

    /** Which limit: Jackson's messages name its configuration class, ours name the limit. */
    private static String limit(String message) {
        String m = String.valueOf(message);
        if (m.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER + " characters";
        }
        if (m.startsWith("String value length")) {
            return "a text longer than " + MAX_TEXT + " characters";
        }
        if (m.startsWith("Document nesting depth")) {
            return "nested deeper than " + MAX_NESTING + " levels";
        }
        if (m.startsWith("Name length")) {
            return "a field name longer than " + MAX_NAME + " characters";
        }
        if (m.startsWith("Document length")) {
            return "larger than " + DatasetJson.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB";
        }
        return "beyond the limits of a dataset file";
    }

    /** {@code /facts/17/place/city} as {@code facts[17].place.city}. */
    static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(Texts.cut(p.getMatchingProperty()));
            }
        }
        return path.toString();
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Why a file could not be read, in words and without the exception's class. */
    static String reason(Exception e) {
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return cause.getMessage() == null ? "input error" : cause.getMessage();
    }

    /** The stream gave more than a document may have. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("larger than " + DatasetJson.MAX_DOCUMENT_BYTES + " bytes");
        }
    }
}
