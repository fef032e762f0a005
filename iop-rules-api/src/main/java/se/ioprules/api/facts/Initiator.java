package se.ioprules.api.facts;

/** Who initiated or defined an activity. */
public enum Initiator {
    /** The idea-based party. */
    IDEA_BASED,
    /** The public party. */
    PUBLIC,
    /** The parties jointly. */
    JOINT;
}
