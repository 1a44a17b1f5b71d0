package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Council;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.Place;
import org.scofacts.model.WikidataId;

/** A row of {@code sco_meeting}: a council meeting, its place and the documents it adopted. */
@Entity(name = "Meeting")
@Table(name = "sco_meeting",
        uniqueConstraints = @UniqueConstraint(name = "uk_meeting_council_ordinal", columnNames = {"council", "ordinal"}))
class MeetingEntity extends FactEntity {

    static final EntityMapping<Meeting, MeetingEntity> MAPPING =
            new EntityMapping<>(FactFamily.MEETINGS, MeetingEntity.class, MeetingEntity::of);

    @Enumerated(EnumType.STRING)
    @Column(name = "council", nullable = false, length = 32)
    Council council;

    @Column(name = "ordinal")
    Integer ordinal;

    @Column(name = "first_day", nullable = false)
    LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    LocalDate lastDay;

    @Column(name = "city", nullable = false, length = 200)
    String city;

    @ManyToOne(optional = false)
    @JoinColumn(name = "host_alpha2", nullable = false)
    CountryEntity host;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    MeetingFormat format;

    /** The inverse side of {@link DocumentEntity#adoptedAt}. */
    @OneToMany(mappedBy = "adoptedAt")
    @OrderBy("adoptedDay, id")
    List<DocumentEntity> documents = new ArrayList<>();

    protected MeetingEntity() {
    }

    MeetingEntity(String id) {
        super(id);
    }

    static MeetingEntity of(Meeting m, EntityMapper mapper) {
        MeetingEntity e = new MeetingEntity(m.id().value());
        e.council = m.council();
        e.ordinal = m.ordinal().orElse(null);
        e.firstDay = m.firstDay();
        e.lastDay = m.lastDay();
        e.city = m.place().city();
        e.host = mapper.country(m.place().country());
        e.format = m.format();
        e.wikidataId = m.wikidataId().map(WikidataId::value).orElse(null);
        return mapper.cite(e, m);
    }

    @Override
    Meeting toRecord() {
        return new Meeting(FactId.of(id), council, Optional.ofNullable(ordinal), firstDay, lastDay,
                Place.of(city, EntityMapper.toRecord(host)), format, EntityMapper.sources(this), EntityMapper.wikidataId(this));
    }
}
