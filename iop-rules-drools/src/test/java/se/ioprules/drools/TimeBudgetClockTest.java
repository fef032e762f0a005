package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The time budget counts the time an evaluation ran, not the time its thread waited for a processor (more
 * {@code --jobs} than processors). Clocks are given, so nothing here is timed.
 */
class TimeBudgetClockTest {
    private static final long BUDGET = 10_000;
    private final AtomicLong wall = new AtomicLong(1_000_000);
    private final AtomicLong cpu = new AtomicLong(50);

    private DroolsEngine.Running start() {
        return new DroolsEngine.Running(BUDGET, wall::get, cpu::get);
    }

    @Test
    void withinTheBudgetNothingIsSpent() {
        DroolsEngine.Running r = start();
        wall.addAndGet(BUDGET);
        cpu.addAndGet(BUDGET);
        assertFalse(r.spent(), "exactly at the deadline");
    }

    @Test
    void waitingForAProcessorDoesNotSpendTheBudget() {
        DroolsEngine.Running r = start();
        wall.addAndGet(5 * BUDGET); // five times the budget on the wall clock ...
        cpu.addAndGet(BUDGET / 2); // ... of which the evaluation ran for half its budget
        assertFalse(r.spent());
        wall.addAndGet(BUDGET / 2 - 1);
        cpu.addAndGet(BUDGET / 2 - 1);
        assertFalse(r.spent(), "1 ns of the budget left");
        wall.addAndGet(2);
        cpu.addAndGet(2);
        assertTrue(r.spent(), "the evaluation has now run for longer than its budget");
    }

    @Test
    void runningPastTheBudgetSpendsIt() {
        DroolsEngine.Running r = start();
        wall.addAndGet(BUDGET + 1);
        cpu.addAndGet(BUDGET + 1);
        assertTrue(r.spent());
    }

    @Test
    void withoutThreadCpuTimeTheWallClockDecides() {
        DroolsEngine.Running r = new DroolsEngine.Running(BUDGET, wall::get, () -> -1);
        wall.addAndGet(BUDGET);
        assertFalse(r.spent());
        wall.addAndGet(1);
        assertTrue(r.spent());
    }
}
