package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Rows.between;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Sources.ASTANA_TIMES_2023_TOURISM_FORUM;
import static org.scofacts.data.Sources.CHINA_DAILY_2024_GREEN_FORUM;
import static org.scofacts.data.Sources.CHINA_DIPLOMACY_2024_INTERACTION;
import static org.scofacts.data.Sources.ECNS_2016_SHANGHAI_FIVE;
import static org.scofacts.data.Sources.GNFCC_2021_WUHAN;
import static org.scofacts.data.Sources.KAZINFORM_2023_IMPROVEMENT;
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
                // Kazakhstan chaired these consultations; the SCO chair was then India.
                event("event-improvement-consultations-2023", CONSULTATION, "First expert consultations on improving"
                        + " the SCO's activities", on(month(2023, 3)), at("Astana", KZ), KAZINFORM_2023_IMPROVEMENT,
                        SEED_000),
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
                event("event-interaction-2024", EXERCISE, "Interaction-2024 joint counter-terrorism exercise",
                        on(month(2024, 7)), PLACE_NOT_RECORDED, CHINA_DIPLOMACY_2024_INTERACTION, SEED_004),
                // seed-003 names the line China-Kyrgyzstan-"Ukraine"; it is the China-Kyrgyzstan-Uzbekistan railway.
                event("event-railway-construction-2024", MILESTONE, "Construction of the China-Kyrgyzstan-Uzbekistan"
                        + " railway begins", on(partialDate(2024, 12, 27)), PLACE_NOT_RECORDED, PEOPLE_2024_RAILWAY, SEED_003),
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
}
