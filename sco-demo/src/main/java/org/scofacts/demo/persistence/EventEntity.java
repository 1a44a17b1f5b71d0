package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scofacts.model.EventKind;

/** A row of {@code sco_event}: a forum, exercise, operation, consultation or milestone. */
@Entity(name = "Event")
@Table(name = "sco_event")
class EventEntity extends FactEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    EventKind kind;

    @Column(name = "name", nullable = false, length = 500)
    String name;

    @Embedded
    PeriodColumns period;

    @Column(name = "city", length = 200)
    String city;

    @ManyToOne
    @JoinColumn(name = "country_alpha2")
    CountryEntity country;

    protected EventEntity() {
    }

    EventEntity(String id) {
        super(id);
    }
}
