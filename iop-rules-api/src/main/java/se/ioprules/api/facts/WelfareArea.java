package se.ioprules.api.facts;

/** Welfare area (per Famna 2024's list of areas). */
public enum WelfareArea {
    /** Health and medical care. */
    HEALTHCARE,
    /** Health promotion. */
    HEALTH_PROMOTION,
    /** Social care. */
    SOCIAL_CARE,
    /** Education. */
    EDUCATION,
    /** Labour market. */
    LABOUR_MARKET,
    /** Integration. */
    INTEGRATION,
    /** Culture and leisure. */
    CULTURE_LEISURE,
    /** Other. */
    OTHER;
}
