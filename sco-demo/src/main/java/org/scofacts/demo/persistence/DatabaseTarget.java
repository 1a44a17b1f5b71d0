package org.scofacts.demo.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the demo keeps its tables: a JDBC URL and optional credentials.
 *
 * @param jdbcUrl  the JDBC URL, such as {@code jdbc:postgresql://localhost:5432/sco}
 * @param user     the user name, when the database wants one
 * @param password the password, when the database wants one
 * @param temporary whether the demo made this database for one run and drops it when done
 * @param timeout  how long to wait for the server to accept a connection, to log in, and to answer each
 *                 statement, before giving up
 */
public record DatabaseTarget(String jdbcUrl, Optional<String> user, Optional<String> password, boolean temporary,
                             Duration timeout) {

    /**
     * The default {@link #timeout()}: long enough for an export that waits for another one, short enough that a
     * server that does not answer fails the demo within 45 seconds.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** The longest {@link #timeout()}: an hour. */
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    private static final AtomicInteger IN_MEMORY = new AtomicInteger();

    /**
     * Checks that no part is null.
     *
     * @param jdbcUrl see {@link #jdbcUrl()}
     * @param user see {@link #user()}
     * @param password see {@link #password()}
     * @param temporary see {@link #temporary()}
     * @param timeout see {@link #timeout()}; from one second to {@link #MAX_TIMEOUT}
     */
    public DatabaseTarget {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be from 1 s to " + MAX_TIMEOUT.toSeconds() + " s: "
                    + timeout);
        }
    }

    /**
     * A database at a JDBC URL.
     *
     * @param jdbcUrl  the URL
     * @param user     the user name, or null for none
     * @param password the password, or null for none
     * @return the target
     */
    public static DatabaseTarget of(String jdbcUrl, String user, String password) {
        return new DatabaseTarget(jdbcUrl, Optional.ofNullable(user), Optional.ofNullable(password), false,
                DEFAULT_TIMEOUT);
    }

    /**
     * This target with another timeout.
     *
     * @param value see {@link #timeout()}
     * @return the target
     */
    public DatabaseTarget withTimeout(Duration value) {
        return new DatabaseTarget(jdbcUrl, user, password, temporary, value);
    }

    /**
     * A new, empty embedded H2 database in memory, private to this process and gone when closed.
     *
     * @return the target
     */
    public static DatabaseTarget inMemory() {
        return new DatabaseTarget("jdbc:h2:mem:sco-facts-" + IN_MEMORY.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
                Optional.of("sa"), Optional.of(""), true, DEFAULT_TIMEOUT);
    }

    /**
     * A short name for people: "H2 in memory" for a temporary database, else the URL without a password.
     *
     * @return the name
     */
    public String displayName() {
        return temporary ? "H2 in memory" : JdbcUrls.withoutSecrets(jdbcUrl);
    }

    /** The URL and user, never a password (not even one written into the URL). */
    @Override
    public String toString() {
        return JdbcUrls.withoutSecrets(jdbcUrl) + user.map(u -> " as " + u).orElse("");
    }
}
