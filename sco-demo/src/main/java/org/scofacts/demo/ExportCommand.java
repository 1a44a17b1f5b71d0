package org.scofacts.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetJson;
import org.scofacts.demo.message.Messages;
import org.scofacts.demo.persistence.DatabaseTarget;
import org.scofacts.demo.persistence.ScoDatabase;
import org.scofacts.query.CowIgoTable;

/** {@code sco-demo export}: the dataset into a database, or to a file. */
final class ExportCommand extends CliCommand {

    /** What export writes when it does not write into a database. */
    enum FileFormat {
        /** The COW IGO country-year CSV. */
        COW_IGO,
        /** The whole dataset as JSON. */
        JSON
    }

    private final Param<String> url = option("--jdbc-url", "URL",
            "Where to export, e.g. jdbc:postgresql://localhost:5432/sco or jdbc:h2:./sco.", new Options.Text());

    private final Param<String> user = option("--user", "USER", "Database user.", new Options.Text());

    private final Param<String> password = option("--password", "PASSWORD", "Database password.", new Options.Text());

    private final Param<FileFormat> formatParam = option("--format", "FORMAT",
            "cow-igo (CSV) or json, instead of a database.",
            new Converters.EnumConverter<>(FileFormat.class, "an export format"));

    private final Param<Path> outputParam = option("--output", "FILE",
            "With --format: the file to write (replaced if it exists). Default: standard output.",
            new Converters.PathConverter());

    private final Options.Debug debug = new Options.Debug(this);

    ExportCommand() {
        super("export", "Writes the whole dataset into your database, in one transaction, and reads it back to check;"
                + " or, with --format, to a file or standard output.",
            "With --jdbc-url: replaces what the sco_* tables there hold (creating them when missing) in one"
                + " transaction: if the export fails or is killed, they still hold the previous export, complete."
                + " Other tables are left alone.",
            "With --format cow-igo: the Correlates of War IGO country-year table (ccode,year,state,sco; 1 member,"
                + " 3 observer or partner, 0 neither), one row per state with a COW code and year from "
                + CowIgoTable.FIRST_YEAR + " to the check date's.",
            "With --format json: every country, source and fact, which 'sco-demo diff' compares.");
    }

    @Override
    boolean debug() {
        return debug.on();
    }

    @Override
    void validate() {
        FileFormat format = formatParam.get();
        String url = this.url.get();
        if (format == null && url == null) {
            throw usage("Missing required option: '--jdbc-url=URL' (into a"
                    + " database) or '--format=FORMAT' (cow-igo or json, into a file)");
        }
        if (format != null && url != null) {
            throw usage("--format and --jdbc-url exclude each other: export to a file or into a database");
        }
        if (format == null && outputParam.get() != null) {
            throw usage("--output needs --format (cow-igo or json)");
        }
    }

    @Override
    int call() {
        return formatParam.get() == null ? toDatabase() : toFile();
    }

    private int toDatabase() {
        ScoDataset data = root().sco().dataset();
        DatabaseTarget target = DatabaseTarget.of(url.get(), user.get(), password.get());
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(data);
            boolean same = db.load().equals(data);
            root().out().println("Exported SCO Facts " + data.version() + " to " + target + ": "
                    + data.countries().size() + " countries, " + data.sources().size() + " sources, "
                    + data.facts().count() + " facts in the sco_* tables; read back through JPQL: "
                    + (same ? "identical." : "DIFFERENT."));
            root().out().flush();
            return same ? 0 : 1;
        }
    }

    private int toFile() {
        ScoDataset data = root().sco().dataset();
        Path output = outputParam.get();
        String text;
        String what;
        if (formatParam.get() == FileFormat.COW_IGO) {
            CowIgoTable table = root().sco().cowIgoTable();
            text = table.toCsv();
            what = "the COW IGO country-year table of SCO Facts " + data.version() + " (" + table.rows().size()
                    + " rows, years " + CowIgoTable.FIRST_YEAR + "-" + table.checkedThrough().getYear()
                    + ", checked through " + table.checkedThrough() + ")";
        } else {
            text = DatasetJson.write(data);
            what = "SCO Facts " + data.version() + " as JSON (" + data.countries().size() + " countries, "
                    + data.sources().size() + " sources, " + data.facts().count() + " facts)";
        }
        if (output == null) {
            root().out().print(text);
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                String message = Messages.cannotWrite(output, e);
                throw Messages.isBadOutput(output, e) ? Failure.badInput(message, e) : Failure.environment(message, e);
            }
            root().out().println("Wrote " + what + " to " + output + ".");
        }
        root().out().flush();
        return 0;
    }
}
