package org.scofacts.data;

import static org.scofacts.data.Countries.BY;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.IR;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.APP_2016_MEMORANDUM;
import static org.scofacts.data.Sources.ASIA_PLUS_2016_MEMORANDA;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_BELARUS;
import static org.scofacts.data.Sources.DAILY_STAR_2015_UFA;
import static org.scofacts.data.Sources.DEVDISCOURSE_2023_KWATRA;
import static org.scofacts.data.Sources.EADAILY_2023_BELARUS;
import static org.scofacts.data.Sources.FINANCIAL_TRIBUNE_2019_IRAN;
import static org.scofacts.data.Sources.INFOROS_2022_IRAN;
import static org.scofacts.data.Sources.IRAN_PROJECT_2022_IRAN;
import static org.scofacts.data.Sources.KAZINFORM_2016_TASHKENT;
import static org.scofacts.data.Sources.KAZINFORM_2024_BELARUS;
import static org.scofacts.data.Sources.LOKMAT_2023_IRAN;
import static org.scofacts.data.Sources.NATION_2014_APPLICATIONS;
import static org.scofacts.data.Sources.NEWS_AZ_2024_BELARUS;
import static org.scofacts.data.Sources.ORIENT_2023_BELARUS;
import static org.scofacts.data.Sources.PEOPLE_2022_SAMARKAND;
import static org.scofacts.data.Sources.PEOPLE_2023_BELARUS;
import static org.scofacts.data.Sources.PRIME_2015_UFA;
import static org.scofacts.data.Sources.ROSSAPRIMAVERA_2022_IRAN;
import static org.scofacts.data.Sources.SECTSCO_2023_BELARUS_MINUTES;
import static org.scofacts.data.Sources.SPUTNIK_2017_IRAN;
import static org.scofacts.data.Sources.SPUTNIK_2023_IRAN;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2021_DUSHANBE_DECISIONS;
import static org.scofacts.data.Sources.TASS_2022_BELARUS;
import static org.scofacts.data.Sources.TASS_2022_IRAN;
import static org.scofacts.data.Sources.TASS_2023_BELARUS;
import static org.scofacts.data.Sources.URDUPOINT_2022_BELARUS;
import static org.scofacts.data.Sources.URDUPOINT_2022_IRAN;
import static org.scofacts.data.Sources.XEBERSAATI_2017_ASTANA;
import static org.scofacts.model.AccessionStepKind.ADMISSION;
import static org.scofacts.model.AccessionStepKind.APPLICATION;
import static org.scofacts.model.AccessionStepKind.MEMORANDUM_ADOPTED;
import static org.scofacts.model.AccessionStepKind.MEMORANDUM_SIGNED;
import static org.scofacts.model.AccessionStepKind.MINUTES_OF_CONSULTATIONS;
import static org.scofacts.model.AccessionStepKind.PROCEDURE_LAUNCHED;
import static org.scofacts.model.AccessionStepKind.RATIFICATION;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Place;
import org.scofacts.model.Source;
import org.scofacts.model.Status;

/**
 * The steps by which India, Pakistan, Iran and Belarus became member states, from application to
 * admission: one row per country and step. Observer and dialogue-partner grants are the starts of their
 * status periods ({@code StatusPeriods}) and are not repeated here.
 */
final class AccessionSteps {

    private AccessionSteps() {
    }

    private static final Place NOT_RECORDED = null;
    private static final String NO_MEETING = null;

    static List<AccessionStep> all() {
        return List.of(
                // Pakistan's earlier request of 2006 rests on a single report and is left out.
                step(IN, APPLICATION, month(2014, 9), at("Dushanbe", TJ), "chs-14", NATION_2014_APPLICATIONS,
                        PRIME_2015_UFA),
                step(PK, APPLICATION, month(2014, 9), at("Dushanbe", TJ), "chs-14", NATION_2014_APPLICATIONS,
                        PRIME_2015_UFA),
                step(IN, PROCEDURE_LAUNCHED, partialDate(2015, 7, 10), at("Ufa", RU), "chs-15", PRIME_2015_UFA,
                        DAILY_STAR_2015_UFA, TASS_2017_ASTANA),
                step(PK, PROCEDURE_LAUNCHED, partialDate(2015, 7, 10), at("Ufa", RU), "chs-15", PRIME_2015_UFA,
                        DAILY_STAR_2015_UFA, TASS_2017_ASTANA),
                // The Council of Foreign Ministers adopted both drafts for the Tashkent summit to approve.
                step(IN, MEMORANDUM_ADOPTED, partialDate(2016, 5, 24), at("Tashkent", UZ), NO_MEETING,
                        ASIA_PLUS_2016_MEMORANDA),
                step(PK, MEMORANDUM_ADOPTED, partialDate(2016, 5, 24), at("Tashkent", UZ), NO_MEETING,
                        ASIA_PLUS_2016_MEMORANDA),
                step(IN, MEMORANDUM_SIGNED, partialDate(2016, 6, 24), at("Tashkent", UZ), "chs-16", KAZINFORM_2016_TASHKENT,
                        APP_2016_MEMORANDUM),
                step(PK, MEMORANDUM_SIGNED, partialDate(2016, 6, 24), at("Tashkent", UZ), "chs-16", KAZINFORM_2016_TASHKENT,
                        APP_2016_MEMORANDUM),
                step(IN, ADMISSION, partialDate(2017, 6, 9), at("Astana", KZ), "chs-17", TASS_2017_ASTANA,
                        XEBERSAATI_2017_ASTANA),
                step(PK, ADMISSION, partialDate(2017, 6, 9), at("Astana", KZ), "chs-17", TASS_2017_ASTANA,
                        XEBERSAATI_2017_ASTANA),

                // Not considered while UN sanctions applied to Iran; one later source speaks of a second
                // application in 2009. A day (24 March 2008) is found only in an unusable forum copy.
                step(IR, APPLICATION, year(2008), NOT_RECORDED, NO_MEETING, SPUTNIK_2017_IRAN,
                        FINANCIAL_TRIBUNE_2019_IRAN),
                step(IR, PROCEDURE_LAUNCHED, partialDate(2021, 9, 17), at("Dushanbe", TJ), "chs-21", TASS_2022_IRAN,
                        TASS_2021_DUSHANBE_DECISIONS),
                // The Uzbek foreign ministry reported the signing on 11 March 2022; the day of signing
                // itself is not stated, so the month is recorded. The consultations also approved the
                // draft memorandum of obligations.
                step(IR, MINUTES_OF_CONSULTATIONS, month(2022, 3), at("Tashkent", UZ), NO_MEETING,
                        ROSSAPRIMAVERA_2022_IRAN, IRAN_PROJECT_2022_IRAN),
                // Signed on the summit's first day by Iran's foreign minister and the Secretary-General;
                // Xinhua attaches it to the main day, 16 September.
                step(IR, MEMORANDUM_SIGNED, partialDate(2022, 9, 15), at("Samarkand", UZ), "chs-22", URDUPOINT_2022_IRAN,
                        INFOROS_2022_IRAN),
                step(IR, ADMISSION, partialDate(2023, 7, 4), at("New Delhi", IN), "chs-23", SPUTNIK_2023_IRAN,
                        LOKMAT_2023_IRAN, DEVDISCOURSE_2023_KWATRA),

                // Reported as sent by 11 July 2022; the day of submission is not known.
                step(BY, APPLICATION, month(2022, 7), NOT_RECORDED, NO_MEETING, URDUPOINT_2022_BELARUS,
                        TASS_2022_BELARUS),
                step(BY, PROCEDURE_LAUNCHED, partialDate(2022, 9, 16), at("Samarkand", UZ), "chs-22", NEWS_AZ_2024_BELARUS,
                        PEOPLE_2022_SAMARKAND),
                step(BY, MINUTES_OF_CONSULTATIONS, partialDate(2023, 1, 17), at("Varanasi", IN), NO_MEETING,
                        SECTSCO_2023_BELARUS_MINUTES),
                step(BY, MEMORANDUM_SIGNED, partialDate(2023, 7, 4), at("New Delhi", IN), "chs-23", TASS_2023_BELARUS,
                        EADAILY_2023_BELARUS),
                // The lower house approved on 1 November, the upper on 22 November; the law was published
                // on 29 November 2023. The day the President signed it is not stated.
                step(BY, RATIFICATION, month(2023, 11), NOT_RECORDED, NO_MEETING, TASS_2023_BELARUS,
                        PEOPLE_2023_BELARUS, ORIENT_2023_BELARUS),
                step(BY, ADMISSION, partialDate(2024, 7, 4), at("Astana", KZ), "chs-24", KAZINFORM_2024_BELARUS,
                        ASTANA_TIMES_2024_BELARUS));
    }

    private static Place at(String city, Country country) {
        return Place.of(city, country);
    }

    private static AccessionStep step(Country country, AccessionStepKind kind, PartialDate date, Place placeOrNull,
                                      String meetingOrNull, Source... sources) {
        String id = "accession." + country.alpha2().toLowerCase(Locale.ROOT) + "."
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new AccessionStep(FactId.of(id), country, Status.MEMBER_STATE, kind, date,
                Optional.ofNullable(placeOrNull), meetingOrNull == null ? Optional.empty() : Optional.of(FactId.of(meetingOrNull)), List.of(sources));
    }
}
