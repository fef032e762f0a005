package se.ioprules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import se.ioprules.api.Evaluation;

/**
 * Evaluations per second of the typical partnership (every rule set in force) on ONE shared engine, from one and from
 * two threads. The engine is thread-safe: compiled rule sets are shared, each evaluation has its own sessions.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class ThroughputBenchmark {

    /** @return an evaluation, from one thread */
    @Benchmark
    @Threads(1)
    public Evaluation oneThread(WarmEngine s) {
        return s.engine.evaluate(s.typicalInTurn());
    }

    /** @return an evaluation, from each of two threads at once */
    @Benchmark
    @Threads(2)
    public Evaluation twoThreads(WarmEngine s) {
        return s.engine.evaluate(s.typicalInTurn());
    }
}
