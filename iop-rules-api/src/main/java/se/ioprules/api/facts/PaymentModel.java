package se.ioprules.api.facts;

/** How public money reaches the idea-based party. */
public enum PaymentModel {
    /** A lump-sum grant. */
    GRANT_LUMP_SUM,
    /** Coverage of part of the cost. */
    PARTIAL_COST_COVERAGE,
    /** Reimbursement of the full cost. */
    FULL_COST_REIMBURSEMENT,
    /** A fixed total price. */
    FIXED_PRICE_TOTAL,
    /** A price per unit of service. */
    PRICE_PER_UNIT,
    /** A concession. */
    CONCESSION,
    /** Payment by outcome. */
    OUTCOME_BASED;
}
