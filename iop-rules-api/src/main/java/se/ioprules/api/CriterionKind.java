package se.ioprules.api;

/** How binding a criterion is, following the criteria catalogue's section 0. */
public enum CriterionKind {
    /** Follows from statute, EU law or a binding municipal decision; a FAIL is blocking. */
    LEGAL_REQUIREMENT,
    /**
     * Vägledande kriterium: one indicator in an overall assessment, never decisive alone; a rule set in which most of
     * them fail does not meet it (see {@link Verdict}).
     */
    GUIDING_INDICATOR,
    /** A "bör" in guidance: WARNING at most in practice. Counts towards the verdict only in a rule set without legal
     * requirements and guiding indicators, as an indicator does (see {@link Verdict}). */
    RECOMMENDATION,
    /** A quality factor whose absence does not make the partnership worse: INFO or WARNING only. Counts towards the
     * verdict as {@link #RECOMMENDATION} does. */
    GOOD_PRACTICE
}
