package se.ioprules.api.facts;

/** Whether an activity is economic in the sense of EU competition law. */
public enum EconomicNature {
    /** Economic activity (offers goods or services on a market). */
    ECONOMIC,
    /** Non-economic. */
    NON_ECONOMIC,
    /** Both. */
    MIXED;
}
