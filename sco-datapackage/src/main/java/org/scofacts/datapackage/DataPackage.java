package org.scofacts.datapackage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.scofacts.data.ScoDataset;
import org.scofacts.query.Sco;

/**
 * A dataset as a Frictionless Tabular Data Package: {@code datapackage.json} and one CSV file per table under
 * {@code data/}: a table per fact family, the link tables of list fields, {@code fact_sources}, {@code countries},
 * {@code country_names}, {@code sources} and {@code cow_igo}, the COW-style country-year table. Built from the
 * dataset through the fact family registry, so every family is in it; written as a directory or a zip.
 *
 * <pre>{@code
 * DataPackage pkg = DataPackage.of(ScoDataset.bundled());
 * pkg.writeZip(Path.of("target").resolve(pkg.zipFileName()));   // sco-data-2026.11.2-datapackage.zip
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DataPackage {

    /** The name of the descriptor file at the package's root. */
    public static final String DESCRIPTOR = "datapackage.json";

    private final ScoDataset data;
    private final List<Table> tables;
    private final Map<String, String> files;

    private DataPackage(ScoDataset data, List<Table> tables) {
        this.data = data;
        this.tables = List.copyOf(tables);
        Map<String, String> content = new LinkedHashMap<>();
        content.put(DESCRIPTOR, Descriptor.json(data, tables));
        for (Table table : tables) {
            content.put(table.path(), table.toCsv());
        }
        this.files = Collections.unmodifiableMap(content);
    }

    /**
     * The package of a dataset, the bundled one or one you built or read from JSON.
     *
     * @param data the dataset
     * @return its package
     * @throws NullPointerException if the dataset is null
     */
    public static DataPackage of(ScoDataset data) {
        Objects.requireNonNull(data, "data");
        List<Table> tables = new ArrayList<>(FactTables.of(data));
        tables.add(ReferenceTables.countries(data));
        tables.add(ReferenceTables.countryNames(data));
        tables.add(ReferenceTables.sources(data));
        tables.add(ReferenceTables.cowIgo(Sco.of(data).cowIgoTable()));
        return new DataPackage(data, tables);
    }

    /**
     * The data version, as in {@code datapackage.json} and the zip's name.
     *
     * @return the dataset's version
     */
    public String version() {
        return data.version();
    }

    /**
     * The name the zip of this package goes by.
     *
     * @return {@code sco-data-VERSION-datapackage.zip}
     */
    public String zipFileName() {
        return "sco-data-" + data.version() + "-datapackage.zip";
    }

    /**
     * The names of the tables, as the descriptor's resources name them, in its order.
     *
     * @return the names, such as {@code status_periods}
     */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (Table table : tables) {
            names.add(table.name());
        }
        return List.copyOf(names);
    }

    /** The tables, in the descriptor's order. */
    List<Table> tables() {
        return tables;
    }

    /**
     * Every file of the package by its path inside the package, the descriptor first.
     *
     * @return the text of each file (UTF-8 when written), unmodifiable
     */
    public Map<String, String> files() {
        return files;
    }

    /**
     * Writes the package into a directory: {@code datapackage.json} and {@code data/*.csv}, replacing those files.
     *
     * @param directory the directory, created if missing
     * @throws NullPointerException if the directory is null
     * @throws UncheckedIOException naming the file, if a file cannot be written
     */
    public void writeTo(Path directory) {
        Objects.requireNonNull(directory, "directory");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes the package as one zip file, the same bytes for the same dataset: entries in a fixed order, each
     * dated to the dataset's check date.
     *
     * @param zip the file to write, replaced if it exists; its directory is created if missing
     * @throws NullPointerException if the path is null
     * @throws UncheckedIOException naming the file, if it cannot be written
     */
    public void writeZip(Path zip) {
        Objects.requireNonNull(zip, "zip");
        try {
            Path parent = zip.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(zip)) {
                writeZipTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the package as one zip, as {@link #writeZip(Path)} does, to a stream, which is left open.
     *
     * @param out where to
     * @throws NullPointerException if the stream is null
     * @throws IOException when writing fails
     */
    public void writeZipTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        ZipOutputStream zipped = new ZipOutputStream(out);
        for (Map.Entry<String, String> file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTimeLocal(data.checkedThrough().atStartOfDay());
            zipped.putNextEntry(entry);
            zipped.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zipped.closeEntry();
        }
        zipped.finish();
    }

    /**
     * Reads as the package's version and tables.
     *
     * @return such as {@code DataPackage[2026.11.2: status_periods, meetings, ...]}
     */
    @Override
    public String toString() {
        return "DataPackage[" + data.version() + ": " + String.join(", ", tableNames()) + "]";
    }
}
