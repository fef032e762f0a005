package se.ioprules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.ioprules.api.Evaluation;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.drools.RuleSetCompiler;
import se.ioprules.fixtures.Partnerships;

/**
 * Cold start: one measurement per fresh JVM (fork), no warm-up, so class loading, KieServices discovery and loading
 * or compiling the rule sets are all included. Use several forks ({@code -f 5}) to get a spread.
 *
 * <p>{@code precompiled=true} is the shipped route (built-in rule sets load the executable model generated at build
 * time); {@code false} is the baseline, every rule set's DRL compiled at run time (system property
 * {@code iop-rules.precompiled=false}), so one run gives both and their ratio.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
@State(Scope.Benchmark)
public class ColdStartBenchmark {
    /** Whether built-in rule sets load their precompiled model (false: DRL compiled at run time, the baseline). */
    @Param({"true", "false"})
    public boolean precompiled;

    /** Chooses the route before the engine is created (it reads the property then). */
    @Setup(Level.Trial)
    public void route() {
        System.setProperty(RuleSetCompiler.PRECOMPILED_PROPERTY, Boolean.toString(precompiled));
    }

    /**
     * Creates the engine and loads (or compiles) every built-in rule-set version (drafts and superseded versions
     * included).
     *
     * @return number of criteria compiled (consumed by JMH)
     */
    @Benchmark
    public int startAndCompileAllRuleSets() {
        try (IopRulesEngine engine = IopRules.engine()) {
            DroolsEngine drools = (DroolsEngine) engine;
            int criteria = 0;
            for (RuleSetInfo info : engine.ruleSets()) {
                criteria += drools.compiled(info).criteria().size();
            }
            return criteria;
        }
    }

    /**
     * Creates the engine and evaluates the typical partnership once: what a caller waits for on first use
     * (only the rule sets in force on 2024-03-01 and their dependencies are loaded).
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation startToFirstEvaluation() {
        try (IopRulesEngine engine = IopRules.engine()) {
            return engine.evaluate(Partnerships.typicalIop());
        }
    }
}
