package org.scofacts.data;

import static org.scofacts.data.Countries.AM;
import static org.scofacts.data.Countries.BY;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.IR;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.noted;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Rows.year;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_BELARUS;
import static org.scofacts.data.Sources.LOKMAT_2023_IRAN;
import static org.scofacts.data.Sources.PEOPLE_2022_SAMARKAND;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2023_BELARUS;
import static org.scofacts.model.AccessionStepKind.ADMISSION;
import static org.scofacts.model.AccessionStepKind.APPLICATION;
import static org.scofacts.model.AccessionStepKind.MEMORANDUM_ADOPTED;
import static org.scofacts.model.AccessionStepKind.MEMORANDUM_SIGNED;
import static org.scofacts.model.AccessionStepKind.MINUTES_OF_CONSULTATIONS;
import static org.scofacts.model.AccessionStepKind.PROCEDURE_LAUNCHED;
import static org.scofacts.model.AccessionStepKind.RATIFICATION;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.MeetingRef;
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

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source MEHR_2022_MAJLIS_ACCESSION = source("mehr-2022-majlis-accession", NEWS_REPORT,
            "Multilateralism reality of this century: FM Amir-Abdollahian", "Mehr News Agency", partialDate(2022, 11, 27),
            "https://en.mehrnews.com/news/194156/Multilateralism-reality-of-this-century-FM-Amir-Abdollahian");
    private static final Source MEHR_2023_GUARDIAN_COUNCIL = source("mehr-2023-guardian-council", NEWS_REPORT,
            "Guardian Council approves Iran's membership in SCO bill", "Mehr News Agency", partialDate(2023, 1, 28),
            "https://en.mehrnews.com/news/196714/Guardian-Council-approves-Iran-s-membership-in-SCO-bill");
    private static final Source PEOPLE_2023_RAISI_LAW = source("people-2023-raisi-law", NEWS_REPORT,
            "Iranian president approves law on Iran's SCO membership", "People's Daily Online (Xinhua)",
            partialDate(2023, 2, 8), "http://en.people.cn/n3/2023/0208/c90000-10204675.html");
    private static final Source TASNIM_2023_MEMORANDUM_BILL = noted("tasnim-2023-memorandum-bill", NEWS_REPORT,
            "The Majlis passes the double-urgency bill on Iran's memorandum of obligations in the SCO",
            "Tasnim News Agency", partialDate(2023, 2, 7), "https://tasnimnews.com/fa/news/1401/11/18/2849598/",
            "The title is an English translation of the page's Persian headline.");
    private static final Source TASS_2025_ARMENIA_APPLICATION = noted("tass-2025-armenia-application", NEWS_REPORT,
            "Armenia applies for SCO membership, Pashinyan says", "TASS", partialDate(2025, 7, 16),
            "https://tass.com/world/1990137", "The title is a descriptive English label; the page's own headline was"
                    + " not recorded.");

    private static final Source NATION_2014_APPLICATIONS = source("nation-2014-applications", NEWS_REPORT,
            "India, Pakistan file formal applications for full membership in SCO", "The Nation (Pakistan)",
            partialDate(2014, 9, 13), "https://nation.com.pk/13-Sep-2014/india-pakistan-file-formal-applications-for-full-membership-in-sco");
    private static final Source PRIME_2015_UFA = source("prime-2015-ufa", NEWS_REPORT,
            "SCO heads of state decide to begin admitting India and Pakistan (Ufa summit)", "PRIME (RIA Novosti)",
            partialDate(2015, 7, 10), "https://1prime.ru/amp/20150710/815170589.html");
    private static final Source DAILY_STAR_2015_UFA = source("daily-star-2015-ufa", NEWS_REPORT,
            "India, Pakistan join security group led by Russia, China", "The Daily Star (AP)",
            partialDate(2015, 7, 11), "https://www.thedailystar.net/world/south-asia/india-pakistan-join-security-group-led-russia-china-110674?amp");
    private static final Source ASIA_PLUS_2016_MEMORANDA = source("asia-plus-2016-memoranda", NEWS_REPORT,
            "SCO foreign ministers adopt memorandum of obligations for India and Pakistan to join organization",
            "Asia-Plus", partialDate(2016, 5, 27),
            "http://old.news.tj/en/news/sco-foreign-ministers-adopt-memorandum-obligations-india-and-pakistan-join-organizatio");
    private static final Source KAZINFORM_2016_TASHKENT = source("kazinform-2016-tashkent", NEWS_REPORT,
            "Several documents signed at SCO summit in Tashkent", "Kazinform", partialDate(2016, 6, 24),
            "https://en.inform.kz/amp/several-documents-signed-at-sco-summit-in-tashkent_a2918145/");
    private static final Source APP_2016_MEMORANDUM = source("app-2016-memorandum", NEWS_REPORT,
            "Pakistan signs SCO memorandum of obligations", "Associated Press of Pakistan", partialDate(2016, 6, 24),
            "https://www.app.com.pk/global/pakistan-signs-sco-memorandum-of-obligations/");
    private static final Source APP_2017_ASTANA = source("app-2017-astana", NEWS_REPORT,
            "SCO welcomes Pakistan as full member", "Associated Press of Pakistan", partialDate(2017, 6, 9),
            "https://www.app.com.pk/sco-welcomes-pakistan-as-full-member/");
    private static final Source TIMES_OF_ISLAMABAD_2016_FOREIGN_OFFICE = source("times-of-islamabad-2016-sco",
            NEWS_REPORT, "SCO full membership: How Pakistan is going to be benefitted with it",
            "Times of Islamabad (APP)", partialDate(2016, 6, 21),
            "https://timesofislamabad.com/21-Jun-2016/sco-full-membership-how-pakistan-is-going-to-be-benefitted-with-it");
    private static final Source XEBERSAATI_2017_ASTANA = source("xebersaati-2017-astana", NEWS_REPORT,
            "India and Pakistan join SCO", "Xebersaati (Trend)", partialDate(2017, 6, 9),
            "http://www.xebersaati.com/news/64401-india-and-pakistan-join-sco/");
    private static final Source SPUTNIK_2017_IRAN = source("sputnik-2017-iran", NEWS_REPORT,
            "Iran's bid for SCO membership, applied for in 2008", "Sputnik", partialDate(2017, 4, 21),
            "https://sputniknews.com/asia/201704211052839605-iran-kazakhstan-sco-membership/");
    private static final Source FINANCIAL_TRIBUNE_2019_IRAN = source("financial-tribune-2019-iran", NEWS_REPORT,
            "Iran firm on boosting cooperation with SCO", "Financial Tribune", year(2019),
            "https://financialtribune.com/articles/national/96372/iran-firm-on-boosting-cooperation-with-sco");
    private static final Source TASS_2021_DUSHANBE_DECISIONS = source("tass-2021-dushanbe-decisions", NEWS_REPORT,
            "Dushanbe summit launches Iran's admission and grants three dialogue partner statuses", "TASS",
            partialDate(2021, 9, 23), "https://tass.com/politics/1341593");
    private static final Source TASS_2022_IRAN = source("tass-2022-iran", NEWS_REPORT,
            "Iran's admission to the SCO, launched at the Dushanbe summit of 17 September 2021", "TASS",
            partialDate(2022, 7, 12), "https://tass.com/world/1479045");
    private static final Source ROSSAPRIMAVERA_2022_IRAN = source("rossaprimavera-2022-iran", NEWS_REPORT,
            "Protocol of consultations on Iran's accession to the SCO signed in Tashkent (Uzbek foreign ministry)",
            "Krasnaya Vesna", partialDate(2022, 3, 11), "https://rossaprimavera.ru/news/a26a7e71");
    private static final Source IRAN_PROJECT_2022_IRAN = source("iran-project-2022-iran", NEWS_REPORT,
            "SCO members agree with Iran's membership mechanism", "The Iran Project (Mehr)", partialDate(2022, 3, 12),
            "https://theiranproject.com/blog/2022/03/12/sco-members-agree-with-irans-membership-mechanism/");
    private static final Source URDUPOINT_2022_IRAN = source("urdupoint-2022-iran", NEWS_REPORT,
            "Iran signs memorandum of commitments to SCO", "UrduPoint (Sputnik)", partialDate(2022, 9, 15),
            "https://www.urdupoint.com/en/world/iran-signs-memorandum-of-commitments-to-sco-1563091.html");
    private static final Source INFOROS_2022_IRAN = source("inforos-2022-iran", NEWS_REPORT,
            "Iran's memorandum of obligations signed in Samarkand", "Inforos", partialDate(2022, 9, 15),
            "https://inforos.com/?action=view&id=144431&module=news");
    private static final Source SPUTNIK_2023_IRAN = source("sputnik-2023-iran", NEWS_REPORT,
            "Iran becomes full-fledged member of Shanghai Cooperation Organization", "Sputnik", partialDate(2023, 7, 4),
            "https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html");
    private static final Source DEVDISCOURSE_2023_KWATRA = source("devdiscourse-2023-kwatra", NEWS_REPORT,
            "Belarus set to become a full member of SCO by 2024: FS Kwatra", "Devdiscourse (ANI)", partialDate(2023, 7, 4),
            "https://www.devdiscourse.com/article/international/2510936-belarus-set-to-become-a-full-member-of-sco-charter-by-2024-fs-kwatra");
    private static final Source URDUPOINT_2022_BELARUS = source("urdupoint-2022-belarus", NEWS_REPORT,
            "Minsk applies for membership in Shanghai Cooperation Organization", "UrduPoint (Sputnik)",
            partialDate(2022, 7, 11), "https://www.urdupoint.com/en/world/minsk-applies-for-membership-in-shanghai-coop-1535080.html");
    private static final Source TASS_2022_BELARUS = source("tass-2022-belarus", NEWS_REPORT,
            "SCO Secretary-General: Belarus has officially applied for membership", "TASS", partialDate(2022, 7, 15),
            "https://tass.com/economy/1480313");
    private static final Source NEWS_AZ_2024_BELARUS = source("news-az-2024-belarus", NEWS_REPORT,
            "Belarus officially becomes SCO member", "News.az", partialDate(2024, 7, 4),
            "https://news.az/news/belarus-officially-becomes-sco-member");
    private static final Source SECTSCO_2023_BELARUS_MINUTES = source("sectsco-2023-belarus-minutes", OFFICIAL,
            "Minutes of consultations on Belarus's accession signed in Varanasi", "SCO Secretariat (Chinese site)",
            partialDate(2023, 1, 18), "https://chn.sectsco.org/20230118/927512.html");
    private static final Source EADAILY_2023_BELARUS = source("eadaily-2023-belarus", NEWS_REPORT,
            "SCO countries sign memorandum on Belarus's accession to the organisation", "EADaily",
            partialDate(2023, 7, 4), "https://eadaily.com/ru/ampnews/2023/07/04/strany-shos-podpisali-memorandum-o-prisoedinenii-belorussii-k-organizacii");
    private static final Source ORIENT_2023_BELARUS = source("orient-2023-belarus", NEWS_REPORT,
            "Belarus has completed ratification of memorandum on joining SCO", "Orient", partialDate(2023, 11, 30),
            "https://orient.tm/en/post/64634/belarus-has-completed-ratification-memorandum-joining-sco");
    private static final Source PEOPLE_2023_BELARUS = source("people-2023-belarus", NEWS_REPORT,
            "Lukashenko signs law ratifying Belarus's SCO memorandum of obligations", "People's Daily Online (Xinhua)",
            partialDate(2023, 12, 1), "http://en.people.cn/n3/2023/1201/c90000-20104775.html");
    private static final Source KAZINFORM_2024_BELARUS = source("kazinform-2024-belarus", NEWS_REPORT,
            "Belarus officially joins SCO, becoming its 10th member state", "Kazinform", partialDate(2024, 7, 4),
            "https://en.inform.kz/news/belarus-officially-joins-sco-becoming-its-10th-member-state-bbfe88/");

    private static final Place NOT_RECORDED = null;
    private static final String NO_MEETING = null;

    static List<AccessionStep> all() {
        return List.of(
                // Pakistan's Foreign Office: the first observer to apply for full membership, in 2010. Two
                // Pakistani sources date a first application to 2006 (ISSI, issi.org.pk, and one news outlet);
                // the Foreign Office's own account is followed and the 2006 date is left out.
                step("accession.pk.application-2010", PK, APPLICATION, year(2010), NOT_RECORDED, NO_MEETING,
                        TIMES_OF_ISLAMABAD_2016_FOREIGN_OFFICE, APP_2017_ASTANA),
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
                // Two laws: the Majlis passed the accession bill on 27 November 2022 (205 for, 3 against; Mehr),
                // amended it on 24 January 2023 after the Guardian Council's objections, and the Council approved
                // it on 28 January (Mehr that day; a later Mehr report says 4 February); the President sent the
                // law for implementation on 7 February. The Majlis passed the bill on the memorandum of
                // obligations on 7 February 2023 (169 for, 2 against; Tasnim). The Guardian Council's approval of
                // that second law is dated only by an unofficial copy of its text, so the month is recorded.
                step(IR, RATIFICATION, month(2023, 2), NOT_RECORDED, NO_MEETING, MEHR_2022_MAJLIS_ACCESSION,
                        MEHR_2023_GUARDIAN_COUNCIL, PEOPLE_2023_RAISI_LAW, TASNIM_2023_MEMORANDUM_BILL),
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
                        ASTANA_TIMES_2024_BELARUS),

                // Armenia's foreign ministry stated its wish to join on 3 July 2025; on 16 July the prime minister
                // said the application had been made. The day of submission is not given. Left out: Azerbaijan's
                // bid (its submission is undated; the report is second-hand).
                step(AM, APPLICATION, month(2025, 7), NOT_RECORDED, NO_MEETING, TASS_2025_ARMENIA_APPLICATION));
    }

    private static Place at(String city, Country country) {
        return Place.of(city, country);
    }

    private static AccessionStep step(Country country, AccessionStepKind kind, PartialDate date, Place placeOrNull,
                                      String meetingOrNull, Source... sources) {
        String id = "accession." + country.alpha2().toLowerCase(Locale.ROOT) + "."
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return step(id, country, kind, date, placeOrNull, meetingOrNull, sources);
    }

    /** A step of a kind the country took more than once, with an identifier of its own. */
    private static AccessionStep step(String id, Country country, AccessionStepKind kind, PartialDate date,
                                      Place placeOrNull, String meetingOrNull, Source... sources) {
        return new AccessionStep(FactId.of(id), country, Status.MEMBER_STATE, kind, date,
                Optional.ofNullable(placeOrNull), meetingOrNull == null ? Optional.empty() : Optional.of(MeetingRef.of(meetingOrNull)), List.of(sources));
    }
}
