package se.ioprules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import se.ioprules.api.Evaluation;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.fixtures.Partnerships;

/**
 * Cold start: one measurement per fresh JVM (fork), no warm-up, so class loading, KieServices discovery and the
 * first DRL compilation are all included. Use several forks ({@code -f 5}) to get a spread.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class ColdStartBenchmark {

    /**
     * Creates the engine and compiles every built-in rule-set version (drafts and superseded versions included).
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
     * (only the rule sets in force on 2024-03-01 and their dependencies are compiled).
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
