package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.CompileRoutesTest;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.json.EvaluationJson;
import se.ioprules.json.PartnershipJson;

/**
 * Issue 13, goal 1: the built-in rule sets' precompiled executable model and their DRL compiled at run time give the
 * same evaluation — findings in the same order with their messages, facts and citations, verdicts and the
 * assessment — for every golden scenario and for each sample on several dates.
 */
class CompileRoutesScenarioTest {
    private static final Path SAMPLES = Path.of("../iop-rules-samples/src/main/resources/samples");
    private static DroolsEngine precompiled;
    private static DroolsEngine runtime;

    @BeforeAll
    static void engines() {
        precompiled = new DroolsEngine(EngineOptions.DEFAULT);
        runtime = CompileRoutesTest.runtimeRouteEngine(EngineOptions.DEFAULT);
        for (RuleSetInfo info : precompiled.ruleSets()) {
            // otherwise the comparison would be of the run-time route with itself
            assertTrue(precompiled.compiled(info).precompiled(), () -> info.ref() + " has no precompiled model");
        }
    }

    @AfterAll
    static void close() {
        precompiled.close();
        runtime.close();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioEvaluatesAlikeOnBothRoutes() {
        return ScenarioRunner.find(List.of(ScenarioSuiteTest.SCENARIOS)).stream().map(f -> DynamicTest.dynamicTest(
                ScenarioSuiteTest.SCENARIOS.relativize(f).toString(), f.toUri(), () -> {
                    Scenario s = Scenario.read(f);
                    EvaluationRequest.Builder b = EvaluationRequest.builder().asOf(s.asOf());
                    s.ruleSets().forEach(b::ruleSet);
                    s.parameters().forEach(b::parameter);
                    assertSame(s.partnership(), b.build());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySampleEvaluatesAlikeOnBothRoutes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Partnership p = PartnershipJson.read(Files.readString(f));
                // the sample's own date, then dates on which other rule-set versions are in force
                for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2012, 6, 1), LocalDate.of(2018, 6, 1),
                        LocalDate.of(2025, 6, 1)}) {
                    tests.add(DynamicTest.dynamicTest(f.getFileName() + " as of " + (asOf == null ? "its date" : asOf),
                            () -> assertSame(p, EvaluationRequest.builder().asOf(asOf).build())));
                }
                for (RuleSetInfo info : precompiled.ruleSets()) {
                    tests.add(DynamicTest.dynamicTest(f.getFileName() + " with " + info.ref(), () -> assertSame(p,
                            EvaluationRequest.builder().ruleSet(new se.ioprules.api.RuleSetRef(info.id(), info.version()))
                                    .build())));
                }
            }
        }
        return tests.stream();
    }

    /** Same evaluation on both routes (shown as JSON when not), or the same error. */
    private static void assertSame(Partnership p, EvaluationRequest r) {
        Object a = outcome(precompiled, p, r);
        Object b = outcome(runtime, p, r);
        if (a instanceof se.ioprules.api.Evaluation ea && b instanceof se.ioprules.api.Evaluation eb) {
            assertEquals(EvaluationJson.write(eb), EvaluationJson.write(ea));
        }
        assertEquals(b, a);
    }

    private static Object outcome(DroolsEngine engine, Partnership p, EvaluationRequest r) {
        try {
            return engine.evaluate(p, r);
        } catch (IopRulesException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
