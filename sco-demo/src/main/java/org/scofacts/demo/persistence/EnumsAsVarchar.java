package org.scofacts.demo.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * Stores enums as varchar on every database, never as H2's ENUM type: when H2 rolls back deleted rows after a
 * crash, it puts an ENUM column's ordinals back instead of its names (found by ExportKillTest: a previous
 * export killed mid-replacement then read {@code 3} where it had held {@code REFERENCE_WORK}). Hibernate finds
 * this class through {@code META-INF/services/org.hibernate.boot.model.TypeContributor}.
 */
public final class EnumsAsVarchar implements TypeContributor {

    /** For the service loader. */
    public EnumsAsVarchar() {
    }

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry registry) {
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.ENUM,
                VarcharJdbcType.INSTANCE);
    }
}
