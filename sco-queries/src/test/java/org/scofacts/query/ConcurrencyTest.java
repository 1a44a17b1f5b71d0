package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Post;
import org.scofacts.model.Status;

/** One Sco and shared query values, asked the same questions from many threads at once. */
class ConcurrencyTest {

    private static final int THREADS = 16;

    private static List<Object> answers(Sco sco, CountryQuery shared) {
        List<Object> answers = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2001, 1, 1); day.getYear() <= 2030; day = day.plusDays(37)) {
            for (Status status : Status.values()) {
                answers.add(sco.countries().withStatus(status).asOf(day).list());
            }
            answers.add(shared.asOf(day).count());
            answers.add(sco.statusOf(Fixture.BY, day));
            answers.add(sco.chairmanshipOn(day));
            answers.add(sco.appointments().post(Post.SECRETARY_GENERAL).servingOn(day).first());
            answers.add(sco.summits().inYear(day.getYear()).list());
        }
        answers.add(sco.country("Türkiye"));
        answers.add(sco.timeline(Fixture.BY));
        return answers;
    }

    @Test
    void given_one_sco_and_shared_queries_when_asked_from_many_threads_then_every_thread_gets_the_single_threaded_answers()
            throws Exception {
        Sco sco = Fixture.sco();
        CountryQuery shared = sco.countries().withStatus(Status.OBSERVER_STATE);
        List<Object> expected = answers(sco, shared);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<List<Object>> task = () -> {
                    start.await();
                    return answers(sco, shared);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<Object>> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSizeGreaterThan(1000);
    }

    @Test
    void given_many_threads_when_facts_is_called_at_once_then_all_see_the_same_outcome() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Sco>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit((Callable<Sco>) Sco::facts));
            }
            Sco first = futures.get(0).get(60, TimeUnit.SECONDS);
            for (Future<Sco> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
