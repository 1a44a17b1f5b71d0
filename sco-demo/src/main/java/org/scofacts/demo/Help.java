package org.scofacts.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;
import org.scofacts.demo.message.ExitCodes;

/**
 * What {@code --help} prints for a command: its usage line and description, its positional parameters, its
 * options (as Commons CLI's {@link HelpFormatter} lays them out, with their descriptions and defaults) and, for
 * the root, the subcommands and the exit-code rule.
 */
final class Help {

    /** The width help text is wrapped to. */
    static final int WIDTH = 100;
    private static final String INDENT = "  ";

    private Help() {
    }

    /**
     * Prints a command's help.
     *
     * @param command     the command
     * @param subcommands the subcommands to list, for the root; empty for a subcommand
     * @param out         where to print it
     */
    static void print(CliCommand command, List<CliCommand> subcommands, PrintWriter out) {
        StringBuilder text = new StringBuilder();
        text.append("Usage: ").append(command.qualifiedName()).append(" [OPTIONS]");
        for (Param<?> p : command.positionals()) {
            text.append(' ').append(p.required() ? p.label() : "[" + p.label() + "]");
        }
        if (!subcommands.isEmpty()) {
            text.append(" [COMMAND]");
        }
        text.append("\n\n");
        for (String paragraph : command.description()) {
            wrap(text, paragraph, "", WIDTH);
        }
        if (!command.positionals().isEmpty()) {
            text.append("\nParameters:\n");
            List<String[]> rows = new ArrayList<>();
            for (Param<?> p : command.positionals()) {
                rows.add(new String[] {p.label(), p.help()});
            }
            columns(text, rows);
        }
        text.append('\n').append(options(command).stripTrailing()).append('\n');
        if (!subcommands.isEmpty()) {
            text.append("\nCommands:\n");
            List<String[]> rows = new ArrayList<>();
            for (CliCommand subcommand : subcommands) {
                rows.add(new String[] {subcommand.name(), subcommand.description().get(0)});
            }
            columns(text, rows);
            text.append('\n');
            wrap(text, ExitCodes.RULE, "", WIDTH);
        }
        for (String line : text.toString().strip().split("\n", -1)) {
            out.println(line.stripTrailing());
        }
    }

    /** The options table, laid out by Commons CLI and sorted by name. */
    private static String options(CliCommand command) {
        StringBuilder table = new StringBuilder();
        TextHelpAppendable appendable = new TextHelpAppendable(table);
        appendable.setMaxWidth(WIDTH);
        appendable.setLeftPad(INDENT.length());
        HelpFormatter formatter = HelpFormatter.builder().setShowSince(false).setHelpAppendable(appendable).get();
        try {
            formatter.printOptions(formatter.sort(command.cliOptions()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table.toString();
    }

    /** Two columns: a name, and its description wrapped beside it. */
    private static void columns(StringBuilder text, List<String[]> rows) {
        int nameWidth = 0;
        for (String[] row : rows) {
            nameWidth = Math.max(nameWidth, row[0].length());
        }
        String hanging = " ".repeat(INDENT.length() + nameWidth + 2);
        for (String[] row : rows) {
            StringBuilder lines = new StringBuilder();
            wrap(lines, row[1], hanging, WIDTH);
            text.append(INDENT).append(row[0]).append(" ".repeat(nameWidth - row[0].length() + 2))
                    .append(lines.substring(hanging.length()));
        }
    }

    /** Appends a paragraph, wrapped at spaces to the width, each line starting with the indent. */
    private static void wrap(StringBuilder text, String paragraph, String indent, int width) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                text.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        text.append(line).append('\n');
    }
}
