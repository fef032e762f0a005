package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.FactGlossary;
import se.ioprules.api.facts.Derived;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/** The criteria reading each fact are found from the rules' fact paths, through list selectors and computed values. */
class FactUseTest {
    private static Map<String, Set<String>> readers;

    @BeforeAll
    static void scan() {
        readers = FactUse.criteriaByFact(RuleSetLoader.builtIn());
    }

    @Test
    void aDirectlyCitedFactListsItsCriteria() {
        Set<String> remedy = readers.get("agreement.remedyOnBreach");
        assertTrue(remedy.contains("eupc-6-mutual-binding"), remedy.toString());
        assertFalse(remedy.contains("sa-1-state-resources"), remedy.toString());
        assertTrue(readers.get("stateAid.aidAmountEur3y").contains("sa-de-minimis"));
    }

    @Test
    void aPathThroughAListCountsForItsNormalizedForm() {
        // the rules name parties["+ $id +"].idea.registeredIn2022_900
        assertTrue(readers.get("parties[].idea.registeredIn2022_900").contains("reg-annual-reporting"),
                String.valueOf(readers.get("parties[].idea.registeredIn2022_900")));
        assertFalse(readers.keySet().stream().anyMatch(k -> k.contains("[x]")), readers.keySet().toString());
    }

    @Test
    void aComputedValueCountsForTheFactsItIsComputedFrom() {
        // no rule names term.startDate itself; several read derived.durationMonths
        assertTrue(readers.containsKey("term.startDate"));
        assertEquals(readers.get("term.startDate"), readers.get("term.endDate"));
    }

    @Test
    void aGroupNamedAsAWholeStaysAGroup() {
        assertTrue(readers.containsKey("parties[].idea"), readers.keySet().toString());
        assertFalse(readers.getOrDefault("parties[].idea.memberCount", Set.of()).containsAll(readers.get("parties[].idea")),
                "a rule citing the whole profile does not read the member count");
        List<String> keys = List.copyOf(readers.keySet());
        List<String> leaves = keys.stream().filter(FactGlossary.paths()::contains).toList();
        assertEquals(leaves, keys.subList(0, leaves.size()), "facts first, in glossary order, then groups");
    }

    @Test
    void aPathBuiltByAnExpressionOrAFunctionCountsForTheFactItNames() {
        // amnPath($p.id(), "idea.democracy.discrimination")
        assertTrue(readers.get("parties[].idea.democracy.discrimination").contains("amn-democracy-conditions"),
                String.valueOf(readers.get("parties[].idea.democracy.discrimination")));
        // firstUnclassified(...) returns "parties[" + id + "].idea.valueTransfers[" + n + "].purelyBusinessLike"
        assertTrue(readers.get("parties[].idea.valueTransfers[].purelyBusinessLike").contains("reg-2-value-transfer-def"),
                String.valueOf(readers.get("parties[].idea.valueTransfers[].purelyBusinessLike")));
        assertEquals("parties[].idea.valueTransfers", FactUse.named("idea.valueTransfers"));
        assertEquals("parties[].idea.democracy", FactUse.named("idea.democracy"));
        assertEquals(null, FactUse.named("exists"), "several groups have an exists: ambiguous, so nothing");
        assertEquals(null, FactUse.named("party"));
    }

    @Test
    void paramsAndConclusionsAreNoFacts() {
        assertEquals(Set.of(), FactUse.facts("param.longTermMonths"));
        assertEquals(Set.of(), FactUse.facts("conclusion.eupc-aggregate"));
        assertEquals(Set.of(), FactUse.facts("parties[x].idea.x"));
        assertEquals(Set.of("resources.paymentModel", "resources.otherPaymentModels"), FactUse.facts("derived.paymentModels"));
    }

    @Test
    void everyDerivedValueNamesRealFactsItIsComputedFrom() {
        Set<String> components = new TreeSet<>();
        for (RecordComponent rc : Derived.class.getRecordComponents()) {
            components.add(rc.getName());
        }
        assertEquals(components, new TreeSet<>(FactUse.DERIVED_FROM.keySet()), "a new Derived value needs its inputs");
        FactUse.DERIVED_FROM.forEach((name, inputs) -> {
            assertFalse(inputs.isEmpty(), name);
            inputs.forEach(p -> assertTrue(FactGlossary.paths().contains(p), name + " → " + p));
        });
    }

    @Test
    void mostFactsAreReadBySomeCriterion() {
        long read = FactGlossary.paths().stream().filter(readers::containsKey).count();
        assertTrue(read > 120, "facts cited by a criterion: " + read);
    }
    @Test
    void theRuleSetsReadTheCompensationOfAContributionInsideExists() {
        // exists ( Party( $pid : id, sector == Sector.IDEA_BASED ) and Contribution( partyId == $pid, compensated ... ) )
        Set<String> by = readers.get("resources.contributions[].compensated");
        assertTrue(by != null && by.contains("forum-co-financing") && by.contains("sou-both-resources"), String.valueOf(by));
    }

    /** A one-rule DRL per nesting form the rule sets use: each reads the facts of its nested patterns. */
    @Test
    void factsTestedInsideNestedPatternsAreRead() {
        Map<String, Set<String>> by = FactUse.criteriaByFact(List.of(withRules(
                rule("t-exists", "exists ( Party( $pid : id, sector == Sector.IDEA_BASED )"
                        + " and Contribution( partyId == $pid, compensated != Tri.TRUE ) )"),
                rule("t-not", "not ( Contribution( valuedInBudget == Tri.FALSE ) )"),
                rule("t-or", "( Term( renegotiationClause == Tri.TRUE ) or Governance( evaluationFrequencyMonths != null ) )"),
                rule("t-accumulate", "accumulate( Party( idea != null, idea.distributesProfit == Tri.TRUE, $id : id ),"
                        + " $ids : collectList( $id ) )"),
                rule("t-from-accumulate", "$l : java.util.List() from accumulate( Contribution( kind == ContributionKind.MONEY,"
                        + " valueSek != null, $v : valueSek ), collectList( $v ) )"),
                rule("t-collect", "$c : java.util.List() from collect( Contribution( description != null ) )"),
                rule("t-from", "$r : Resources()\n    Contribution( partyId == \"x\" ) from $r.contributions()"),
                rule("t-top", "Agreement( agreementSigned == Tri.TRUE )"))));
        assertEquals(Set.of("t-exists"), by.get("resources.contributions[].compensated"));
        assertTrue(by.get("resources.contributions[].partyId").containsAll(Set.of("t-exists", "t-from")),
                String.valueOf(by.get("resources.contributions[].partyId")));
        assertEquals(Set.of("t-exists"), by.get("parties[].sector"), "the sector decides whether the rule fires");
        assertEquals(Set.of("t-not"), by.get("resources.contributions[].valuedInBudget"));
        assertEquals(Set.of("t-or"), by.get("term.renegotiationClause"));
        assertEquals(Set.of("t-or"), by.get("governance.evaluationFrequencyMonths"));
        assertEquals(Set.of("t-accumulate"), by.get("parties[].idea.distributesProfit"));
        assertEquals(Set.of("t-from-accumulate"), by.get("resources.contributions[].kind"));
        assertEquals(Set.of("t-from-accumulate"), by.get("resources.contributions[].valueSek"));
        assertEquals(Set.of("t-collect"), by.get("resources.contributions[].description"));
        assertEquals(Set.of("t-top"), by.get("agreement.agreementSigned"));
        assertFalse(by.containsKey("parties[].idea"), "a group tested on the way to its fact is not read as a whole");
    }

    private static String rule(String criterion, String when) {
        return "rule \"" + criterion + "\"\n    @criterion(\"" + criterion + "\") @kind(\"GOOD_PRACTICE\") @source(\"S2\")\n"
                + "when\n    " + when + "\nthen\n    out.info(drools, \"signed\");\nend\n";
    }

    /** The worked example's rule set with the given rules as its only DRL. */
    private static RuleSetDefinition withRules(String... rules) {
        List<se.ioprules.api.RuleSetDiagnostic> problems = new ArrayList<>();
        RuleSetDefinition base = RuleSetLoader.read(Path.of("src/test/resources/worked-example/rules/test-long-term/2025.1"),
                "test", problems);
        assertEquals(List.of(), problems);
        String drl = "package se.ioprules.rules.testnested;\n\nimport se.ioprules.api.facts.*;\n"
                + "import se.ioprules.drools.dsl.*;\n\nglobal Findings out;\n\n" + String.join("\n", rules);
        return new RuleSetDefinition(base.info(), new java.util.TreeMap<>(Map.of("nested.drl", drl)), base.messages(),
                base.parameters(), base.lines(), base.tables(), base.criteria());
    }
}
