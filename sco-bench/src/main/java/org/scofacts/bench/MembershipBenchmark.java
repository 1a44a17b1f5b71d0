package org.scofacts.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.scofacts.data.ScoDataset;
import org.scofacts.demo.persistence.ScoDatabase;
import org.scofacts.model.Appointment;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.query.Sco;

/**
 * The same questions three ways: the fluent API, a plain loop over the dataset's lists (the floor),
 * and JPQL through Hibernate on in-memory H2 (the demo's persistence code). Plus the start-up costs:
 * validating a whole dataset, and indexing it for the fluent API.
 *
 * <p>Run: {@code java -jar sco-bench/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 1 -r 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MembershipBenchmark {

    /** A day inside the data: after India and Pakistan joined, before Iran. */
    static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    static final int SUMMIT = 24;

    ScoDataset data;
    Sco sco;
    ScoDatabase db;
    Country iran;

    @Setup(Level.Trial)
    public void setUp() {
        data = ScoDataset.bundled();
        sco = Sco.of(data);
        db = ScoDatabase.inMemory(data);
        iran = sco.country("IR");
        check(handLoopMembersAsOf().equals(fluentMembersAsOf()), "members");
        check(jpqlMembersAsOf().equals(sorted(fluentMembersAsOf())), "members (JPQL)");
        check(handLoopSummitNumbered().equals(fluentSummitNumbered()), "summit");
        check(jpqlSummitNumbered().equals(fluentSummitNumbered()), "summit (JPQL)");
        check(handLoopSecretaryGeneralOn().equals(fluentSecretaryGeneralOn()), "Secretary-General");
        check(jpqlSecretaryGeneralOn().equals(fluentSecretaryGeneralOn()), "Secretary-General (JPQL)");
        check(handLoopTimeline().equals(fluentTimeline()), "timeline");
        check(jpqlTimeline().equals(fluentTimeline()), "timeline (JPQL)");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    private static void check(boolean same, String what) {
        if (!same) {
            throw new IllegalStateException("the three ways disagree on " + what);
        }
    }

    private static List<Country> sorted(List<Country> countries) {
        List<Country> copy = new ArrayList<>(countries);
        copy.sort(java.util.Comparator.comparing(Country::alpha2));
        return copy;
    }

    // ---- member states as of a day ----

    @Benchmark
    public List<Country> fluentMembersAsOf() {
        return sco.countries().withStatus(Status.MEMBER_STATE).asOf(DAY).list();
    }

    @Benchmark
    public List<Country> handLoopMembersAsOf() {
        List<Country> members = new ArrayList<>();
        for (StatusPeriod p : data.statusPeriods()) {
            if (p.status() == Status.MEMBER_STATE && p.period().contains(DAY)) {
                members.add(p.country());
            }
        }
        return members;
    }

    @Benchmark
    public List<Country> jpqlMembersAsOf() {
        return db.jpql().countriesWithStatus(Status.MEMBER_STATE, DAY);
    }

    // ---- summit by ordinal ----

    @Benchmark
    public Optional<Meeting> fluentSummitNumbered() {
        return sco.summits().numbered(SUMMIT);
    }

    @Benchmark
    public Optional<Meeting> handLoopSummitNumbered() {
        for (Meeting m : data.meetings()) {
            if (m.council() == Council.HEADS_OF_STATE && m.ordinal().isPresent() && m.ordinal().get() == SUMMIT) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Benchmark
    public Optional<Meeting> jpqlSummitNumbered() {
        return db.jpql().summit(SUMMIT);
    }

    // ---- official on a day ----

    @Benchmark
    public Optional<Appointment> fluentSecretaryGeneralOn() {
        return sco.appointments().post(Post.SECRETARY_GENERAL).servingOn(DAY).first();
    }

    @Benchmark
    public Optional<Appointment> handLoopSecretaryGeneralOn() {
        for (Appointment a : data.appointments()) {
            if (a.post() == Post.SECRETARY_GENERAL && a.term().contains(DAY)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    @Benchmark
    public Optional<Appointment> jpqlSecretaryGeneralOn() {
        return db.jpql().appointments(Optional.of(Post.SECRETARY_GENERAL), Optional.of(DAY)).stream().findFirst();
    }

    // ---- a country's timeline ----

    @Benchmark
    public List<StatusPeriod> fluentTimeline() {
        return sco.timeline(iran);
    }

    @Benchmark
    public List<StatusPeriod> handLoopTimeline() {
        List<StatusPeriod> timeline = new ArrayList<>();
        for (StatusPeriod p : data.statusPeriods()) {
            if (p.country().equals(iran)) {
                timeline.add(p);
            }
        }
        return timeline;
    }

    @Benchmark
    public List<StatusPeriod> jpqlTimeline() {
        return db.jpql().timeline(iran);
    }

    // ---- start-up ----

    /** Validating the whole dataset, as {@code ScoDataset.Builder.build()} does for a dataset of one's own. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ScoDataset datasetValidation() {
        return data.toBuilder().build();
    }

    /**
     * Building all of the fluent API's indexes over a validated dataset. {@code Sco} builds each index when a
     * query first needs it; here one question of each kind makes it build every one.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object scoIndex() {
        Sco sco = Sco.of(data);
        return new Object[] {
            sco.country("Kyrgyzstan"),
            sco.countries().withStatus(Status.MEMBER_STATE).asOf(DAY).count(),
            sco.summits().numbered(SUMMIT),
            sco.appointments().post(Post.SECRETARY_GENERAL).servingOn(DAY).first(),
            sco.factsCiting(data.sources().get(0)),
        };
    }
}
