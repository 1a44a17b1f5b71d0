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
import org.scofacts.model.Designation;
import org.scofacts.model.DesignationKind;
import org.scofacts.model.FactId;
import org.scofacts.model.Place;

/** A row of {@code sco_designation}: a themed year or a tourism and cultural capital. */
@Entity(name = "Designation")
@Table(name = "sco_designation")
class DesignationEntity extends FactEntity {

    static final EntityMapping<Designation, DesignationEntity> MAPPING =
            new EntityMapping<>(FactFamily.DESIGNATIONS, DesignationEntity.class, DesignationEntity::of);

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
    DateRangeColumns period;

    protected DesignationEntity() {
    }

    DesignationEntity(String id) {
        super(id);
    }

    static DesignationEntity of(Designation d, EntityMapper mapper) {
        DesignationEntity e = new DesignationEntity(d.id().value());
        e.kind = d.kind();
        e.name = d.name();
        e.city = d.place().map(Place::city).orElse(null);
        e.country = mapper.country(d.place());
        e.period = DateRangeColumns.of(d.period());
        return mapper.cite(e, d);
    }

    @Override
    Designation toRecord() {
        return new Designation(FactId.of(id), kind, name, EntityMapper.place(city, country), period.toPeriod(),
                EntityMapper.sources(this));
    }
}
