package org.scofacts.demo;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand that asks the fluent API one question; with {@code --via-database} or {@code --jdbc-url} it also
 * loads the dataset into a database and checks JPQL gives the same answer.
 */
abstract class QueryCommand implements Callable<Integer> {

    @ParentCommand
    ScoDemo root;

    @Spec
    CommandSpec spec;

    @Mixin
    Options.Database database;

    @Mixin
    Options.Debug debug;

    /** Checks the arguments that parsing alone cannot, before any database is touched. */
    void validate() {
    }

    abstract int answer(Session s);

    @Override
    public final Integer call() {
        validate();
        try (Session s = database.wanted() ? Session.withDatabase(root, database.target())
                : Session.withoutDatabase(root)) {
            return answer(s);
        }
    }
}
