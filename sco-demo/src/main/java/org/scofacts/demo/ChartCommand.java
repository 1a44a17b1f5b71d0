package org.scofacts.demo;

import java.nio.file.Path;

/** {@code sco-demo chart}: the membership timeline, or with {@code --attendance} who came to each summit, as SVG. */
final class ChartCommand extends CliCommand {

    private final Param<Path> outputParam = option("--output", "FILE", "Write the SVG to this file (replacing it),"
            + " such as membership.svg. Default: standard output.", new Converters.PathConverter());

    private final Param<Boolean> attendanceParam = flag("--attendance", "Draw who led each member state's"
            + " delegation at each summit instead (docs/attendance.svg).");

    private final Options.Debug debug = new Options.Debug(this);

    ChartCommand(RunContext run) {
        super(run, "chart", "Draws the membership timeline of the whole dataset as an SVG picture: one row per state,"
                + " a bar per status period coloured by status, the summits on the time axis, a legend.",
            "The same dataset always gives the same file (docs/membership.svg is drawn this way).");
    }

    @Override
    boolean debug() {
        return debug.on();
    }

    @Override
    int call() {
        Path output = outputParam.get();
        boolean attendance = attendanceParam.get();
        String svg = attendance ? AttendanceChart.svg(run.sco()) : MembershipChart.svg(run.sco());
        if (output == null) {
            run.out().print(svg);
            return 0;
        }
        AtomicFile.write(output, out -> out.write(svg));
        if (attendance) {
            run.out().println("Wrote the attendance chart of data " + run.sco().dataset().version() + " ("
                    + AttendanceChart.columns(run.sco()).size() + " summits) to " + output);
        } else {
            run.out().println("Wrote the membership chart of data " + run.sco().dataset().version() + " ("
                    + run.sco().dataset().countries().size() + " states) to " + output);
        }
        return 0;
    }
}
