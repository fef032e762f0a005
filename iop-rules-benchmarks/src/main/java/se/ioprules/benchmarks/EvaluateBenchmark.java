package se.ioprules.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import se.ioprules.api.Evaluation;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.Problem;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactPaths;

/**
 * Warm, single-threaded cost of one evaluation of the typical partnership with every rule set in force on its
 * decision date (2024-03-01), plus the fixed per-evaluation steps outside Drools for comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class EvaluateBenchmark {

    /** @return one full evaluation: validation, derived values, every rule set in force, assessment, input hash */
    @Benchmark
    public Evaluation evaluateTypicalAllInForce(WarmEngine s) {
        return s.engine.evaluate(s.typicalInTurn());
    }

    /** @return the input hash alone (canonical form + SHA-256), part of every evaluation */
    @Benchmark
    public String inputHashOnly(WarmEngine s) {
        return FactPaths.sha256(s.typical);
    }

    /** @return validation alone, part of every evaluation */
    @Benchmark
    public List<Problem> validateOnly(WarmEngine s) {
        return PartnershipValidator.validate(s.typicalInTurn());
    }

    /** @return derived values alone, part of every evaluation */
    @Benchmark
    public Derived derivedOnly(WarmEngine s) {
        return Derived.of(s.typical);
    }
}
