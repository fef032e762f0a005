package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.*;
import se.ioprules.fixtures.Partnerships;

/** Shared engine and partnership fixtures for rule tests. */
public final class Fixtures {
    private static IopRulesEngine engine;

    private Fixtures() {
    }

    /** @return one engine for the whole test run (compiled rule sets are cached in it) */
    public static synchronized IopRulesEngine engine() {
        if (engine == null) {
            engine = IopRules.engine(EngineOptions.DEFAULT);
        }
        return engine;
    }

    /**
     * A typical, well-formed IOP (see {@link Partnerships#typicalIop()}; the benchmarks measure the same one). Tests
     * change one fact at a time from here.
     *
     * @return the baseline partnership
     */
    public static Partnership typicalIop() {
        return Partnerships.typicalIop();
    }

    /**
     * @param p partnership
     * @param ruleSet rule-set id to evaluate (dependencies come along)
     * @return the evaluation
     */
    public static Evaluation evaluate(Partnership p, String ruleSet) {
        return engine().evaluate(p, EvaluationRequest.builder().ruleSets(ruleSet).build());
    }

    /**
     * @param e an evaluation
     * @param ruleSet rule-set id
     * @param criterion criterion id
     * @return the single finding for that criterion
     */
    public static Finding finding(Evaluation e, String ruleSet, String criterion) {
        RuleSetResult r = e.ruleSet(ruleSet).orElseThrow(() -> new AssertionError("rule set not evaluated: " + ruleSet));
        List<Finding> fs = r.findings(criterion);
        if (fs.size() != 1) {
            fail("expected exactly one finding for " + criterion + " but got " + fs.size() + ": "
                    + fs.stream().map(f -> f.outcome() + " " + f.rule()).collect(Collectors.joining("; ")));
        }
        return fs.get(0);
    }

    /**
     * Asserts one criterion's outcome (and prints the finding on failure).
     *
     * @param p partnership
     * @param ruleSet rule set
     * @param criterion criterion
     * @param expected expected outcome
     * @return the finding
     */
    public static Finding assertOutcome(Partnership p, String ruleSet, String criterion, Outcome expected) {
        Finding f = finding(evaluate(p, ruleSet), ruleSet, criterion);
        assertEquals(expected, f.outcome(), () -> criterion + ": " + f.message().sv() + " | " + f.because());
        return f;
    }

    /**
     * Asserts that every listed criterion gets exactly one finding, produced by a rule (not the engine's "no rule
     * fired"), with both messages present, and that the rule set reports no other criterion.
     *
     * @param p partnership
     * @param ruleSet rule set
     * @param criteria every criterion id of the rule set
     */
    public static void assertEveryCriterionOnce(Partnership p, String ruleSet, List<String> criteria) {
        RuleSetResult r = evaluate(p, ruleSet).ruleSet(ruleSet).orElseThrow();
        for (String c : criteria) {
            List<Finding> fs = r.findings(c);
            assertEquals(1, fs.size(), () -> p.id() + " " + c + ": " + fs);
            Finding f = fs.get(0);
            assertNotEquals("(no rule fired)", f.rule(), () -> p.id() + " " + c);
            assertFalse(f.message().sv().contains("[meddelande saknas"), f.message()::sv);
            assertFalse(f.message().en().contains("[missing message"), f.message()::en);
        }
        assertEquals(criteria.size(), r.findings().size(), () -> p.id() + " " + r.findings());
    }

    // ---- one fact group changed, everything else kept: tests vary one fact at a time ------------------------
    // Each helper comes twice: from a given partnership, and from the typical IOP (what most tests start from).

    /**
     * @param base partnership to start from
     * @param change changes to it
     * @return the changed copy
     */
    public static Partnership with(Partnership base, UnaryOperator<Partnership.Builder> change) {
        return change.apply(base.toBuilder()).build();
    }

    /** @param change changes to the typical IOP @return the changed copy */
    public static Partnership with(UnaryOperator<Partnership.Builder> change) {
        return with(typicalIop(), change);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its initiative group
     * @return a copy with the initiative group changed
     */
    public static Partnership initiative(Partnership base, UnaryOperator<Initiative.Builder> change) {
        return base.toBuilder().initiative(change.apply(base.initiative().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's initiative group @return the changed copy */
    public static Partnership initiative(UnaryOperator<Initiative.Builder> change) {
        return initiative(typicalIop(), change);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its purpose group
     * @return a copy with the purpose group changed
     */
    public static Partnership purpose(Partnership base, UnaryOperator<Purpose.Builder> change) {
        return base.toBuilder().purpose(change.apply(base.purpose().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's purpose group @return the changed copy */
    public static Partnership purpose(UnaryOperator<Purpose.Builder> change) {
        return purpose(typicalIop(), change);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its resources group
     * @return a copy with the resources group changed
     */
    public static Partnership resources(Partnership base, UnaryOperator<Resources.Builder> change) {
        return base.toBuilder().resources(change.apply(base.resources().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's resources group @return the changed copy */
    public static Partnership resources(UnaryOperator<Resources.Builder> change) {
        return resources(typicalIop(), change);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its term group
     * @return a copy with the term group changed
     */
    public static Partnership term(Partnership base, UnaryOperator<Term.Builder> change) {
        return base.toBuilder().term(change.apply(base.term().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's term group @return the changed copy */
    public static Partnership term(UnaryOperator<Term.Builder> change) {
        return term(typicalIop(), change);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its governance group
     * @return a copy with the governance group changed
     */
    public static Partnership governance(Partnership base, UnaryOperator<Governance.Builder> change) {
        return base.toBuilder().governance(change.apply(base.governance().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's governance group @return the changed copy */
    public static Partnership governance(UnaryOperator<Governance.Builder> change) {
        return governance(typicalIop(), change);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its agreement group
     * @return a copy with the agreement group changed
     */
    public static Partnership agreement(Partnership base, UnaryOperator<Agreement.Builder> change) {
        return base.toBuilder().agreement(change.apply(base.agreement().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's agreement group @return the changed copy */
    public static Partnership agreement(UnaryOperator<Agreement.Builder> change) {
        return agreement(typicalIop(), change);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its legal group
     * @return a copy with the legal group changed
     */
    public static Partnership legal(Partnership base, UnaryOperator<LegalContext.Builder> change) {
        return base.toBuilder().legal(change.apply(base.legal().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's legal group @return the changed copy */
    public static Partnership legal(UnaryOperator<LegalContext.Builder> change) {
        return legal(typicalIop(), change);
    }

    /**
     * @param base the typical IOP or a partnership made from it
     * @param profile the association's idea-based profile (null: none recorded)
     * @return a copy in which the association ("forening") has that profile
     */
    public static Partnership ideaProfile(Partnership base, IdeaBasedProfile profile) {
        return base.toBuilder().parties(base.parties().stream()
                .map(party -> "forening".equals(party.id()) ? party.toBuilder().idea(profile).build() : party)
                .toList()).build();
    }

    /**
     * @param profile the association's idea-based profile (null: none recorded)
     * @return the typical IOP in which the association has that profile
     */
    public static Partnership ideaProfile(IdeaBasedProfile profile) {
        return ideaProfile(typicalIop(), profile);
    }

    /**
     * @param base partnership to start from
     * @param change changes to its stateAid group
     * @return a copy with the stateAid group changed
     */
    public static Partnership stateAid(Partnership base, UnaryOperator<StateAidContext.Builder> change) {
        return base.toBuilder().stateAid(change.apply(base.stateAid().toBuilder()).build()).build();
    }

    /** @param change changes to the typical IOP's stateAid group @return the changed copy */
    public static Partnership stateAid(UnaryOperator<StateAidContext.Builder> change) {
        return stateAid(typicalIop(), change);
    }
}
