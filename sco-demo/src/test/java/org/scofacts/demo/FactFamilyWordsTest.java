package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;

/** The diff can say in a few words what a fact of every family is. */
class FactFamilyWordsTest {

    @Test
    void given_the_words_then_they_cover_every_fact_family_once() {
        List<FactFamily<?>> families = DiffCommand.WORDS.stream().<FactFamily<?>>map(DiffCommand.Words::family)
                .collect(Collectors.toList());
        assertThat(families).containsExactlyElementsOf(FactFamily.all());
    }

    @Test
    void given_every_bundled_fact_when_described_then_it_starts_with_its_family_name() {
        ScoDataset.bundled().facts().forEach(f -> assertThat(DiffCommand.describe(f))
                .startsWith(FactFamily.of(f).name() + ": ").doesNotEndWith(": "));
    }
}
