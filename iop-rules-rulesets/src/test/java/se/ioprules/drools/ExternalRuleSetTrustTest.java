package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.Sector;

/**
 * Issue 11, defects 1 and 8: external rule code runs only when it passes the safety check or is trusted, an
 * evaluation either completes or fails with an error (time budget, firing limit), an external version of a built-in
 * rule set is used only when named or allowed, and the loader refuses unsafe ids, paths and links.
 */
class ExternalRuleSetTrustTest {
    private static final Path PROBES = Path.of("../iop-rules-drools/src/test/resources/probes/rs");
    private static final Partnership SMALL = Partnership.builder()
            .decisionDate(LocalDate.of(2024, 3, 1))
            .addParty(Party.builder().id("kommun").sector(Sector.PUBLIC_MUNICIPALITY).build())
            .addParty(Party.builder().id("forening").sector(Sector.IDEA_BASED).build())
            .build();

    /** The side-effect probes write here (relative to the working directory, the module folder). */
    private static final Path PWNED_DIR = Path.of("target");

    @BeforeEach
    @AfterEach
    void noStrayFiles() throws IOException {
        assertEquals(List.of(), pwned(), "a probe rule set ran its side effects");
    }

    private static List<Path> pwned() throws IOException {
        if (!Files.isDirectory(PWNED_DIR)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(PWNED_DIR)) {
            return s.filter(p -> p.getFileName().toString().startsWith("pwned-")).toList();
        }
    }

    private static EngineOptions external(String probe) {
        return EngineOptions.DEFAULT.withRuleDirs(List.of(PROBES.resolve(probe)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sidefx", "sidefx-fn", "exit", "halt", "loop", "loopfn", "alloc", "insert", "insert-oom"})
    void unsafeRuleSetsAreRefusedUnlessTrusted(String probe) {
        RuleSetException e = assertThrows(RuleSetException.class, () -> new DroolsEngine(external(probe)).close());
        assertTrue(e.getMessage().contains("are refused") && e.getMessage().contains("--trust-rule-code"), e::getMessage);
        assertFalse(e.diagnostics().isEmpty());
        assertTrue(e.diagnostics().stream().allMatch(d -> d.file().endsWith("probe.drl") && d.line() > 0), e::getMessage);
    }

    @Test
    void aRuleSetWithinTheDslRunsWithoutTrust() {
        try (IopRulesEngine engine = new DroolsEngine(external("benign"))) {
            Evaluation e = engine.evaluate(SMALL, EvaluationRequest.builder().ruleSets("probe-benign").build());
            RuleSetResult r = e.ruleSets().stream().filter(x -> x.ruleSet().id().equals("probe-benign")).findFirst().orElseThrow();
            assertEquals(Outcome.PASS, r.findings("probe-x").get(0).outcome());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"loop", "loopfn"})
    void aRuleThatNeverEndsIsStoppedByTheTimeBudget(String probe) {
        EngineOptions o = external(probe).trustRuleCode(true).withTimeBudget(Duration.ofMillis(500));
        try (IopRulesEngine engine = new DroolsEngine(o)) {
            String id = "probe-" + probe;
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> engine.evaluate(SMALL, EvaluationRequest.builder().ruleSets(id).build()));
            assertTrue(e.getMessage().contains("time budget of 500 ms") && e.getMessage().contains(id + "@2024.1"),
                    e::getMessage);
        }
    }

    @Test
    void ruleSetsWithinTheDslRunOnTheCallersThread() {
        java.util.Set<Thread> firedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (IopRulesEngine engine = new DroolsEngine(external("benign"), (info, rule) -> firedOn.add(Thread.currentThread()))) {
            engine.evaluate(SMALL, EvaluationRequest.builder().ruleSets("probe-benign").build());
        }
        assertEquals(java.util.Set.of(Thread.currentThread()), firedOn);
    }

    @Test
    void aSpentBudgetStopsAnEvaluationOnTheCallersThreadWithTheSameError() {
        // A budget of 1 ns is spent before the first rule fires: the deadline check halts the session.
        try (IopRulesEngine engine = new DroolsEngine(external("benign").withTimeBudget(Duration.ofNanos(1)))) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> engine.evaluate(SMALL, EvaluationRequest.builder().ruleSets("probe-benign").build()));
            assertTrue(e.getMessage().contains("time budget of 1 ns") && e.getMessage().contains("did not finish"),
                    e::getMessage);
        }
        try (IopRulesEngine engine = new DroolsEngine(external("benign"))) {
            // The same engine options with the default budget complete: the error above came from the budget.
            assertEquals(Outcome.PASS, engine.evaluate(SMALL, EvaluationRequest.builder().ruleSets("probe-benign").build())
                    .ruleSets().stream().filter(x -> x.ruleSet().id().equals("probe-benign")).findFirst().orElseThrow()
                    .findings("probe-x").get(0).outcome());
        }
    }

    @Test
    void aRuleThatKeepsTriggeringItselfIsStoppedWithAnError() {
        try (IopRulesEngine engine = new DroolsEngine(external("insert").trustRuleCode(true))) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> engine.evaluate(SMALL, EvaluationRequest.builder().ruleSets("probe-insert").build()));
            assertTrue(e.getMessage().contains("was stopped after") && e.getMessage().contains("rule firings"), e::getMessage);
        }
    }

    @Test
    void trustedCodeThatExhaustsTheStackFailsWithAnError(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("probe-deep/2024.1");
        Files.createDirectories(dir);
        Path src = PROBES.resolve("benign/probe-benign/2024.1");
        for (String f : List.of("messages_sv.properties", "messages_en.properties")) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("manifest.properties"), Files.readString(src.resolve("manifest.properties"))
                .replace("probe-benign", "probe-deep"));
        Files.writeString(dir.resolve("probe.drl"), Files.readString(src.resolve("probe.drl"))
                .replace("rule \"probe-x: r\"", "function int deep(int n) { return deep(n + 1) + 1; }\n\nrule \"probe-x: r\"")
                .replace("    Partnership()", "    Partnership( deep(0) > 0 )"));
        EngineOptions o = EngineOptions.DEFAULT.withRuleDirs(List.of(tmp));
        assertThrows(RuleSetException.class, () -> new DroolsEngine(o).close(), "recursion fails the safety check");
        try (IopRulesEngine engine = new DroolsEngine(o.trustRuleCode(true))) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> engine.evaluate(SMALL, EvaluationRequest.builder().ruleSets("probe-deep").build()));
            assertTrue(e.getMessage().contains("Rule set probe-deep@2024.1 ran out of stack"), e::getMessage);
        }
    }

    @Test
    void manyFiringsAreNeverCutShort() {
        // 1,000 parties (the input limit) × 12 rules = 12,000 firings: today's limit of 10,000 dropped the FAIL.
        Partnership.Builder b = Partnership.builder().decisionDate(LocalDate.of(2024, 3, 1));
        for (int i = 1; i < 1_000; i++) {
            b.addParty(Party.builder().id("f" + i).sector(Sector.IDEA_BASED).build());
        }
        b.addParty(Party.builder().id("ctrl").sector(Sector.PUBLIC_MUNICIPALITY).build());
        EngineOptions o = EngineOptions.DEFAULT.withRuleDirs(List.of(Path.of("src/test/resources/many-firings")));
        try (IopRulesEngine engine = new DroolsEngine(o)) {
            Evaluation e = engine.evaluate(b.build(), EvaluationRequest.builder().ruleSets("many-firings").build());
            RuleSetResult r = e.ruleSets().stream().filter(x -> x.ruleSet().id().equals("many-firings")).findFirst().orElseThrow();
            List<Finding> last = r.findings("mf-last");
            assertEquals(List.of(Outcome.FAIL), last.stream().map(Finding::outcome).toList(), last::toString);
            assertTrue(e.anyDoesNotMeet());
        }
    }

    @Test
    void anExternalVersionOfABuiltInRuleSetIsUsedOnlyWhenNamedOrAllowed() {
        EvaluationRequest byDefault = EvaluationRequest.builder().build();
        try (DroolsEngine engine = new DroolsEngine(external("shadow-newer"))) {
            RuleSetResult eupc = eupc(engine.evaluate(SMALL, byDefault));
            assertEquals("2019.1", eupc.ruleSet().version());
            assertTrue(eupc.findings(DroolsEngine.EXTERNAL_NOTICE).isEmpty());

            RuleSetResult named = eupc(engine.evaluate(SMALL,
                    EvaluationRequest.builder().ruleSets("eu-public-contract@2099.1").build()));
            assertEquals("2099.1", named.ruleSet().version());
            assertEquals(Outcome.INFO, named.findings(DroolsEngine.EXTERNAL_NOTICE).get(0).outcome());
            assertTrue(named.findings(DroolsEngine.EXTERNAL_NOTICE).get(0).message().en().contains("instead of the built-in"));
        }
        try (DroolsEngine engine = new DroolsEngine(external("shadow-newer").allowSupersedingBuiltIn(true))) {
            RuleSetResult eupc = eupc(engine.evaluate(SMALL, byDefault));
            assertEquals("2099.1", eupc.ruleSet().version());
            assertEquals(1, eupc.findings(DroolsEngine.EXTERNAL_NOTICE).size());
        }
    }

    private static RuleSetResult eupc(Evaluation e) {
        return e.ruleSets().stream().filter(r -> r.ruleSet().id().equals("eu-public-contract")).findFirst().orElseThrow();
    }

    @Test
    void idsWithSlashesAndSourcesThatLookLikePathsAreRefused() {
        RuleSetException slash = assertThrows(RuleSetException.class, () -> new DroolsEngine(external("pathid2")).close());
        assertTrue(slash.diagnostics().stream().anyMatch(d -> d.file().endsWith("manifest.properties") && d.line() == 1
                && d.message().contains("id 'pathid2/x' may contain only letters, digits, '-' and '.'")), slash::getMessage);
        RuleSetException path = assertThrows(RuleSetException.class, () -> new DroolsEngine(external("traversal")).close());
        assertTrue(path.diagnostics().stream().anyMatch(d -> d.line() == 10 && d.message().contains("looks like a file path")),
                path::getMessage);
    }

    @Test
    void symbolicLinksLeavingTheFolderAreRefusedAndUndeclaredFilesAreNotRead(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("rules/probe-symlink/2024.1");
        Files.createDirectories(dir);
        Path src = PROBES.resolve("symlink/probe-symlink/2024.1");
        for (String f : List.of("manifest.properties", "messages_sv.properties", "probe.drl")) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        Path outside = tmp.resolve("secret.properties");
        Files.copy(src.resolve("messages_en.properties"), outside);
        Files.createSymbolicLink(dir.resolve("messages_en.properties"), outside);
        EngineOptions o = EngineOptions.DEFAULT.withRuleDirs(List.of(tmp.resolve("rules")));
        RuleSetException e = assertThrows(RuleSetException.class, () -> new DroolsEngine(o).close());
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.file().endsWith("messages_en.properties")
                && d.message().contains("symbolic link") && d.message().contains("outside the rule-set folder")), e::getMessage);

        // A link inside the folder is fine; a file that is not part of a rule set is never read (nor hashed).
        Files.delete(dir.resolve("messages_en.properties"));
        Files.copy(outside, dir.resolve("messages_en.txt"));
        Files.createSymbolicLink(dir.resolve("messages_en.properties"), dir.resolve("messages_en.txt"));
        String hash;
        try (DroolsEngine engine = new DroolsEngine(o)) {
            hash = engine.ruleSets().stream().filter(i -> i.id().equals("probe-symlink")).findFirst().orElseThrow().sha256();
        }
        Files.writeString(dir.resolve("notes.txt"), "not part of the rule set");
        try (DroolsEngine engine = new DroolsEngine(o)) {
            assertEquals(hash, engine.ruleSets().stream().filter(i -> i.id().equals("probe-symlink")).findFirst().orElseThrow().sha256());
        }
    }

    @Test
    void oversizedFilesAreRefused(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("probe-benign/2024.1");
        Files.createDirectories(dir);
        Path src = PROBES.resolve("benign/probe-benign/2024.1");
        try (Stream<Path> s = Files.list(src)) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("big.drl"), "// " + "x".repeat(3 * 1024 * 1024));
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> new DroolsEngine(EngineOptions.DEFAULT.withRuleDirs(List.of(tmp))).close());
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.file().endsWith("big.drl") && d.message().contains("at most")),
                e::getMessage);
    }
}
