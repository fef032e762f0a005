package se.ioprules.api.facts;

/** A topic an agreement covers (union of Stockholm's eleven terms and Famna's content list). */
public enum AgreementTopic {
    /** Background. */
    BACKGROUND,
    /** The jointly formulated challenge. */
    CHALLENGE,
    /** The public mission addressed. */
    PUBLIC_MISSION,
    /** Purpose. */
    PURPOSE,
    /** Goals. */
    GOALS,
    /** Vision. */
    VISION,
    /** Values. */
    VALUES,
    /** Target group. */
    TARGET_GROUP,
    /** Efforts and commitments. */
    EFFORTS_COMMITMENTS,
    /** Organisation. */
    ORGANISATION,
    /** Decision rules. */
    DECISION_RULES,
    /** Roles. */
    ROLES,
    /** Dialogue. */
    DIALOGUE,
    /** Follow-up. */
    FOLLOW_UP,
    /** Learning goals. */
    LEARNING_GOALS,
    /** Documentation and reporting. */
    DOCUMENTATION_REPORTING,
    /** Economy. */
    ECONOMY,
    /** Resources and contributions. */
    RESOURCES,
    /** Term. */
    TERM,
    /** Renegotiation. */
    RENEGOTIATION,
    /** Termination (uppsägning). */
    TERMINATION,
    /** Rescission (hävning). */
    RESCISSION,
    /** Dispute resolution. */
    DISPUTE,
    /** Transparency. */
    TRANSPARENCY,
    /** Equality between the parties. */
    EQUALITY;
}
