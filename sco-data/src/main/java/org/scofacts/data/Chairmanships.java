package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Sources.ANEWS_2024_ASTANA;
import static org.scofacts.data.Sources.ASTANA_TIMES_2025_TIANJIN;
import static org.scofacts.data.Sources.CENTRELINE_2021_UZBEK_CHAIR;
import static org.scofacts.data.Sources.CHINA_ORG_2006_PRESIDENCY;
import static org.scofacts.data.Sources.DIPLOMAT_2014_DUSHANBE;
import static org.scofacts.data.Sources.EASTDAY_2006_SUMMITS;
import static org.scofacts.data.Sources.GLOBAL_TIMES_2014_SUMMITS;
import static org.scofacts.data.Sources.INFOSHOS_2009_YEKATERINBURG;
import static org.scofacts.data.Sources.KAZINFORM_2016_CHAIR;
import static org.scofacts.data.Sources.KHOVAR_2017_CHINA_CHAIR;
import static org.scofacts.data.Sources.KP_KG_2018_QINGDAO;
import static org.scofacts.data.Sources.MFA_CHINA_2007_BISHKEK;
import static org.scofacts.data.Sources.MFA_TAJIKISTAN_2020_PRESIDENCY;
import static org.scofacts.data.Sources.NEWSLINE_2011_CHINA_CHAIR;
import static org.scofacts.data.Sources.PAJHWOK_2012_AFGHANISTAN;
import static org.scofacts.data.Sources.PTI_2022_INDIA_CHAIR;
import static org.scofacts.data.Sources.RFERL_2019_BISHKEK;
import static org.scofacts.data.Sources.SCO_SUMMIT_2013;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2014_PRESIDENCY;
import static org.scofacts.data.Sources.TASS_2015_UFA;
import static org.scofacts.data.Sources.TASS_2020_VIDEO_SUMMIT;
import static org.scofacts.data.Sources.TASS_2025_TIANJIN;
import static org.scofacts.data.Sources.TASS_2026_KYRGYZ_CHAIR;
import static org.scofacts.data.Sources.TIMES_KUWAIT_2016_TASHKENT;
import static org.scofacts.data.Sources.TREND_2023_KAZAKH_CHAIR;
import static org.scofacts.data.Sources.TREND_2024_CHINA_CHAIR;
import static org.scofacts.data.Sources.UZBEKISTAN_EMBASSY_2010_CHAIR;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2008;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2011;
import static org.scofacts.data.Sources.XINHUA_2010_TASHKENT;
import static org.scofacts.data.Sources.XINHUA_2025_KYRGYZ_CHAIR;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Source;

/**
 * The presiding state for every term since 2001: one row per term. The chair passes at the close of
 * each summit to the state that hosts the next one, so a term runs from the day after one summit to
 * the day after the next, and its dates are taken from {@link Meetings} rather than written twice.
 *
 * <p>Six early terms (Russia 2001-2003, Kazakhstan 2004-2005 and 2010-2011, Kyrgyzstan 2006-2007,
 * Tajikistan 2007-2008) rest on the rule that the presiding state hosts the summit, which the
 * Uzbek embassy source states, and on the summit chronology; no source found names those chairs.
 */
final class Chairmanships {

    private Chairmanships() {
    }

    static List<Chairmanship> all(List<Meeting> meetings) {
        Map<Integer, Meeting> summits = meetings.stream()
                .filter(m -> m.council() == Council.HEADS_OF_STATE && m.ordinal().isPresent())
                .collect(Collectors.toMap(m -> m.ordinal().orElseThrow(), Function.identity()));
        Terms t = new Terms(summits);
        return List.of(
                t.between(RU, 1, 2, UZBEKISTAN_EMBASSY_2010_CHAIR, EASTDAY_2006_SUMMITS),
                t.between(RU, 2, 3, UZBEKISTAN_EMBASSY_2010_CHAIR, EASTDAY_2006_SUMMITS),
                t.between(UZ, 3, 4, UZBEKISTAN_EMBASSY_2010_CHAIR, EASTDAY_2006_SUMMITS),
                t.between(KZ, 4, 5, UZBEKISTAN_EMBASSY_2010_CHAIR, EASTDAY_2006_SUMMITS),
                t.between(CN, 5, 6, CHINA_ORG_2006_PRESIDENCY, EASTDAY_2006_SUMMITS),
                t.between(KG, 6, 7, UZBEKISTAN_EMBASSY_2010_CHAIR, MFA_CHINA_2007_BISHKEK),
                t.between(TJ, 7, 8, UZBEKISTAN_EMBASSY_2010_CHAIR, WORLDJPN_CHS_2008),
                t.between(RU, 8, 9, INFOSHOS_2009_YEKATERINBURG, GLOBAL_TIMES_2014_SUMMITS),
                t.between(UZ, 9, 10, UZBEKISTAN_EMBASSY_2010_CHAIR, XINHUA_2010_TASHKENT),
                t.between(KZ, 10, 11, UZBEKISTAN_EMBASSY_2010_CHAIR, WORLDJPN_CHS_2011),
                t.between(CN, 11, 12, NEWSLINE_2011_CHINA_CHAIR, PAJHWOK_2012_AFGHANISTAN),
                t.between(KG, 12, 13, SCO_SUMMIT_2013),
                t.between(TJ, 13, 14, DIPLOMAT_2014_DUSHANBE, SCO_SUMMIT_2013),
                t.between(RU, 14, 15, TASS_2014_PRESIDENCY, TASS_2015_UFA),
                t.between(UZ, 15, 16, TASS_2015_UFA, TIMES_KUWAIT_2016_TASHKENT),
                t.between(KZ, 16, 17, KAZINFORM_2016_CHAIR),
                t.between(CN, 17, 18, KHOVAR_2017_CHINA_CHAIR, KP_KG_2018_QINGDAO),
                t.between(KG, 18, 19, KP_KG_2018_QINGDAO, RFERL_2019_BISHKEK),
                t.between(RU, 19, 20, RFERL_2019_BISHKEK, TASS_2020_VIDEO_SUMMIT),
                t.between(TJ, 20, 21, MFA_TAJIKISTAN_2020_PRESIDENCY),
                t.between(UZ, 21, 22, CENTRELINE_2021_UZBEK_CHAIR, PTI_2022_INDIA_CHAIR),
                t.between(IN, 22, 23, PTI_2022_INDIA_CHAIR, TREND_2023_KAZAKH_CHAIR),
                t.between(KZ, 23, 24, TREND_2023_KAZAKH_CHAIR, TREND_2024_CHINA_CHAIR),
                t.between(CN, 24, 25, TREND_2024_CHINA_CHAIR, ANEWS_2024_ASTANA, SEED_004),
                t.since(KG, 25, XINHUA_2025_KYRGYZ_CHAIR, TASS_2025_TIANJIN, ASTANA_TIMES_2025_TIANJIN,
                        TASS_2026_KYRGYZ_CHAIR));
    }

    /** Builds terms from the summits that open and close them. */
    private static final class Terms {

        private final Map<Integer, Meeting> summits;

        Terms(Map<Integer, Meeting> summits) {
            this.summits = summits;
        }

        Chairmanship between(Country chair, int handedOverAt, int handedOnAt, Source... sources) {
            return chairmanship(chair, handedOverAt, DateRange.of(dayAfter(handedOverAt), dayAfter(handedOnAt)), sources);
        }

        Chairmanship since(Country chair, int handedOverAt, Source... sources) {
            return chairmanship(chair, handedOverAt, DateRange.ofOpenEnd(dayAfter(handedOverAt)), sources);
        }

        private Chairmanship chairmanship(Country chair, int handedOverAt, DateRange term, Source... sources) {
            int year = summit(handedOverAt).year();
            return new Chairmanship(FactId.of("chair-" + year + "-" + (year + 1)), chair, term, List.of(sources));
        }

        private PartialDate dayAfter(int ordinal) {
            return PartialDate.of(summit(ordinal).lastDay().plusDays(1));
        }

        private Meeting summit(int ordinal) {
            Meeting summit = summits.get(ordinal);
            if (summit == null) {
                throw new IllegalStateException("chairmanship refers to summit " + ordinal + ", which Meetings lacks");
            }
            return summit;
        }
    }
}
