package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/** External rule-set directories load side by side with the built-in ones; a newer version supersedes by date. */
class ExternalRuleDirsTest {
    static final Path RULES = Path.of("../iop-rules-authoring/src/test/resources/worked-example/rules");

    private static Partnership typical() throws IOException {
        return PartnershipJson.read(Files.readString(Path.of("../iop-rules-authoring/src/test/resources/worked-example/corpus/mid-18.json")));
    }

    @Test
    void externalRuleSetsLoadBesideBuiltIns() throws IOException {
        try (IopRulesEngine e = IopRules.engine(EngineOptions.DEFAULT.withRuleDirs(List.of(RULES)))) {
            List<String> refs = e.ruleSets().stream().map(RuleSetInfo::ref).toList();
            assertTrue(refs.containsAll(List.of("eu-public-contract@2019.1", "iop-law-draft@2025.1",
                    "test-long-term@2024.1", "test-long-term@2025.1")), refs::toString);
            // by date, without naming it: the external rule set runs with the built-in ones in force
            var ev = e.evaluate(typical(), EvaluationRequest.builder().asOf(LocalDate.of(2024, 6, 1)).build());
            assertEquals("2024.1", ev.ruleSet("test-long-term").orElseThrow().ruleSet().version());
            assertTrue(ev.ruleSet("eu-public-contract").isPresent());
            var later = e.evaluate(typical(), EvaluationRequest.builder().asOf(LocalDate.of(2025, 6, 1)).build());
            assertEquals("2025.1", later.ruleSet("test-long-term").orElseThrow().ruleSet().version());
            assertEquals("WARNING", ev.ruleSet("test-long-term").orElseThrow().findings("tlt-long-term").get(0).outcome().name());
            assertEquals("PASS", later.ruleSet("test-long-term").orElseThrow().findings("tlt-long-term").get(0).outcome().name());
        }
    }

    @Test
    void aNewerExternalVersionOfABuiltInIsUsedOnlyWhenNamedUnlessAllowed(@TempDir Path tmp) throws IOException {
        Path v = BuiltInRuleSets.copy("eu-public-contract/2019.1", tmp.resolve("eu-public-contract/2026.1"));
        Files.writeString(v.resolve("manifest.properties"), Files.readString(v.resolve("manifest.properties"))
                .replace("version=2019.1", "version=2026.1").replace("effectiveFrom=2008-01-01", "effectiveFrom=2026-07-01"));
        try (IopRulesEngine e = IopRules.engine(EngineOptions.DEFAULT.withRuleDirs(List.of(tmp)))) {
            var after = e.evaluate(typical(), EvaluationRequest.builder().asOf(LocalDate.of(2026, 7, 1)).build());
            assertEquals("2019.1", after.ruleSet("eu-public-contract").orElseThrow().ruleSet().version());
            var named = e.evaluate(typical(), EvaluationRequest.builder().asOf(LocalDate.of(2026, 7, 1))
                    .ruleSets("eu-public-contract@2026.1").build());
            assertEquals("2026.1", named.ruleSet("eu-public-contract").orElseThrow().ruleSet().version());
        }
    }

    @Test
    void anAllowedNewerExternalVersionSupersedesTheBuiltInFromItsEffectiveDate(@TempDir Path tmp) throws IOException {
        Path v = BuiltInRuleSets.copy("eu-public-contract/2019.1", tmp.resolve("eu-public-contract/2026.1"));
        Files.writeString(v.resolve("manifest.properties"), Files.readString(v.resolve("manifest.properties"))
                .replace("version=2019.1", "version=2026.1").replace("effectiveFrom=2008-01-01", "effectiveFrom=2026-07-01"));
        try (IopRulesEngine e = IopRules.engine(EngineOptions.DEFAULT.withRuleDirs(List.of(tmp)).allowSupersedingBuiltIn(true))) {
            var before = e.evaluate(typical(), EvaluationRequest.builder().asOf(LocalDate.of(2026, 6, 30)).build());
            assertEquals("2019.1", before.ruleSet("eu-public-contract").orElseThrow().ruleSet().version());
            var after = e.evaluate(typical(), EvaluationRequest.builder().asOf(LocalDate.of(2026, 7, 1)).build());
            assertEquals("2026.1", after.ruleSet("eu-public-contract").orElseThrow().ruleSet().version());
            assertTrue(after.ruleSet("eu-public-contract").orElseThrow().ruleSet().location().startsWith(tmp.toString()));
            // the old version stays available by name
            var named = e.evaluate(typical(), EvaluationRequest.builder().asOf(LocalDate.of(2026, 7, 1))
                    .ruleSets("eu-public-contract@2019.1").build());
            assertEquals("2019.1", named.ruleSet("eu-public-contract").orElseThrow().ruleSet().version());
        }
    }

    @Test
    void redefiningABuiltInVersionIsRefused(@TempDir Path tmp) throws IOException {
        BuiltInRuleSets.copy("eu-public-contract/2019.1", tmp.resolve("eu-public-contract/2019.1"));
        RuleSetException ex = assertThrows(RuleSetException.class,
                () -> IopRules.engine(EngineOptions.DEFAULT.withRuleDirs(List.of(tmp))));
        assertTrue(ex.getMessage().contains("defined twice"), ex.getMessage());
    }

    @Test
    void aBrokenExternalDirectoryIsRefusedWithDiagnostics() {
        RuleSetException ex = assertThrows(RuleSetException.class, () -> IopRules.engine(
                EngineOptions.DEFAULT.withRuleDirs(List.of(Path.of("../iop-rules-authoring/src/test/resources/broken/param-no-source")))));
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.line() == 2 && d.file().endsWith("parameters.conf")),
                ex::getMessage);
    }
}
