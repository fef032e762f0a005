package se.ioprules.drools.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.ioprules.drools.dsl.Conclusion;

/**
 * Which conclusions of earlier rule sets a rule set's patterns can match at all. Each session starts with every
 * earlier conclusion (up to a hundred for the last rule sets of a plan), yet most rule sets read none of them, or only
 * an aggregate: a conclusion that no pattern's alpha test can accept changes nothing in the session except the work of
 * inserting it, so it is left out.
 *
 * <p>A pattern on {@link Conclusion} (anywhere in a rule: under {@code not}, {@code exists}, {@code accumulate},
 * {@code forall}, {@code or}) can only match a conclusion that satisfies each of its constraints. A constraint that is
 * exactly {@code ruleSetId == "…"} or {@code criterionId == "…"} (as its text reads, in either build route) therefore
 * names what the pattern can match; a pattern with neither, a pattern on a supertype of {@code Conclusion} (also one
 * reading {@code from} an expression), a rule
 * Drools does not show, or any doubt means every conclusion is kept.
 */
public final class ConclusionReads {
    private static final java.util.regex.Pattern RULE_SET = java.util.regex.Pattern.compile(
            "\\s*ruleSetId\\s*==\\s*\"([^\"\\\\]*)\"\\s*");
    private static final java.util.regex.Pattern CRITERION = java.util.regex.Pattern.compile(
            "\\s*criterionId\\s*==\\s*\"([^\"\\\\]*)\"\\s*");

    /** Keeps every conclusion. */
    public static final Predicate<Conclusion> ALL = c -> true;

    private ConclusionReads() {
    }

    /**
     * @param kieBase a compiled rule set
     * @return a test that is true for every conclusion one of its patterns could match (and perhaps others)
     */
    public static Predicate<Conclusion> of(KieBase kieBase) {
        Set<String> ruleSets = new HashSet<>();
        Set<String> criteria = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl) || !visit(impl.getLhs(), ruleSets, criteria)) {
                    return ALL;
                }
            }
        }
        if (ruleSets.isEmpty() && criteria.isEmpty()) {
            return c -> false;
        }
        Set<String> rs = Set.copyOf(ruleSets);
        Set<String> cr = Set.copyOf(criteria);
        return c -> rs.contains(c.ruleSetId()) || cr.contains(c.criterionId());
    }

    /** @return false when a pattern could match any conclusion */
    private static boolean visit(RuleConditionElement ce, Set<String> ruleSets, Set<String> criteria) {
        if (ce == null) {
            return true;
        }
        // an accumulate's or collect's result is computed from its nested patterns (visited below), not inserted
        boolean result = ce instanceof Pattern p && (p.getSource() instanceof org.drools.base.rule.Accumulate
                || p.getSource() instanceof org.drools.base.rule.Collect);
        if (ce instanceof Pattern p && !result && !pattern(p, ruleSets, criteria)) {
            return false;
        }
        List<? extends RuleConditionElement> nested = ce.getNestedElements();
        if (nested != null) {
            for (RuleConditionElement n : nested) {
                if (!visit(n, ruleSets, criteria)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean pattern(Pattern p, Set<String> ruleSets, Set<String> criteria) {
        if (!(p.getObjectType() instanceof ClassObjectType cot)) {
            return false;
        }
        Class<?> type = cot.getClassType();
        if (!type.isAssignableFrom(Conclusion.class)) {
            return true; // cannot match a conclusion
        }
        if (type != Conclusion.class) {
            return false;
        }
        String ruleSet = null;
        String criterion = null;
        for (Constraint c : p.getConstraints()) {
            String text = PatternFacts.text(c);
            if (text == null) {
                continue;
            }
            java.util.regex.Matcher m = RULE_SET.matcher(text);
            if (m.matches()) {
                ruleSet = m.group(1);
                continue;
            }
            m = CRITERION.matcher(text);
            if (m.matches()) {
                criterion = m.group(1);
            }
        }
        if (ruleSet != null) {
            ruleSets.add(ruleSet);
            return true;
        }
        if (criterion != null) {
            criteria.add(criterion);
            return true;
        }
        return false;
    }
}
