package org.scofacts.data;

import static org.scofacts.data.Countries.AE;
import static org.scofacts.data.Countries.AF;
import static org.scofacts.data.Countries.AM;
import static org.scofacts.data.Countries.AZ;
import static org.scofacts.data.Countries.BH;
import static org.scofacts.data.Countries.BY;
import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.EG;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.IR;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KH;
import static org.scofacts.data.Countries.KW;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.LA;
import static org.scofacts.data.Countries.LK;
import static org.scofacts.data.Countries.MM;
import static org.scofacts.data.Countries.MN;
import static org.scofacts.data.Countries.MV;
import static org.scofacts.data.Countries.NP;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.QA;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.SA;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.TR;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.between;
import static org.scofacts.data.Rows.month;
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.since;
import static org.scofacts.data.Rows.source;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_BELARUS;
import static org.scofacts.data.Sources.EASTDAY_2006_SUMMITS;
import static org.scofacts.data.Sources.ECNS_2017_ASTANA;
import static org.scofacts.data.Sources.FINANCIAL_EXPRESS_2023_GOA;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.KREMLIN_2024_ASTANA;
import static org.scofacts.data.Sources.LOKMAT_2023_IRAN;
import static org.scofacts.data.Sources.PAJHWOK_2012_AFGHANISTAN;
import static org.scofacts.data.Sources.PAKISTAN_TODAY_2024_AFGHANISTAN;
import static org.scofacts.data.Sources.PEOPLE_2022_SAMARKAND;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2021_PARTNERS;
import static org.scofacts.data.Sources.TASS_2023_BELARUS;
import static org.scofacts.data.Sources.TASS_2025_PARTNERS;
import static org.scofacts.data.Sources.URDUPOINT_2021_DUSHANBE;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2004;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2005;
import static org.scofacts.model.SourceKind.NEWS_REPORT;
import static org.scofacts.model.SourceKind.OFFICIAL;
import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;
import static org.scofacts.model.Status.PARTNER;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.PartialDate;
import org.scofacts.model.DateRange;
import org.scofacts.model.Source;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * Who held which status when: one row per country and status period.
 *
 * <p>A status starts on the day the Council of Heads of State decided it. Where a memorandum was
 * signed later, the grant says so; sources that date a status from the memorandum are noted. On
 * 1 September 2025 the Tianjin summit merged observer states and dialogue partners into one status,
 * SCO partner, so every observer and dialogue partner period still open then ends that day.
 */
final class StatusPeriods {

    private StatusPeriods() {
    }

    // The sources only this table cites; those that several tables cite are in Sources.
    private static final Source KAZINFORM_2017_MONGOLIA = source("kazinform-2017-mongolia", NEWS_REPORT,
            "Mongolian President to participate in SCO summit in Astana", "Kazinform", partialDate(2017, 5, 29),
            "https://en.inform.kz/amp/mongolian-president-to-participate-in-sco-summit-in-astana_a3030679/");
    private static final Source SECTSCO_2019_MONGOLIA = source("sectsco-2019-mongolia", OFFICIAL,
            "Mongolia, SCO observer state since 2004", "SCO Secretariat", partialDate(2019, 11, 1),
            "http://eng.sectsco.org/news/20191101/593557.html");
    private static final Source HINDU_2005_OBSERVERS = source("hindu-2005-observers", NEWS_REPORT,
            "India to join Shanghai group as observer", "The Hindu", month(2005, 6),
            "https://www.thehindu.com/todays-paper/tp-national/india-to-join-shanghai-group-as-observer/article27381151.ece");
    private static final Source INTERFAX_2009_YEKATERINBURG = source("interfax-2009-yekaterinburg", NEWS_REPORT,
            "Medvedev: SCO grants dialogue partner status to Belarus and Sri Lanka", "Interfax", partialDate(2009, 6, 16),
            "https://www.interfax.ru/amp/85291");
    private static final Source PRIU_2009_SRI_LANKA = source("priu-2009-sri-lanka", OFFICIAL,
            "Sri Lanka gains partnership in the SCO", "Government of Sri Lanka (PRIU)", partialDate(2009, 6, 17),
            "http://www.priu.gov.lk/news_update/Current_Affairs/ca200906/20090617sl_gains_partnership_in_sco.htm");
    private static final Source MFA_TURKEY_2013 = source("mfa-turkey-2013", OFFICIAL,
            "Statement of the Spokesman on Turkey's dialogue partnership with the SCO",
            "Ministry of Foreign Affairs of Turkey", partialDate(2013, 2, 5),
            "http://www.mfa.gov.tr/qa_3_-5-february-2013_-statement-of-the-spokesman-of-the-ministry-of-foreign-affairs-of-turkey-in-response-to-a-question-regarding-turkey_s-dialogue-partnership-to-the-shanghai-cooperation-organization.en.mfa");
    private static final Source TRT_2015_UFA = source("trt-2015-ufa", NEWS_REPORT,
            "Uzbekistan takes over SCO leadership at Ufa", "TRT World", month(2015, 7),
            "http://www.trtworld.com/asia/uzbekistan-take-over-sco-leadership-4376");
    private static final Source PAKISTAN_TODAY_2015_UFA = source("pakistan-today-2015-ufa", NEWS_REPORT,
            "Pakistan and India get permanent SCO membership", "Pakistan Today", partialDate(2015, 7, 10),
            "https://archive.pakistantoday.com.pk/2015/07/10/pakistan-and-india-get-permanent-sco-membership/");
    private static final Source GAZETA_UZ_2016_ARMENIA = source("gazeta-uz-2016-armenia", NEWS_REPORT,
            "Armenia signs memorandum on SCO dialogue partner status", "Gazeta.uz", partialDate(2016, 4, 16),
            "https://www.gazeta.uz/ru/2016/04/16/sco/");
    private static final Source UZTAG_2015_CAMBODIA = source("uztag-2015-cambodia", NEWS_REPORT,
            "Cambodia receives SCO dialogue partner status", "UzTAG", partialDate(2015, 9, 26),
            "https://uztag.info/ru/news/kambodzha-poluchila-status-partnera-po-dialogu-shos");
    private static final Source REPORT_AZ_2016_AZERBAIJAN = source("report-az-2016-azerbaijan", NEWS_REPORT,
            "Azerbaijan officially granted status of SCO dialogue partner", "Report.az", partialDate(2016, 3, 14),
            "https://report.az/en/foreign-politics/azerbaijan-officially-granted-status-of-sco-dialogue-partner");
    private static final Source SECTSCO_2020_NEPAL = source("sectsco-2020-nepal", OFFICIAL,
            "Nepal, SCO dialogue partner", "SCO Secretariat", partialDate(2020, 8, 19),
            "http://eng.sectsco.org/20200819/670183.html");
    private static final Source ASEAN_TRIBUNE_2016_TASHKENT = source("asean-tribune-2016-tashkent", NEWS_REPORT,
            "Shanghai Cooperation Organization expanded (memoranda on India and Pakistan signed in Tashkent)",
            "ASEAN Tribune (TASS)", month(2016, 6), "https://www.aseantribune.com/shanghai-cooperation-organization-expanded/");
    private static final Source TASS_2021_AFGHANISTAN = source("tass-2021-afghanistan", NEWS_REPORT,
            "Afghan delegation will not attend the Dushanbe SCO summit", "TASS", partialDate(2021, 9, 9),
            "https://tass.com/world/1335609");
    private static final Source NEWS_GHANA_2022_EGYPT_QATAR = source("news-ghana-2022-egypt-qatar", NEWS_REPORT,
            "Egypt and Qatar granted status of SCO dialogue partner", "News Ghana (Uzbek foreign ministry)",
            month(2022, 9), "https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/");
    private static final Source URDUPOINT_2023_SAUDI = source("urdupoint-2023-saudi", NEWS_REPORT,
            "Saudi King approves Riyadh's dialogue partner status in the SCO", "UrduPoint (Sputnik)",
            partialDate(2023, 3, 29), "https://www.urdupoint.com/en/world/saudi-king-approves-riyadhs-dialogue-partner-1667578.html");
    private static final Source LIBYAN_NEWSWIRE_2023_BAHRAIN = source("libyan-newswire-2023-bahrain", NEWS_REPORT,
            "Bahrain granted the status of SCO dialogue partner", "Libyan Newswire (BNA)", partialDate(2023, 7, 15),
            "https://libyannewswire.com/bahrain-granted-the-status-of-sco-dialogue-partner/");
    private static final Source TREND_2025_TIANJIN_DECLARATION = source("trend-2025-tianjin-declaration", NEWS_REPORT,
            "Tianjin Declaration merges SCO observer and dialogue partner statuses", "Trend News Agency",
            partialDate(2025, 9, 1), "https://www.trend.az/world/4085750.html");
    private static final Source KG24_2025_TIANJIN = source("24kg-2025-tianjin", NEWS_REPORT,
            "Documents signed as a result of the SCO Heads of State Council meeting in Tianjin", "24.kg",
            partialDate(2025, 9, 1), "https://24.kg/english/341784_Number_of_documents_signed_as_a_result_of_SCO_Heads_of_State_Council_meeting/");

    private static final PartialDate FOUNDED = partialDate(2001, 6, 15);
    private static final PartialDate TASHKENT_2004 = partialDate(2004, 6, 17);
    private static final PartialDate ASTANA_2005 = partialDate(2005, 7, 5);
    private static final PartialDate YEKATERINBURG_2009 = partialDate(2009, 6, 16);
    private static final PartialDate BEIJING_2012 = partialDate(2012, 6, 7);
    private static final PartialDate UFA_2015 = partialDate(2015, 7, 10);
    private static final PartialDate ASTANA_2017 = partialDate(2017, 6, 9);
    private static final PartialDate DUSHANBE_2021 = partialDate(2021, 9, 17);
    private static final PartialDate SAMARKAND_2022 = partialDate(2022, 9, 16);
    private static final PartialDate NEW_DELHI_2023 = partialDate(2023, 7, 4);
    private static final PartialDate ASTANA_2024 = partialDate(2024, 7, 4);
    private static final PartialDate TIANJIN_2025 = partialDate(2025, 9, 1);

    private static final String FOUNDING = "founding member: Declaration on the Establishment of the SCO";
    private static final String TIANJIN_REFORM = "Tianjin Declaration: observer states and dialogue partners"
            + " merged into the single status of SCO partner";

    static List<StatusPeriod> all() {
        return List.of(
                row(CN, MEMBER_STATE, since(FOUNDED), FOUNDING, "chs-1", KREMLIN_2001_FOUNDING, EASTDAY_2006_SUMMITS),
                row(RU, MEMBER_STATE, since(FOUNDED), FOUNDING, "chs-1", KREMLIN_2001_FOUNDING, EASTDAY_2006_SUMMITS),
                row(KZ, MEMBER_STATE, since(FOUNDED), FOUNDING, "chs-1", KREMLIN_2001_FOUNDING, SEED_000),
                row(KG, MEMBER_STATE, since(FOUNDED), FOUNDING, "chs-1", KREMLIN_2001_FOUNDING, SEED_000),
                row(TJ, MEMBER_STATE, since(FOUNDED), FOUNDING, "chs-1", KREMLIN_2001_FOUNDING, SEED_000),
                // Uzbekistan joined the five Shanghai Five states at the founding summit.
                row(UZ, MEMBER_STATE, since(FOUNDED), FOUNDING, "chs-1", KREMLIN_2001_FOUNDING, EASTDAY_2006_SUMMITS,
                        SEED_000),

                // The first observer; the Regulation on Observer Status was adopted the same day.
                row(MN, OBSERVER_STATE, between(TASHKENT_2004, TIANJIN_2025), "decision of the Tashkent summit",
                        "chs-4", KAZINFORM_2017_MONGOLIA, SECTSCO_2019_MONGOLIA, WORLDJPN_CHS_2004),
                row(IN, OBSERVER_STATE, between(ASTANA_2005, ASTANA_2017), "decision of the Astana summit", "chs-5",
                        HINDU_2005_OBSERVERS, WORLDJPN_CHS_2005),
                row(PK, OBSERVER_STATE, between(ASTANA_2005, ASTANA_2017), "decision of the Astana summit", "chs-5",
                        HINDU_2005_OBSERVERS, WORLDJPN_CHS_2005),
                // One agency report dates Iran's observer status from June 2005, before the summit decided it.
                row(IR, OBSERVER_STATE, between(ASTANA_2005, NEW_DELHI_2023), "decision of the Astana summit", "chs-5",
                        HINDU_2005_OBSERVERS, WORLDJPN_CHS_2005),
                // Many sources say "since 2010", the year the memorandum was signed.
                row(BY, DIALOGUE_PARTNER, between(YEKATERINBURG_2009, UFA_2015), "decision of the Yekaterinburg"
                        + " summit; memorandum signed in 2010", "chs-9", INTERFAX_2009_YEKATERINBURG, TASS_2023_BELARUS),
                row(LK, DIALOGUE_PARTNER, between(YEKATERINBURG_2009, TIANJIN_2025), "decision of the Yekaterinburg"
                        + " summit", "chs-9", INTERFAX_2009_YEKATERINBURG, PRIU_2009_SRI_LANKA),
                // Afghanistan has not taken part since September 2021; no SCO act suspended or ended the status.
                row(AF, OBSERVER_STATE, between(BEIJING_2012, TIANJIN_2025), "decision of the Beijing summit",
                        "chs-12", PAJHWOK_2012_AFGHANISTAN, TASS_2021_AFGHANISTAN, PAKISTAN_TODAY_2024_AFGHANISTAN),
                row(TR, DIALOGUE_PARTNER, between(BEIJING_2012, TIANJIN_2025), "decision of the Beijing summit",
                        "chs-12", PAJHWOK_2012_AFGHANISTAN,
                        MFA_TURKEY_2013),
                row(BY, OBSERVER_STATE, between(UFA_2015, ASTANA_2024), "decision of the Ufa summit", "chs-15",
                        TRT_2015_UFA, PAKISTAN_TODAY_2015_UFA, TASS_2023_BELARUS),
                row(AM, DIALOGUE_PARTNER, between(UFA_2015, TIANJIN_2025), "decision of the Ufa summit; memorandum"
                        + " signed in Beijing on 16 April 2016", "chs-15", GAZETA_UZ_2016_ARMENIA,
                        PAKISTAN_TODAY_2015_UFA),
                row(AZ, DIALOGUE_PARTNER, between(UFA_2015, TIANJIN_2025), "decision of the Ufa summit; memorandum"
                        + " signed in Beijing on 14 March 2016", "chs-15", REPORT_AZ_2016_AZERBAIJAN,
                        PAKISTAN_TODAY_2015_UFA),
                row(KH, DIALOGUE_PARTNER, between(UFA_2015, TIANJIN_2025), "decision of the Ufa summit; memorandum"
                        + " signed in Xi'an on 24 September 2015", "chs-15", UZTAG_2015_CAMBODIA,
                        PAKISTAN_TODAY_2015_UFA),
                // The SCO Secretariat dates Nepal's status from the memorandum (March 2016).
                row(NP, DIALOGUE_PARTNER, between(UFA_2015, TIANJIN_2025), "decision of the Ufa summit; memorandum"
                        + " signed in Beijing on 22 March 2016", "chs-15", SECTSCO_2020_NEPAL, PAKISTAN_TODAY_2015_UFA),
                row(IN, MEMBER_STATE, since(ASTANA_2017), "admitted at the Astana summit (procedure launched at Ufa"
                        + " in 2015, memorandum of obligations signed in Tashkent in 2016)", "chs-17", TASS_2017_ASTANA,
                        ECNS_2017_ASTANA, ASEAN_TRIBUNE_2016_TASHKENT, SEED_002),
                row(PK, MEMBER_STATE, since(ASTANA_2017), "admitted at the Astana summit (procedure launched at Ufa"
                        + " in 2015, memorandum of obligations signed in Tashkent in 2016)", "chs-17", TASS_2017_ASTANA,
                        ECNS_2017_ASTANA, ASEAN_TRIBUNE_2016_TASHKENT, SEED_002),
                row(EG, DIALOGUE_PARTNER, between(DUSHANBE_2021, TIANJIN_2025), "decision of the Dushanbe summit;"
                        + " memorandum signed in Tashkent on 14 September 2022", "chs-21", URDUPOINT_2021_DUSHANBE,
                        NEWS_GHANA_2022_EGYPT_QATAR, TASS_2021_PARTNERS),
                row(QA, DIALOGUE_PARTNER, between(DUSHANBE_2021, TIANJIN_2025), "decision of the Dushanbe summit;"
                        + " memorandum signed in Tashkent on 14 September 2022", "chs-21", URDUPOINT_2021_DUSHANBE,
                        NEWS_GHANA_2022_EGYPT_QATAR, TASS_2021_PARTNERS),
                // Many reports date Saudi Arabia's status from its cabinet's approval on 28 March 2023.
                row(SA, DIALOGUE_PARTNER, between(DUSHANBE_2021, TIANJIN_2025), "decision of the Dushanbe summit;"
                        + " memorandum signed in September 2022", "chs-21", URDUPOINT_2021_DUSHANBE,
                        URDUPOINT_2023_SAUDI, TASS_2021_PARTNERS),
                row(BH, DIALOGUE_PARTNER, between(SAMARKAND_2022, TIANJIN_2025), "decision of the Samarkand summit;"
                        + " memorandum signed on 15 July 2023", "chs-22", PEOPLE_2022_SAMARKAND,
                        LIBYAN_NEWSWIRE_2023_BAHRAIN),
                row(KW, DIALOGUE_PARTNER, between(SAMARKAND_2022, TIANJIN_2025), "decision of the Samarkand summit;"
                        + " memorandum signed at the Goa foreign ministers' meeting in May 2023", "chs-22",
                        PEOPLE_2022_SAMARKAND, FINANCIAL_EXPRESS_2023_GOA),
                row(MV, DIALOGUE_PARTNER, between(SAMARKAND_2022, TIANJIN_2025), "decision of the Samarkand summit;"
                        + " memorandum signed at the Goa foreign ministers' meeting in May 2023", "chs-22",
                        PEOPLE_2022_SAMARKAND, FINANCIAL_EXPRESS_2023_GOA),
                row(MM, DIALOGUE_PARTNER, between(SAMARKAND_2022, TIANJIN_2025), "decision of the Samarkand summit;"
                        + " memorandum signed at the Goa foreign ministers' meeting in May 2023", "chs-22",
                        PEOPLE_2022_SAMARKAND, FINANCIAL_EXPRESS_2023_GOA),
                row(AE, DIALOGUE_PARTNER, between(SAMARKAND_2022, TIANJIN_2025), "decision of the Samarkand summit;"
                        + " memorandum signed at the Goa foreign ministers' meeting in May 2023", "chs-22",
                        PEOPLE_2022_SAMARKAND, FINANCIAL_EXPRESS_2023_GOA),
                // The steps from Iran's application to this admission, among them the minutes of consultations
                // of March 2022, are the AccessionSteps rows accession.ir.*.
                row(IR, MEMBER_STATE, since(NEW_DELHI_2023), "admitted at the New Delhi summit", "chs-23",
                        LOKMAT_2023_IRAN),
                row(BY, MEMBER_STATE, since(ASTANA_2024), "admitted at the Astana summit (procedure launched at"
                        + " Samarkand in 2022, memorandum of obligations signed in 2023)", "chs-24", KREMLIN_2024_ASTANA,
                        ASTANA_TIMES_2024_BELARUS, SEED_004, SEED_000),

                // The 2025 reform. No source names Afghanistan and Mongolia one by one as partners; the
                // Chinese foreign minister's count of 17 partners includes both former observers.
                partner(MN), partner(AF), partner(LK), partner(TR), partner(AM), partner(AZ), partner(KH), partner(NP),
                partner(EG), partner(QA), partner(SA), partner(BH), partner(KW), partner(MV), partner(MM), partner(AE),
                // Granted dialogue partner status the day the statuses merged; its memorandum was not yet signed.
                row(LA, PARTNER, since(TIANJIN_2025), "decision of the Tianjin summit granting dialogue partner"
                        + " status, adopted together with the merger into SCO partner", "chs-25", KG24_2025_TIANJIN,
                        TASS_2025_PARTNERS));
    }

    private static StatusPeriod partner(Country country) {
        return row(country, PARTNER, since(TIANJIN_2025), TIANJIN_REFORM, "chs-25", TREND_2025_TIANJIN_DECLARATION,
                TASS_2025_PARTNERS);
    }

    private static StatusPeriod row(Country country, Status status, DateRange period, String grantedBy,
                                    String decidedAt, Source... sources) {
        String id = "status." + country.alpha2().toLowerCase(Locale.ROOT) + "."
                + status.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + period.start().firstDay().getYear();
        return new StatusPeriod(FactId.of(id), country, status, period, grantedBy, Optional.of(MeetingRef.of(decidedAt)),
                List.of(sources));
    }
}
