package se.ioprules.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.facts.Partnership;
import se.ioprules.benchmarks.twin.EuPublicContractTwin;
import se.ioprules.benchmarks.twin.RuleSetSession;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.api.EngineOptions;
import se.ioprules.fixtures.Partnerships;

/**
 * Engine ÷ twin for eu-public-contract on the typical partnership (issue 13, goal 4 ≤ 3×): {@link #engineOneRuleSet}
 * is the engine's work for that rule set alone (one session, as the engine runs each rule set), {@link #twin} the
 * hand-coded twin giving the same findings; {@link #engineEvaluate} is a whole {@code evaluate} naming that rule set,
 * which also runs state-aid (always evaluated) and checks the input, for context.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class TwinBenchmark {
    private DroolsEngine engine;
    private EuPublicContractTwin twin;
    private RuleSetSession session;
    private Partnership typical;
    private LocalDate asOf;
    private EvaluationRequest request;

    /** Loads the rule set, builds the twin, and checks that both give the same findings before measuring. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = new DroolsEngine(EngineOptions.DEFAULT);
        RuleSetInfo info = engine.ruleSets().stream().filter(i -> i.id().equals(EuPublicContractTwin.ID)).findFirst()
                .orElseThrow();
        twin = new EuPublicContractTwin(engine, info);
        session = new RuleSetSession(engine.compiled(info));
        typical = Partnerships.typicalIop();
        request = EvaluationRequest.builder().ruleSets(EuPublicContractTwin.ID).build();
        Evaluation e = engine.evaluate(typical, request);
        asOf = e.asOf();
        var expected = e.ruleSet(EuPublicContractTwin.ID).orElseThrow().findings();
        if (!expected.equals(twin.evaluate(typical, asOf).findings())
                || !expected.equals(session.evaluate(typical, asOf).findings())) {
            throw new IllegalStateException("the twin or the session differs from the engine: nothing to compare");
        }
    }

    /** Releases the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** @return eu-public-contract's findings from a Drools session (the engine's work for one rule set) */
    @Benchmark
    public Object engineOneRuleSet() {
        return session.evaluate(typical, asOf);
    }

    /** @return the same findings from the hand-coded twin */
    @Benchmark
    public Object twin() {
        return twin.evaluate(typical, asOf);
    }

    /** @return a whole evaluation naming eu-public-contract (state-aid runs too; the input is validated and hashed) */
    @Benchmark
    public Evaluation engineEvaluate() {
        return engine.evaluate(typical, request);
    }
}
