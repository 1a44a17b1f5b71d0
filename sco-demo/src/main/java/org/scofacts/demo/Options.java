package org.scofacts.demo;

import java.time.Duration;
import org.scofacts.demo.message.Values;
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

    /** A wait in whole seconds, from 1 to {@link DatabaseTarget#MAX_TIMEOUT}. */
    static final class Seconds implements Converters.Converter<Duration> {
        @Override
        public Duration convert(String value) {
            long max = DatabaseTarget.MAX_TIMEOUT.toSeconds();
            try {
                long seconds = Long.parseLong(value.strip());
                if (seconds >= 1 && seconds <= max) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new Converters.BadValue(Values.quoted(value) + " is not a number of seconds from 1 to " + max);
        }
    }

    /** The database's timeout option, for the commands that take a --jdbc-url. */
    static Param<Duration> timeout(CliCommand command) {
        return command.option("--db-timeout", "SECONDS", "How long to wait for the database server to connect,"
                + " log in and answer each statement before giving up.", new Seconds())
                .withDefault(Long.toString(DatabaseTarget.DEFAULT_TIMEOUT.toSeconds()));
    }

    /** Which database to load the dataset into; an in-memory H2 database unless told otherwise. */
    static final class Database {
        private final Param<Boolean> viaDatabase;
        private final Param<String> url;
        private final Param<String> user;
        private final Password password;
        private final Param<Duration> timeout;
        private final RunContext run;

        Database(CliCommand command) {
            run = command.run;
            viaDatabase = command.flag("--via-database", "Also answer through JPQL: load the dataset into a database"
                    + " (in-memory H2 unless --jdbc-url says otherwise) and check JPQL and the fluent API agree."
                    + " The tour always does.");
            url = command.option("--jdbc-url", "URL", "Load the dataset into this database (replacing what its sco_*"
                    + " tables hold, in one transaction) instead of an in-memory H2 database, e.g."
                    + " jdbc:postgresql://localhost:5432/sco; implies --via-database.", new Text());
            user = command.option("--user", "USER", "Database user.", new Text());
            password = new Password(command);
            timeout = Options.timeout(command);
        }

        /** Whether the question goes to a database as well as to the fluent API. */
        boolean wanted() {
            return viaDatabase.get() || url.get() != null;
        }

        DatabaseTarget target() {
            return url.get() == null ? DatabaseTarget.inMemory()
                    : DatabaseTarget.of(url.get(), user.get(), password.get(run, url.get(), user.get()))
                            .withTimeout(timeout.get());
        }
    }

    /**
     * A database password: typed at a prompt ({@code --password-prompt}), from the environment variable
     * {@value #VARIABLE}, or, visible to anyone who lists the processes, {@code --password}.
     */
    static final class Password {
        /** The environment variable a password may come from. */
        static final String VARIABLE = "SCO_DB_PASSWORD";

        private final Param<String> given;
        private final Param<Boolean> prompt;

        Password(CliCommand command) {
            given = command.option("--password", "PASSWORD", "Database password. Anyone who lists the processes sees"
                    + " it: prefer --password-prompt or the environment variable " + VARIABLE + ".", new Text());
            prompt = command.flag("--password-prompt", "Ask for the database password at the terminal, without"
                    + " echoing it.");
        }

        /**
         * The password for a database, or null for none.
         *
         * @param run  the run, whose environment and terminal may give it
         * @param url  the database, named in the prompt
         * @param user the user, named in the prompt
         * @return the password, or null
         * @throws UsageException when two ways are given at once, or a prompt without a terminal
         */
        String get(RunContext run, String url, String user) {
            if (given.get() != null && prompt.get()) {
                throw new UsageException("--password and --password-prompt exclude each other");
            }
            if (given.get() != null) {
                return given.get();
            }
            if (prompt.get()) {
                char[] typed = run.environment().readPassword("Password for " + (user == null ? "" : user + " at ")
                        + url + ": ");
                if (typed == null) {
                    throw new UsageException("--password-prompt needs a terminal to ask at; without one, set the"
                            + " environment variable " + VARIABLE);
                }
                return new String(typed);
            }
            return run.environment().variable(VARIABLE);
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
