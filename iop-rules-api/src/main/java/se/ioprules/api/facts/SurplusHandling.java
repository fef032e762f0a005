package se.ioprules.api.facts;

/** What happens to a surplus. */
public enum SurplusHandling {
    /** Reinvested in the activity. */
    REINVEST,
    /** Repaid when the partnership ends. */
    REPAY_AT_END,
    /** Retained freely by the organisation. */
    RETAINED_FREELY,
    /** Distributed to members or owners. */
    DISTRIBUTED,
    /** Not regulated in the agreement. */
    NOT_REGULATED;
}
