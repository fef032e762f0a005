package se.ioprules.api.facts;

/** The basis for a recorded fact. */
public enum FactBasis {
    /** Documented in a cited source. */
    DOCUMENTED,
    /** Assumed for illustration; not from the real agreement. */
    ASSUMED,
    /** Stated by the user in answer to a question of the interview ({@code iop-rules interview}); not checked. */
    STATED_IN_INTERVIEW,
    /** Read from the agreement's text by a program (iop-rules extract) and not yet confirmed by a person. */
    EXTRACTED;
}
