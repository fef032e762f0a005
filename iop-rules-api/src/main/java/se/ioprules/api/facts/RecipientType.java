package se.ioprules.api.facts;

/** Recipient of a value transfer. */
public enum RecipientType {
    /** Another organisation registered under Lag (2022:900). */
    REGISTERED_IDEA_BASED,
    /** Research (forskning). */
    RESEARCH,
    /** A member. */
    MEMBER,
    /** An owner or founder. */
    OWNER,
    /** Anyone else. */
    OTHER;
}
