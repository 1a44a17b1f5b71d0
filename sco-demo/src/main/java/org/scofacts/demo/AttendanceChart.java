package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Attendance;
import org.scofacts.model.AttendanceCapacity;
import org.scofacts.model.AttendanceMode;
import org.scofacts.model.Country;
import org.scofacts.model.DelegationLevel;
import org.scofacts.model.Meeting;
import org.scofacts.model.Status;
import org.scofacts.query.Sco;

/**
 * Who came to each summit as an SVG picture: the summits (Councils of Heads of State) as columns, the
 * states that have been members as rows, and in each cell whether the head of state or government came
 * in person, joined by video, sent someone of lower rank, the state was not yet a member, or no source
 * names its delegation ("not recorded": the chart does not guess).
 *
 * <p>The same bytes for the same dataset, as {@link MembershipChart}: rows in its order, its number and
 * text writers, no timestamp.
 */
final class AttendanceChart {

    /** The picture's width in pixels. */
    static final int WIDTH = 1200;

    private static final int LEFT = 190;
    private static final int RIGHT = WIDTH - 30;
    private static final int TOP = 118;
    private static final int ROW = 22;
    private static final int CELL = 16;

    /** What a cell shows, with its colour (Okabe-Ito, as the membership chart) and its legend. */
    enum Cell {
        HEAD_IN_PERSON("#0072B2", "head of state or government in person"),
        HEAD_BY_VIDEO("#56B4E9", "head of state or government by video"),
        LOWER_RANK("#E69F00", "lower-ranking representative"),
        NOT_YET_MEMBER("#e4e4e4", "not yet a member"),
        NOT_RECORDED("#ffffff", "not recorded");

        final String colour;
        final String label;

        Cell(String colour, String label) {
            this.colour = colour;
            this.label = label;
        }
    }

    private final Sco sco;
    private final List<Attendance> attendances;
    private final StringBuilder svg = new StringBuilder();

    private AttendanceChart(Sco sco) {
        this.sco = sco;
        this.attendances = sco.dataset().facts(FactFamily.ATTENDANCES);
    }

    /**
     * The chart of a dataset.
     *
     * @param sco the fluent API over the dataset
     * @return the SVG document, UTF-8 text ending with a line break
     */
    static String svg(Sco sco) {
        return new AttendanceChart(sco).draw();
    }

    /** The states that have been members, in the membership chart's order. */
    static List<Country> rows(Sco sco) {
        return MembershipChart.rows(sco).stream()
                .filter(c -> sco.timeline(c).stream().anyMatch(p -> p.status() == Status.MEMBER_STATE)).toList();
    }

    /** The summits, by number. */
    static List<Meeting> columns(Sco sco) {
        return sco.summits().list().stream().filter(m -> m.ordinal().isPresent())
                .sorted(Comparator.comparing(m -> m.ordinal().orElseThrow())).toList();
    }

    /** What the chart shows for a state at a summit, and the attendance it shows, if any. */
    static Cell cell(Sco sco, List<Attendance> attendances, Country state, Meeting summit) {
        Optional<Attendance> a = delegation(attendances, state, summit);
        if (a.isPresent() && a.get().capacity() == AttendanceCapacity.MEMBER) {
            if (a.get().level() == DelegationLevel.OTHER) {
                return Cell.LOWER_RANK;
            }
            return a.get().mode() == AttendanceMode.VIDEO ? Cell.HEAD_BY_VIDEO : Cell.HEAD_IN_PERSON;
        }
        boolean member = sco.statusOf(state, summit.lastDay()).filter(s -> s == Status.MEMBER_STATE).isPresent();
        return a.isPresent() || !member ? Cell.NOT_YET_MEMBER : Cell.NOT_RECORDED;
    }

    private static Optional<Attendance> delegation(List<Attendance> attendances, Country state, Meeting summit) {
        return attendances.stream().filter(a -> a.meeting().id().equals(summit.id()))
                .filter(a -> a.country().filter(state::equals).isPresent()).findFirst();
    }

    private String draw() {
        ScoDataset d = sco.dataset();
        List<Country> states = rows(sco);
        List<Meeting> summits = columns(sco);
        int bottom = TOP + states.size() * ROW;
        int height = bottom + 40;
        double column = (double) (RIGHT - LEFT) / Math.max(1, summits.size());

        line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" font-family=\"Helvetica, Arial, sans-serif\""
                + " font-size=\"12\">");
        line("<title>Who came to the SCO summits, 2001 to " + d.checkedThrough().getYear() + "</title>");
        line("<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>");
        line("<text x=\"20\" y=\"30\" font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">"
                + "Shanghai Cooperation Organisation: who led each member state's delegation at each summit</text>");
        line("<text x=\"20\" y=\"50\" fill=\"#555555\">SCO Facts data " + MembershipChart.xml(d.version())
                + ", checked through " + d.checkedThrough() + ". One column per Council of Heads of State, one row"
                + " per state that has been a member; hover a cell for the name and office.</text>");
        legend();
        line("<g id=\"summits\" fill=\"#444444\" text-anchor=\"middle\" font-size=\"10\">");
        for (int i = 0; i < summits.size(); i++) {
            Meeting m = summits.get(i);
            double x = LEFT + column * i + column / 2;
            line("<text x=\"" + MembershipChart.num(x) + "\" y=\"" + (TOP - 8) + "\"><title>"
                    + MembershipChart.xml(Describe.summit(m)) + "</title>" + m.ordinal().orElseThrow() + "</text>");
            line("<text x=\"" + MembershipChart.num(x) + "\" y=\"" + (bottom + 16) + "\" font-size=\"9\">"
                    + m.firstDay().getYear() + "</text>");
        }
        line("</g>");
        line("<g id=\"rows\">");
        for (int r = 0; r < states.size(); r++) {
            row(states.get(r), summits, TOP + r * ROW, column);
        }
        line("</g>");
        line("</svg>");
        return svg.toString();
    }

    private void legend() {
        line("<g id=\"legend\">");
        double x = 20;
        for (Cell cell : Cell.values()) {
            line("<rect x=\"" + MembershipChart.num(x) + "\" y=\"64\" width=\"14\" height=\"14\" fill=\""
                    + cell.colour + "\" stroke=\"#999999\" stroke-width=\"0.5\"/>");
            line("<text x=\"" + MembershipChart.num(x + 20) + "\" y=\"76\" fill=\"#222222\">" + cell.label
                    + "</text>");
            x += 20 + cell.label.length() * 6.5 + 22;
        }
        line("</g>");
    }

    private void row(Country state, List<Meeting> summits, int y, double column) {
        line("<g class=\"state\" id=\"state-" + state.alpha2() + "\">");
        line("<text x=\"" + (LEFT - 10) + "\" y=\"" + (y + CELL - 3) + "\" text-anchor=\"end\" fill=\"#222222\">"
                + MembershipChart.xml(Describe.country(state)) + "</text>");
        for (int i = 0; i < summits.size(); i++) {
            Meeting m = summits.get(i);
            Cell cell = cell(sco, attendances, state, m);
            String what = delegation(attendances, state, m).filter(a -> cell != Cell.NOT_YET_MEMBER)
                    .map(Attendance::toString)
                    .orElse(Describe.country(state) + ", " + cell.label + " at summit " + m.ordinal().orElseThrow());
            double x = LEFT + column * i + (column - CELL) / 2;
            line("<rect x=\"" + MembershipChart.num(x) + "\" y=\"" + y + "\" width=\"" + CELL + "\" height=\""
                    + CELL + "\" fill=\"" + cell.colour + "\" stroke=\"#999999\" stroke-width=\"0.5\""
                    + (cell == Cell.NOT_RECORDED ? " stroke-dasharray=\"2,2\"" : "") + "><title>"
                    + MembershipChart.xml(what) + "</title></rect>");
        }
        line("</g>");
    }

    private void line(String text) {
        svg.append(text).append('\n');
    }
}
