package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.RuleSetInfo;

/**
 * Runs every golden scenario shipped for the built-in rule sets ({@code <rule-set-id>/tests/} beside its versions)
 * as one JUnit test each, exactly as {@code iop-rules test} does, and checks that every built-in rule set has some.
 */
class ScenarioSuiteTest {
    static final Path SCENARIOS = BuiltInRuleSets.DIR;
    private static ScenarioRunner runner;

    @BeforeAll
    static void start() {
        runner = new ScenarioRunner(EngineOptions.DEFAULT);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @TestFactory
    Stream<DynamicTest> builtInScenarios() {
        return ScenarioRunner.find(List.of(SCENARIOS)).stream().map(f -> DynamicTest.dynamicTest(
                SCENARIOS.relativize(f).toString(), f.toUri(), () -> {
                    ScenarioRunner.Result r = runner.run(f);
                    assertTrue(r.passed(), () -> r.error() != null ? r.error() : String.join("\n", r.failures()));
                }));
    }

    @Test
    void everyBuiltInRuleSetHasScenarios() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (RuleSetInfo i : runner.engine().ruleSets()) {
            Path dir = BuiltInRuleSets.tests(i.id());
            boolean has = Files.isDirectory(dir) && !ScenarioRunner.find(List.of(dir)).isEmpty();
            if (!has) {
                missing.add(i.id());
            }
        }
        assertEquals(Set.of(), missing, "built-in rule sets without golden scenarios under " + SCENARIOS);
    }

    @Test
    void theScenariosOfEuPublicContractAndTheDraftFireEveryRule() {
        try (ScenarioRunner r = new ScenarioRunner(EngineOptions.DEFAULT)) {
            ScenarioRunner.Report report = r.runAll(ScenarioRunner.find(List.of(BuiltInRuleSets.tests("eu-public-contract"),
                    BuiltInRuleSets.tests("iop-law-draft"))));
            assertEquals(0, report.failed(), report::format);
            for (String ref : List.of("eu-public-contract@2019.1", "iop-law-draft@2025.1")) {
                RuleCoverage.Entry e = report.coverage().get(ref);
                assertEquals(List.of(), e.notExercised(), ref);
                assertTrue(e.rules().size() > 10);
            }
        }
    }
}
