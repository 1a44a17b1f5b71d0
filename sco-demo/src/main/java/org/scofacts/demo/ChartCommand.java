package org.scofacts.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draws the membership timeline of the whole dataset as an SVG picture: one row per state,"
                + " a bar per status period coloured by status, the summits on the time axis, a legend.",
            "The same dataset always gives the same file (docs/membership.svg is drawn this way)."})
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    ScoDemo root;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the SVG to this file (replacing it), such as membership.svg. Default: standard output.")
    Path output;

    @Mixin
    Options.Debug debug;

    @Override
    public Integer call() {
        String svg = MembershipChart.svg(root.sco());
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
        root.out().println("Wrote the membership chart of data " + root.sco().dataset().version() + " ("
                + root.sco().dataset().countries().size() + " states) to " + output);
        root.out().flush();
        return 0;
    }
}
