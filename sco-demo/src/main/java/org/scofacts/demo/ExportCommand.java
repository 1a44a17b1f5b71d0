package org.scofacts.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.scofacts.data.ScoDataset;
import org.scofacts.datapackage.DataPackage;
import org.scofacts.json.DatasetJson;
import org.scofacts.demo.message.ExitCodes;
import org.scofacts.demo.message.Messages;
import org.scofacts.demo.persistence.DatabaseException;
import org.scofacts.demo.persistence.DatabaseTarget;
import org.scofacts.demo.persistence.ScoDatabase;
import org.scofacts.query.CowIgoTable;
import org.scofacts.query.Sco;

/** {@code sco-demo export}: the dataset into a database, or to a file. */
final class ExportCommand extends CliCommand {

    /** What export writes when it does not write into a database. */
    enum FileFormat {
        /** The COW IGO country-year CSV. */
        COW_IGO,
        /** The whole dataset as JSON. */
        JSON,
        /** The Frictionless data package: datapackage.json and a CSV file per table. */
        DATAPACKAGE
    }

    private final Param<String> url = option("--jdbc-url", "URL",
            "Where to export, e.g. jdbc:postgresql://localhost:5432/sco or jdbc:h2:./sco.", new Options.Text());

    private final Param<String> user = option("--user", "USER", "Database user.", new Options.Text());

    private final Options.Password password = new Options.Password(this);

    private final Param<Duration> timeout = Options.timeout(this);

    private final Param<FileFormat> formatParam = option("--format", "FORMAT",
            "cow-igo (CSV), json or datapackage, instead of a database.",
            new Converters.EnumConverter<>(FileFormat.class, "an export format"));

    private final Param<Path> outputParam = option("--output", "FILE",
            "With --format: the file to write (replaced if it exists). Default: standard output. With --format"
                + " datapackage: the directory to write into, or a .zip file; required.",
            new Converters.PathConverter());

    private final Param<Path> fromParam = option("--from", "FILE.json",
            "With --format: export this JSON export ('--format json', perhaps edited), read and validated, instead of"
                + " the bundled dataset.", new Converters.PathConverter());

    private final Options.Debug debug = new Options.Debug(this);

    ExportCommand(RunContext run) {
        super(run, "export", "Writes the whole dataset into your database, in one transaction, and reads it back to check;"
                + " or, with --format, to a file or standard output.",
            "With --jdbc-url: replaces what the sco_* tables there hold (creating them when missing) in one"
                + " transaction: if the export fails or is killed, they still hold the previous export, complete."
                + " Other tables are left alone.",
            "With --format cow-igo: the Correlates of War IGO country-year table (ccode,year,state,sco; 1 member,"
                + " 3 observer or partner, 0 neither), one row per state with a COW code and year from "
                + CowIgoTable.FIRST_YEAR + " to the check date's.",
            "With --format json: every country, source and fact, which 'sco-demo diff' compares.",
            "With --format datapackage: the Frictionless Tabular Data Package researchers load in R, Python or SQL:"
                + " datapackage.json and a CSV file per table (docs/data.md is its codebook).");
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
                    + " database) or '--format=FORMAT' (cow-igo, json or datapackage, into a file)");
        }
        if (format != null && url != null) {
            throw usage("--format and --jdbc-url exclude each other: export to a file or into a database");
        }
        if (format == null && outputParam.get() != null) {
            throw usage("--output needs --format (cow-igo, json or datapackage)");
        }
        if (format == null && fromParam.get() != null) {
            throw usage("--from needs --format (cow-igo, json or datapackage)");
        }
        if (format == FileFormat.DATAPACKAGE && outputParam.get() == null) {
            throw usage("--format datapackage needs --output DIR (a directory, or a file ending in .zip)");
        }
    }

    @Override
    int call() {
        return formatParam.get() == null ? toDatabase() : toFile();
    }

    private int toDatabase() {
        ScoDataset data = run.sco().dataset();
        DatabaseTarget target = DatabaseTarget.of(url.get(), user.get(), password.get(run, url.get(), user.get()))
                .withTimeout(timeout.get());
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(data);
            ScoDataset back;
            try {
                back = db.load();
            } catch (DatabaseException e) {
                throw Failure.environment(Messages.cannotReadBack(target.toString(), e), e);
            }
            boolean same = back.equals(data);
            run.out().println("Exported SCO Facts " + data.version() + " to " + target + ": "
                    + data.countries().size() + " countries, " + data.sources().size() + " sources, "
                    + data.facts().count() + " facts in the sco_* tables; read back through JPQL: "
                    + (same ? "identical." : "DIFFERENT."));
            return same ? 0 : 1;
        }
    }

    private int toFile() {
        Path from = fromParam.get();
        Sco sco = from == null ? run.sco() : Sco.of(DatasetJson.read(from));
        ScoDataset data = sco.dataset();
        Path output = outputParam.get();
        if (formatParam.get() == FileFormat.DATAPACKAGE) {
            return toDataPackage(DataPackage.of(data), output);
        }
        String text;
        String what;
        if (formatParam.get() == FileFormat.COW_IGO) {
            CowIgoTable table = sco.cowIgoTable();
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
            run.out().print(text);
        } else {
            String whole = text;
            AtomicFile.write(output, out -> out.write(whole));
            run.out().println("Wrote " + what + " to " + output + ".");
        }
        return 0;
    }

    private int toDataPackage(DataPackage pkg, Path output) {
        if (output.getFileName() != null && output.getFileName().toString().endsWith(".zip")) {
            Path parent = output.toAbsolutePath().getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw failure(output, e);
            }
            AtomicFile.writeBytes(output, pkg::writeZipTo);
        } else {
            try {
                intoDirectory(pkg, output);
            } catch (IOException e) {
                throw failure(output, e);
            } catch (UncheckedIOException e) {
                throw failure(output, e.getCause());
            }
        }
        run.out().println("Wrote the data package of SCO Facts " + pkg.version() + " (" + pkg.tableNames().size()
                + " tables, datapackage.json and data/*.csv) to " + output + ".");
        return 0;
    }

    private static Failure failure(Path output, IOException e) {
        String message = Messages.cannotWrite(output, e);
        return ExitCodes.isBadOutput(output, e) ? Failure.badInput(message, e) : Failure.environment(message, e);
    }

    /**
     * Writes the package into a directory whole or not at all: into a temporary directory beside it first, which
     * becomes the directory when there was none; into an existing directory, each file of the package is moved
     * over its old one only once every file is written, and the directory's other files are left alone.
     */
    private static void intoDirectory(DataPackage pkg, Path output) throws IOException {
        Path target = (Files.exists(output) ? output.toRealPath() : output.toAbsolutePath()).normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new FileSystemException(output.toString(), null, "Not a directory");
        }
        Path folder = target.getParent();
        if (folder == null) {
            throw new FileSystemException(output.toString(), null, "Is a directory");
        }
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        Files.createDirectory(temporary);
        try {
            pkg.writeTo(temporary);
            if (!Files.exists(target)) {
                move(temporary, target);
            } else {
                for (String file : pkg.files().keySet()) {
                    Path to = target.resolve(file);
                    Files.createDirectories(to.getParent());
                    move(temporary.resolve(file), to);
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        deleteTree(temporary);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
