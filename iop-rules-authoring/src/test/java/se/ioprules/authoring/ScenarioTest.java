package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Outcome;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Partnership;

/** The scenario file format, failure reporting and rule coverage (on the worked example). */
class ScenarioTest {
    static final Path EXAMPLE = Path.of("src/test/resources/worked-example");
    private static ScenarioRunner runner;

    @BeforeAll
    static void start() {
        runner = new ScenarioRunner(EngineOptions.DEFAULT.withRuleDirs(List.of(EXAMPLE.resolve("rules"))));
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void readsEveryPart() {
        Scenario s = Scenario.read(Path.of("../iop-rules-rulesets/src/main/resources/iop-rules/rulesets/eu-public-contract/tests/typical-iop.scenario.json"));
        assertEquals("typical-iop", s.name());
        assertNull(s.asOf());
        assertEquals("typical", s.partnership().id());
        assertEquals(List.of("eu-public-contract"), s.ruleSets().stream().map(r -> r.id()).toList());
        Scenario.RuleSetExpectation e = s.expectations().get("eu-public-contract");
        assertEquals(Verdict.MEETS, e.verdict());
        assertEquals(new Scenario.Expected(Outcome.PASS, "NOT_PUBLIC_CONTRACT", e.criteria().get("eupc-aggregate").line()),
                e.criteria().get("eupc-aggregate"));
        Scenario dated = Scenario.read(EXAMPLE.resolve("scenarios/test-long-term/eighteen-months-2024.scenario.json"));
        assertEquals(LocalDate.of(2024, 6, 1), dated.asOf());
    }

    @Test
    void workedExamplePassesAndReportsUncoveredRules() {
        ScenarioRunner.Report r = runner.runAll(ScenarioRunner.find(List.of(EXAMPLE.resolve("scenarios"))));
        assertEquals(3, r.passed(), r::format);
        // the scenarios run 2024.1 (twice) and 2025.1 (once); in 2025.1 only "short" is not exercised
        RuleCoverage.Entry v2025 = r.coverage().get("test-long-term@2025.1");
        assertEquals(List.of("tlt-long-term: short", "tlt-long-term: term not recorded", "tlt-signed: not signed or unknown"),
                v2025.notExercised());
        RuleCoverage.Entry v2024 = r.coverage().get("test-long-term@2024.1");
        assertEquals(List.of("tlt-long-term: long enough"), v2024.notExercised());
        assertTrue(r.format().contains("not exercised: tlt-long-term: long enough"), r::format);
    }

    @Test
    void aWrongExpectationFailsWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path src = EXAMPLE.resolve("scenarios/test-long-term/eighteen-months-2024.scenario.json");
        String text = Files.readString(src).replace("\"tlt-long-term\": \"WARNING\"", "\"tlt-long-term\": \"PASS\"");
        Path f = tmp.resolve("wrong.scenario.json");
        Files.writeString(f, text);
        ScenarioRunner.Result r = runner.run(f);
        assertFalse(r.passed());
        int line = lineOf(text, "\"tlt-long-term\": \"PASS\"");
        assertEquals(List.of(f + ":" + line + ": tlt-long-term: expected PASS, got WARNING (rule \"tlt-long-term: short\": "
                + "The agreement runs 18 months, shorter than 24.)"), r.failures());
    }

    @Test
    void aWrongVerdictAndAMissingCriterionFail(@TempDir Path tmp) throws Exception {
        String text = Files.readString(EXAMPLE.resolve("scenarios/test-long-term/no-end-date-unsigned.scenario.json"))
                .replace("\"verdict\": \"INCOMPLETE\"", "\"verdict\": \"MEETS\"")
                .replace("\"tlt-signed\": \"INFO\"", "\"tlt-nothing\": \"INFO\"");
        Path f = tmp.resolve("wrong.scenario.json");
        Files.writeString(f, text);
        ScenarioRunner.Result r = runner.run(f);
        assertEquals(2, r.failures().size(), r.failures()::toString);
        assertTrue(r.failures().get(0).contains(":" + lineOf(text, "\"verdict\"") + ": test-long-term verdict: expected MEETS, got INCOMPLETE"));
        assertTrue(r.failures().get(1).contains("tlt-nothing: expected INFO, but test-long-term has no finding for it"));
    }

    @Test
    void malformedScenarioReportsEveryProblemWithPosition(@TempDir Path tmp) throws Exception {
        String text = """
                {
                  "description": "broken",
                  "asof": "2024-01-01",
                  "partnership": {
                    "id": "x",
                    "term": { "startDate": "2024-02-30" }
                  },
                  "expect": {
                    "eu-public-contract": { "verdict": "GOOD", "criteria": { "eupc-1-agreement": "OK" } }
                  }
                }
                """;
        Path f = tmp.resolve("broken.scenario.json");
        Files.writeString(f, text);
        Scenario.InvalidScenarioException e = assertThrows(Scenario.InvalidScenarioException.class, () -> Scenario.read(f));
        List<String> shown = e.problems().stream().map(Object::toString).toList();
        assertTrue(shown.stream().anyMatch(s -> s.startsWith(f + ":3:3: error: unknown field 'asof'")), shown::toString);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith(f + ":9:29: error: verdict 'GOOD'")), shown::toString);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith(f + ":9:62: error: expected outcome of eupc-1-agreement")), shown::toString);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith(f + ":6:") && s.contains("partnership.term.startDate")), shown::toString);
        ScenarioRunner.Result r = runner.run(f);
        assertFalse(r.passed());
        assertTrue(r.error().contains("unknown field 'asof'"));
    }

    @Test
    void sharedPartnershipFromTheCorpusWithAnOverrideMergedOnTop(@TempDir Path tmp) throws Exception {
        Path tests = Files.createDirectories(tmp.resolve("some-set/tests"));
        Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(tmp.resolve("corpus/two.json"), """
                { "id": "two", "title": "Överenskommelse", "decisionDate": "2024-03-01",
                  "term": { "startDate": "2024-04-01", "endDate": "2026-03-31" } }
                """);
        String expect = "\"expect\": { \"eu-public-contract\": { \"verdict\": \"INCOMPLETE\" } }";
        Path plain = tests.resolve("plain.scenario.json");
        Files.writeString(plain, "{ \"partnershipFile\": \"two\", " + expect + " }");
        Path over = tests.resolve("over.scenario.json");
        Files.writeString(over, "{ \"partnershipFile\": \"two\", \"partnership\": { \"title\": null, "
                + "\"term\": { \"endDate\": \"2027-03-31\" } }, " + expect + " }");

        Partnership base = Scenario.read(plain).partnership();
        assertEquals("two", base.id());
        assertEquals("Överenskommelse", base.title());
        assertEquals(LocalDate.of(2026, 3, 31), base.term().endDate());
        Partnership merged = Scenario.read(over).partnership();
        assertNull(merged.title(), "null removes the field");
        assertEquals(LocalDate.of(2024, 4, 1), merged.term().startDate(), "objects merge");
        assertEquals(LocalDate.of(2027, 3, 31), merged.term().endDate(), "values replace");
    }

    @Test
    void sharedPartnershipProblemsNameTheReference(@TempDir Path tmp) throws Exception {
        Path tests = Files.createDirectories(tmp.resolve("some-set/tests"));
        Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(tmp.resolve("corpus/two.json"), "{ \"id\": \"two\" }");
        String expect = "\"expect\": { \"eu-public-contract\": { \"verdict\": \"INCOMPLETE\" } }";
        for (String[] c : new String[][] {
                {"\"../corpus/two\"", "partnershipFile must name a file of the corpus folder"},
                {"\"missing\"", "no corpus/missing.json in the folders above"}}) {
            Path f = tests.resolve("x.scenario.json");
            Files.writeString(f, "{ \"partnershipFile\": " + c[0] + ", " + expect + " }");
            Scenario.InvalidScenarioException e = assertThrows(Scenario.InvalidScenarioException.class, () -> Scenario.read(f));
            assertTrue(e.problems().toString().contains(c[1]), e.problems()::toString);
        }
        Path bad = tests.resolve("bad.scenario.json");
        Files.writeString(bad, "{ \"partnershipFile\": \"two\",\n \"partnership\": { \"term\": { \"startDate\": \"2024-02-30\" } }, "
                + expect + " }");
        Scenario.InvalidScenarioException e = assertThrows(Scenario.InvalidScenarioException.class, () -> Scenario.read(bad));
        assertTrue(e.problems().stream().map(Object::toString).anyMatch(s -> s.startsWith(bad + ":2:")
                && s.contains("partnership (corpus/two.json with this override).term.startDate")), e.problems()::toString);
    }

    static int lineOf(String text, String fragment) {
        String before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
