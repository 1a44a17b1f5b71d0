package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;

/**
 * The diff says what a fact of every family is in a few words: its family's name and the one readable line
 * the fact record prints, so a new family needs no words in {@link DiffCommand}.
 */
class FactFamilyWordsTest {

    @Test
    void given_every_bundled_fact_when_described_then_it_is_its_family_name_and_its_readable_line() {
        ScoDataset.bundled().facts().forEach(f -> assertThat(DiffCommand.describe(f))
                .isEqualTo(FactFamily.of(f).name() + ": " + f)
                .doesNotEndWith(": ")
                .doesNotContain("\n")
                .doesNotContain(f.getClass().getSimpleName() + "["));
    }

    @Test
    void given_the_bundled_dataset_then_every_fact_family_is_described() {
        List<FactFamily<?>> described = ScoDataset.bundled().facts().<FactFamily<?>>map(FactFamily::of).distinct()
                .collect(Collectors.toList());
        assertThat(described).containsExactlyInAnyOrderElementsOf(FactFamily.all());
    }
}
