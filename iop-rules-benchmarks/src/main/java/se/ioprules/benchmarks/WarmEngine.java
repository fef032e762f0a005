package se.ioprules.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.ioprules.api.Evaluation;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.facts.Partnership;
import se.ioprules.fixtures.Partnerships;

/**
 * One engine per trial, shared by all benchmark threads, that has already evaluated the typical partnership once, so
 * the rule sets in force on its decision date are compiled before measuring: the warm state of
 * {@link EvaluateBenchmark} and {@link ThroughputBenchmark}.
 */
@State(Scope.Benchmark)
public class WarmEngine {
    IopRulesEngine engine;
    Partnership typical;
    /**
     * An equal but distinct copy of {@link #typical}. Measurements alternate the two ({@link #typicalInTurn()}): the
     * validator remembers the last object it found valid, and evaluating one object again and again would leave the
     * validation out; a batch line or a caller's new object pays it.
     */
    Partnership typicalCopy;
    private int turn;

    /** @return {@link #typical} and {@link #typicalCopy} in turn */
    Partnership typicalInTurn() {
        return (turn++ & 1) == 0 ? typical : typicalCopy;
    }

    /** Builds the engine and compiles what the evaluation needs; says which rule sets the measurement covers. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = IopRules.engine();
        typical = Partnerships.typicalIop();
        typicalCopy = typical.toBuilder().build();
        Evaluation first = engine.evaluate(typical);
        if (first.ruleSets().isEmpty()) {
            throw new IllegalStateException("no rule set in force");
        }
        System.out.println("\n# rule sets evaluated: " + first.ruleSets().stream().map(r -> r.ruleSet().ref()
                + " (" + r.findings().size() + " findings)").toList());
    }

    /** Releases the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }
}
