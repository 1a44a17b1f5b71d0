package org.scofacts.demo;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that loads the dataset into a database and asks it, and the fluent API, one question. */
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
        try (Session s = Session.open(root, database.target())) {
            return answer(s);
        }
    }
}
