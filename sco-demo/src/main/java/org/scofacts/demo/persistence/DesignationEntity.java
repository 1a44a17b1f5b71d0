package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scofacts.model.DesignationKind;

/** A row of {@code sco_designation}: a themed year or a tourism and cultural capital. */
@Entity(name = "Designation")
@Table(name = "sco_designation")
class DesignationEntity extends FactEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    DesignationKind kind;

    @Column(name = "name", nullable = false, length = 500)
    String name;

    @Column(name = "city", length = 200)
    String city;

    @ManyToOne
    @JoinColumn(name = "country_alpha2")
    CountryEntity country;

    @Embedded
    PeriodColumns period;

    protected DesignationEntity() {
    }

    DesignationEntity(String id) {
        super(id);
    }
}
