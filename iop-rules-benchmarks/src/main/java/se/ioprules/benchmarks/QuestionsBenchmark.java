package se.ioprules.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Tri;
import se.ioprules.fixtures.Partnerships;

/**
 * {@code engine.openQuestions} on a typical partial input: the typical partnership with {@code unknowns} of its
 * recorded yes/no and choice facts that the legal tests read made unknown again (in the order the findings name them),
 * every rule set in force evaluated. How the cost grows with the number of unknown facts: each unknown fact is
 * evaluated once per value with the rule sets that read it (pairs only where no single fact settles an outcome).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
@State(Scope.Benchmark)
public class QuestionsBenchmark {
    /** How many recorded facts of the typical partnership are made unknown. */
    @Param({"0", "2", "4", "8"})
    public int unknowns;

    IopRulesEngine engine;
    Partnership partial;

    @Setup(Level.Trial)
    public void setUp() {
        engine = IopRules.engine();
        Partnership typical = Partnerships.typicalIop();
        Evaluation e = engine.evaluate(typical);
        Set<String> read = new LinkedHashSet<>();
        for (RuleSetResult r : e.ruleSets()) {
            if (r.ruleSet().id().equals("eu-public-contract") || r.ruleSet().id().equals("state-aid")) {
                for (Finding f : r.findings()) {
                    f.because().stream().filter(FactValue::known).map(FactValue::path).forEach(read::add);
                }
            }
        }
        List<String> removable = new ArrayList<>();
        for (String path : read) {
            try {
                Object v = FactPaths.resolve(typical, path).value();
                if (v instanceof Tri || v instanceof Enum<?> || v instanceof Boolean) {
                    removable.add(path);
                }
            } catch (IllegalArgumentException notAnInputFact) {
                // derived values and parameters are not input facts
            }
        }
        if (removable.size() < unknowns) {
            throw new IllegalStateException("only " + removable.size() + " facts to remove");
        }
        partial = typical;
        for (String path : removable.subList(0, unknowns)) {
            partial = FactPaths.with(partial, path, null);
        }
        OpenQuestions q = engine.openQuestions(partial, EvaluationRequest.DEFAULT);
        System.out.println("\n# unknowns made: " + removable.subList(0, unknowns) + "; evaluations per call: "
                + q.evaluations() + "; questions: " + q.questions().size() + " (+" + q.omitted() + " omitted)");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public OpenQuestions questionsTypicalPartial() {
        return engine.openQuestions(partial, EvaluationRequest.DEFAULT);
    }
}
