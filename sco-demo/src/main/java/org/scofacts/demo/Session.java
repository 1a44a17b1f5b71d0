package org.scofacts.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.scofacts.demo.persistence.DatabaseTarget;
import org.scofacts.demo.persistence.JpqlQueries;
import org.scofacts.demo.persistence.ScoDatabase;
import org.scofacts.query.Sco;

/**
 * One run of a command: the dataset in the fluent API and, when asked for, in a database, and the
 * console. Questions are answered by the fluent API, which needs no database; with a database every
 * question is also put to JPQL, and {@link #answer} checks the two answers match before one is shown.
 */
final class Session implements AutoCloseable {

    final Sco sco;
    /** The database the dataset was loaded into, or null when the fluent API answers alone. */
    private final ScoDatabase db;
    private final RunContext run;
    final PrintWriter out;
    final PrintWriter err;

    private Session(Sco sco, ScoDatabase db, RunContext run) {
        this.sco = sco;
        this.db = db;
        this.run = run;
        this.out = run.out();
        this.err = run.err();
    }

    /** A session that answers from the fluent API alone, without starting a database. */
    static Session withoutDatabase(RunContext run) {
        return new Session(run.sco(), null, run);
    }

    /** A session that loads the dataset into the database and answers through JPQL too. */
    static Session withDatabase(RunContext run, DatabaseTarget target) {
        Sco sco = run.sco();
        ScoDatabase db = ScoDatabase.open(target);
        try {
            db.save(sco.dataset());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Session(sco, db, run);
    }

    /** Today, by the demo's clock; asked for only by questions that default to today. */
    LocalDate today() {
        return run.today();
    }

    /** The database of a session opened {@link #withDatabase}. */
    ScoDatabase db() {
        if (db == null) {
            throw new IllegalStateException("this session has no database");
        }
        return db;
    }

    /**
     * The fluent API's answer, in its order; with a database, JPQL's answer is checked to hold the same
     * elements (sorted by {@code order} for the comparison), so a listing reads the same either way.
     */
    <T> List<T> answer(String question, Function<JpqlQueries, List<T>> jpql, List<T> fluent,
                       Comparator<? super T> order) {
        if (db != null) {
            agree(question, jpql.apply(db.jpql()), fluent, order);
        }
        return fluent;
    }

    /** The fluent API's answer; with a database, also JPQL's, checked to be equal. */
    <T> T answer(String question, Function<JpqlQueries, T> jpql, T fluent) {
        return db == null ? fluent : agree(question, jpql.apply(db.jpql()), fluent);
    }

    /**
     * Checks that the two answers are the same, ignoring order, and returns the JPQL one.
     */
    <T> List<T> agree(String question, List<T> jpql, List<T> fluent, Comparator<? super T> order) {
        List<T> a = new ArrayList<>(jpql);
        List<T> b = new ArrayList<>(fluent);
        a.sort(order);
        b.sort(order);
        if (!a.equals(b)) {
            throw new Disagreement(question, jpql, fluent);
        }
        return jpql;
    }

    <T> T agree(String question, T jpql, T fluent) {
        if (!Objects.equals(jpql, fluent)) {
            throw new Disagreement(question, jpql, fluent);
        }
        return jpql;
    }

    /**
     * Prints a line when an answer is about a day after the dataset's check date. Tables get it on
     * standard output; TSV and JSON on standard error, so that their output stays data only.
     */
    void noteIfUnchecked(LocalDate date, Format format) {
        if (!sco.isChecked(date)) {
            (format == Format.TABLE ? out : err).println("Note: the facts were checked through "
                    + sco.dataset().checkedThrough() + "; this answer for " + date
                    + " assumes no change since then.");
        }
    }

    /** Prints a listing and, under a table, where the answer came from. */
    void show(Listing listing, Options.Output output) {
        Format format = output.format();
        listing.print(format, out, output.width());
        if (format == Format.TABLE) {
            out.println("(" + listing.rows().size() + (listing.rows().size() == 1 ? " row" : " rows")
                    + (db == null ? "; from the fluent API, no database started: add --via-database for JPQL)"
                    : "; JPQL on " + db.target().displayName() + " and the fluent API agree)"));
        }
        out.flush();
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
