package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.FactId;
import org.scofacts.model.Place;

/** A row of {@code sco_event}: a forum, exercise, operation, consultation or milestone. */
@Entity(name = "Event")
@Table(name = "sco_event")
class EventEntity extends FactEntity {

    static final EntityMapping<Event, EventEntity> MAPPING =
            new EntityMapping<>(FactFamily.EVENTS, EventEntity.class, EventEntity::of);

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    EventKind kind;

    @Column(name = "name", nullable = false, length = 500)
    String name;

    @Embedded
    DateRangeColumns period;

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

    static EventEntity of(Event v, EntityMapper mapper) {
        EventEntity e = new EventEntity(v.id().value());
        e.kind = v.kind();
        e.name = v.name();
        e.period = DateRangeColumns.of(v.period());
        e.city = v.place().map(Place::city).orElse(null);
        e.country = mapper.country(v.place());
        return mapper.cite(e, v);
    }

    @Override
    Event toRecord() {
        return new Event(FactId.of(id), kind, name, period.toPeriod(), EntityMapper.place(city, country), EntityMapper.sources(this));
    }
}
