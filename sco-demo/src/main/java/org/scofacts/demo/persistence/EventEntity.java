package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.FactId;
import org.scofacts.model.Place;

/**
 * A row of {@code sco_event}: a forum, exercise, operation, consultation or milestone; its participating
 * states are rows of {@code sco_event_participant}.
 */
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

    /** The participating states, in the order the data lists them; empty where no source lists them. */
    @ManyToMany
    @JoinTable(name = "sco_event_participant",
            joinColumns = @JoinColumn(name = "event_id", nullable = false),
            inverseJoinColumns = @JoinColumn(name = "country_alpha2", nullable = false),
            uniqueConstraints = @UniqueConstraint(name = "uk_event_participant",
                    columnNames = {"event_id", "country_alpha2"}))
    @OrderColumn(name = "participant_order", nullable = false)
    List<CountryEntity> participants = new ArrayList<>();

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
        v.participants().forEach(c -> e.participants.add(mapper.country(c)));
        return mapper.cite(e, v);
    }

    @Override
    Event toRecord() {
        return new Event(FactId.of(id), kind, name, period.toPeriod(), EntityMapper.place(city, country),
                EntityMapper.sources(this), participants.stream().map(EntityMapper::toRecord).toList());
    }
}
