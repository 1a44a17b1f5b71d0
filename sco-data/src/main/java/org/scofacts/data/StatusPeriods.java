package org.scofacts.data;

import static org.scofacts.data.Countries.BY;
import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.IR;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.day;
import static org.scofacts.data.Rows.since;
import static org.scofacts.data.Sources.WIKI_SCO;
import static org.scofacts.model.Status.MEMBER_STATE;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.Period;
import org.scofacts.model.Source;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/** Who held which status when: one row per country and status period. */
final class StatusPeriods {

    private StatusPeriods() {
    }

    static List<StatusPeriod> all() {
        return List.of(
                row(CN, MEMBER_STATE, since(day(2001, 6, 15)), "founding member", "chs-1", WIKI_SCO),
                row(RU, MEMBER_STATE, since(day(2001, 6, 15)), "founding member", "chs-1", WIKI_SCO),
                row(KZ, MEMBER_STATE, since(day(2001, 6, 15)), "founding member", "chs-1", WIKI_SCO),
                row(KG, MEMBER_STATE, since(day(2001, 6, 15)), "founding member", "chs-1", WIKI_SCO),
                row(TJ, MEMBER_STATE, since(day(2001, 6, 15)), "founding member", "chs-1", WIKI_SCO),
                row(UZ, MEMBER_STATE, since(day(2001, 6, 15)), "founding member", "chs-1", WIKI_SCO),
                row(IN, MEMBER_STATE, since(day(2017, 6, 9)), "admitted by the Council of Heads of State", "chs-17",
                        WIKI_SCO),
                row(PK, MEMBER_STATE, since(day(2017, 6, 9)), "admitted by the Council of Heads of State", "chs-17",
                        WIKI_SCO),
                row(IR, MEMBER_STATE, since(day(2023, 7, 4)), "admitted by the Council of Heads of State", "chs-23",
                        WIKI_SCO),
                row(BY, MEMBER_STATE, since(day(2024, 7, 4)), "admitted by the Council of Heads of State", "chs-24",
                        WIKI_SCO));
    }

    private static StatusPeriod row(Country country, Status status, Period period, String grantedBy,
                                    String decidedAt, Source... sources) {
        String id = "status." + country.alpha2().toLowerCase(java.util.Locale.ROOT) + "."
                + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "."
                + period.start().year();
        return new StatusPeriod(FactId.of(id), country, status, period, grantedBy,
                Optional.ofNullable(decidedAt).map(FactId::of), List.of(sources));
    }
}
