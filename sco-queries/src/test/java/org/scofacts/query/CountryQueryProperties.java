package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scofacts.model.Country;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/** Laws of status queries over random days from 2001 to 2030, against the fixture dataset. */
class CountryQueryProperties {

    private static final Sco SCO = Fixture.sco();

    @Provide
    Arbitrary<LocalDate> days() {
        long from = LocalDate.of(2001, 1, 1).toEpochDay();
        long to = LocalDate.of(2030, 12, 31).toEpochDay();
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(Fixture.FOUNDED, Fixture.TIANJIN, LocalDate.of(2017, 6, 9)));
    }

    @Property
    void given_any_day_when_each_status_is_asked_then_no_country_holds_two_statuses_at_once(@ForAll("days") LocalDate day) {
        Set<Country> seen = new HashSet<>();
        for (Status status : Status.values()) {
            for (Country c : SCO.countries().withStatus(status).asOf(day).list()) {
                assertThat(seen.add(c)).as("%s listed under two statuses on %s", c.alpha2(), day).isTrue();
            }
        }
    }

    @Property
    void given_any_day_and_status_when_listed_then_the_timeline_has_that_status_that_day(@ForAll("days") LocalDate day,
                                                                          @ForAll Status status) {
        for (Country c : SCO.countries().withStatus(status).asOf(day).list()) {
            assertThat(SCO.statusOf(c, day)).contains(status);
            assertThat(SCO.timeline(c)).anyMatch(p -> p.status() == status && p.period().contains(day));
        }
    }

    @Property
    void given_any_day_and_status_when_listed_then_exactly_the_hand_loop_answer(@ForAll("days") LocalDate day,
                                                                   @ForAll Status status) {
        List<Country> expected = new ArrayList<>();
        for (StatusPeriod p : SCO.dataset().statusPeriods()) {
            if (p.status() == status && p.period().contains(day)) {
                expected.add(p.country());
            }
        }
        assertThat(SCO.countries().withStatus(status).asOf(day).list()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property
    void given_any_day_when_any_status_as_of_then_the_union_of_every_status(@ForAll("days") LocalDate day) {
        Map<Status, List<Country>> byStatus = new EnumMap<>(Status.class);
        List<Country> union = new ArrayList<>();
        for (Status status : Status.values()) {
            byStatus.put(status, SCO.countries().withStatus(status).asOf(day).list());
            union.addAll(byStatus.get(status));
        }
        assertThat(SCO.countries().asOf(day).list()).containsExactlyInAnyOrderElementsOf(union);
    }

    @Property
    void given_composed_query_when_counted_then_count_is_the_size_of_the_list(@ForAll("days") LocalDate from,
                                                                   @ForAll("days") LocalDate to,
                                                                   @ForAll Status status, @ForAll boolean founders) {
        LocalDate start = from.isBefore(to) ? from : to;
        LocalDate end = from.isBefore(to) ? to : from;
        CountryQuery q = SCO.countries().withStatus(status).joinedBetween(start, end);
        q = founders ? q.foundingMembers() : q;
        assertThat(q.count()).isEqualTo(q.list().size());
        assertThat(q.exists()).isEqualTo(!q.list().isEmpty());
        assertThat(q.first()).isEqualTo(q.list().stream().findFirst());
    }

    @Property
    void given_query_when_derived_then_the_original_is_unchanged_and_equal_to_a_fresh_copy(@ForAll("days") LocalDate day,
                                                                            @ForAll Status status) {
        CountryQuery original = SCO.countries().withStatus(status);
        List<Country> before = original.list();
        CountryQuery derived = original.asOf(day);
        assertThat(derived).isNotSameAs(original);
        assertThat(original).isEqualTo(SCO.countries().withStatus(status))
                .hasToString("countries().withStatus(" + status + ")");
        assertThat(original.list()).isEqualTo(before);
        assertThat(derived).isEqualTo(SCO.countries().asOf(day).withStatus(status));
    }

    @Property
    void given_any_ordinal_when_summit_numbered_then_present_exactly_when_the_dataset_has_it(@ForAll("ordinals") int ordinal) {
        boolean inDataset = SCO.dataset().meetings().stream()
                .anyMatch(m -> m.ordinal().orElse(0) == ordinal && m.council() == Fixture.CHS_24.council());
        assertThat(SCO.summits().numbered(ordinal).isPresent()).isEqualTo(inDataset);
    }

    @Provide
    Arbitrary<Integer> ordinals() {
        return Arbitraries.integers().between(1, 40);
    }
}
