package org.scofacts.demo;

import org.scofacts.demo.persistence.DatabaseTarget;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class Options {

    private Options() {
    }

    /** Which database to load the dataset into; an in-memory H2 database unless told otherwise. */
    static final class Database {
        @Option(names = "--via-database",
                description = "Also answer through JPQL: load the dataset into a database (in-memory H2 unless"
                        + " --jdbc-url says otherwise) and check JPQL and the fluent API agree. The tour always does.")
        boolean viaDatabase;

        @Option(names = "--jdbc-url", paramLabel = "URL",
                description = "Load the dataset into this database (replacing what its sco_* tables hold, in one"
                        + " transaction) instead of an in-memory H2 database, e.g. jdbc:postgresql://localhost:5432/sco;"
                        + " implies --via-database.")
        String url;

        @Option(names = "--user", paramLabel = "USER", description = "Database user.")
        String user;

        @Option(names = "--password", paramLabel = "PASSWORD", description = "Database password.")
        String password;

        /** Whether the question goes to a database as well as to the fluent API. */
        boolean wanted() {
            return viaDatabase || url != null;
        }

        DatabaseTarget target() {
            return url == null ? DatabaseTarget.inMemory() : DatabaseTarget.of(url, user, password);
        }
    }

    /** Stack traces on failure. */
    static final class Debug {
        @Option(names = "--debug", description = "Print the stack trace when something fails.")
        boolean debug;
    }

    /** How listings print. */
    static final class Output {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                converter = FormatConverter.class,
                description = "table (aligned, for people), tsv or json (for programs). Default: ${DEFAULT-VALUE}.")
        Format format = Format.TABLE;

        @Option(names = "--wide",
                description = "Print tables with every cell in full, however wide; by default a table fits"
                        + " " + Listing.TERMINAL_WIDTH + " columns, long cells cut with \u2026 or wrapped.")
        boolean wide;

        /** The width a table may take. */
        int width() {
            return wide ? Integer.MAX_VALUE : Listing.TERMINAL_WIDTH;
        }
    }

    /** Reads table, tsv or json. */
    static final class FormatConverter extends Converters.EnumConverter<Format> {
        FormatConverter() {
            super(Format.class, "a format");
        }
    }
}
