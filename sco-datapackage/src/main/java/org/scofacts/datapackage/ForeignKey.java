package org.scofacts.datapackage;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a table: its columns refer to the columns of another table.
 *
 * @param fields           the referring columns
 * @param resource         the name of the table referred to
 * @param referencedFields the columns referred to, in the same order
 */
record ForeignKey(List<String> fields, String resource, List<String> referencedFields) {

    ForeignKey {
        fields = List.copyOf(fields);
        Objects.requireNonNull(resource, "resource");
        referencedFields = List.copyOf(referencedFields);
        if (fields.isEmpty() || fields.size() != referencedFields.size()) {
            throw new IllegalArgumentException("foreign key into " + resource + ": " + fields + " do not pair with "
                    + referencedFields);
        }
    }

    static ForeignKey of(String field, String resource, String referencedField) {
        return new ForeignKey(List.of(field), resource, List.of(referencedField));
    }
}
