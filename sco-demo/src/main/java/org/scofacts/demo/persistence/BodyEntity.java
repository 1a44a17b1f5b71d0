package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.scofacts.model.BodyKind;
import org.scofacts.model.DatePrecision;

/** A row of {@code sco_body}: a council, permanent body or non-governmental structure. */
@Entity(name = "Body")
@Table(name = "sco_body")
class BodyEntity extends FactEntity {

    @Column(name = "name", nullable = false, length = 500)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    BodyKind kind;

    @Column(name = "seat_city", length = 200)
    String seatCity;

    @ManyToOne
    @JoinColumn(name = "seat_country_alpha2")
    CountryEntity seatCountry;

    @Column(name = "established_day")
    LocalDate establishedDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "established_precision", length = 8)
    DatePrecision establishedPrecision;

    protected BodyEntity() {
    }

    BodyEntity(String id) {
        super(id);
    }
}
