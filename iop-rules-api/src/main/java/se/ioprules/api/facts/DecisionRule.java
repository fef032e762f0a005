package se.ioprules.api.facts;

/** How the steering group decides. */
public enum DecisionRule {
    /** Jointly, by consensus. */
    JOINT_CONSENSUS,
    /** By majority. */
    MAJORITY,
    /** The public party alone. */
    PUBLIC_UNILATERAL,
    /** The idea-based party alone. */
    IDEA_UNILATERAL;
}
