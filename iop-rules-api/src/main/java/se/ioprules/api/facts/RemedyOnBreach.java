package se.ioprules.api.facts;

/** What the public party can demand if the idea-based party does not perform. */
public enum RemedyOnBreach {
    /** Only repayment of unused or misused funds. */
    REPAYMENT_ONLY,
    /** Performance can be demanded and enforced. */
    SPECIFIC_PERFORMANCE_ENFORCEABLE,
    /** Damages. */
    DAMAGES,
    /** A penalty (vite). */
    PENALTY,
    /** Nothing. */
    NONE;
}
