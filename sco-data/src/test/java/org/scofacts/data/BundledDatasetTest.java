package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/**
 * The bundled dataset is loaded without the whole-dataset checks (they would cost every fresh JVM its
 * first answer), so the build proves here that the very tables the jar ships pass those checks.
 */
class BundledDatasetTest {

    private static List<Fact> tables() {
        return BundledDataset.tables();
    }

    private static ScoDataset.Builder builder(List<Fact> facts, Set<Source> sources) {
        return ScoDataset.builder().version(BundledDataset.VERSION).checkedThrough(BundledDataset.CHECKED_THROUGH)
                .countries(Countries.all()).sources(sources).facts(facts);
    }

    @Test
    void the_shipped_tables_pass_every_whole_dataset_check_and_give_the_bundled_dataset() {
        List<Fact> facts = tables();

        ScoDataset checked = builder(facts, BundledDataset.cited(facts)).build();

        assertThat(checked).isEqualTo(ScoDataset.bundled());
        assertThat(checked.facts()).hasSameSizeAs(facts);
    }

    @Test
    void the_same_tables_with_a_dangling_reference_fail_the_full_checks_so_the_test_above_can_fail() {
        List<Fact> facts = tables();
        Set<Source> cited = BundledDataset.cited(facts);
        cited.remove(cited.iterator().next());

        assertThatThrownBy(() -> builder(facts, cited).build())
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("source");
    }
}
