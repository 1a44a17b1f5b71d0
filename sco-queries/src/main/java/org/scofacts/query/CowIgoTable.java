package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.CowStateCode;
import org.scofacts.model.Status;

/**
 * The SCO's membership as a country-year table in the layout of the Correlates of War (COW)
 * Intergovernmental Organizations dataset, version 3: one row per state and year with the state's
 * COW code and abbreviation and the SCO column's status code.
 *
 * <p>COW IGO v3 ends in 2014 and codes only full members; this table runs from 2001 to the year of
 * the dataset's check date and keeps the other statuses. The coding rules:
 * <ul>
 *   <li><b>Codes.</b> 1 = full member ({@link Status#MEMBER_STATE}); 3 = observer
 *       ({@link Status#OBSERVER_STATE}); 0 = none. COW has no category for partners, and its code 2 is
 *       for associate <em>membership</em>, which the SCO does not have, so dialogue partners and SCO
 *       partners ({@link Status#DIALOGUE_PARTNER}, {@link Status#PARTNER}) are coded 3 like observers:
 *       a formal standing without membership. {@link #statusOf(Optional)} is the one place this is decided.</li>
 *   <li><b>The year a status changes.</b> A year is coded with the status held on its last day,
 *       31 December, so India and Pakistan are members (1) in 2017 and observers (3) in 2016. The year
 *       of the check date is coded with the status held on the check date.</li>
 *   <li><b>States.</b> Every state in the dataset that has a COW code, for every year, including the
 *       years it held no status (0).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class CowIgoTable {

    /** The first year of the table: the SCO was founded on 15 June 2001. */
    public static final int FIRST_YEAR = 2001;

    private final List<Row> rows;
    private final LocalDate checkedThrough;

    private CowIgoTable(List<Row> rows, LocalDate checkedThrough) {
        this.rows = List.copyOf(rows);
        this.checkedThrough = checkedThrough;
    }

    /**
     * The last year the table runs to: a dataset checked later than that (only a dataset of one's own can
     * be) is refused rather than tabulated as millions of rows.
     */
    public static final int LAST_YEAR = 9999;

    static CowIgoTable of(ScoIndex index) {
        LocalDate checked = index.dataset().checkedThrough();
        if (checked.getYear() > LAST_YEAR) {
            throw new IllegalStateException(QueryMessages.checkDateBeyondTable(checked, FIRST_YEAR, LAST_YEAR));
        }
        List<Country> states = new ArrayList<>(index.dataset().countries());
        states.removeIf(c -> c.cowCode().isEmpty());
        states.sort(Comparator.comparingInt(c -> c.cowCode().orElseThrow().code()));
        List<Row> rows = new ArrayList<>();
        for (Country state : states) {
            for (int year = FIRST_YEAR; year <= checked.getYear(); year++) {
                LocalDate day = year == checked.getYear() ? checked : LocalDate.of(year, 12, 31);
                rows.add(new Row(state, state.cowCode().orElseThrow(), year, statusOf(index.statusOf(state, day))));
            }
        }
        return new CowIgoTable(rows, checked);
    }

    /**
     * The COW IGO status code for an SCO status.
     *
     * @param status the status held, or empty for none
     * @return 1 for a member state, 3 for an observer state or a partner, 0 for none
     */
    public static int statusOf(Optional<Status> status) {
        Objects.requireNonNull(status, "status");
        if (status.isEmpty()) {
            return 0;
        }
        switch (status.get()) {
            case MEMBER_STATE:
                return 1;
            default:
                return 3;
        }
    }

    /**
     * The rows, ordered by COW code and then year.
     *
     * @return the rows, unmodifiable
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The day the last year's codes describe: the dataset's check date.
     *
     * @return the check date
     */
    public LocalDate checkedThrough() {
        return checkedThrough;
    }

    /**
     * The table as CSV with the COW country-year header {@code ccode,year,state,sco}, one line per row,
     * lines ending in {@code \n}.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("ccode,year,state,sco\n");
        for (Row row : rows) {
            csv.append(row.cowCode().code()).append(',').append(row.year()).append(',')
                    .append(row.cowCode().abbreviation()).append(',').append(row.status()).append('\n');
        }
        return csv.toString();
    }

    /**
     * One state in one year.
     *
     * @param state   the state
     * @param cowCode the state's COW code and abbreviation
     * @param year    the year
     * @param status  the COW status code: 0 none, 1 full member, 3 observer or partner
     * @since 0.1.0
     */
    public record Row(Country state, CowStateCode cowCode, int year, int status) {

        /**
         * Validates the row.
         *
         * @param state   see {@link #state()}
         * @param cowCode see {@link #cowCode()}
         * @param year    see {@link #year()}
         * @param status  see {@link #status()}
         * @throws NullPointerException     if the state or code is null
         * @throws IllegalArgumentException if the status is not 0, 1, 2 or 3
         */
        public Row {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(cowCode, "cowCode");
            if (status < 0 || status > 3) {
                throw new IllegalArgumentException("Invalid COW status code: " + status + " (expected 0 to 3)");
            }
        }
    }
}
