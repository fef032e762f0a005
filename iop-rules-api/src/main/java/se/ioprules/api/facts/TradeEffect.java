package se.ioprules.api.facts;

/** Effect on trade between EU member states. */
public enum TradeEffect {
    /** Purely local. */
    PURELY_LOCAL,
    /** Possible. */
    POSSIBLE,
    /** Likely. */
    LIKELY;
}
