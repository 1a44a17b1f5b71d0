package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.scofacts.model.StatusPeriod;

/**
 * The bundled dataset builds a family when it is first asked for (issue 12, cold start). Each test makes a
 * dataset of its own from the bundled tables, so what the shared {@link ScoDataset#bundled()} has loaded
 * so far does not matter.
 */
class BundledLoadingTest {

    private static ScoDataset freshBundled() {
        return new ScoDataset(BundledDataset.VERSION, BundledDataset.CHECKED_THROUGH, Countries.all(), new BundledDataset());
    }

    @Test
    void a_question_about_status_periods_builds_that_family_and_no_other() {
        ScoDataset dataset = freshBundled();

        List<StatusPeriod> periods = dataset.statusPeriods();

        assertThat(periods).isNotEmpty();
        assertThat(dataset.loadedFamilies()).containsExactly(FactFamily.STATUS_PERIODS);
    }

    @Test
    void the_countries_and_the_version_need_no_family() {
        ScoDataset dataset = freshBundled();

        assertThat(dataset.country("KG")).isPresent();
        assertThat(dataset.version()).isEqualTo(BundledDataset.VERSION);
        assertThat(dataset.loadedFamilies()).isEmpty();
    }

    @Test
    void the_sources_are_those_of_every_family_so_asking_for_them_builds_every_family() {
        ScoDataset dataset = freshBundled();

        assertThat(dataset.sources()).isEqualTo(ScoDataset.bundled().sources());
        assertThat(dataset.loadedFamilies()).containsExactlyInAnyOrderElementsOf(FactFamily.all());
    }

    @Test
    void a_family_built_on_demand_equals_the_same_family_of_the_fully_checked_dataset() {
        ScoDataset checked = ScoDataset.bundled().toBuilder().build();

        for (FactFamily<?> family : FactFamily.all()) {
            assertThat(freshBundled().facts(family)).as(family.pluralName()).isEqualTo(checked.facts(family));
        }
    }

    @Test
    void threads_asking_for_a_family_at_once_all_get_the_one_list_built() throws Exception {
        int threads = 8;
        for (int round = 0; round < 20; round++) {
            ScoDataset dataset = freshBundled();
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<List<StatusPeriod>>> askers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                askers.add(() -> {
                    start.await();
                    return dataset.statusPeriods();
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<StatusPeriod>>> answers = new ArrayList<>();
                for (Callable<List<StatusPeriod>> asker : askers) {
                    answers.add(pool.submit(asker));
                }
                start.countDown();
                Map<List<StatusPeriod>, Boolean> distinct = new IdentityHashMap<>();
                for (Future<List<StatusPeriod>> answer : answers) {
                    distinct.put(answer.get(), Boolean.TRUE);
                }
                assertThat(distinct).as("round %d", round).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
