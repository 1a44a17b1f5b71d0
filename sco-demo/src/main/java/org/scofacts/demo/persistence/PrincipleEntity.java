package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.DocumentRef;
import org.scofacts.model.FactId;
import org.scofacts.model.Principle;
import org.scofacts.model.PrincipleKind;

/**
 * A row of {@code sco_principle}: what the SCO stands for. The document that sets it out is kept by
 * identifier ({@code sco_document.id}).
 */
@Entity(name = "Principle")
@Table(name = "sco_principle")
class PrincipleEntity extends FactEntity {

    static final EntityMapping<Principle, PrincipleEntity> MAPPING =
            new EntityMapping<>(FactFamily.PRINCIPLES, PrincipleEntity.class, PrincipleEntity::of);

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    PrincipleKind kind;

    @Column(name = "statement", nullable = false, length = 1000)
    String statement;

    @Column(name = "stated_day", nullable = false)
    LocalDate statedDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_precision", nullable = false, length = 8)
    DatePrecision statedPrecision;

    @Column(name = "document_id", length = 200)
    String documentId;

    protected PrincipleEntity() {
    }

    PrincipleEntity(String id) {
        super(id);
    }

    static PrincipleEntity of(Principle p, EntityMapper mapper) {
        PrincipleEntity e = new PrincipleEntity(p.id().value());
        e.kind = p.kind();
        e.statement = p.statement();
        e.statedDay = p.stated().firstDay();
        e.statedPrecision = p.stated().precision();
        e.documentId = p.document().map(DocumentRef::toString).orElse(null);
        return mapper.cite(e, p);
    }

    @Override
    Principle toRecord() {
        return new Principle(FactId.of(id), kind, statement, Columns.partialDate(statedDay, statedPrecision),
                Optional.ofNullable(documentId).map(DocumentRef::of), EntityMapper.sources(this));
    }
}
