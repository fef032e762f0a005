package se.ioprules.api;

/** The outcome of one criterion for one partnership. */
public enum Outcome {
    /** The criterion is met (or, for an element of a public contract or of state aid, the element is absent). */
    PASS,
    /**
     * The criterion is not met. One failed {@link CriterionKind#LEGAL_REQUIREMENT} makes a rule set's verdict
     * DOES_NOT_MEET; failed {@link CriterionKind#GUIDING_INDICATOR}s do so only when they are most of them (see
     * {@link Verdict}).
     */
    FAIL,
    /** A risk or a departure from a recommendation that a person should look at. */
    WARNING,
    /** A fact the criterion needs is missing; the finding names it. Never counted as a pass. */
    NOT_ASSESSABLE,
    /** Information, e.g. an element of a public contract that is present but not decisive on its own. */
    INFO
}
