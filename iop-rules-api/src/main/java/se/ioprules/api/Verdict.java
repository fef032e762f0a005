package se.ioprules.api;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A rule set's verdict on a partnership, computed from its findings. What the rule set asks for is its
 * {@link CriterionKind#LEGAL_REQUIREMENT legal requirements} and {@link CriterionKind#GUIDING_INDICATOR guiding
 * indicators}; recommendations and good practice are remarks beside them. A rule set that has neither of those
 * kinds (only recommendations and good practice, as famna-2024) asks for nothing else than its recommendations and
 * good practice, so there they count as its guiding indicators do elsewhere (below, "indicators"): otherwise it
 * would meet with 3 of 24 criteria assessed. The rules apply in this order:
 * <ol>
 *   <li>{@code DOES_NOT_MEET} when at least one {@link CriterionKind#LEGAL_REQUIREMENT} finding is {@link Outcome#FAIL};</li>
 *   <li>{@code DOES_NOT_MEET} when <em>most</em> of the rule set's indicators fail: the failed ones are more than
 *       {@code maxFailedIndicatorShare} (default {@value #DEFAULT_MAX_FAILED_INDICATOR_SHARE_TEXT}) of all its
 *       indicators that apply (every outcome except {@link Outcome#INFO}, "not applicable"). Indicators not
 *       assessable count as not failed, so the verdict is reached only when even a pass on every unknown one would not
 *       change it. The sources ask for an overall assessment (samlad bedömning) of the guiding indicators, none
 *       decisive alone: one failed indicator does not decide, a majority does. Recommendations and good practice,
 *       where they stand in for indicators, are weighed the same way: none decides alone, and a rule set most of whose
 *       criteria fail is not met (a {@link Outcome#WARNING} is a remark, not a failure, for every kind);</li>
 *   <li>{@code INCOMPLETE} when at least one legal-requirement or indicator finding is
 *       {@link Outcome#NOT_ASSESSABLE} (facts are missing for the assessment the rule set asks for);</li>
 *   <li>{@code INCOMPLETE} when nothing was assessed: no legal requirement or indicator is PASS, FAIL or
 *       WARNING. A rule set with nothing assessed has not been met;</li>
 *   <li>otherwise {@code MEETS}. A minority of failed indicators, warnings, and (beside legal requirements or guiding
 *       indicators) unassessable recommendations or good practice do not change the verdict; they are counted in
 *       {@link RuleSetResult#count(Outcome)} and listed.</li>
 * </ol>
 * Findings on the elements of a legal test ({@link Finding#element()}) are left out: the test's aggregate finding
 * decides. One element clearly not met settles "not a public contract" even if another element is unknown; when the
 * test is undecided, its aggregate is itself NOT_ASSESSABLE and the verdict is INCOMPLETE.
 */
public enum Verdict {
    /** No legal requirement fails, at most the tolerated share of indicators fails, everything that counts could be
     * assessed, and something was. */
    MEETS,
    /** A legal requirement fails, or most indicators fail (more than {@code maxFailedIndicatorShare}): guiding
     * indicators, or in a rule set without legal requirements and guiding indicators its recommendations and good
     * practice. */
    DOES_NOT_MEET,
    /** Not DOES_NOT_MEET, but facts are missing for a legal requirement or indicator (as for DOES_NOT_MEET), or
     * nothing could be assessed at all. */
    INCOMPLETE;

    /** Name of the rule-set parameter ({@code parameters.conf}, overridable per request) that sets the share. */
    public static final String MAX_FAILED_INDICATOR_SHARE = "maxFailedIndicatorShare";

    /** The default share as text (for documentation): more than half failed is "most". */
    public static final String DEFAULT_MAX_FAILED_INDICATOR_SHARE_TEXT = "0.5";

    /** Used by a rule set that declares no {@value #MAX_FAILED_INDICATOR_SHARE}: more than half failed is "most". */
    public static final BigDecimal DEFAULT_MAX_FAILED_INDICATOR_SHARE = new BigDecimal(DEFAULT_MAX_FAILED_INDICATOR_SHARE_TEXT);

    /**
     * Applies the rule in the class comment with the default share {@link #DEFAULT_MAX_FAILED_INDICATOR_SHARE}.
     *
     * @param findings the rule set's findings
     * @return the verdict
     */
    public static Verdict of(Collection<Finding> findings) {
        return of(findings, DEFAULT_MAX_FAILED_INDICATOR_SHARE);
    }

    /**
     * Applies the rule in the class comment.
     *
     * @param findings the rule set's findings
     * @param maxFailedIndicatorShare the share of applicable guiding indicators that may fail, 0 to 1 inclusive (0:
     *        any failed indicator gives DOES_NOT_MEET; 1: failed indicators never do)
     * @return the verdict
     * @throws IllegalArgumentException if the share is null or outside 0..1
     */
    public static Verdict of(Collection<Finding> findings, BigDecimal maxFailedIndicatorShare) {
        return basis(findings, maxFailedIndicatorShare).verdict();
    }

    /**
     * Which step of the rule in the class comment decides; {@code basis(f, s).verdict() == of(f, s)}.
     *
     * @param findings the rule set's findings
     * @param maxFailedIndicatorShare as for {@link #of(Collection, BigDecimal)}
     * @return the deciding step
     * @throws IllegalArgumentException if the share is null or outside 0..1
     */
    public static VerdictBasis basis(Collection<Finding> findings, BigDecimal maxFailedIndicatorShare) {
        if (maxFailedIndicatorShare == null || maxFailedIndicatorShare.signum() < 0
                || maxFailedIndicatorShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(MAX_FAILED_INDICATOR_SHARE + " must be between 0 and 1, was "
                    + maxFailedIndicatorShare);
        }
        // what the rule set asks for: its legal requirements and guiding indicators, or, when it has none, its
        // recommendations and good practice (which then stand in for indicators)
        boolean weightyRuleSet = hasLegalRequirementsOrIndicators(findings);
        boolean unknown = false;
        boolean assessedAny = false;
        int indicators = 0;
        int indicatorsFailed = 0;
        for (Finding f : findings) {
            if (f.element()) {
                continue;
            }
            if (f.kind() == CriterionKind.LEGAL_REQUIREMENT && f.outcome() == Outcome.FAIL) {
                return VerdictBasis.LEGAL_REQUIREMENT_FAILED;
            }
            if (!countsFor(f.kind(), weightyRuleSet)) {
                continue;
            }
            assessedAny |= f.outcome() == Outcome.PASS || f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARNING;
            unknown |= f.outcome() == Outcome.NOT_ASSESSABLE;
            if (f.kind() != CriterionKind.LEGAL_REQUIREMENT && f.outcome() != Outcome.INFO) {
                indicators++;
                indicatorsFailed += f.outcome() == Outcome.FAIL ? 1 : 0;
            }
        }
        if (indicatorsFailed > 0 && BigDecimal.valueOf(indicatorsFailed)
                .compareTo(maxFailedIndicatorShare.multiply(BigDecimal.valueOf(indicators))) > 0) {
            return VerdictBasis.MOST_INDICATORS_FAILED;
        }
        if (unknown) {
            return VerdictBasis.FACTS_MISSING;
        }
        if (!assessedAny) {
            return VerdictBasis.NOTHING_ASSESSED;
        }
        return VerdictBasis.MET;
    }

    /**
     * {@return true if a finding other than an element of a legal test is a legal requirement or guiding indicator}
     * Such a rule set's recommendations and good practice do not count towards the verdict; in one without, they do.
     *
     * @param findings a rule set's findings
     */
    public static boolean hasLegalRequirementsOrIndicators(Collection<Finding> findings) {
        return findings.stream().anyMatch(f -> !f.element() && (f.kind() == CriterionKind.LEGAL_REQUIREMENT
                || f.kind() == CriterionKind.GUIDING_INDICATOR));
    }

    /**
     * {@return true if findings of this kind count towards the verdict}
     *
     * @param kind a criterion kind
     * @param hasLegalRequirementsOrIndicators {@link #hasLegalRequirementsOrIndicators} of the rule set's findings
     */
    public static boolean countsFor(CriterionKind kind, boolean hasLegalRequirementsOrIndicators) {
        boolean weighty = kind == CriterionKind.LEGAL_REQUIREMENT || kind == CriterionKind.GUIDING_INDICATOR;
        return weighty == hasLegalRequirementsOrIndicators;
    }

    /**
     * {@return the {@value #MAX_FAILED_INDICATOR_SHARE} among them, else {@link #DEFAULT_MAX_FAILED_INDICATOR_SHARE}}
     *
     * @param parameters the parameters a rule set was evaluated with ({@link RuleSetResult#parameters()})
     */
    public static BigDecimal maxFailedIndicatorShare(java.util.List<ParameterValue> parameters) {
        return parameters.stream().filter(p -> p.name().equals(MAX_FAILED_INDICATOR_SHARE)).map(ParameterValue::value)
                .findFirst().orElse(DEFAULT_MAX_FAILED_INDICATOR_SHARE);
    }
}
