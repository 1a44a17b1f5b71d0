package org.scofacts.demo.persistence;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON and XML format mapper for a schema without JSON or XML columns. Left unset, Hibernate builds
 * a Jackson {@code ObjectMapper} at start-up (Jackson is on the demo's class path for the JSON export), searching
 * the class path for Jackson modules, a few hundred classes the tour never uses. Should an entity ever map such a
 * column, reading or writing it fails here, saying why.
 */
final class NoFormatMapper implements FormatMapper {

    static final NoFormatMapper INSTANCE = new NoFormatMapper();

    private NoFormatMapper() {
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        throw unmapped(type);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        throw unmapped(type);
    }

    private static UnsupportedOperationException unmapped(JavaType<?> type) {
        return new UnsupportedOperationException("no entity maps a JSON or XML column, yet Hibernate asked to convert a "
                + type.getTypeName() + "; set hibernate.type.json_format_mapper in ScoDatabase.open");
    }
}
