package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKindTest {

    @Test
    void kinds_run_from_most_to_least_authoritative() {
        // Consumers may sort sources by kind to cite the most authoritative first.
        assertThat(SourceKind.values()).containsExactly(SourceKind.OFFICIAL, SourceKind.REFERENCE_WORK,
                SourceKind.NEWS_REPORT, SourceKind.SEED_ARTICLE);
    }
}
