package org.scofacts.demo.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.scofacts.model.Appointment;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;
import org.scofacts.model.Post;
import org.scofacts.model.Source;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * The demo's questions in JPQL. Each method runs its query in a fresh entity manager and maps the
 * entities to the model's records, so that answers compare with the fluent API's by {@code equals}.
 * A period "holds on" a date when {@code startDay <= date < endDay}, with an open end holding for ever.
 */
public final class JpqlQueries {

    /** Countries holding a status on a date. */
    public static final String COUNTRIES_WITH_STATUS = "select p.country from StatusPeriod p"
            + " where p.status = :status and p.period.startDay <= :date"
            + " and (p.period.endDay is null or p.period.endDay > :date) order by p.country.alpha2";
    /** A country's status periods. */
    public static final String TIMELINE = "select p from StatusPeriod p where p.country.alpha2 = :country"
            + " order by p.period.startDay, p.id";
    /** A country's status on a date. */
    public static final String STATUS_OF = "select p.status from StatusPeriod p where p.country.alpha2 = :country"
            + " and p.period.startDay <= :date and (p.period.endDay is null or p.period.endDay > :date)";
    /** A council meeting by ordinal. */
    public static final String MEETING_NUMBERED = "select m from Meeting m where m.council = :council"
            + " and m.ordinal = :ordinal";
    /** The latest meeting of a council. */
    public static final String LATEST_MEETING = "select m from Meeting m where m.council = :council"
            + " order by m.firstDay desc";
    /** Meetings of a council, filtered by host and year when asked. */
    public static final String MEETINGS = "select m from Meeting m where m.council = :council";
    /** Holders of posts, filtered by post and date when asked. */
    public static final String APPOINTMENTS = "select a from Appointment a where 1 = 1";
    /** The chairmanship on a date. */
    public static final String CHAIR_ON = "select c from Chairmanship c where c.term.startDay <= :date"
            + " and (c.term.endDay is null or c.term.endDay > :date)";
    /** Documents, filtered by kind when asked. */
    public static final String DOCUMENTS = "select d from Document d where 1 = 1";
    /** Documents adopted at a summit, through the meeting's documents. */
    public static final String DOCUMENTS_OF_MEETING = "select d from Meeting m join m.documents d"
            + " where m.council = :council and m.ordinal = :ordinal order by d.adoptedDay, d.id";
    /** A fact's sources, in citation order. */
    public static final String FACT_WITH_SOURCES = "select f from Fact f left join fetch f.sources where f.id = :id";
    /** Every source. */
    public static final String SOURCES = "select s from Source s order by s.id";

    private final EntityManagerFactory emf;

    JpqlQueries(EntityManagerFactory emf) {
        this.emf = emf;
    }

    private <T> T run(Function<EntityManager, T> query) {
        try (EntityManager em = emf.createEntityManager()) {
            return query.apply(em);
        }
    }

    /**
     * The countries holding a status on a date, by alpha-2 code.
     *
     * @param status the status
     * @param date   the date
     * @return the countries
     */
    public List<Country> countriesWithStatus(Status status, LocalDate date) {
        return run(em -> em.createQuery(COUNTRIES_WITH_STATUS, CountryEntity.class)
                .setParameter("status", status).setParameter("date", date)
                .getResultList().stream().map(EntityMapper::toRecord).toList());
    }

    /**
     * A country's status on a date.
     *
     * @param country the country
     * @param date    the date
     * @return the status, or empty if it held none
     */
    public Optional<Status> statusOf(Country country, LocalDate date) {
        return run(em -> em.createQuery(STATUS_OF, Status.class)
                .setParameter("country", country.alpha2()).setParameter("date", date)
                .getResultStream().findFirst());
    }

    /**
     * A country's status periods, chronologically.
     *
     * @param country the country
     * @return the periods
     */
    public List<StatusPeriod> timeline(Country country) {
        return run(em -> em.createQuery(TIMELINE, StatusPeriodEntity.class)
                .setParameter("country", country.alpha2())
                .getResultList().stream().map(StatusPeriodEntity::toRecord).toList());
    }

    /**
     * The summit (meeting of the Council of Heads of State) with an ordinal.
     *
     * @param ordinal the ordinal, from 1
     * @return the summit, or empty if the dataset has none with that ordinal
     */
    public Optional<Meeting> summit(int ordinal) {
        return run(em -> em.createQuery(MEETING_NUMBERED, MeetingEntity.class)
                .setParameter("council", Council.HEADS_OF_STATE).setParameter("ordinal", ordinal)
                .getResultStream().findFirst().map(MeetingEntity::toRecord));
    }

    /**
     * The latest summit.
     *
     * @return the summit with the latest first day, or empty if there is none
     */
    public Optional<Meeting> latestSummit() {
        return run(em -> em.createQuery(LATEST_MEETING, MeetingEntity.class)
                .setParameter("council", Council.HEADS_OF_STATE).setMaxResults(1)
                .getResultStream().findFirst().map(MeetingEntity::toRecord));
    }

    /**
     * Summits, chronologically, optionally only those hosted by a country or held in a year.
     *
     * @param host the host, or empty for any
     * @param year the year, or empty for any
     * @return the summits
     */
    public List<Meeting> summits(Optional<Country> host, Optional<Integer> year) {
        StringBuilder jpql = new StringBuilder(MEETINGS);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("council", Council.HEADS_OF_STATE);
        host.ifPresent(h -> {
            jpql.append(" and m.host.alpha2 = :host");
            params.put("host", h.alpha2());
        });
        year.ifPresent(y -> {
            jpql.append(" and m.firstDay >= :from and m.firstDay < :to");
            params.put("from", LocalDate.of(y, 1, 1));
            params.put("to", LocalDate.of(y + 1, 1, 1));
        });
        jpql.append(" order by m.firstDay, m.id");
        return run(em -> bind(em.createQuery(jpql.toString(), MeetingEntity.class), params)
                .getResultList().stream().map(MeetingEntity::toRecord).toList());
    }

    /**
     * Appointments, by start of term, optionally of one post or serving on one date.
     *
     * @param post the post, or empty for every post
     * @param on   the date, or empty for every term
     * @return the appointments
     */
    public List<Appointment> appointments(Optional<Post> post, Optional<LocalDate> on) {
        StringBuilder jpql = new StringBuilder(APPOINTMENTS);
        Map<String, Object> params = new LinkedHashMap<>();
        post.ifPresent(p -> {
            jpql.append(" and a.post = :post");
            params.put("post", p);
        });
        on.ifPresent(d -> {
            jpql.append(" and a.term.startDay <= :date and (a.term.endDay is null or a.term.endDay > :date)");
            params.put("date", d);
        });
        jpql.append(" order by a.term.startDay, a.id");
        return run(em -> bind(em.createQuery(jpql.toString(), AppointmentEntity.class), params)
                .getResultList().stream().map(AppointmentEntity::toRecord).toList());
    }

    /**
     * The chairmanship on a date.
     *
     * @param date the date
     * @return the chairmanship, or empty if the dataset records none then
     */
    public Optional<Chairmanship> chairOn(LocalDate date) {
        return run(em -> em.createQuery(CHAIR_ON, ChairmanshipEntity.class).setParameter("date", date)
                .getResultStream().findFirst().map(ChairmanshipEntity::toRecord));
    }

    /**
     * Documents, by adoption date, optionally of one kind.
     *
     * @param kind the kind, or empty for every kind
     * @return the documents
     */
    public List<Document> documents(Optional<DocumentKind> kind) {
        StringBuilder jpql = new StringBuilder(DOCUMENTS);
        Map<String, Object> params = new LinkedHashMap<>();
        kind.ifPresent(k -> {
            jpql.append(" and d.kind = :kind");
            params.put("kind", k);
        });
        jpql.append(" order by d.adoptedDay, d.id");
        return run(em -> bind(em.createQuery(jpql.toString(), DocumentEntity.class), params)
                .getResultList().stream().map(DocumentEntity::toRecord).toList());
    }

    /**
     * The documents adopted at a summit.
     *
     * @param ordinal the summit's ordinal
     * @return the documents, by adoption date
     */
    public List<Document> documentsOfSummit(int ordinal) {
        return run(em -> em.createQuery(DOCUMENTS_OF_MEETING, DocumentEntity.class)
                .setParameter("council", Council.HEADS_OF_STATE).setParameter("ordinal", ordinal)
                .getResultList().stream().map(DocumentEntity::toRecord).toList());
    }

    /**
     * A fact's sources, in the order the fact cites them.
     *
     * @param id the fact's identifier
     * @return the sources, or empty if there is no such fact
     */
    public Optional<List<Source>> sourcesOf(FactId id) {
        return run(em -> em.createQuery(FACT_WITH_SOURCES, FactEntity.class).setParameter("id", id.value())
                .getResultStream().findFirst()
                .map(f -> new ArrayList<>(f.sources).stream().map(EntityMapper::toRecord).toList()));
    }

    /**
     * Every source, by identifier.
     *
     * @return the sources
     */
    public List<Source> sources() {
        return run(em -> em.createQuery(SOURCES, SourceEntity.class)
                .getResultList().stream().map(EntityMapper::toRecord).toList());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
