package org.scofacts.demo;

import org.scofacts.demo.persistence.DatabaseTarget;

/** Options several commands share; each class declares its options on the command that creates it. */
final class Options {

    private Options() {
    }

    /** Text, as typed. */
    static final class Text implements Converters.Converter<String> {
        @Override
        public String convert(String value) {
            return value;
        }
    }

    /** Which database to load the dataset into; an in-memory H2 database unless told otherwise. */
    static final class Database {
        private final Param<Boolean> viaDatabase;
        private final Param<String> url;
        private final Param<String> user;
        private final Param<String> password;

        Database(CliCommand command) {
            viaDatabase = command.flag("--via-database", "Also answer through JPQL: load the dataset into a database"
                    + " (in-memory H2 unless --jdbc-url says otherwise) and check JPQL and the fluent API agree."
                    + " The tour always does.");
            url = command.option("--jdbc-url", "URL", "Load the dataset into this database (replacing what its sco_*"
                    + " tables hold, in one transaction) instead of an in-memory H2 database, e.g."
                    + " jdbc:postgresql://localhost:5432/sco; implies --via-database.", new Text());
            user = command.option("--user", "USER", "Database user.", new Text());
            password = command.option("--password", "PASSWORD", "Database password.", new Text());
        }

        /** Whether the question goes to a database as well as to the fluent API. */
        boolean wanted() {
            return viaDatabase.get() || url.get() != null;
        }

        DatabaseTarget target() {
            return url.get() == null ? DatabaseTarget.inMemory()
                    : DatabaseTarget.of(url.get(), user.get(), password.get());
        }
    }

    /** Stack traces on failure. */
    static final class Debug {
        private final Param<Boolean> debug;

        Debug(CliCommand command) {
            debug = command.flag("--debug", "Print the stack trace when something fails.");
        }

        boolean on() {
            return debug.get();
        }
    }

    /** How listings print. */
    static final class Output {
        private final Param<Format> format;
        private final Param<Boolean> wide;

        Output(CliCommand command) {
            format = command.option("--format", "FORMAT", "table (aligned, for people), tsv or json (for programs).",
                    new Converters.EnumConverter<>(Format.class, "a format")).withDefault("table");
            wide = command.flag("--wide", "Print tables with every cell in full, however wide; by default a table"
                    + " fits " + Listing.TERMINAL_WIDTH + " columns, long cells cut with \u2026 or wrapped.");
        }

        Format format() {
            return format.get();
        }

        boolean wide() {
            return wide.get();
        }

        /** The width a table may take. */
        int width() {
            return wide() ? Integer.MAX_VALUE : Listing.TERMINAL_WIDTH;
        }
    }
}
