package org.scofacts.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.scofacts.demo.persistence.DatabaseTarget;
import org.scofacts.demo.persistence.ScoDatabase;
import org.scofacts.query.Sco;

/**
 * One run of a command: the dataset in the fluent API and in a database, and the console. Every
 * question is put to both; {@link #agree} checks the answers match before one is shown.
 */
final class Session implements AutoCloseable {

    final Sco sco;
    final ScoDatabase db;
    final LocalDate today;
    final PrintWriter out;
    final PrintWriter err;

    private Session(Sco sco, ScoDatabase db, LocalDate today, PrintWriter out, PrintWriter err) {
        this.sco = sco;
        this.db = db;
        this.today = today;
        this.out = out;
        this.err = err;
    }

    static Session open(ScoDemo root, DatabaseTarget target) {
        Sco sco = root.sco();
        ScoDatabase db = ScoDatabase.open(target);
        try {
            db.save(sco.dataset());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Session(sco, db, root.today(), root.out(), root.err());
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
    void show(Listing listing, Format format) {
        listing.print(format, out);
        if (format == Format.TABLE) {
            out.println("(" + listing.rows().size() + (listing.rows().size() == 1 ? " row" : " rows")
                    + "; JPQL on " + db.target().displayName() + " and the fluent API agree)");
        }
        out.flush();
    }

    @Override
    public void close() {
        db.close();
    }
}
