package org.scofacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.StatusPeriod;

class DatasetDiffTest {

    private final ScoDataset bundled = ScoDataset.bundled();

    @Test
    void a_dataset_has_no_differences_with_itself() {
        DatasetDiff diff = DatasetDiff.between(bundled, bundled.toBuilder().build());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.fromVersion()).isEqualTo(bundled.version());
    }

    @Test
    void a_changed_field_is_reported_by_fact_id_and_field_name_with_both_values() {
        // GIVEN a revision that records the 23rd summit as held in person instead of by video
        Meeting delhi = (Meeting) bundled.fact(FactId.of("chs-23")).orElseThrow();
        Meeting corrected = new Meeting(delhi.id(), delhi.council(), delhi.ordinal(), delhi.firstDay(),
                delhi.lastDay(), delhi.place(), MeetingFormat.IN_PERSON, delhi.sources());
        ScoDataset revised = replace(delhi, corrected).version("test.1").build();

        // WHEN the two are compared
        DatasetDiff diff = DatasetDiff.between(bundled, revised);

        // THEN exactly that field of that fact changed
        assertThat(diff.addedFacts()).isEmpty();
        assertThat(diff.removedFacts()).isEmpty();
        assertThat(diff.changedFacts()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("chs-23");
            assertThat(change.fields()).extracting(Object::toString).containsExactly("format: VIRTUAL -> IN_PERSON");
        });
        assertThat(diff.toVersion()).isEqualTo("test.1");
    }

    @Test
    void facts_only_in_one_dataset_are_added_or_removed() {
        Fact figure = bundled.fact(FactId.of("figure-members-2024")).orElseThrow();
        ScoDataset without = ScoDataset.builder().version("test.2").checkedThrough(bundled.checkedThrough())
                .countries(bundled.countries()).sources(bundled.sources())
                .facts(bundled.facts().filter(f -> !f.equals(figure)).collect(Collectors.toList()))
                .build();

        assertThat(DatasetDiff.between(bundled, without).removedFacts()).containsExactly(figure);
        assertThat(DatasetDiff.between(without, bundled).addedFacts()).containsExactly(figure);
    }

    private ScoDataset.Builder replace(Fact old, Fact now) {
        List<Fact> facts = bundled.facts().map(f -> f.equals(old) ? now : f).collect(Collectors.toList());
        return ScoDataset.builder().version(bundled.version()).checkedThrough(bundled.checkedThrough())
                .countries(bundled.countries()).sources(bundled.sources()).facts(facts);
    }

    @Test
    void a_corrected_source_is_one_changed_source_not_a_change_to_every_fact_citing_it() {
        Source seed = bundled.source(SourceId.of("sectsco-2019-cfm")).orElseThrow();
        Source retitled = new Source(seed.id(), seed.kind(), seed.title() + " (corrected)", seed.publisher(),
                seed.published(), seed.url(), seed.note());
        List<Fact> facts = bundled.facts().map(f -> citing(f, seed, retitled)).collect(Collectors.toList());
        ScoDataset revised = ScoDataset.builder().version("test.3").checkedThrough(bundled.checkedThrough())
                .countries(bundled.countries())
                .sources(bundled.sources().stream().map(s -> s.equals(seed) ? retitled : s).collect(Collectors.toList()))
                .facts(facts).build();

        DatasetDiff diff = DatasetDiff.between(bundled, revised);

        assertThat(diff.changedFacts()).isEmpty();
        assertThat(diff.changedSources()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("sectsco-2019-cfm");
            assertThat(change.fields()).extracting(DatasetDiff.FieldChange::field).containsExactly("title");
        });
    }

    @Test
    void countries_added_and_removed_are_reported_by_code() {
        Country laos = bundled.country("LA").orElseThrow();
        ScoDataset withoutLaos = ScoDataset.builder().version("test.4").checkedThrough(bundled.checkedThrough())
                .countries(bundled.countries().stream().filter(c -> !c.equals(laos)).collect(Collectors.toList()))
                .facts(bundled.facts().filter(f -> !(f instanceof StatusPeriod && ((StatusPeriod) f).country().equals(laos)))
                        .collect(Collectors.toList()))
                .sources(bundled.sources().stream().filter(s -> !s.id().value().equals("24kg-2025-tianjin"))
                        .collect(Collectors.toList()))
                .build();

        DatasetDiff diff = DatasetDiff.between(withoutLaos, bundled);

        assertThat(diff.addedCountries()).containsExactly(laos);
        assertThat(diff.removedCountries()).isEmpty();
        assertThat(diff.changedCountries()).isEmpty();
        assertThat(diff.addedFacts()).extracting(f -> f.id().value()).containsExactly("status.la.partner.2025");
    }

    private static Fact citing(Fact fact, Source old, Source now) {
        if (!(fact instanceof Meeting) || !fact.sources().contains(old)) {
            return fact;
        }
        Meeting m = (Meeting) fact;
        List<Source> sources = m.sources().stream().map(s -> s.equals(old) ? now : s).collect(Collectors.toList());
        return new Meeting(m.id(), m.council(), m.ordinal(), m.firstDay(), m.lastDay(), m.place(), m.format(), sources);
    }
}
