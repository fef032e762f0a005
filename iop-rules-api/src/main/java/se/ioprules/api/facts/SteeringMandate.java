package se.ioprules.api.facts;

/** What the steering group decides on. */
public enum SteeringMandate {
    /** Direction. */
    DIRECTION,
    /** Goals. */
    GOALS,
    /** Follow-up. */
    FOLLOW_UP,
    /** Revision of the agreement. */
    REVISION,
    /** Budget. */
    BUDGET;
}
