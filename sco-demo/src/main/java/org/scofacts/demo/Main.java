package org.scofacts.demo;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.scofacts.data.ScoDataset;

/** {@code java -jar sco-demo.jar}: the console demo. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the demo and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate logs through jboss-logging: route it to slf4j-simple, which prints WARN and above only.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        System.exit(new Console(new BundledData(), new SystemToday(), new SystemEnvironment(), writer(FileDescriptor.out, "stdout.encoding"),
                writer(FileDescriptor.err, "stderr.encoding")).execute(args));
    }

    /**
     * The demo's console over a dataset and a clock, ready to {@code execute}.
     *
     * @param data  the dataset, loaded when first needed
     * @param clock what "today" means
     * @param out   where answers go
     * @param err   where errors go
     * @return the console
     */
    static Console console(Supplier<ScoDataset> data, Clock clock, Writer out, Writer err) {
        return console(data, clock, new NoEnvironment(), out, err);
    }

    /**
     * The demo's console over a dataset, a clock and an environment, ready to {@code execute}.
     *
     * @param data        the dataset, loaded when first needed
     * @param clock       what "today" means
     * @param environment environment variables and the terminal
     * @param out         where answers go
     * @param err         where errors go
     * @return the console
     */
    static Console console(Supplier<ScoDataset> data, Clock clock, Environment environment, Writer out, Writer err) {
        return new Console(data, new ClockToday(clock), environment, out, err);
    }

    /**
     * Standard output or error straight on its file descriptor rather than through {@code System.out}, a
     * {@link java.io.PrintStream} that keeps no reason when a write fails; in the charset {@code System.out} would
     * use (the JDK sets {@code stdout.encoding} from 19 on).
     */
    private static Writer writer(FileDescriptor fd, String encodingProperty) {
        Charset charset = Charset.defaultCharset();
        String encoding = System.getProperty(encodingProperty);
        try {
            if (encoding != null) {
                charset = Charset.forName(encoding);
            }
        } catch (IllegalArgumentException unknownToThisJdk) {
            // the platform's default, as System.out falls back to
        }
        return new OutputStreamWriter(new FileOutputStream(fd), charset);
    }

    /** The bundled dataset. (Classes rather than lambdas here: the JVM's first lambda costs a few milliseconds.) */
    private static final class BundledData implements Supplier<ScoDataset> {
        @Override
        public ScoDataset get() {
            return ScoDataset.bundled();
        }
    }

    /**
     * Today in the system's time zone. {@code LocalDate.now()} would load the java.time zone rules database for
     * this, tens of milliseconds of a question's start-up; the JDK's {@link TimeZone} gives the same offset.
     */
    private static final class SystemToday implements Supplier<LocalDate> {
        private static final long MILLIS_PER_DAY = 86_400_000L;

        @Override
        public LocalDate get() {
            long now = System.currentTimeMillis();
            return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), MILLIS_PER_DAY));
        }
    }

    /** The process's environment variables and its terminal, if it has one. */
    private static final class SystemEnvironment implements Environment {
        @Override
        public String variable(String name) {
            return System.getenv(name);
        }

        @Override
        public char[] readPassword(String prompt) {
            java.io.Console terminal = System.console();
            return terminal == null ? null : terminal.readPassword("%s", prompt);
        }
    }

    /** No variables set and no terminal: a run that depends on its arguments alone. */
    private static final class NoEnvironment implements Environment {
        @Override
        public String variable(String name) {
            return null;
        }

        @Override
        public char[] readPassword(String prompt) {
            return null;
        }
    }

    /** Today by a clock, for tests. */
    private static final class ClockToday implements Supplier<LocalDate> {
        private final Clock clock;

        ClockToday(Clock clock) {
            this.clock = clock;
        }

        @Override
        public LocalDate get() {
            return LocalDate.now(clock);
        }
    }
}
