package se.ioprules.api;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A rule set's verdict on a partnership, computed from its findings. The rules apply in this order:
 * <ol>
 *   <li>{@code DOES_NOT_MEET} when at least one {@link CriterionKind#LEGAL_REQUIREMENT} finding is {@link Outcome#FAIL};</li>
 *   <li>{@code DOES_NOT_MEET} when <em>most</em> of the rule set's guiding indicators fail: the failed
 *       {@link CriterionKind#GUIDING_INDICATOR} findings are more than {@code maxFailedIndicatorShare} (default
 *       {@value #DEFAULT_MAX_FAILED_INDICATOR_SHARE_TEXT}) of all its guiding indicators that apply (every outcome
 *       except {@link Outcome#INFO}, "not applicable"). Indicators not assessable count as not failed, so the verdict
 *       is reached only when even a pass on every unknown one would not change it. The sources ask for an overall
 *       assessment (samlad bedömning) of the indicators, none decisive alone: one failed indicator does not decide,
 *       a majority does;</li>
 *   <li>{@code INCOMPLETE} when at least one legal-requirement or guiding-indicator finding is
 *       {@link Outcome#NOT_ASSESSABLE} (facts are missing for the assessment the rule set asks for);</li>
 *   <li>{@code INCOMPLETE} when nothing was assessed: no legal requirement or guiding indicator is PASS, FAIL or
 *       WARNING — or, in a rule set that has none of those kinds (only recommendations and good practice, as
 *       famna-2024), no finding at all is. A rule set with nothing assessed has not been met;</li>
 *   <li>otherwise {@code MEETS}. A minority of failed guiding indicators, warnings and unassessable recommendations
 *       or good practice do not change the verdict; they are counted in {@link RuleSetResult#count(Outcome)} and
 *       listed.</li>
 * </ol>
 * Findings on the elements of a legal test ({@link Finding#element()}) are left out: the test's aggregate finding
 * decides. One element clearly not met settles "not a public contract" even if another element is unknown; when the
 * test is undecided, its aggregate is itself NOT_ASSESSABLE and the verdict is INCOMPLETE.
 */
public enum Verdict {
    /** No legal requirement fails, at most the tolerated share of guiding indicators fails, everything that counts
     * could be assessed, and something was. */
    MEETS,
    /** A legal requirement fails, or most guiding indicators fail (more than {@code maxFailedIndicatorShare}). */
    DOES_NOT_MEET,
    /** Not DOES_NOT_MEET, but facts are missing for a legal requirement or guiding indicator, or nothing could be
     * assessed at all. */
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
        boolean unknown = false;
        boolean anyWeighty = false;
        boolean weightyAssessed = false;
        boolean anyAssessed = false;
        int indicators = 0;
        int indicatorsFailed = 0;
        for (Finding f : findings) {
            if (f.element()) {
                continue;
            }
            boolean assessed = f.outcome() == Outcome.PASS || f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARNING;
            anyAssessed |= assessed;
            boolean weighty = f.kind() == CriterionKind.LEGAL_REQUIREMENT || f.kind() == CriterionKind.GUIDING_INDICATOR;
            if (!weighty) {
                continue;
            }
            if (f.kind() == CriterionKind.LEGAL_REQUIREMENT && f.outcome() == Outcome.FAIL) {
                return VerdictBasis.LEGAL_REQUIREMENT_FAILED;
            }
            anyWeighty = true;
            weightyAssessed |= assessed;
            unknown |= f.outcome() == Outcome.NOT_ASSESSABLE;
            if (f.kind() == CriterionKind.GUIDING_INDICATOR && f.outcome() != Outcome.INFO) {
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
        if (!(anyWeighty ? weightyAssessed : anyAssessed)) {
            return VerdictBasis.NOTHING_ASSESSED;
        }
        return VerdictBasis.MET;
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
