package org.scofacts.data;

import static org.scofacts.data.Countries.BY;
import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Rows.date;
import static org.scofacts.data.Sources.WIKI_SCO;
import static org.scofacts.model.MeetingFormat.IN_PERSON;
import static org.scofacts.model.MeetingFormat.VIRTUAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/** Council meetings: one row per meeting. */
final class Meetings {

    private Meetings() {
    }

    static List<Meeting> all() {
        return List.of(
                summit(1, date(2001, 6, 15), date(2001, 6, 15), "Shanghai", CN, IN_PERSON, WIKI_SCO),
                summit(17, date(2017, 6, 8), date(2017, 6, 9), "Astana", KZ, IN_PERSON, WIKI_SCO),
                summit(23, date(2023, 7, 4), date(2023, 7, 4), "New Delhi", IN, VIRTUAL, WIKI_SCO),
                summit(24, date(2024, 7, 3), date(2024, 7, 4), "Astana", KZ, IN_PERSON, WIKI_SCO));
    }

    private static Meeting summit(int ordinal, LocalDate firstDay, LocalDate lastDay, String city, Country host,
                                  MeetingFormat format, Source... sources) {
        return new Meeting(FactId.of("chs-" + ordinal), Council.HEADS_OF_STATE, Optional.of(ordinal), firstDay,
                lastDay, Place.of(city, host), format, List.of(sources));
    }
}
