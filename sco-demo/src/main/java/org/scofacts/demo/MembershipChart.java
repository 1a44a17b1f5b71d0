package org.scofacts.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;
import org.scofacts.query.Sco;

/**
 * The membership timeline of the whole dataset as an SVG picture: one row per state, labelled with
 * its name and code, a bar per status period coloured by status, the summits marked above the plot,
 * a year axis below it and a legend.
 *
 * <p>The picture depends on the dataset only: no timestamp, rows in a fixed order (by the first
 * status, then by name), numbers written with {@link Locale#ROOT}, lines ended by {@code \n}; the
 * same dataset always gives the same bytes. Open periods run to the dataset's check date, which a
 * dashed line marks.
 */
final class MembershipChart {

    /** The picture's width in pixels. */
    static final int WIDTH = 1200;

    private static final int LEFT = 190;
    private static final int RIGHT = WIDTH - 30;
    private static final int TOP = 118;
    private static final int ROW = 22;
    private static final int BAR = 14;

    /** Colours by status, from the Okabe-Ito palette (told apart with colour blindness too). */
    private static final Map<Status, String> COLOURS = new EnumMap<>(Map.of(
            Status.MEMBER_STATE, "#0072B2",
            Status.OBSERVER_STATE, "#E69F00",
            Status.DIALOGUE_PARTNER, "#009E73",
            Status.PARTNER, "#CC79A7"));

    private final Sco sco;
    private final LocalDate from;
    private final LocalDate until;
    private final StringBuilder svg = new StringBuilder();

    private MembershipChart(Sco sco) {
        this.sco = sco;
        ScoDataset d = sco.dataset();
        LocalDate first = d.statusPeriods().stream().map(p -> p.period().start().firstDay())
                .min(Comparator.naturalOrder()).orElse(d.checkedThrough());
        this.from = LocalDate.of(first.getYear(), 1, 1);
        this.until = LocalDate.of(d.checkedThrough().getYear() + 1, 1, 1);
    }

    /**
     * The chart of a dataset.
     *
     * @param sco the fluent API over the dataset
     * @return the SVG document, UTF-8 text ending with a line break
     */
    static String svg(Sco sco) {
        return new MembershipChart(sco).draw();
    }

    /** The states in the order of their rows: by their first status's start, then by name. */
    static List<Country> rows(Sco sco) {
        List<Country> countries = new ArrayList<>(sco.dataset().countries());
        countries.sort(Comparator.comparing((Country c) -> sco.timeline(c).stream().map(p -> p.period().start())
                        .min(Comparator.naturalOrder()).map(PartialDate::firstDay).orElse(LocalDate.MAX))
                .thenComparing(Country::shortName).thenComparing(Country::alpha2));
        return countries;
    }

    private String draw() {
        ScoDataset d = sco.dataset();
        List<Country> countries = rows(sco);
        List<Meeting> summits = sco.summits().list().stream().sorted(Comparator.comparing(Meeting::firstDay)).toList();
        int bottom = TOP + countries.size() * ROW;
        int height = bottom + 56;

        line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" font-family=\"Helvetica, Arial, sans-serif\""
                + " font-size=\"12\">");
        line("<title>SCO membership timeline, " + from.getYear() + " to " + d.checkedThrough() + "</title>");
        line("<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>");
        line("<text x=\"20\" y=\"30\" font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">"
                + "Shanghai Cooperation Organisation: who held which status, " + from.getYear() + " to "
                + d.checkedThrough().getYear() + "</text>");
        line("<text x=\"20\" y=\"50\" fill=\"#555555\">SCO Facts data " + xml(d.version()) + ", checked through "
                + d.checkedThrough() + ". One row per state, one bar per status period; triangles mark the summits"
                + " (Council of Heads of State).</text>");
        legend();
        yearGrid(bottom);
        summitMarks(summits, bottom);
        line("<g id=\"rows\">");
        for (int i = 0; i < countries.size(); i++) {
            row(countries.get(i), TOP + i * ROW);
        }
        line("</g>");
        checkedThrough(d.checkedThrough(), bottom);
        line("</svg>");
        return svg.toString();
    }

    private void legend() {
        line("<g id=\"legend\">");
        double x = 20;
        for (Status status : Status.values()) {
            line("<rect x=\"" + num(x) + "\" y=\"64\" width=\"14\" height=\"14\" fill=\"" + COLOURS.get(status)
                    + "\"/>");
            String label = label(status);
            line("<text x=\"" + num(x + 20) + "\" y=\"76\" fill=\"#222222\">" + label + "</text>");
            x += 20 + label.length() * 7 + 24;
        }
        line("</g>");
    }

    private void yearGrid(int bottom) {
        line("<g id=\"years\" fill=\"#555555\" text-anchor=\"middle\" font-size=\"11\">");
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            line("<line x1=\"" + num(x) + "\" y1=\"" + (TOP - 6) + "\" x2=\"" + num(x) + "\" y2=\"" + (bottom + 4)
                    + "\" stroke=\"" + (year % 5 == 0 ? "#bbbbbb" : "#e4e4e4") + "\" stroke-width=\"1\"/>");
            if (year < until.getYear()) {
                line("<text x=\"" + num(x(LocalDate.of(year, 7, 2))) + "\" y=\"" + (bottom + 18) + "\">" + year
                        + "</text>");
            }
        }
        line("</g>");
    }

    private void summitMarks(List<Meeting> summits, int bottom) {
        line("<g id=\"summits\">");
        line("<text x=\"" + (LEFT - 10) + "\" y=\"" + (TOP - 14) + "\" text-anchor=\"end\" fill=\"#555555\">"
                + "Summits</text>");
        for (Meeting m : summits) {
            double x = x(m.firstDay());
            line("<g><title>" + xml(Describe.summit(m)) + "</title>");
            line("<line x1=\"" + num(x) + "\" y1=\"" + (TOP - 6) + "\" x2=\"" + num(x) + "\" y2=\"" + bottom
                    + "\" stroke=\"#888888\" stroke-width=\"0.6\" stroke-dasharray=\"2,3\"/>");
            line("<path d=\"M" + num(x - 5) + " " + (TOP - 26) + " L" + num(x + 5) + " " + (TOP - 26) + " L"
                    + num(x) + " " + (TOP - 17) + " Z\" fill=\"#444444\"/>");
            m.ordinal().ifPresent(n -> line("<text x=\"" + num(x) + "\" y=\"" + (TOP - 30)
                    + "\" text-anchor=\"middle\" font-size=\"9\" fill=\"#444444\">" + n + "</text>"));
            line("</g>");
        }
        line("</g>");
    }

    private void row(Country c, int y) {
        line("<g class=\"state\" id=\"state-" + c.alpha2() + "\">");
        line("<text x=\"" + (LEFT - 10) + "\" y=\"" + (y + BAR - 2) + "\" text-anchor=\"end\" fill=\"#222222\">"
                + xml(Describe.country(c)) + "</text>");
        for (StatusPeriod p : sco.timeline(c)) {
            double x1 = x(p.period().start().firstDay());
            double x2 = x(p.period().end().map(PartialDate::firstDay).orElse(sco.dataset().checkedThrough()));
            line("<rect x=\"" + num(x1) + "\" y=\"" + (y + (ROW - BAR) / 2 - 2) + "\" width=\""
                    + num(Math.max(1, x2 - x1)) + "\" height=\"" + BAR + "\" fill=\"" + COLOURS.get(p.status())
                    + "\"><title>" + xml(Describe.country(c) + ": " + label(p.status()) + ", "
                    + Describe.range(p.period())) + "</title></rect>");
        }
        line("</g>");
    }

    private void checkedThrough(LocalDate day, int bottom) {
        double x = x(day);
        line("<g id=\"checked-through\">");
        line("<line x1=\"" + num(x) + "\" y1=\"" + (TOP - 6) + "\" x2=\"" + num(x) + "\" y2=\"" + (bottom + 4)
                + "\" stroke=\"#cc0000\" stroke-width=\"1\" stroke-dasharray=\"4,3\"/>");
        line("<text x=\"" + num(x) + "\" y=\"" + (bottom + 34) + "\" text-anchor=\"end\" font-size=\"11\""
                + " fill=\"#cc0000\">checked through " + day + "</text>");
        line("</g>");
    }

    /** The legend's name of a status. */
    static String label(Status status) {
        return switch (status) {
            case MEMBER_STATE -> "member state";
            case OBSERVER_STATE -> "observer state";
            case DIALOGUE_PARTNER -> "dialogue partner";
            case PARTNER -> "SCO partner";
        } + status.introduced().map(d -> " (status since " + d.firstDay().getYear() + ")").orElse("");
    }

    private double x(LocalDate day) {
        double days = ChronoUnit.DAYS.between(from, until);
        return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, day) / days;
    }

    /** A coordinate with at most one decimal, written the same in every locale. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void line(String text) {
        svg.append(text).append('\n');
    }
}
