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
import static org.scofacts.data.Rows.between;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Sources.ASTANA_TIMES_2023_TOURISM_FORUM;
import static org.scofacts.data.Sources.BASTILLE_POST_2024_RAILWAY;
import static org.scofacts.data.Sources.BJREVIEW_2009_PEACE_MISSION;
import static org.scofacts.data.Sources.CHINAMIL_2015_XIAMEN;
import static org.scofacts.data.Sources.CHINA_DAILY_2013_PEACE_MISSION;
import static org.scofacts.data.Sources.CHINA_ORG_2005_PEACE_MISSION;
import static org.scofacts.data.Sources.CHINA_ORG_2007_PEACE_MISSION;
import static org.scofacts.data.Sources.ECRATS_COORDINATION;
import static org.scofacts.data.Sources.GLOBAL_TIMES_2024_INTERACTION;
import static org.scofacts.data.Sources.IDS_2018_PEACE_MISSION;
import static org.scofacts.data.Sources.KAZINFORM_2016_PEACE_MISSION;
import static org.scofacts.data.Sources.KG24_2024_RAILWAY;
import static org.scofacts.data.Sources.NIE_2022_MANESAR;
import static org.scofacts.data.Sources.PEOPLE_2012_PEACE_MISSION;
import static org.scofacts.data.Sources.RT_2013_PEACE_MISSION;
import static org.scofacts.data.Sources.SCIO_2018_EXERCISES;
import static org.scofacts.data.Sources.SECTSCO_2021_PABBI;
import static org.scofacts.data.Sources.TASS_2021_PEACE_MISSION;
import static org.scofacts.data.Sources.TASS_2021_PEACE_MISSION_STARTS;
import static org.scofacts.data.Sources.HERALD_TRIBUNE_2005_PEACE_MISSION;
import static org.scofacts.data.Sources.XINHUA_2010_PEACE_MISSION;
import static org.scofacts.data.Sources.XINHUA_2014_PEACE_MISSION;
import static org.scofacts.data.Sources.CHINA_DAILY_2024_GREEN_FORUM;
import static org.scofacts.data.Sources.CHINA_DIPLOMACY_2024_INTERACTION;
import static org.scofacts.data.Sources.ECNS_2016_SHANGHAI_FIVE;
import static org.scofacts.data.Sources.GNFCC_2021_WUHAN;
import static org.scofacts.data.Sources.PEOPLE_2024_RAILWAY;
import static org.scofacts.data.Sources.PEOPLE_2024_YANGLING;
import static org.scofacts.data.Sources.PEOPLE_2025_PARTIES_FORUM;
import static org.scofacts.data.Sources.RFERL_1996_SHANGHAI;
import static org.scofacts.data.Sources.SECTSCO_2019_SPIDER_WEB;
import static org.scofacts.data.Sources.SECTSCO_2021_CONTACT_GROUP;
import static org.scofacts.data.Sources.SECTSCO_2021_SCO_DAY;
import static org.scofacts.data.Sources.SECTSCO_2023_YEAR_OF_TOURISM;
import static org.scofacts.data.Sources.SECTSCO_2024_ECOLOGY_FORUM;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2024_WATER_CONFERENCE;
import static org.scofacts.model.EventKind.CONFERENCE;
import static org.scofacts.model.EventKind.CONSULTATION;
import static org.scofacts.model.EventKind.EXERCISE;
import static org.scofacts.model.EventKind.FORUM;
import static org.scofacts.model.EventKind.MILESTONE;
import static org.scofacts.model.EventKind.OPERATION;

import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Place;
import org.scofacts.model.Source;

/**
 * Forums, exercises, operations, consultations and milestones: one row per event. Events the seed
 * articles announced are recorded from reports that they took place.
 */
final class Events {

    private Events() {
    }

    private static final Place PLACE_NOT_RECORDED = null;

    static List<Event> all() {
        return List.of(
                // China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan; the group that became the SCO.
                event("event-shanghai-five-1996", MILESTONE, "Shanghai Five summit: the five states sign the"
                        + " agreement on confidence-building in the military field in border areas", on(partialDate(1996, 4, 26)),
                        at("Shanghai", CN), ECNS_2016_SHANGHAI_FIVE, RFERL_1996_SHANGHAI),
                // Joint exercises. Participants are the states whose forces or competent authorities took part, as
                // the sources list them; empty where no source does. Where an exercise had phases in two
                // countries, the place is the field phase's. Left out: Peace Mission 2018's participants
                // (sources disagree on whether Uzbekistan sent troops), Belarus in Peace Mission 2021 (a
                // participant per TASS, an observer per Pakistan's military), Pabbi-Antiterror-2021's list (only
                // Pakistan and China took part in person, the others from their own territories), and the
                // exercises known only from announcements or mirror sites (Kazygurt-Antiterror-2013, Norak-Antiterror-2009,
                // Tianshan-1 and -2, Sary-Arka-Antiterror-2019).
                exercise("event-exercise-01-2002", "Exercise-01, the first bilateral anti-terrorist exercise of SCO"
                        + " member states, on the China-Kyrgyzstan border", on(month(2002, 10)), PLACE_NOT_RECORDED,
                        List.of(CN, KG), SCIO_2018_EXERCISES),
                // Held in eastern Kazakhstan and in Xinjiang, China, so no single place is recorded.
                exercise("event-coalition-2003", "Coalition-2003, the first multilateral SCO anti-terrorist exercise",
                        on(month(2003, 8)), PLACE_NOT_RECORDED, List.of(CN, KZ, KG, RU, TJ), SCIO_2018_EXERCISES),
                // A China-Russia exercise; it opened in Vladivostok, its field phase was in China.
                exercise("event-peace-mission-2005", "Peace Mission 2005 joint exercise",
                        between(partialDate(2005, 8, 18), partialDate(2005, 8, 26)), at("Shandong Peninsula", CN),
                        List.of(CN, RU), CHINA_ORG_2005_PEACE_MISSION, HERALD_TRIBUNE_2005_PEACE_MISSION),
                exercise("event-peace-mission-2007", "Peace Mission 2007 joint counter-terrorism exercise",
                        between(partialDate(2007, 8, 9), partialDate(2007, 8, 18)), at("Chelyabinsk", RU),
                        List.of(CN, KZ, KG, RU, TJ, UZ), CHINA_ORG_2007_PEACE_MISSION),
                exercise("event-peace-mission-2009", "Peace Mission 2009 joint counter-terrorism exercise",
                        between(partialDate(2009, 7, 22), partialDate(2009, 7, 27)), at("Taonan", CN), List.of(CN, RU),
                        BJREVIEW_2009_PEACE_MISSION),
                exercise("event-peace-mission-2010", "Peace Mission 2010 joint counter-terrorism exercise",
                        between(partialDate(2010, 9, 10), partialDate(2010, 9, 25)), at("Matybulak", KZ),
                        List.of(CN, KZ, KG, RU, TJ), XINHUA_2010_PEACE_MISSION),
                exercise("event-peace-mission-2012", "Peace Mission 2012 joint counter-terrorism exercise",
                        between(partialDate(2012, 6, 8), partialDate(2012, 6, 15)), at("Chorukh-Dayron", TJ),
                        List.of(CN, KZ, KG, RU, TJ), ECRATS_COORDINATION, PEOPLE_2012_PEACE_MISSION),
                exercise("event-peace-mission-2013", "Peace Mission 2013 joint counter-terrorism exercise",
                        between(partialDate(2013, 7, 27), partialDate(2013, 8, 16)), at("Chebarkul", RU), List.of(CN, RU),
                        CHINA_DAILY_2013_PEACE_MISSION, RT_2013_PEACE_MISSION),
                exercise("event-peace-mission-2014", "Peace Mission 2014 joint counter-terrorism exercise",
                        between(partialDate(2014, 8, 24), partialDate(2014, 8, 30)), at("Inner Mongolia", CN),
                        List.of(CN, KZ, KG, RU, TJ), XINHUA_2014_PEACE_MISSION),
                exercise("event-xiamen-2015", "Xiamen-2015, the first SCO joint online counter-terrorism exercise",
                        on(partialDate(2015, 10, 14)), at("Xiamen", CN), List.of(), CHINAMIL_2015_XIAMEN),
                exercise("event-peace-mission-2016", "Peace Mission 2016 joint counter-terrorism exercise",
                        between(partialDate(2016, 9, 15), partialDate(2016, 9, 22)), at("Issyk-Kul region", KG),
                        List.of(CN, KZ, KG, RU, TJ), KAZINFORM_2016_PEACE_MISSION),
                exercise("event-peace-mission-2018", "Peace Mission 2018 joint counter-terrorism exercise",
                        between(partialDate(2018, 8, 22), partialDate(2018, 8, 30)), at("Chebarkul", RU), List.of(),
                        IDS_2018_PEACE_MISSION),
                exercise("event-peace-mission-2021", "Peace Mission 2021 joint counter-terrorism exercise",
                        between(partialDate(2021, 9, 20), partialDate(2021, 9, 25)), at("Donguz", RU),
                        List.of(CN, IN, KZ, KG, PK, RU, TJ, UZ), TASS_2021_PEACE_MISSION, TASS_2021_PEACE_MISSION_STARTS),
                exercise("event-pabbi-antiterror-2021", "Pabbi-Antiterror-2021 joint anti-terrorist exercise, second"
                        + " stage", between(partialDate(2021, 9, 21), partialDate(2021, 10, 5)), at("Pabbi", PK), List.of(),
                        SECTSCO_2021_PABBI),
                // Tajikistan and the RATS Executive Committee observed.
                exercise("event-manesar-antiterror-2022", "Manesar-Antiterror-2022 joint anti-terrorist exercise,"
                        + " second stage", between(partialDate(2022, 10, 8), partialDate(2022, 10, 14)), at("Manesar", IN),
                        List.of(IN, KZ, KG, RU, UZ), NIE_2022_MANESAR),
                event("event-spider-web-2019", OPERATION, "International anti-drug operation Spider Web",
                        between(partialDate(2019, 7, 8), partialDate(2019, 7, 13)), PLACE_NOT_RECORDED, SECTSCO_2019_SPIDER_WEB),
                // seed-000 dates the base to 2019, when it was proposed; it opened in October 2020.
                event("event-yangling-base-2020", MILESTONE, "SCO Demonstration Base for Agricultural Technology"
                        + " Exchange and Training opens", on(month(2020, 10)), at("Yangling", CN), PEOPLE_2024_YANGLING,
                        SEED_000),
                event("event-wuhan-forum-2021", FORUM, "SCO Forum on People-to-People Friendship",
                        on(partialDate(2021, 6, 3)), at("Wuhan", CN), GNFCC_2021_WUHAN, SEED_002),
                event("event-sco-day-2021", CONFERENCE, "Reception marking the SCO's 20th anniversary",
                        on(partialDate(2021, 6, 15)), at("Beijing", CN), SECTSCO_2021_SCO_DAY, SEED_002),
                event("event-afghanistan-contact-group-2021", CONSULTATION, "SCO-Afghanistan Contact Group meeting"
                        + " of foreign ministers", on(partialDate(2021, 7, 14)), at("Dushanbe", TJ), SECTSCO_2021_CONTACT_GROUP,
                        SEED_002),
                event("event-tourism-forum-2023", FORUM, "SCO Forum on the Year of Tourism 2023",
                        between(partialDate(2023, 11, 23), partialDate(2023, 11, 27)), at("Urumqi", CN), SECTSCO_2023_YEAR_OF_TOURISM,
                        ASTANA_TIMES_2023_TOURISM_FORUM, SEED_000),
                event("event-water-conference-2024", CONFERENCE, "Third High-Level International Conference on the"
                        + " Water Action Decade 2018-2028", between(partialDate(2024, 6, 10), partialDate(2024, 6, 14)),
                        at("Dushanbe", TJ), TASS_2024_WATER_CONFERENCE, SEED_000),
                event("event-green-development-forum-2024", FORUM, "SCO Forum on Green Development",
                        between(partialDate(2024, 7, 8), partialDate(2024, 7, 10)), at("Qingdao", CN), CHINA_DAILY_2024_GREEN_FORUM,
                        SEED_004),
                event("event-ecology-forum-2024", FORUM, "SCO Year of Ecology 2024 sub-forum", on(partialDate(2024, 7, 8)),
                        at("Qingdao", CN), SECTSCO_2024_ECOLOGY_FORUM, SEED_000),
                // The first live drill with the competent authorities of every member state; no city or days given.
                exercise("event-interaction-2024", "Interaction-2024 joint counter-terrorism exercise",
                        on(month(2024, 7)), at("Xinjiang Uygur Autonomous Region", CN),
                        List.of(CN, IN, IR, KZ, KG, PK, RU, TJ, UZ, BY), CHINA_DIPLOMACY_2024_INTERACTION,
                        GLOBAL_TIMES_2024_INTERACTION, SEED_004),
                // seed-003 names the line China-Kyrgyzstan-"Ukraine"; it is the China-Kyrgyzstan-Uzbekistan railway.
                // Sources differ on the locality (Jalal-Abad city, or a village in the region), so the region.
                event("event-railway-construction-2024", MILESTONE, "Construction of the China-Kyrgyzstan-Uzbekistan"
                        + " railway begins", on(partialDate(2024, 12, 27)), at("Jalal-Abad region", KG),
                        PEOPLE_2024_RAILWAY, BASTILLE_POST_2024_RAILWAY, KG24_2024_RAILWAY, SEED_003),
                event("event-political-parties-forum-2025", FORUM, "SCO Political Parties Forum",
                        between(partialDate(2025, 4, 23), partialDate(2025, 4, 25)), at("Urumqi", CN), PEOPLE_2025_PARTIES_FORUM,
                        SEED_004));
    }

    private static DateRange on(PartialDate date) {
        return date.isExact() ? DateRange.from(date) : between(date, PartialDate.of(date.endExclusive()));
    }

    private static Place at(String city, Country country) {
        return Place.of(city, country);
    }

    private static Event event(String id, EventKind kind, String name, DateRange period, Place placeOrNull,
                               Source... sources) {
        return new Event(FactId.of(id), kind, name, period, Optional.ofNullable(placeOrNull), List.of(sources));
    }

    private static Event exercise(String id, String name, DateRange period, Place placeOrNull,
                                  List<Country> participants, Source... sources) {
        return new Event(FactId.of(id), EXERCISE, name, period, Optional.ofNullable(placeOrNull), List.of(sources),
                participants);
    }
}
