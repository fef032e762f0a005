package se.ioprules.api;

/** The overall assessment of a legal question (public contract, state aid). */
public enum Likelihood {
    /** The facts point to it (all elements met). */
    LIKELY,
    /** At least one element is clearly not met. */
    UNLIKELY,
    /** No element is clearly not met, but at least one could not be assessed, or the rule set was not evaluated. */
    NOT_ASSESSABLE
}
