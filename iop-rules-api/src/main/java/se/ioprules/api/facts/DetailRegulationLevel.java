package se.ioprules.api.facts;

/** How closely the public party regulates the activity. */
public enum DetailRegulationLevel {
    /** Not at all. */
    NONE,
    /** Only a framework. */
    FRAMEWORK,
    /** In detail (how the work is done). */
    DETAILED;
}
