package org.scofacts.json;

/**
 * What is wrong with one JSON value, said without where it is: the reader that knows the path (the
 * fact, the field) puts it in front. Thrown by the value deserializers of {@link ScoJsonModule}, caught
 * and turned into a {@link DatasetJsonException} before it leaves the package.
 */
final class JsonProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JsonProblem(String message) {
        super(message, null, false, false);
    }

    /**
     * The same problem one level further out: {@code place: country: "XX" is not among ...}.
     *
     * @param field the field that holds the value
     * @return the problem with the field in front
     */
    JsonProblem in(String field) {
        return new JsonProblem(field + ": " + getMessage());
    }
}
