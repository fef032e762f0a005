package se.ioprules.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import se.ioprules.api.Evaluation;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.Problem;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.fixtures.Partnerships;

/**
 * Warm, single-threaded cost of one evaluation of the typical partnership with every rule set in force on its
 * decision date (2024-03-01), plus the fixed per-evaluation steps outside Drools for comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
@State(Scope.Benchmark)
public class EvaluateBenchmark {
    private IopRulesEngine engine;
    private Partnership typical;

    /** Builds the engine and compiles what the evaluation needs before measuring. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = IopRules.engine();
        typical = Partnerships.typicalIop();
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

    /** @return one full evaluation: validation, derived values, every rule set in force, assessment, input hash */
    @Benchmark
    public Evaluation evaluateTypicalAllInForce() {
        return engine.evaluate(typical);
    }

    /** @return the input hash alone (canonical form + SHA-256), part of every evaluation */
    @Benchmark
    public String inputHashOnly() {
        return FactPaths.sha256(typical);
    }

    /** @return validation alone, part of every evaluation */
    @Benchmark
    public List<Problem> validateOnly() {
        return PartnershipValidator.validate(typical);
    }

    /** @return derived values alone, part of every evaluation */
    @Benchmark
    public Derived derivedOnly() {
        return Derived.of(typical);
    }
}
