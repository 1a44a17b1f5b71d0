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
import org.scofacts.model.Council;
import org.scofacts.model.MeetingFormat;

/** A row of {@code sco_meeting}: a council meeting, its place and the documents it adopted. */
@Entity(name = "Meeting")
@Table(name = "sco_meeting",
        uniqueConstraints = @UniqueConstraint(name = "uk_meeting_council_ordinal", columnNames = {"council", "ordinal"}))
class MeetingEntity extends FactEntity {

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
}
