package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.facts.Partnership;

/**
 * An engine reuses its rule sessions from one evaluation to the next (internal.SessionPool): nothing of an evaluation
 * may reach the next one. Each test compares an engine that reuses sessions with one that opens a new session for every
 * rule set, as the engine did before, on different corpus partnerships in turn.
 */
class SessionReuseTest {
    private static final int ITEMS = 120;

    private static DroolsEngine engine(boolean reuse, RuleFiringListener listener,
            java.util.function.LongFunction<DroolsEngine.Running> clocks) {
        return new DroolsEngine(EngineOptions.DEFAULT, listener, reuse, clocks);
    }

    @Test
    void reusedSessionsGiveTheResultsAndFiringsOfNewSessions() {
        List<Partnership> corpus = Corpus.partnerships(Corpus.SEED + 11, ITEMS);
        List<Evaluation> expected = new ArrayList<>();
        List<List<String>> expectedFirings = new ArrayList<>();
        List<String> firings = new ArrayList<>();
        RuleFiringListener record = (info, rule) -> firings.add(info.ref() + " " + rule);
        try (DroolsEngine fresh = engine(false, record, DroolsEngine.Running::new)) {
            for (int i = 0; i < ITEMS; i++) {
                firings.clear();
                expected.add(fresh.evaluate(corpus.get(i), RuleSetInvariantsTest.request(i)));
                expectedFirings.add(List.copyOf(firings));
            }
        }
        try (DroolsEngine reusing = engine(true, record, DroolsEngine.Running::new)) {
            // forwards, then backwards: every item follows two different ones
            for (int k = 0; k < 2 * ITEMS; k++) {
                int i = k < ITEMS ? k : 2 * ITEMS - 1 - k;
                firings.clear();
                Evaluation got = reusing.evaluate(corpus.get(i), RuleSetInvariantsTest.request(i));
                assertEquals(expected.get(i), got, "item " + i + " (" + corpus.get(i).id() + "), pass " + (k / ITEMS));
                // the listeners of a session (firing listener, budget check) are not carried over either
                assertEquals(expectedFirings.get(i), firings, "firings of item " + i);
            }
        }
    }

    @Test
    void anEvaluationStoppedByItsTimeBudgetLeavesNothingBehind() {
        List<Partnership> corpus = Corpus.partnerships(Corpus.SEED + 12, ITEMS / 3);
        int n = corpus.size();
        // How often each evaluation reads the clock of its budget when the budget is never spent.
        List<Evaluation> expected = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        AtomicLong count = new AtomicLong();
        try (DroolsEngine fresh = engine(false, null,
                budget -> new DroolsEngine.Running(budget, () -> {
                    count.incrementAndGet();
                    return 0L;
                }, () -> -1L))) {
            for (int i = 0; i < n; i++) {
                count.set(0);
                expected.add(fresh.evaluate(corpus.get(i), RuleSetInvariantsTest.request(i)));
                reads.add(count.get());
            }
        }
        // Before each evaluation, one that is stopped part way (at a different firing each time): the clock jumps past
        // the budget after `stopAfter` reads, so the budget check halts a session in the middle of its firings.
        AtomicInteger stopAfter = new AtomicInteger(-1);
        java.util.function.LongFunction<DroolsEngine.Running> clocks = budget -> {
            int after = stopAfter.get();
            AtomicInteger own = new AtomicInteger();
            return new DroolsEngine.Running(budget,
                    () -> after >= 0 && own.incrementAndGet() > after ? budget * 1000 : 0L, () -> -1L);
        };
        int stopped = 0;
        try (DroolsEngine reusing = engine(true, null, clocks)) {
            for (int i = 0; i < n; i++) {
                int stopItem = (i + 5) % n;
                long total = reads.get(stopItem);
                assertTrue(total > 2, "item " + stopItem + " reads the clock " + total + " times");
                stopAfter.set((int) (1 + (i * 7919L) % (total - 1)));
                RuleSetException e = assertThrows(RuleSetException.class,
                        () -> reusing.evaluate(corpus.get(stopItem), RuleSetInvariantsTest.request(stopItem)));
                assertTrue(e.getMessage().contains("time budget of") && e.getMessage().contains("did not finish"),
                        e::getMessage);
                stopped++;
                stopAfter.set(-1);
                assertEquals(expected.get(i), reusing.evaluate(corpus.get(i), RuleSetInvariantsTest.request(i)),
                        "item " + i + " after a stopped evaluation of item " + stopItem);
            }
        }
        assertEquals(n, stopped);
    }
}
