package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.InvalidPartnershipException;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.*;

/** Engine mechanics with small test rule sets loaded from a directory (no built-ins). */
class EngineTest {
    private static IopRulesEngine engine;

    static Path resource(String name) {
        try {
            return Path.of(EngineTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void start() {
        engine = IopRules.engine(new EngineOptions(List.of(resource("engine-rulesets")), false,
                Clock.fixed(java.time.Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC)));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static Partnership partnership(LocalDate decision, int years) {
        return Partnership.builder().id("p1").decisionDate(decision)
                .term(Term.builder().startDate(decision).endDate(decision.plusYears(years).minusDays(1)).build())
                .agreement(Agreement.builder().agreementSigned(true).build())
                .build();
    }

    @Test
    void theVersionInForceOnTheDecisionDateIsUsed() {
        Evaluation old = engine.evaluate(partnership(LocalDate.of(2018, 5, 1), 1));
        RuleSetResult r = old.ruleSet("demo-term").orElseThrow();
        assertEquals("2010.1", r.ruleSet().version());
        assertEquals("decisionDate", old.asOfBasis());
        Finding f = r.findings("demo-long").get(0);
        assertEquals(Outcome.WARNING, f.outcome());
        assertEquals("Löper bara 12 månader; minst 24 krävs.", f.message().sv());
        assertEquals("Runs only 12 months; at least 24 needed.", f.message().en());

        Evaluation later = engine.evaluate(partnership(LocalDate.of(2021, 5, 1), 1));
        assertEquals("2020.1", later.ruleSet("demo-term").orElseThrow().ruleSet().version());
        assertEquals(Outcome.PASS, later.ruleSet("demo-term").orElseThrow().findings("demo-long").get(0).outcome());
    }

    @Test
    void explicitVersionAndAsOfOverrideTheDate() {
        Partnership p = partnership(LocalDate.of(2021, 5, 1), 1);
        Evaluation e = engine.evaluate(p, EvaluationRequest.builder().ruleSets("demo-term@2010.1").build());
        assertEquals("2010.1", e.ruleSet("demo-term").orElseThrow().ruleSet().version());
        Evaluation asOf = engine.evaluate(p, EvaluationRequest.builder().asOf(LocalDate.of(2015, 1, 1)).build());
        assertEquals("2010.1", asOf.ruleSet("demo-term").orElseThrow().ruleSet().version());
        assertEquals("request", asOf.asOfBasis());
    }

    @Test
    void withoutDatesTodayFromTheClockIsUsed() {
        Evaluation e = engine.evaluate(Partnership.EMPTY);
        assertEquals(LocalDate.of(2025, 6, 1), e.asOf());
        assertEquals("today", e.asOfBasis());
    }

    @Test
    void draftsAreOnlyUsedWhenNamed() {
        Partnership p = partnership(LocalDate.of(2021, 5, 1), 1);
        assertTrue(engine.evaluate(p).ruleSet("demo-draft").isEmpty());
        assertTrue(engine.evaluate(p, EvaluationRequest.builder().ruleSets("demo-draft").build()).ruleSet("demo-draft").isPresent());
    }

    @Test
    void parameterOverridesAreAppliedAndRecorded() {
        Partnership p = partnership(LocalDate.of(2021, 5, 1), 1);
        Evaluation e = engine.evaluate(p, EvaluationRequest.builder().parameter("minMonths", new BigDecimal("18")).build());
        RuleSetResult r = e.ruleSet("demo-term").orElseThrow();
        assertEquals(Outcome.WARNING, r.findings("demo-long").get(0).outcome());
        assertTrue(r.parameters().stream().anyMatch(v -> v.name().equals("minMonths") && v.overridden()
                && v.value().intValue() == 18));
        RuleSetException ex = assertThrows(RuleSetException.class, () -> engine.evaluate(p,
                EvaluationRequest.builder().parameter("noSuchParam", BigDecimal.ONE).build()));
        assertTrue(ex.getMessage().contains("noSuchParam"));
    }

    @Test
    void unknownRuleSetsAndVersionsAreClearErrors() {
        Partnership p = partnership(LocalDate.of(2021, 5, 1), 1);
        assertTrue(assertThrows(RuleSetException.class, () -> engine.evaluate(p, EvaluationRequest.builder()
                .ruleSets("nope").build())).getMessage().contains("Unknown rule set 'nope'"));
        assertTrue(assertThrows(RuleSetException.class, () -> engine.evaluate(p, EvaluationRequest.builder()
                .ruleSets("demo-term@9.9").build())).getMessage().contains("has no version 9.9"));
    }

    @Test
    void invalidInputIsRejectedBeforeEvaluationWithEveryProblem() {
        Partnership bad = Partnership.builder()
                .term(Term.builder().startDate(LocalDate.of(2020, 1, 1)).endDate(LocalDate.of(2019, 1, 1)).build())
                .resources(Resources.builder().addContribution(Contribution.builder().partyId("x").build()).build())
                .build();
        InvalidPartnershipException e = assertThrows(InvalidPartnershipException.class, () -> engine.evaluate(bad));
        assertEquals(3, e.problems().size(), e.problems()::toString);
    }

    @Test
    void legalFailMakesVerdictDoesNotMeetAndMissingFactsMakeItIncomplete() {
        Partnership unsigned = partnership(LocalDate.of(2021, 5, 1), 2).toBuilder()
                .agreement(Agreement.builder().agreementSigned(false).build()).build();
        assertEquals(Verdict.DOES_NOT_MEET, engine.evaluate(unsigned).ruleSet("demo-term").orElseThrow().verdict());
        Partnership noDates = Partnership.builder().decisionDate(LocalDate.of(2021, 5, 1))
                .agreement(Agreement.builder().agreementSigned(true).build()).build();
        RuleSetResult r = engine.evaluate(noDates).ruleSet("demo-term").orElseThrow();
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        // the value the rule tests comes first (from its pattern), then the facts its consequence names
        assertEquals(List.of("derived.durationMonths", "term.startDate", "term.endDate"),
                r.findings("demo-long").get(0).missingFacts());
    }

    @Test
    void criterionWithNoMatchingRuleIsReportedNotSilentlyPassed() {
        Partnership unknownSigning = partnership(LocalDate.of(2021, 5, 1), 2).toBuilder().agreement(Agreement.EMPTY).build();
        Finding f = engine.evaluate(unknownSigning).ruleSet("demo-term").orElseThrow().findings("demo-signed").get(0);
        assertEquals(Outcome.NOT_ASSESSABLE, f.outcome());
        assertEquals("(no rule fired)", f.rule());
    }

    @Test
    void withoutTheAssessmentRuleSetsTheAssessmentIsNotAssessable() {
        Evaluation e = engine.evaluate(partnership(LocalDate.of(2021, 5, 1), 2));
        assertEquals(Likelihood.NOT_ASSESSABLE, e.assessment().publicContract());
        assertEquals(64, e.inputSha256().length());
        assertFalse(e.engineVersion().isBlank());
    }

    /**
     * Runs code that compiles a broken rule set on purpose. Drools logs the failed build at ERROR on the process's
     * stderr; the exception carries the same problems (asserted by the callers). Capturing the log keeps a green
     * build from printing "ERROR KieProject" blocks that read as failures.
     */
    static String capturingStderr(Runnable r) {
        java.io.PrintStream processErr = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(processErr);
        }
        return log.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void compileErrorsAreReportedWithFileAndLine() {
        try (IopRulesEngine broken = IopRules.engine(new EngineOptions(List.of(resource("broken-rulesets")), false, null))) {
            RuleSetException[] thrown = new RuleSetException[1];
            capturingStderr(() -> thrown[0] = assertThrows(RuleSetException.class,
                    () -> broken.evaluate(partnership(LocalDate.of(2021, 5, 1), 2))));
            RuleSetException e = thrown[0];
            List<RuleSetDiagnostic> d = e.diagnostics();
            assertFalse(d.isEmpty(), e.getMessage());
            assertTrue(d.stream().anyMatch(x -> x.file().endsWith("bad.drl") && x.message().contains("nosuchField")
                    && x.line() == 16), e::getMessage);
        }
    }

    /**
     * The plan's rule sets load side by side (DroolsEngine.compileAll): a broken one among good ones is still reported
     * on the caller's thread with its diagnostics, on every evaluation (its failure is kept, nothing is left waiting),
     * and the good one is loaded.
     */
    @Test
    void aBrokenRuleSetLoadedBesideGoodOnesIsReportedEveryTime() {
        try (DroolsEngine both = new DroolsEngine(new EngineOptions(
                List.of(resource("engine-rulesets"), resource("broken-rulesets")), false, null))) {
            Partnership p = partnership(LocalDate.of(2021, 5, 1), 2);
            for (int round = 0; round < 2; round++) {
                RuleSetException[] thrown = new RuleSetException[1];
                capturingStderr(() -> thrown[0] = assertThrows(RuleSetException.class, () -> both.evaluate(p)));
                assertTrue(thrown[0].diagnostics().stream().anyMatch(x -> x.file().endsWith("bad.drl")
                        && x.line() == 16), thrown[0]::getMessage);
            }
            RuleSetInfo term = both.ruleSets().stream().filter(i -> i.id().equals("demo-term")
                    && i.effectiveFrom().getYear() == 2020).findFirst().orElseThrow();
            assertFalse(both.compiled(term).criteria().isEmpty());
        }
    }

    @Test
    void everyMetadataProblemIsReportedWithTheRuleLine() {
        try (IopRulesEngine broken = IopRules.engine(new EngineOptions(List.of(resource("broken-metadata")), false, null))) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> broken.evaluate(partnership(LocalDate.of(2021, 5, 1), 2)));
            List<String> d = e.diagnostics().stream().map(RuleSetDiagnostic::toString).toList();
            assertTrue(d.stream().anyMatch(x -> x.contains("rules.drl:6:1") && x.contains("lacks @criterion")), d::toString);
            assertTrue(d.stream().anyMatch(x -> x.contains("rules.drl:13:1") && x.contains("'T9' is not declared")), d::toString);
            assertTrue(d.stream().anyMatch(x -> x.contains("rules.drl:21:1") && x.contains("@kind must be one of")), d::toString);
        }
    }

    @Test
    void manyThreadsShareOneEngine() throws Exception {
        List<Partnership> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(partnership(LocalDate.of(2012 + i % 12, 3, 1), 1 + i % 4));
        }
        List<Evaluation> sequential = inputs.stream().map(engine::evaluate).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Evaluation>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Partnership p : inputs) {
                    futures.add(pool.submit(() -> engine.evaluate(p)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
