package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Attendance;
import org.scofacts.model.AttendanceCapacity;
import org.scofacts.model.AttendanceMode;
import org.scofacts.model.DelegationLevel;
import org.scofacts.model.FactId;
import org.scofacts.model.WikidataId;

/**
 * A row of {@code sco_attendance}: who led a state's or an organisation's delegation at a meeting. The
 * person's Wikidata item, where checked, is the fact's {@code wikidata_id}.
 */
@Entity(name = "Attendance")
@Table(name = "sco_attendance")
class AttendanceEntity extends FactEntity {

    static final EntityMapping<Attendance, AttendanceEntity> MAPPING =
            new EntityMapping<>(FactFamily.ATTENDANCES, AttendanceEntity.class, AttendanceEntity::of);

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting", nullable = false)
    MeetingEntity meeting;

    @Column(name = "meeting_day", nullable = false)
    LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", nullable = false, length = 32)
    AttendanceCapacity capacity;

    @ManyToOne
    @JoinColumn(name = "country_alpha2")
    CountryEntity country;

    @Column(name = "organisation", length = 200)
    String organisation;

    @Column(name = "person", nullable = false, length = 200)
    String person;

    @Column(name = "office", nullable = false, length = 200)
    String office;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 32)
    DelegationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 16)
    AttendanceMode mode;

    protected AttendanceEntity() {
    }

    AttendanceEntity(String id) {
        super(id);
    }

    static AttendanceEntity of(Attendance a, EntityMapper mapper) {
        AttendanceEntity e = new AttendanceEntity(a.id().value());
        e.meeting = mapper.meetingRef(Optional.of(a.meeting()));
        e.day = a.day();
        e.capacity = a.capacity();
        e.country = a.country().map(mapper::country).orElse(null);
        e.organisation = a.organisation().orElse(null);
        e.person = a.person();
        e.office = a.office();
        e.level = a.level();
        e.mode = a.mode();
        e.wikidataId = a.personWikidataId().map(WikidataId::value).orElse(null);
        return mapper.cite(e, a);
    }

    @Override
    Attendance toRecord() {
        return new Attendance(FactId.of(id), EntityMapper.ref(meeting).orElseThrow(), day, capacity,
                Optional.ofNullable(country).map(EntityMapper::toRecord), Optional.ofNullable(organisation), person,
                office, level, mode, EntityMapper.wikidataId(this), EntityMapper.sources(this));
    }
}
