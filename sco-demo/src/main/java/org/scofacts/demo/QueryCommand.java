package org.scofacts.demo;

/**
 * A subcommand that asks the fluent API one question; with {@code --via-database} or {@code --jdbc-url} it also
 * loads the dataset into a database and checks JPQL gives the same answer.
 */
abstract class QueryCommand extends CliCommand {

    final Options.Database database = new Options.Database(this);

    final Options.Debug debug = new Options.Debug(this);

    QueryCommand(RunContext run, String name, String... description) {
        super(run, name, description);
    }

    abstract int answer(Session s);

    @Override
    final boolean debug() {
        return debug.on();
    }

    @Override
    final int call() {
        try (Session s = database.wanted() ? Session.withDatabase(run, database.target())
                : Session.withoutDatabase(run)) {
            return answer(s);
        }
    }
}
