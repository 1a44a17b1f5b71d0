package org.scofacts.datapackage;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A column of a fact table and how its cell is read from the value of the record component it comes from.
 *
 * @param field      the column as the schema declares it
 * @param cell       the cell's text from the component's value (an empty string for a missing value)
 * @param foreignKey where the column's values are keys, if anywhere
 */
record Column(Field field, Function<Object, String> cell, Optional<ForeignKey> foreignKey) {

    Column {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    static Column of(Field field, Function<Object, String> cell) {
        return new Column(field, cell, Optional.empty());
    }

    Column referring(String resource, String referencedField) {
        return new Column(field, cell, Optional.of(ForeignKey.of(field.name(), resource, referencedField)));
    }

    /** The same column read from inside an optional component: missing when the optional is empty. */
    Column insideOptional() {
        Function<Object, String> inner = cell;
        return new Column(field.optional(), v -> ((Optional<?>) v).map(inner).orElse(""), foreignKey);
    }

    /** The same column read from a part of the component's value. */
    Column of(Function<Object, Object> part) {
        Function<Object, String> inner = cell;
        return new Column(field, v -> inner.apply(part.apply(v)), foreignKey);
    }
}
