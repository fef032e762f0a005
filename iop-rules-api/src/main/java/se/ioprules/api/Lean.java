package se.ioprules.api;

/**
 * Which way an undecided legal assessment leans. Only meaningful when the likelihood is
 * {@link Likelihood#NOT_ASSESSABLE}; a decided assessment leans its own way.
 */
public enum Lean {
    /** The recorded facts lean towards the question's "yes" (a public contract; state aid). */
    TOWARDS,
    /** The recorded facts lean towards "no", without settling it. */
    AWAY,
    /** No direction: nothing recorded, or the indicators balance. */
    NONE
}
