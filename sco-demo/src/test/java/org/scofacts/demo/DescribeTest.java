package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.Fixtures;
import org.scofacts.model.DateRange;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.PartialDate;
import org.scofacts.query.Sco;

/** The demo's text for model values: ranges with an inclusive last day, countries and meetings by name. */
class DescribeTest {

    @Test
    void a_day_precision_range_reads_from_its_first_to_its_last_day_inclusive() {
        DateRange range = DateRange.of(LocalDate.of(2005, 7, 5), LocalDate.of(2017, 6, 9));

        assertThat(Describe.range(range)).isEqualTo("2005-07-05..2017-06-08");
        assertThat(Describe.through(range)).isEqualTo("2017-06-08");
    }

    @Test
    void a_one_day_range_reads_as_that_day_to_that_day() {
        assertThat(Describe.range(DateRange.of(LocalDate.of(2001, 6, 15), LocalDate.of(2001, 6, 16))))
                .isEqualTo("2001-06-15..2001-06-15");
    }

    @Test
    void an_end_known_to_the_month_or_year_reads_as_approximately_that_month_or_year() {
        assertThat(Describe.through(DateRange.of(PartialDate.of(2004, 6), PartialDate.of(2007, 7))))
                .isEqualTo("~2007-07");
        assertThat(Describe.through(DateRange.of(PartialDate.ofYear(2004), PartialDate.ofYear(2007))))
                .isEqualTo("~2007");
    }

    @Test
    void an_open_range_reads_since_its_start_at_its_precision() {
        assertThat(Describe.range(DateRange.ofOpenEnd(PartialDate.of(2005, 7)))).isEqualTo("since 2005-07");
        assertThat(Describe.through(DateRange.ofOpenEnd(PartialDate.of(2005, 7)))).isNull();
    }

    @Test
    void countries_read_as_names_with_codes() {
        assertThat(Describe.countries(List.of(Fixtures.KZ, Fixtures.CN))).isEqualTo("Kazakhstan (KZ), China (CN)");
        assertThat(Describe.countries(List.of())).isEqualTo("none recorded");
    }

    @Test
    void a_meeting_id_reads_as_the_meeting_name_and_days() {
        Sco sco = Sco.of(ScoDataset.bundled());

        assertThat(Describe.meeting(sco, Optional.of(MeetingRef.of("chs-17"))))
                .isEqualTo("17th summit, Astana, 2017-06-08..2017-06-09");
        assertThat(Describe.meeting(sco, Optional.of(MeetingRef.of("chs-1")))).isEqualTo("1st summit, Shanghai, 2001-06-15");
        assertThat(Describe.meeting(sco, Optional.empty())).isNull();
    }
}
