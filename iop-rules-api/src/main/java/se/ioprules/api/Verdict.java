package se.ioprules.api;

/**
 * A rule set's verdict on a partnership, computed from its findings:
 * <ol>
 *   <li>{@code DOES_NOT_MEET} when at least one {@link CriterionKind#LEGAL_REQUIREMENT} finding is {@link Outcome#FAIL};</li>
 *   <li>otherwise {@code INCOMPLETE} when at least one legal-requirement or guiding-indicator finding is
 *       {@link Outcome#NOT_ASSESSABLE} (facts are missing for the assessment the rule set asks for);</li>
 *   <li>otherwise {@code MEETS}. Failed guiding indicators, warnings and unassessable recommendations or good
 *       practice do not change the verdict; they are counted in {@link RuleSetResult#count(Outcome)} and listed.</li>
 * </ol>
 * Findings on the elements of a legal test ({@link Finding#element()}) are left out: the test's aggregate finding
 * decides. One element clearly not met settles "not a public contract" even if another element is unknown; when the
 * test is undecided, its aggregate is itself NOT_ASSESSABLE and the verdict is INCOMPLETE.
 */
public enum Verdict {
    /** No legal requirement fails and every legal requirement and guiding indicator could be assessed. */
    MEETS,
    /** At least one legal requirement fails. */
    DOES_NOT_MEET,
    /** No legal requirement fails, but facts are missing for at least one legal requirement or guiding indicator. */
    INCOMPLETE;

    /**
     * Applies the rule in the class comment.
     *
     * @param findings the rule set's findings
     * @return the verdict
     */
    public static Verdict of(java.util.Collection<Finding> findings) {
        boolean incomplete = false;
        for (Finding f : findings) {
            if (f.element()) {
                continue;
            }
            boolean weighty = f.kind() == CriterionKind.LEGAL_REQUIREMENT || f.kind() == CriterionKind.GUIDING_INDICATOR;
            if (f.kind() == CriterionKind.LEGAL_REQUIREMENT && f.outcome() == Outcome.FAIL) {
                return DOES_NOT_MEET;
            }
            if (weighty && f.outcome() == Outcome.NOT_ASSESSABLE) {
                incomplete = true;
            }
        }
        return incomplete ? INCOMPLETE : MEETS;
    }
}
