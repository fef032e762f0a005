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
import org.junit.jupiter.api.io.TempDir;
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

    /**
     * As {@code opa test}: every rule set's scenarios from its own folder, with rule coverage written to
     * {@code target/rule-coverage.txt}; and the folders are exactly what {@code --rules-dir} reads: a copy of them,
     * tests/ included, loads unchanged without the built-in rule sets (and passes the safety check of external rule
     * sets) and its scenarios pass from the copy.
     */
    @Test
    void aCopyOfTheFoldersLoadsAsRulesDirAndPassesItsOwnScenarios(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("rules");
        try (Stream<Path> s = Files.walk(BuiltInRuleSets.DIR)) {
            for (Path f : s.toList()) {
                Path to = copy.resolve(BuiltInRuleSets.DIR.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        List<Path> files = ScenarioRunner.find(List.of(copy));
        try (ScenarioRunner r = new ScenarioRunner(EngineOptions.DEFAULT.withBuiltIn(false).withRuleDirs(List.of(copy)))) {
            assertEquals(runner.engine().ruleSets().stream().map(RuleSetInfo::ref).toList(),
                    r.engine().ruleSets().stream().map(RuleSetInfo::ref).toList());
            ScenarioRunner.Report report = r.runAll(files);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "rule-coverage.txt"), report.format());
            assertEquals(0, report.failed(), report::format);
            assertEquals(Set.copyOf(r.engine().ruleSets().stream().map(RuleSetInfo::ref).toList()), report.coverage().keySet(),
                    "every rule-set version is exercised by some scenario");
        }
        assertTrue(files.size() > 100, "scenarios found in the copy: " + files.size());
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
