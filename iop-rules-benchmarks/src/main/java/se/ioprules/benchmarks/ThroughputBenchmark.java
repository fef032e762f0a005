package se.ioprules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import se.ioprules.api.Evaluation;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.facts.Partnership;
import se.ioprules.fixtures.Partnerships;

/**
 * Evaluations per second of the typical partnership (every rule set in force) on ONE shared engine, from one and from
 * two threads. The engine is thread-safe: compiled rule sets are shared, each evaluation has its own sessions.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
@State(Scope.Benchmark)
public class ThroughputBenchmark {
    private IopRulesEngine engine;
    private Partnership typical;

    /** Builds the shared engine and compiles the rule sets in force. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = IopRules.engine();
        typical = Partnerships.typicalIop();
        engine.evaluate(typical);
    }

    /** Releases the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** @return an evaluation, from one thread */
    @Benchmark
    @Threads(1)
    public Evaluation oneThread() {
        return engine.evaluate(typical);
    }

    /** @return an evaluation, from each of two threads at once */
    @Benchmark
    @Threads(2)
    public Evaluation twoThreads() {
        return engine.evaluate(typical);
    }
}
