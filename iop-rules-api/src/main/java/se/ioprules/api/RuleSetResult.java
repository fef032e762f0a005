package se.ioprules.api;

import java.util.List;
import java.util.Objects;

/**
 * What one rule set concluded about a partnership. An immutable value with the accessors, equality, hash code and
 * text of a record of its five components; it is a class and not a record only so that it can keep the
 * {@linkplain #verdictBasis() verdict basis} and {@linkplain #verdictWhy() reason} it derives from them, computed
 * once on first use (a batch writes both for every rule set of every line).
 */
public final class RuleSetResult {
    private final RuleSetInfo ruleSet;
    private final Verdict verdict;
    private final List<Finding> findings;
    private final List<ParameterValue> parameters;
    private final boolean dependency;
    // derived from the final fields above; racy but idempotent, and both values are immutable (as String's hash)
    private VerdictBasis basis;
    private LocalizedText why;

    /**
     * Copies the findings and parameters, so that the value is immutable.
     *
     * @param ruleSet the rule set version used
     * @param verdict its verdict (see {@link Verdict} for the rule)
     * @param findings every finding, in rule order
     * @param parameters the thresholds used, with their values on the as-of date
     * @param dependency true if the caller did not ask for this rule set but another one needed its conclusions
     */
    public RuleSetResult(RuleSetInfo ruleSet, Verdict verdict, List<Finding> findings, List<ParameterValue> parameters,
            boolean dependency) {
        this.ruleSet = ruleSet;
        this.verdict = verdict;
        this.findings = List.copyOf(findings);
        this.parameters = List.copyOf(parameters);
        this.dependency = dependency;
    }

    /** {@return the rule set version used} */
    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /** {@return its verdict (see {@link Verdict} for the rule)} */
    public Verdict verdict() {
        return verdict;
    }

    /** {@return every finding, in rule order} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return the thresholds used, with their values on the as-of date} */
    public List<ParameterValue> parameters() {
        return parameters;
    }

    /** {@return true if the caller did not ask for this rule set but another one needed its conclusions} */
    public boolean dependency() {
        return dependency;
    }

    /**
     * Why the findings give this verdict (which step of the rule in {@link Verdict} decided), with the
     * {@code maxFailedIndicatorShare} among {@link #parameters()}: e.g. {@link VerdictBasis#MOST_INDICATORS_FAILED}
     * for a DOES_NOT_MEET without a failed legal requirement.
     *
     * @return the deciding step, computed from the findings (once)
     */
    public VerdictBasis verdictBasis() {
        VerdictBasis b = basis;
        if (b == null) {
            b = Verdict.basis(findings, Verdict.maxFailedIndicatorShare(parameters));
            basis = b;
        }
        return b;
    }

    /**
     * Why the verdict is what it is, as a sentence for a reader (Swedish and English, no enum codes): whether a legal
     * requirement failed or most guiding indicators did (how many of how many, and the
     * {@code maxFailedIndicatorShare} allowed), how many legal requirements and guiding indicators (in a rule set of
     * only recommendations and good practice: how many of those) lack facts, or that nothing could be assessed.
     * It gives the reason only; the verdict word is shown beside it.
     *
     * @return the sentence, computed from the findings and parameters like {@link #verdictBasis()} (once)
     */
    public LocalizedText verdictWhy() {
        LocalizedText w = why;
        if (w == null) {
            w = VerdictWhy.of(this, verdictBasis());
            why = w;
        }
        return w;
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

    /**
     * {@return true for a result with equal components, as a record compares}
     *
     * @param o another object
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleSetResult r && dependency == r.dependency
                && Objects.equals(ruleSet, r.ruleSet) && verdict == r.verdict && findings.equals(r.findings)
                && parameters.equals(r.parameters);
    }

    /** {@return a hash of the components} */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(ruleSet);
        h = 31 * h + Objects.hashCode(verdict);
        h = 31 * h + findings.hashCode();
        h = 31 * h + parameters.hashCode();
        return 31 * h + Boolean.hashCode(dependency);
    }

    /** {@return the components as a record shows them} */
    @Override
    public String toString() {
        return "RuleSetResult[ruleSet=" + ruleSet + ", verdict=" + verdict + ", findings=" + findings + ", parameters="
                + parameters + ", dependency=" + dependency + "]";
    }
}
