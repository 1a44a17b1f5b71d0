package org.scofacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.scofacts.data.ScoDataset;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole dataset as one JSON document, and back, through Jackson's binding and {@link ScoJsonModule}:
 *
 * <pre>{@code
 * {"formatVersion": 1, "version": "2026.11.2", "checkedThrough": "2026-11-29",
 *  "countries": [{"alpha2": "CN", "alpha3": "CHN", "shortName": ..., "officialName": ..., "aliases": [...],
 *                 "isoNumeric": 156, "wikidataId": "Q148", "cowCode": {"code": 710, "abbreviation": "CHN"},
 *                 "localNames": [{"language": "ru", "name": ..., "source": "..."}] (only where recorded)}, ...],
 *  "sources":   [{"id": "seed-000", "kind": "OFFICIAL", "title": ..., "publisher": ..., "published": "2001-06",
 *                 "url": "https://...", "note": ""}, ...],
 *  "facts":     [{"family": "StatusPeriod", "id": "...", "country": "IN", "status": "MEMBER_STATE",
 *                 "period": "2017-06-09/..", "grantedBy": ..., "decidedAt": "chs-17", "sources": ["seed-000"]}, ...]}
 * }</pre>
 *
 * <p>Every record (fact, country, source, place, claim) is an object of its components by name, in
 * declaration order, a fact's {@code family} first and its {@code sources} last. Days are ISO text, dates of
 * month or year precision {@code 2005-07} or {@code 2005}, date ranges their ISO interval text
 * ({@code 2005-07/2023-07-04}, {@code 2023-07-04/..}), enum constants their names, figures' values decimal
 * text keeping their scale ({@code "2.3E+13"}, {@code "10.50"}); an empty optional is an absent field (null
 * is read as absent too), a list a JSON array (read as empty when absent). Facts refer to countries by
 * alpha-2 code, to sources and meetings by identifier. The JSON Schema of the file is
 * {@code org/scofacts/json/sco-dataset.schema.json} in this jar.
 *
 * <p>Reading is strict and bounded: at most {@link #MAX_DOCUMENT_BYTES} bytes, nesting, text and number
 * lengths limited, a repeated field, a second document or anything after the first refused, a field no
 * record has refused, a figure's value limited to what a figure holds; and a newer {@code formatVersion}
 * than {@link #FORMAT_VERSION} is refused. Every refusal is a {@link DatasetJsonException} whose message is
 * one line naming where in the file the problem is. {@link #read(String)} builds the dataset through
 * {@link ScoDataset#builder()}, so a file that reads is also a valid dataset.
 *
 * @since 0.1.0
 */
public final class DatasetJson {

    /**
     * The format version this library writes and the newest it reads: the {@code formatVersion} field of
     * the file. A file without the field has the first format's layout.
     */
    public static final int FORMAT_VERSION = 1;

    /** The largest document read, in bytes: 32 MiB, about 150 times the bundled dataset's export. */
    public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

    static final String FORMAT_VERSION_FIELD = "formatVersion";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonLimits.factory())
            .addModule(new ScoJsonModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .disable(DeserializationFeature.WRAP_EXCEPTIONS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // JsonLimits.nothingAfter says it in our words
            .disable(SerializationFeature.WRAP_EXCEPTIONS)
            .build();

    private DatasetJson() {
    }

    /**
     * The JSON Schema (draft 2020-12) of the file {@link #write(ScoDataset)} writes, as shipped in this jar
     * ({@code org/scofacts/json/sco-dataset.schema.json}): every record's fields, which are required, the
     * enum constants and the text forms of dates, ranges, codes and decimals. What a schema cannot say (that
     * a code names one of the file's countries, that the dataset is valid) {@link #read(String)} checks.
     *
     * @return the schema's text
     */
    public static String schema() {
        try (InputStream in = DatasetJson.class.getResourceAsStream("sco-dataset.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("sco-dataset.schema.json is missing from the sco-json jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a dataset as indented JSON.
     *
     * @param data the dataset
     * @return the JSON text, ending with a line break
     */
    public static String write(ScoDataset data) {
        return MAPPER.writeValueAsString(java.util.Objects.requireNonNull(data, "data")) + System.lineSeparator();
    }

    /**
     * Reads a dataset that {@link #write(ScoDataset)} wrote, or a file edited to the same layout.
     *
     * @param json the JSON text
     * @return the dataset, validated
     * @throws DatasetJsonException with a one-line message naming where in the file the problem is, if the
     *                              text is not JSON, is larger than the limits, does not follow the layout,
     *                              or is not a valid dataset
     */
    public static ScoDataset read(String json) {
        java.util.Objects.requireNonNull(json, "json");
        if (json.length() > MAX_DOCUMENT_BYTES) {
            throw new DatasetJsonException(JsonLimits.tooLarge());
        }
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads a dataset from a JSON file, as {@link #read(String)} does, reading no more of the file than the
     * limit allows.
     *
     * @param file the file, in UTF-8
     * @return the dataset, validated
     * @throws DatasetJsonException if the file cannot be read or its content cannot, the message
     *                              starting with the file's name
     */
    public static ScoDataset read(Path file) {
        java.util.Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new DatasetJsonException(file + ": is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new DatasetJsonException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new DatasetJsonException(file + ": cannot read: permission denied", e);
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetJsonException(file + ": cannot read: " + JsonLimits.reason(e), e);
        } catch (DatasetJsonException e) {
            throw new DatasetJsonException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a dataset from a stream of UTF-8 JSON, as {@link #read(String)} does, reading no more than
     * {@link #MAX_DOCUMENT_BYTES} bytes of it (so an endless stream ends at once). The stream is not closed.
     *
     * @param in the stream
     * @return the dataset, validated
     * @throws DatasetJsonException  if the content cannot be read as a dataset, or is too large
     * @throws UncheckedIOException  if the stream fails (a folder, a disk error): the caller knows the file
     */
    public static ScoDataset read(InputStream in) {
        java.util.Objects.requireNonNull(in, "in");
        JsonParser p;
        try {
            p = MAPPER.createParser(JsonLimits.bounded(in)); // reads the first bytes, to tell the encoding
        } catch (JacksonException e) {
            throw JsonLimits.translate(e, null);
        }
        try (p) {
            if (p.nextToken() == null || p.currentToken() == JsonToken.VALUE_NULL) {
                throw new JsonProblem("expected a JSON object with version, checkedThrough, countries, sources"
                        + " and facts, found " + ScoJsonModule.found(p));
            }
            ScoDataset data = MAPPER.readValue(p, ScoDataset.class);
            JsonLimits.nothingAfter(p);
            return data;
        } catch (JsonProblem e) {
            throw new DatasetJsonException(e.getMessage(), e);
        } catch (JacksonException e) {
            throw JsonLimits.translate(e, p);
        }
    }
}
