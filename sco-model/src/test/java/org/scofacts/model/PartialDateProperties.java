package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PartialDateProperties {

    @Provide
    Arbitrary<PartialDate> anyDate() {
        return Generators.partialDates(0, 9999);
    }

    @Provide
    Arbitrary<PartialDate> nearbyDate() {
        return Generators.partialDates(2003, 2005);
    }

    @Provide
    Arbitrary<LocalDate> nearbyDay() {
        return Generators.days(2003, 2005);
    }

    @Property
    void parse_reads_back_to_string(@ForAll("anyDate") PartialDate d) {
        assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
    }

    @Property
    void compare_to_is_consistent_with_equals(@ForAll("nearbyDate") PartialDate a, @ForAll("nearbyDate") PartialDate b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void covers_exactly_the_days_from_first_day_to_last_day(@ForAll("nearbyDate") PartialDate d,
                                                          @ForAll("nearbyDay") LocalDate day) {
        boolean between = !day.isBefore(d.firstDay()) && !day.isAfter(d.lastDay());
        assertThat(d.covers(day)).isEqualTo(between);
        assertThat(d.covers(d.firstDay())).isTrue();
        assertThat(d.covers(d.lastDay())).isTrue();
        assertThat(d.covers(d.endExclusive())).isFalse();
        assertThat(d.covers(d.firstDay().minusDays(1))).isFalse();
    }

    @Property
    void only_day_precision_is_exact_and_covers_one_day(@ForAll("nearbyDate") PartialDate d) {
        assertThat(d.isExact()).isEqualTo(d.precision() == DatePrecision.DAY);
        assertThat(d.firstDay().equals(d.lastDay())).isEqualTo(d.isExact());
    }
}
