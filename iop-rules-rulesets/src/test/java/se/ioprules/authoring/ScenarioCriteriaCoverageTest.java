package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetInfo;

/**
 * Every criterion of every built-in rule set is pinned by the golden scenarios both ways: at least one scenario
 * expects it to pass and at least one expects something else (fail, warning, info or not assessable). The rule sets'
 * JUnit tests no longer restate single outcomes (they were folded into scenarios), so this is where a criterion
 * without a passing or a non-passing case shows up.
 */
class ScenarioCriteriaCoverageTest {
    /** Outcomes expected per rule-set id and criterion id, over every scenario file. */
    private static final Map<String, Map<String, Set<Outcome>>> EXPECTED = new TreeMap<>();
    /** Criterion ids per rule-set id, over all its versions. */
    private static final Map<String, Set<String>> CRITERIA = new TreeMap<>();

    /**
     * Criteria whose rules never report a pass, by design, each with the reason: they must still have a scenario, and
     * one that does not pass. A criterion listed here that gains a passing scenario fails the check (take it out).
     */
    private static final Map<String, String> NEVER_PASSES = Map.of(
            "eu-public-contract eupc-2-consensus", "every indication points towards consensus; the element is met or open",
            "eu-public-contract eupc-direct-award", "a warning when a public contract is possible, information when it is not needed",
            "famna-2024 famna-good-score", "a count of good-practice factors, reported as information",
            "iop-law-draft draft-no-law-text", "a notice that the bill has no adopted text yet",
            "registration-law-2022-900 reg-lou-reserved", "information on reserved procurement, never a verdict");

    @BeforeAll
    static void read() {
        for (Path f : ScenarioRunner.find(List.of(BuiltInRuleSets.DIR))) {
            Scenario s = Scenario.read(f);
            s.expectations().forEach((id, e) -> e.criteria().forEach((key, x) -> EXPECTED
                    .computeIfAbsent(id, k -> new TreeMap<>())
                    .computeIfAbsent(criterionOf(key), k -> new TreeSet<>()).add(x.outcome())));
        }
        try (IopRulesEngine engine = IopRules.engine(EngineOptions.DEFAULT)) {
            for (RuleSetInfo i : engine.ruleSets()) {
                CRITERIA.computeIfAbsent(i.id(), k -> new TreeSet<>()).addAll(i.criterionTitles().keySet());
            }
        }
    }

    /** {@code crit[party]} and {@code crit#2} name findings of criterion {@code crit}. */
    static String criterionOf(String key) {
        return key.replaceFirst("[\\[#].*$", "");
    }

    @Test
    void everyCriterionHasAPassingAndANonPassingScenario() {
        Map<String, String> gaps = new TreeMap<>();
        CRITERIA.forEach((id, criteria) -> {
            for (String c : criteria) {
                Set<Outcome> seen = EXPECTED.getOrDefault(id, Map.of()).getOrDefault(c, Set.of());
                boolean passes = seen.contains(Outcome.PASS);
                boolean not = seen.stream().anyMatch(o -> o != Outcome.PASS);
                if (NEVER_PASSES.containsKey(id + " " + c)) {
                    if (passes || !not) {
                        gaps.put(id + " " + c, passes ? "passes in a scenario: take it out of NEVER_PASSES"
                                : "no scenario for it (expected: " + seen + ")");
                    }
                } else if (!passes || !not) {
                    gaps.put(id + " " + c, (passes ? "" : "no scenario where it passes") + (!passes && !not ? "; " : "")
                            + (not ? "" : "no scenario where it does not pass") + " (expected: " + seen + ")");
                }
            }
        });
        assertEquals(Map.of(), gaps, "criteria the scenarios do not pin both ways");
    }

    @Test
    void theCheckReadsTheCriteriaAndKeys() {
        assertEquals("reg-2-legal-person", criterionOf("reg-2-legal-person[forening]"));
        assertEquals("my-criterion", criterionOf("my-criterion#2"));
        assertTrue(CRITERIA.get("eu-public-contract").contains("eupc-aggregate"), CRITERIA::toString);
        assertTrue(EXPECTED.get("state-aid").get("sa-aggregate").containsAll(Set.of(Outcome.PASS, Outcome.FAIL)));
    }
}
