package org.scofacts.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of subcommands: each name, in the order {@code --help} lists them, and the command it makes. Adding
 * a command is a class and one line here (CONTRIBUTING.md, "Adding a console command").
 */
final class Commands {

    /** The subcommands' names, in the order {@code --help} lists them. */
    static final List<String> NAMES = List.of("members", "timeline", "summits", "summit", "officials", "chair",
            "documents", "sources", "export", "diff", "chart");

    private Commands() {
    }

    /**
     * A new subcommand for a run.
     *
     * @param name what the user typed
     * @param run  the run it belongs to
     * @return the subcommand, or null when no subcommand has that name
     */
    static CliCommand create(String name, RunContext run) {
        return switch (name) {
            case "members" -> new MembersCommand(run);
            case "timeline" -> new TimelineCommand(run);
            case "summits" -> new SummitsCommand(run);
            case "summit" -> new SummitCommand(run);
            case "officials" -> new OfficialsCommand(run);
            case "chair" -> new ChairCommand(run);
            case "documents" -> new DocumentsCommand(run);
            case "sources" -> new SourcesCommand(run);
            case "export" -> new ExportCommand(run);
            case "diff" -> new DiffCommand(run);
            case "chart" -> new ChartCommand(run);
            default -> null;
        };
    }

    /**
     * Every subcommand, in {@link #NAMES}' order, for the root's help.
     *
     * @param run the run they belong to
     * @return the subcommands
     */
    static List<CliCommand> all(RunContext run) {
        List<CliCommand> all = new ArrayList<>();
        for (String name : NAMES) {
            all.add(create(name, run));
        }
        return all;
    }
}
