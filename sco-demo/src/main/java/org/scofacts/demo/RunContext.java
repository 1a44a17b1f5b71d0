package org.scofacts.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.scofacts.data.ScoDataset;
import org.scofacts.query.Sco;

/**
 * What one run of the console hands its command: the dataset through the fluent API and "today", each asked for
 * only when first needed (most questions need no clock, help needs no dataset), the environment, and where to
 * print.
 */
final class RunContext {

    private final Supplier<ScoDataset> data;
    private final Supplier<LocalDate> clock;
    private final Environment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private Sco sco;
    private LocalDate today;

    /**
     * A run's context.
     *
     * @param data  the dataset, loaded when first needed
     * @param clock       what "today" means
     * @param environment environment variables and the terminal
     * @param out         standard output, or a test's writer
     * @param err         standard error, or a test's writer
     */
    RunContext(Supplier<ScoDataset> data, Supplier<LocalDate> clock, Environment environment, PrintWriter out,
               PrintWriter err) {
        this.data = data;
        this.clock = clock;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** The fluent API over the dataset, built on first use. */
    Sco sco() {
        if (sco == null) {
            ScoDataset dataset;
            try {
                dataset = data.get();
            } catch (RuntimeException | LinkageError e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new IllegalStateException("the bundled dataset does not load: " + cause.getMessage(), e);
            }
            sco = Sco.of(dataset);
        }
        return sco;
    }

    /** Today, asked of the clock once, when first needed. */
    LocalDate today() {
        if (today == null) {
            today = clock.get();
        }
        return today;
    }

    /** Environment variables and the terminal. */
    Environment environment() {
        return environment;
    }

    /** Where answers go. */
    PrintWriter out() {
        return out;
    }

    /** Where notes about answers go when standard output must stay data only. */
    PrintWriter err() {
        return err;
    }
}
