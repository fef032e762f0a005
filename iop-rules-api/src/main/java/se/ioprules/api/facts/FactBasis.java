package se.ioprules.api.facts;

/** The basis for a recorded fact. */
public enum FactBasis {
    /** Documented in a cited source. */
    DOCUMENTED,
    /** Assumed for illustration; not from the real agreement. */
    ASSUMED,
    /** Read from the agreement's text by a program (iop-rules extract) and not yet confirmed by a person. */
    EXTRACTED;
}
