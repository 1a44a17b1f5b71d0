package org.scofacts.data;

import static org.scofacts.data.Countries.CN;
import static org.scofacts.data.Countries.IN;
import static org.scofacts.data.Countries.KG;
import static org.scofacts.data.Countries.KZ;
import static org.scofacts.data.Countries.PK;
import static org.scofacts.data.Countries.RU;
import static org.scofacts.data.Countries.TJ;
import static org.scofacts.data.Countries.UZ;
import static org.scofacts.data.Rows.localDate;
import static org.scofacts.data.Sources.CASE_2017_CHG;
import static org.scofacts.data.Sources.CHINAGATE_2015_CHG;
import static org.scofacts.data.Sources.CHINA_DAILY_2007_TIMELINE;
import static org.scofacts.data.Sources.CHINA_ORG_2006_PRESIDENCY;
import static org.scofacts.data.Sources.CHINA_ORG_2010_CHG;
import static org.scofacts.data.Sources.DIPLOMATIC_INSIGHT_2022_CFM;
import static org.scofacts.data.Sources.DIPLOMAT_2014_DUSHANBE;
import static org.scofacts.data.Sources.DOCSLIB_2016_CHG;
import static org.scofacts.data.Sources.EASTDAY_2006_SUMMITS;
import static org.scofacts.data.Sources.ECNS_2017_ASTANA;
import static org.scofacts.data.Sources.EMBASSY_2009_CHG;
import static org.scofacts.data.Sources.ESCAP_2015_CHG;
import static org.scofacts.data.Sources.FINANCIAL_EXPRESS_2023_GOA;
import static org.scofacts.data.Sources.GLOBAL_TIMES_2014_SUMMITS;
import static org.scofacts.data.Sources.GLOBAL_TIMES_2025_TIANJIN;
import static org.scofacts.data.Sources.GOVERNMENT_RU_2025_CHG;
import static org.scofacts.data.Sources.INFOSHOS_2009_YEKATERINBURG;
import static org.scofacts.data.Sources.KAZINFORM_2021_CFM;
import static org.scofacts.data.Sources.KAZINFORM_2024_CFM;
import static org.scofacts.data.Sources.KAZINFORM_2024_SCO_PLUS;
import static org.scofacts.data.Sources.KHOVAR_2021_DUSHANBE;
import static org.scofacts.data.Sources.KP_KG_2018_QINGDAO;
import static org.scofacts.data.Sources.KREMLIN_2001_FOUNDING;
import static org.scofacts.data.Sources.KREMLIN_2024_ASTANA;
import static org.scofacts.data.Sources.LOKMAT_2023_IRAN;
import static org.scofacts.data.Sources.MEA_2022_CHG;
import static org.scofacts.data.Sources.MFA_CHINA_2004_CHG;
import static org.scofacts.data.Sources.MFA_CHINA_2007_BISHKEK;
import static org.scofacts.data.Sources.MID_2020_CFM;
import static org.scofacts.data.Sources.NEWS18_2023_CFM;
import static org.scofacts.data.Sources.NEWS_TJ_2018_CHG;
import static org.scofacts.data.Sources.PAJHWOK_2012_AFGHANISTAN;
import static org.scofacts.data.Sources.PAKISTAN_TODAY_2024_AFGHANISTAN;
import static org.scofacts.data.Sources.PAKISTAN_TODAY_2025_CFM;
import static org.scofacts.data.Sources.PEOPLE_2022_SAMARKAND;
import static org.scofacts.data.Sources.PEOPLE_2025_SCO_PLUS;
import static org.scofacts.data.Sources.RFERL_2019_BISHKEK;
import static org.scofacts.data.Sources.SCO_SUMMIT_2013;
import static org.scofacts.data.Sources.SECTSCO_2019_CFM;
import static org.scofacts.data.Sources.SECTSCO_2020_CHG;
import static org.scofacts.data.Sources.SECTSCO_2021_CHG;
import static org.scofacts.data.Sources.SEED_000;
import static org.scofacts.data.Sources.SEED_001;
import static org.scofacts.data.Sources.SEED_003;
import static org.scofacts.data.Sources.SEED_004;
import static org.scofacts.data.Sources.TASS_2015_UFA;
import static org.scofacts.data.Sources.TASS_2017_ASTANA;
import static org.scofacts.data.Sources.TASS_2019_CHG_PROGRAMME;
import static org.scofacts.data.Sources.TASS_2020_VIDEO_SUMMIT;
import static org.scofacts.data.Sources.TASS_2024_CHG;
import static org.scofacts.data.Sources.TASS_2024_SCO_PLUS;
import static org.scofacts.data.Sources.TASS_2025_TIANJIN;
import static org.scofacts.data.Sources.TIMES_CA_2018_CFM;
import static org.scofacts.data.Sources.TIMES_KUWAIT_2016_TASHKENT;
import static org.scofacts.data.Sources.URDUPOINT_2021_DUSHANBE;
import static org.scofacts.data.Sources.UZDAILY_2019_CHG;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2003;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2004;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2006;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2007;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2008;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2011;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2012;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2013;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2014;
import static org.scofacts.data.Sources.WORLDJPN_CHG_2023;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2004;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2005;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2008;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2011;
import static org.scofacts.data.Sources.WORLDJPN_CHS_2014;
import static org.scofacts.data.Sources.XINHUA_2005_CHG;
import static org.scofacts.data.Sources.XINHUA_2010_TASHKENT;
import static org.scofacts.model.MeetingFormat.HYBRID;
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

/**
 * Council meetings: one row per meeting. Summits of the Council of Heads of State carry the SCO's
 * own count, which starts with the founding meeting in Shanghai (2001 is the 1st, 2021 the 21st).
 * Councils of Heads of Government carry theirs (Almaty 2001 is the 1st); the SCO does not number
 * the meetings of foreign ministers.
 */
final class Meetings {

    private Meetings() {
    }

    static List<Meeting> all() {
        return List.of(
                summit(1, localDate(2001, 6, 15), localDate(2001, 6, 15), "Shanghai", CN, IN_PERSON, KREMLIN_2001_FOUNDING,
                        EASTDAY_2006_SUMMITS),
                summit(2, localDate(2002, 6, 7), localDate(2002, 6, 7), "Saint Petersburg", RU, IN_PERSON, EASTDAY_2006_SUMMITS,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(3, localDate(2003, 5, 29), localDate(2003, 5, 29), "Moscow", RU, IN_PERSON, EASTDAY_2006_SUMMITS,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(4, localDate(2004, 6, 17), localDate(2004, 6, 17), "Tashkent", UZ, IN_PERSON, EASTDAY_2006_SUMMITS,
                        WORLDJPN_CHS_2004),
                summit(5, localDate(2005, 7, 5), localDate(2005, 7, 5), "Astana", KZ, IN_PERSON, EASTDAY_2006_SUMMITS,
                        WORLDJPN_CHS_2005),
                summit(6, localDate(2006, 6, 15), localDate(2006, 6, 15), "Shanghai", CN, IN_PERSON, EASTDAY_2006_SUMMITS,
                        CHINA_ORG_2006_PRESIDENCY),
                summit(7, localDate(2007, 8, 16), localDate(2007, 8, 16), "Bishkek", KG, IN_PERSON, MFA_CHINA_2007_BISHKEK,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(8, localDate(2008, 8, 28), localDate(2008, 8, 28), "Dushanbe", TJ, IN_PERSON, WORLDJPN_CHS_2008,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(9, localDate(2009, 6, 15), localDate(2009, 6, 16), "Yekaterinburg", RU, IN_PERSON,
                        INFOSHOS_2009_YEKATERINBURG, GLOBAL_TIMES_2014_SUMMITS),
                summit(10, localDate(2010, 6, 10), localDate(2010, 6, 11), "Tashkent", UZ, IN_PERSON, XINHUA_2010_TASHKENT,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(11, localDate(2011, 6, 14), localDate(2011, 6, 15), "Astana", KZ, IN_PERSON, WORLDJPN_CHS_2011,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(12, localDate(2012, 6, 6), localDate(2012, 6, 7), "Beijing", CN, IN_PERSON, PAJHWOK_2012_AFGHANISTAN,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(13, localDate(2013, 9, 13), localDate(2013, 9, 13), "Bishkek", KG, IN_PERSON, SCO_SUMMIT_2013,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(14, localDate(2014, 9, 11), localDate(2014, 9, 12), "Dushanbe", TJ, IN_PERSON, WORLDJPN_CHS_2014,
                        DIPLOMAT_2014_DUSHANBE,
                        GLOBAL_TIMES_2014_SUMMITS),
                summit(15, localDate(2015, 7, 10), localDate(2015, 7, 10), "Ufa", RU, IN_PERSON, TASS_2015_UFA),
                summit(16, localDate(2016, 6, 23), localDate(2016, 6, 24), "Tashkent", UZ, IN_PERSON, TIMES_KUWAIT_2016_TASHKENT),
                summit(17, localDate(2017, 6, 8), localDate(2017, 6, 9), "Astana", KZ, IN_PERSON, TASS_2017_ASTANA,
                        ECNS_2017_ASTANA),
                summit(18, localDate(2018, 6, 9), localDate(2018, 6, 10), "Qingdao", CN, IN_PERSON, KP_KG_2018_QINGDAO),
                summit(19, localDate(2019, 6, 13), localDate(2019, 6, 14), "Bishkek", KG, IN_PERSON, RFERL_2019_BISHKEK),
                // Planned for Chelyabinsk; held by video link under the Russian chair.
                summit(20, localDate(2020, 11, 10), localDate(2020, 11, 10), "Moscow", RU, VIRTUAL, TASS_2020_VIDEO_SUMMIT),
                // The Chinese, Russian and Indian leaders took part by video link.
                summit(21, localDate(2021, 9, 16), localDate(2021, 9, 17), "Dushanbe", TJ, HYBRID, KHOVAR_2021_DUSHANBE,
                        URDUPOINT_2021_DUSHANBE, SEED_001),
                summit(22, localDate(2022, 9, 15), localDate(2022, 9, 16), "Samarkand", UZ, IN_PERSON, PEOPLE_2022_SAMARKAND,
                        SEED_003),
                summit(23, localDate(2023, 7, 4), localDate(2023, 7, 4), "New Delhi", IN, VIRTUAL, LOKMAT_2023_IRAN),
                summit(24, localDate(2024, 7, 4), localDate(2024, 7, 4), "Astana", KZ, IN_PERSON, KREMLIN_2024_ASTANA,
                        SEED_004, SEED_000),
                summit(25, localDate(2025, 8, 31), localDate(2025, 9, 1), "Tianjin", CN, IN_PERSON, TASS_2025_TIANJIN,
                        GLOBAL_TIMES_2025_TIANJIN),

                // The first meeting held under the SCO Plus name.
                meeting("sco-plus-2024", Council.SCO_PLUS, localDate(2024, 7, 4), "Astana", KZ, TASS_2024_SCO_PLUS,
                        KAZINFORM_2024_SCO_PLUS, SEED_004),

                meeting("sco-plus-2025", Council.SCO_PLUS, localDate(2025, 9, 1), "Tianjin", CN, PEOPLE_2025_SCO_PLUS),

                // Councils of Heads of Government, numbered as the SCO numbers them (the 6th and 7th by
                // sequence); virtual meetings are placed in the capital of the chair that convened them.
                government(1, localDate(2001, 9, 13), localDate(2001, 9, 14), "Almaty", KZ, IN_PERSON, CHINA_DAILY_2007_TIMELINE,
                        CHINAGATE_2015_CHG),
                // seed-003 calls this the first meeting; it was the second.
                government(2, localDate(2003, 9, 23), localDate(2003, 9, 23), "Beijing", CN, IN_PERSON, WORLDJPN_CHG_2003,
                        CHINAGATE_2015_CHG, SEED_003),
                // The communique says 23 September; a Xinhua backgrounder says 22 September.
                government(3, localDate(2004, 9, 23), localDate(2004, 9, 23), "Bishkek", KG, IN_PERSON, WORLDJPN_CHG_2004,
                        MFA_CHINA_2004_CHG),
                government(4, localDate(2005, 10, 26), localDate(2005, 10, 26), "Moscow", RU, IN_PERSON, XINHUA_2005_CHG,
                        CHINAGATE_2015_CHG),
                government(5, localDate(2006, 9, 15), localDate(2006, 9, 15), "Dushanbe", TJ, IN_PERSON, WORLDJPN_CHG_2006,
                        CHINAGATE_2015_CHG),
                government(6, localDate(2007, 11, 2), localDate(2007, 11, 2), "Tashkent", UZ, IN_PERSON, WORLDJPN_CHG_2007),
                government(7, localDate(2008, 10, 30), localDate(2008, 10, 30), "Astana", KZ, IN_PERSON, WORLDJPN_CHG_2008),
                government(8, localDate(2009, 10, 14), localDate(2009, 10, 14), "Beijing", CN, IN_PERSON, EMBASSY_2009_CHG),
                government(9, localDate(2010, 11, 25), localDate(2010, 11, 25), "Dushanbe", TJ, IN_PERSON, CHINA_ORG_2010_CHG),
                government(10, localDate(2011, 11, 7), localDate(2011, 11, 7), "Saint Petersburg", RU, IN_PERSON,
                        WORLDJPN_CHG_2011),
                government(11, localDate(2012, 12, 4), localDate(2012, 12, 5), "Bishkek", KG, IN_PERSON, WORLDJPN_CHG_2012),
                government(12, localDate(2013, 11, 28), localDate(2013, 11, 29), "Tashkent", UZ, IN_PERSON, WORLDJPN_CHG_2013),
                government(13, localDate(2014, 12, 14), localDate(2014, 12, 15), "Astana", KZ, IN_PERSON, WORLDJPN_CHG_2014),
                government(14, localDate(2015, 12, 14), localDate(2015, 12, 15), "Zhengzhou", CN, IN_PERSON, ESCAP_2015_CHG,
                        CHINAGATE_2015_CHG),
                government(15, localDate(2016, 11, 2), localDate(2016, 11, 3), "Bishkek", KG, IN_PERSON, DOCSLIB_2016_CHG),
                government(16, localDate(2017, 11, 30), localDate(2017, 12, 1), "Sochi", RU, IN_PERSON, CASE_2017_CHG),
                government(17, localDate(2018, 10, 11), localDate(2018, 10, 12), "Dushanbe", TJ, IN_PERSON, NEWS_TJ_2018_CHG),
                government(18, localDate(2019, 11, 1), localDate(2019, 11, 2), "Tashkent", UZ, IN_PERSON, UZDAILY_2019_CHG,
                        TASS_2019_CHG_PROGRAMME),
                government(19, localDate(2020, 11, 30), localDate(2020, 11, 30), "New Delhi", IN, VIRTUAL, SECTSCO_2020_CHG),
                government(20, localDate(2021, 11, 25), localDate(2021, 11, 25), "Nur-Sultan", KZ, VIRTUAL, SECTSCO_2021_CHG),
                government(21, localDate(2022, 11, 1), localDate(2022, 11, 1), "Beijing", CN, VIRTUAL, MEA_2022_CHG),
                government(22, localDate(2023, 10, 26), localDate(2023, 10, 26), "Bishkek", KG, IN_PERSON, WORLDJPN_CHG_2023,
                        SEED_000),
                government(23, localDate(2024, 10, 15), localDate(2024, 10, 16), "Islamabad", PK, IN_PERSON, TASS_2024_CHG,
                        PAKISTAN_TODAY_2024_AFGHANISTAN),
                government(24, localDate(2025, 11, 17), localDate(2025, 11, 18), "Moscow", RU, IN_PERSON,
                        GOVERNMENT_RU_2025_CHG),

                // Councils of Foreign Ministers; the SCO does not number them.
                meeting("cfm-2018", Council.FOREIGN_MINISTERS, localDate(2018, 4, 24), "Beijing", CN, TIMES_CA_2018_CFM),
                meeting("cfm-2019", Council.FOREIGN_MINISTERS, localDate(2019, 5, 22), "Bishkek", KG, SECTSCO_2019_CFM),
                meeting("cfm-2020", Council.FOREIGN_MINISTERS, localDate(2020, 9, 10), "Moscow", RU, MID_2020_CFM),
                meeting("cfm-2021", Council.FOREIGN_MINISTERS, localDate(2021, 7, 13), localDate(2021, 7, 14), "Dushanbe", TJ,
                        KAZINFORM_2021_CFM),
                meeting("cfm-2022", Council.FOREIGN_MINISTERS, localDate(2022, 7, 28), localDate(2022, 7, 29), "Tashkent", UZ,
                        DIPLOMATIC_INSIGHT_2022_CFM),
                meeting("cfm-2023", Council.FOREIGN_MINISTERS, localDate(2023, 5, 4), localDate(2023, 5, 5), "Goa", IN,
                        NEWS18_2023_CFM, FINANCIAL_EXPRESS_2023_GOA),
                meeting("cfm-2024", Council.FOREIGN_MINISTERS, localDate(2024, 5, 21), "Astana", KZ, KAZINFORM_2024_CFM),
                meeting("cfm-2025", Council.FOREIGN_MINISTERS, localDate(2025, 7, 15), "Tianjin", CN,
                        PAKISTAN_TODAY_2025_CFM));
    }

    private static Meeting summit(int ordinal, LocalDate firstDay, LocalDate lastDay, String city, Country host,
                                  MeetingFormat format, Source... sources) {
        return new Meeting(FactId.of("chs-" + ordinal), Council.HEADS_OF_STATE, Optional.of(ordinal), firstDay,
                lastDay, Place.of(city, host), format, List.of(sources));
    }

    private static Meeting government(int ordinal, LocalDate firstDay, LocalDate lastDay, String city, Country host,
                                      MeetingFormat format, Source... sources) {
        return new Meeting(FactId.of("chg-" + ordinal), Council.HEADS_OF_GOVERNMENT, Optional.of(ordinal), firstDay,
                lastDay, Place.of(city, host), format, List.of(sources));
    }

    private static Meeting meeting(String id, Council council, LocalDate day, String city, Country host,
                                   Source... sources) {
        return meeting(id, council, day, day, city, host, sources);
    }

    private static Meeting meeting(String id, Council council, LocalDate firstDay, LocalDate lastDay, String city,
                                   Country host, Source... sources) {
        return new Meeting(FactId.of(id), council, Optional.empty(), firstDay, lastDay, Place.of(city, host),
                IN_PERSON, List.of(sources));
    }
}
