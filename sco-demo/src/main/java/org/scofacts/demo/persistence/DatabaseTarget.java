package org.scofacts.demo.persistence;

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
 */
public record DatabaseTarget(String jdbcUrl, Optional<String> user, Optional<String> password, boolean temporary) {

    private static final AtomicInteger IN_MEMORY = new AtomicInteger();

    /**
     * Checks that no part is null.
     *
     * @param jdbcUrl see {@link #jdbcUrl()}
     * @param user see {@link #user()}
     * @param password see {@link #password()}
     * @param temporary see {@link #temporary()}
     */
    public DatabaseTarget {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
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
        return new DatabaseTarget(jdbcUrl, Optional.ofNullable(user), Optional.ofNullable(password), false);
    }

    /**
     * A new, empty embedded H2 database in memory, private to this process and gone when closed.
     *
     * @return the target
     */
    public static DatabaseTarget inMemory() {
        return new DatabaseTarget("jdbc:h2:mem:sco-facts-" + IN_MEMORY.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
                Optional.of("sa"), Optional.of(""), true);
    }

    /**
     * A short name for people: "H2 in memory" for a temporary database, else the URL.
     *
     * @return the name
     */
    public String displayName() {
        return temporary ? "H2 in memory" : jdbcUrl;
    }

    /** The URL and user, never the password. */
    @Override
    public String toString() {
        return jdbcUrl + user.map(u -> " as " + u).orElse("");
    }
}
