package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.scofacts.data.FactFamily;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.FactId;
import org.scofacts.model.Partnership;
import org.scofacts.model.PartnershipKind;
import org.scofacts.model.Place;

/** A row of {@code sco_partnership}: a formal tie with another international organisation. */
@Entity(name = "Partnership")
@Table(name = "sco_partnership")
class PartnershipEntity extends FactEntity {

    static final EntityMapping<Partnership, PartnershipEntity> MAPPING =
            new EntityMapping<>(FactFamily.PARTNERSHIPS, PartnershipEntity.class, PartnershipEntity::of);

    @Column(name = "organisation", nullable = false, length = 500)
    String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    PartnershipKind kind;

    @Column(name = "title", nullable = false, length = 1000)
    String title;

    @Column(name = "tie_day", nullable = false)
    LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_precision", nullable = false, length = 8)
    DatePrecision precision;

    @Column(name = "city", length = 200)
    String city;

    @ManyToOne
    @JoinColumn(name = "country_alpha2")
    CountryEntity country;

    protected PartnershipEntity() {
    }

    PartnershipEntity(String id) {
        super(id);
    }

    static PartnershipEntity of(Partnership p, EntityMapper mapper) {
        PartnershipEntity e = new PartnershipEntity(p.id().value());
        e.organisation = p.organisation();
        e.kind = p.kind();
        e.title = p.title();
        e.day = p.date().firstDay();
        e.precision = p.date().precision();
        e.city = p.place().map(Place::city).orElse(null);
        e.country = mapper.country(p.place());
        return mapper.cite(e, p);
    }

    @Override
    Partnership toRecord() {
        return new Partnership(FactId.of(id), organisation, kind, title, Columns.partialDate(day, precision),
                EntityMapper.place(city, country), EntityMapper.sources(this));
    }
}
