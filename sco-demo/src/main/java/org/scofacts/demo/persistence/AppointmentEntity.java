package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scofacts.model.Post;

/** A row of {@code sco_appointment}: a person holding a post for a term. */
@Entity(name = "Appointment")
@Table(name = "sco_appointment")
class AppointmentEntity extends FactEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "post", nullable = false, length = 64)
    Post post;

    @Column(name = "holder", nullable = false, length = 300)
    String holder;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nominated_by", nullable = false)
    CountryEntity nominatedBy;

    @Embedded
    PeriodColumns term;

    protected AppointmentEntity() {
    }

    AppointmentEntity(String id) {
        super(id);
    }
}
