package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatePrecisionTest {

    @Test
    void precisions_run_from_finest_to_coarsest() {
        // PartialDate's order (coarser first at the same first day) relies on this declaration order.
        assertThat(DatePrecision.values()).containsExactly(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR);
    }

    @Test
    void each_precision_is_the_precision_of_its_factory() {
        assertThat(PartialDate.of(2001, 6, 15).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.of(2001, 6).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.ofYear(2001).precision()).isEqualTo(DatePrecision.YEAR);
    }
}
