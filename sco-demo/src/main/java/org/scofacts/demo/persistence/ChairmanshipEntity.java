package org.scofacts.demo.persistence;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.FactId;

/** A row of {@code sco_chairmanship}: a member state presiding over the SCO for a term. */
@Entity(name = "Chairmanship")
@Table(name = "sco_chairmanship")
class ChairmanshipEntity extends FactEntity {

    static final EntityMapping<Chairmanship, ChairmanshipEntity> MAPPING =
            new EntityMapping<>(FactFamily.CHAIRMANSHIPS, ChairmanshipEntity.class, ChairmanshipEntity::of);

    @ManyToOne(optional = false)
    @JoinColumn(name = "presiding_state", nullable = false)
    CountryEntity presidingState;

    @Embedded
    DateRangeColumns term;

    /** The summit this term's chair presided over in another state; null as a rule. */
    @ManyToOne
    @JoinColumn(name = "summit_hosted_elsewhere")
    MeetingEntity summitHostedElsewhere;

    protected ChairmanshipEntity() {
    }

    ChairmanshipEntity(String id) {
        super(id);
    }

    static ChairmanshipEntity of(Chairmanship c, EntityMapper mapper) {
        ChairmanshipEntity e = new ChairmanshipEntity(c.id().value());
        e.presidingState = mapper.country(c.presidingState());
        e.term = DateRangeColumns.of(c.term());
        e.summitHostedElsewhere = mapper.meetingRef(c.summitHostedElsewhere());
        return mapper.cite(e, c);
    }

    @Override
    Chairmanship toRecord() {
        return new Chairmanship(FactId.of(id), EntityMapper.toRecord(presidingState), term.toPeriod(),
                EntityMapper.sources(this), EntityMapper.ref(summitHostedElsewhere));
    }
}
