package org.scofacts.json;

/**
 * A dataset JSON file that cannot be read: not JSON, a field missing or of the wrong kind, a value
 * the model refuses, or a dataset that fails validation. The message is one line and names where
 * in the file the problem is, such as {@code facts[17] (chs-23): format: "ONLINE" is not one of ...}: at
 * most 400 characters, values from the file cut at 80 and their control characters escaped, no Java type.
 *
 * @since 0.1.0
 */
public final class DatasetJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    DatasetJsonException(String message) {
        super(Texts.oneLine(message));
    }

    DatasetJsonException(String message, Throwable cause) {
        super(Texts.oneLine(message), cause);
    }
}
