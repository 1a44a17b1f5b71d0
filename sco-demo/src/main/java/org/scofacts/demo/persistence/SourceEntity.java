package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.SourceKind;

/** A row of {@code sco_source}: a publication that facts cite. */
@Entity(name = "Source")
@Table(name = "sco_source")
class SourceEntity {

    @Id
    @Column(name = "id", length = 100)
    String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    SourceKind kind;

    @Column(name = "title", nullable = false, length = 1000)
    String title;

    @Column(name = "publisher", nullable = false, length = 300)
    String publisher;

    @Column(name = "published_day")
    LocalDate publishedDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_precision", length = 8)
    DatePrecision publishedPrecision;

    @Column(name = "url", length = 2000)
    String url;

    @Column(name = "note", nullable = false, length = 4000)
    String note;

    protected SourceEntity() {
    }

    SourceEntity(String id) {
        this.id = id;
    }
}
