package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.facts.Partnership;

/**
 * One engine shared by {@value #THREADS} threads, each doing {@value #PER_THREAD} evaluations of different corpus
 * partnerships (with every rule set in force), gives exactly the results of a sequential run on another engine. The
 * shared engine starts cold, so the threads also race to compile the rule sets.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 200;
    static final int CORPUS = 400;

    private static IopRulesEngine newEngine() {
        Clock clock = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return IopRules.engine(EngineOptions.DEFAULT.withClock(clock));
    }

    /** Thread t evaluates items (t * 50 + j) mod 400, so at any time threads work on different partnerships. */
    private static int item(int thread, int j) {
        return (thread * (CORPUS / THREADS) + j) % CORPUS;
    }

    @Test
    void sharedEngineGivesTheSequentialResults() throws Exception {
        List<Partnership> corpus = Corpus.partnerships(Corpus.SEED + 1, CORPUS);
        List<Evaluation> expected = new ArrayList<>();
        try (IopRulesEngine sequential = newEngine()) {
            for (int i = 0; i < CORPUS; i++) {
                expected.add(sequential.evaluate(corpus.get(i), RuleSetInvariantsTest.request(i)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (IopRulesEngine shared = newEngine()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Evaluation>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Evaluation> mine = new ArrayList<>();
                    for (int j = 0; j < PER_THREAD; j++) {
                        int i = item(thread, j);
                        mine.add(shared.evaluate(corpus.get(i), RuleSetInvariantsTest.request(i)));
                    }
                    return mine;
                }));
            }
            start.countDown();
            int compared = 0;
            for (int t = 0; t < THREADS; t++) {
                List<Evaluation> got = futures.get(t).get(5, TimeUnit.MINUTES);
                for (int j = 0; j < PER_THREAD; j++) {
                    int i = item(t, j);
                    assertEquals(expected.get(i), got.get(j), "thread " + t + ", evaluation " + j + " (" + corpus.get(i).id() + ")");
                    compared++;
                }
            }
            assertEquals(THREADS * PER_THREAD, compared);
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }
}
