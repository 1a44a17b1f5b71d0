package org.scofacts.demo.persistence;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row of {@code sco_chairmanship}: a member state presiding over the SCO for a term. */
@Entity(name = "Chairmanship")
@Table(name = "sco_chairmanship")
class ChairmanshipEntity extends FactEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "presiding_state", nullable = false)
    CountryEntity presidingState;

    @Embedded
    PeriodColumns term;

    protected ChairmanshipEntity() {
    }

    ChairmanshipEntity(String id) {
        super(id);
    }
}
