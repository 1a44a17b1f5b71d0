package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.DocumentKind;

/** A row of {@code sco_document}: a document, where it was signed and the meeting that adopted it. */
@Entity(name = "Document")
@Table(name = "sco_document")
class DocumentEntity extends FactEntity {

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
}
