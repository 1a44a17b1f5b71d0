package org.scofacts.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code sco-demo chart}: the membership timeline, or with {@code --attendance} who came to each summit, as SVG. */
final class ChartCommand extends CliCommand {

    private final Param<Path> outputParam = option("--output", "FILE", "Write the SVG to this file (replacing it),"
            + " such as membership.svg. Default: standard output.", new Converters.PathConverter());

    private final Param<Boolean> attendanceParam = flag("--attendance", "Draw who led each member state's"
            + " delegation at each summit instead (docs/attendance.svg).");

    private final Options.Debug debug = new Options.Debug(this);

    ChartCommand() {
        super("chart", "Draws the membership timeline of the whole dataset as an SVG picture: one row per state,"
                + " a bar per status period coloured by status, the summits on the time axis, a legend.",
            "The same dataset always gives the same file (docs/membership.svg is drawn this way).");
    }

    @Override
    boolean debug() {
        return debug.on();
    }

    @Override
    int call() {
        ScoDemo root = root();
        Path output = outputParam.get();
        boolean attendance = attendanceParam.get();
        String svg = attendance ? AttendanceChart.svg(root.sco()) : MembershipChart.svg(root.sco());
        if (output == null) {
            root.out().print(svg);
            root.out().flush();
            return 0;
        }
        try {
            Files.writeString(output, svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the chart to " + output + ": " + e, e);
        }
        if (attendance) {
            root.out().println("Wrote the attendance chart of data " + root.sco().dataset().version() + " ("
                    + AttendanceChart.columns(root.sco()).size() + " summits) to " + output);
        } else {
            root.out().println("Wrote the membership chart of data " + root.sco().dataset().version() + " ("
                    + root.sco().dataset().countries().size() + " states) to " + output);
        }
        root.out().flush();
        return 0;
    }
}
