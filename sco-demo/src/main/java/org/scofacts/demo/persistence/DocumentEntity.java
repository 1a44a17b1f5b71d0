package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.scofacts.data.FactFamily;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.FactId;
import org.scofacts.model.Place;
import org.scofacts.model.WikidataId;

/** A row of {@code sco_document}: a document, where it was signed and the meeting that adopted it. */
@Entity(name = "Document")
@Table(name = "sco_document")
class DocumentEntity extends FactEntity {

    static final EntityMapping<Document, DocumentEntity> MAPPING =
            new EntityMapping<>(FactFamily.DOCUMENTS, DocumentEntity.class, DocumentEntity::of);

    @Column(name = "title", nullable = false, length = 1000)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    DocumentKind kind;

    @Column(name = "adopted_day", nullable = false)
    LocalDate adoptedDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "adopted_precision", nullable = false, length = 8)
    DatePrecision adoptedPrecision;

    @Column(name = "city", length = 200)
    String city;

    @ManyToOne
    @JoinColumn(name = "country_alpha2")
    CountryEntity country;

    @Column(name = "in_force_day")
    LocalDate inForceDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "in_force_precision", length = 8)
    DatePrecision inForcePrecision;

    @ManyToOne
    @JoinColumn(name = "adopted_at")
    MeetingEntity adoptedAt;

    protected DocumentEntity() {
    }

    DocumentEntity(String id) {
        super(id);
    }

    static DocumentEntity of(Document d, EntityMapper mapper) {
        DocumentEntity e = new DocumentEntity(d.id().value());
        e.title = d.title();
        e.kind = d.kind();
        e.adoptedDay = d.adopted().firstDay();
        e.adoptedPrecision = d.adopted().precision();
        e.city = d.place().map(Place::city).orElse(null);
        e.country = mapper.country(d.place());
        e.inForceDay = Columns.day(d.inForce());
        e.inForcePrecision = Columns.precision(d.inForce());
        e.adoptedAt = mapper.meetingRef(d.adoptedAt());
        if (e.adoptedAt != null) {
            e.adoptedAt.documents.add(e);
        }
        e.wikidataId = d.wikidataId().map(WikidataId::value).orElse(null);
        return mapper.cite(e, d);
    }

    @Override
    Document toRecord() {
        return new Document(FactId.of(id), title, kind, Columns.partialDate(adoptedDay, adoptedPrecision),
                EntityMapper.place(city, country), Columns.optionalPartialDate(inForceDay, inForcePrecision),
                EntityMapper.ref(adoptedAt), EntityMapper.sources(this), EntityMapper.wikidataId(this));
    }
}
