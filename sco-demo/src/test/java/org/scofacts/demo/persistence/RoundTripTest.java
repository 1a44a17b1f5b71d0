package org.scofacts.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;

/** GIVEN the bundled dataset WHEN it is written to a database and read back through JPQL THEN nothing is lost. */
class RoundTripTest {

    static final String POSTGRES_URL = "SCO_TEST_POSTGRES_URL";

    @Test
    void bundledDataset_survivesH2InMemory_factForFact() {
        ScoDataset bundled = ScoDataset.bundled();
        try (ScoDatabase db = ScoDatabase.inMemory(bundled)) {
            ScoDataset back = db.load();

            assertThat(back.facts()).containsExactlyElementsOf(bundled.facts().toList());
            assertThat(back.countries()).containsExactlyElementsOf(bundled.countries());
            assertThat(back.sources()).containsExactlyElementsOf(bundled.sources());
            assertThat(back.version()).isEqualTo(bundled.version());
            assertThat(back.checkedThrough()).isEqualTo(bundled.checkedThrough());
            assertThat(back).isEqualTo(bundled);
        }
    }

    @Test
    void bundledDataset_survivesPostgreSql_whenAServerIsGiven() {
        Optional<String> url = setting(POSTGRES_URL);
        assumeThat(url).as("no PostgreSQL server given: set %s (and SCO_TEST_POSTGRES_USER, "
                + "SCO_TEST_POSTGRES_PASSWORD) as environment variables or system properties, "
                + "or run .ci/postgres.sh", POSTGRES_URL).isPresent();
        DatabaseTarget target = DatabaseTarget.of(url.orElseThrow(), setting("SCO_TEST_POSTGRES_USER").orElse(null),
                setting("SCO_TEST_POSTGRES_PASSWORD").orElse(null));
        ScoDataset bundled = ScoDataset.bundled();
        try (ScoDatabase db = ScoDatabase.open(target)) {
            db.save(bundled);

            assertThat(db.load()).isEqualTo(bundled);
        }
    }

    static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(s -> !s.isBlank());
    }
}
