package se.ioprules.api.facts;

/** Geographic scope of the activity. */
public enum GeographicScope {
    /** Part of a municipality. */
    LOCAL,
    /** One municipality. */
    MUNICIPAL,
    /** Several municipalities. */
    MULTI_MUNICIPAL,
    /** A region. */
    REGIONAL,
    /** The whole country. */
    NATIONAL,
    /** Across national borders. */
    CROSS_BORDER;
}
