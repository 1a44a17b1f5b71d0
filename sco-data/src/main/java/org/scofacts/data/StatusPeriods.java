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
import static org.scofacts.data.Rows.partialDate;
import static org.scofacts.data.Rows.since;
import static org.scofacts.data.Sources.ASEAN_TRIBUNE_2016_TASHKENT;
import static org.scofacts.data.Sources.ASTANA_TIMES_2024_BELARUS;
import static org.scofacts.data.Sources.EASTDAY_2006_SUMMITS;
import static org.scofacts.data.Sources.ECNS_2017_ASTANA;
import static org.scofacts.data.Sources.FINANCIAL_EXPRESS_2023_GOA;
import static org.scofacts.data.Sources.GAZETA_UZ_2016_ARMENIA;
import static org.scofacts.data.Sources.HINDU_2005_OBSERVERS;
import static org.scofacts.data.Sources.INTERFAX_2009_YEKATERINBURG;
import static org.scofacts.data.Sources.KAZINFORM_2017_MONGOLIA;
import static org.scofacts.data.Sources.KG24_2025_TIANJIN;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.KREMLIN_2024_ASTANA;
import static org.scofacts.data.Sources.LIBYAN_NEWSWIRE_2023_BAHRAIN;
import static org.scofacts.data.Sources.LOKMAT_2023_IRAN;
import static org.scofacts.data.Sources.MFA_TURKEY_2013;
import static org.scofacts.data.Sources.NEWS_GHANA_2022_EGYPT_QATAR;
import static org.scofacts.data.Sources.PAJHWOK_2012_AFGHANISTAN;
import static org.scofacts.data.Sources.PAKISTAN_TODAY_2015_UFA;
import static org.scofacts.data.Sources.PAKISTAN_TODAY_2024_AFGHANISTAN;
import static org.scofacts.data.Sources.PEOPLE_2022_SAMARKAND;
import static org.scofacts.data.Sources.PRIU_2009_SRI_LANKA;
import static org.scofacts.data.Sources.REPORT_AZ_2016_AZERBAIJAN;
import static org.scofacts.data.Sources.SECTSCO_2019_MONGOLIA;
import static org.scofacts.data.Sources.SECTSCO_2020_NEPAL;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_002;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2021_AFGHANISTAN;
import static org.scofacts.data.Sources.TASS_2021_PARTNERS;
import static org.scofacts.data.Sources.TASS_2023_BELARUS;
import static org.scofacts.data.Sources.TASS_2025_PARTNERS;
import static org.scofacts.data.Sources.TREND_2025_TIANJIN_DECLARATION;
import static org.scofacts.data.Sources.TRT_2015_UFA;
import static org.scofacts.data.Sources.URDUPOINT_2021_DUSHANBE;
import static org.scofacts.data.Sources.URDUPOINT_2023_SAUDI;
import static org.scofacts.data.Sources.UZTAG_2015_CAMBODIA;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2004;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2005;
import static org.scofacts.model.Status.DIALOGUE_PARTNER;
import static org.scofacts.model.Status.MEMBER_STATE;
import static org.scofacts.model.Status.OBSERVER_STATE;
import static org.scofacts.model.Status.PARTNER;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
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
                row(TR, DIALOGUE_PARTNER, between(BEIJING_2012, TIANJIN_2025), "decision of the Beijing summit;"
                        + " memorandum signed in Almaty on 26 April 2013", "chs-12", PAJHWOK_2012_AFGHANISTAN,
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
                        LOKMAT_2023_IRAN, PEOPLE_2022_SAMARKAND, SEED_003),
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
        return new StatusPeriod(FactId.of(id), country, status, period, grantedBy, Optional.of(FactId.of(decidedAt)),
                List.of(sources));
    }
}
