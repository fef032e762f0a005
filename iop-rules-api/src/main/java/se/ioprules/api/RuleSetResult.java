package se.ioprules.api;

import java.util.List;

/**
 * What one rule set concluded about a partnership.
 *
 * @param ruleSet the rule set version used
 * @param verdict its verdict (see {@link Verdict} for the rule)
 * @param findings every finding, in rule order
 * @param parameters the thresholds used, with their values on the as-of date
 * @param dependency true if the caller did not ask for this rule set but another one needed its conclusions
 */
public record RuleSetResult(RuleSetInfo ruleSet, Verdict verdict, List<Finding> findings,
        List<ParameterValue> parameters, boolean dependency) {

    /**
     * Copies the findings and parameters, so that the value is immutable.
     *
     * @param ruleSet the rule set version used
     * @param verdict its verdict (see {@link Verdict} for the rule)
     * @param findings every finding, in rule order
     * @param parameters the thresholds used, with their values on the as-of date
     * @param dependency true if the caller did not ask for this rule set but another one needed its conclusions
     */
    public RuleSetResult {
        findings = List.copyOf(findings);
        parameters = List.copyOf(parameters);
    }

    /**
     * Why the findings give this verdict (which step of the rule in {@link Verdict} decided), with the
     * {@code maxFailedIndicatorShare} among {@link #parameters()}: e.g. {@link VerdictBasis#MOST_INDICATORS_FAILED}
     * for a DOES_NOT_MEET without a failed legal requirement.
     *
     * @return the deciding step, computed from the findings
     */
    public VerdictBasis verdictBasis() {
        return Verdict.basis(findings, Verdict.maxFailedIndicatorShare(parameters));
    }

    /**
     * Why the verdict is what it is, as a sentence for a reader (Swedish and English, no enum codes): whether a legal
     * requirement failed or most guiding indicators did (how many of how many, and the
     * {@code maxFailedIndicatorShare} allowed), how many legal requirements and guiding indicators lack facts, or that nothing could be assessed.
     * It gives the reason only; the verdict word is shown beside it.
     *
     * @return the sentence, computed from the findings and parameters like {@link #verdictBasis()}
     */
    public LocalizedText verdictWhy() {
        return VerdictWhy.of(this);
    }

    /**
     * {@return the number of findings with that outcome}
     *
     * @param outcome an outcome
     */
    public long count(Outcome outcome) {
        return findings.stream().filter(f -> f.outcome() == outcome).count();
    }

    /**
     * {@return the findings for that criterion (several for per-party criteria)}
     *
     * @param criterionId a criterion id
     */
    public List<Finding> findings(String criterionId) {
        return findings.stream().filter(f -> f.criterionId().equals(criterionId)).toList();
    }
}
