package se.ioprules.api.facts;

/** Kind of input a party contributes. */
public enum ContributionKind {
    /** Money. */
    MONEY,
    /** Premises. */
    PREMISES,
    /** Administration. */
    ADMINISTRATION,
    /** Paid staff time. */
    PAID_STAFF,
    /** Volunteer work. */
    VOLUNTEER_WORK,
    /** Material and equipment. */
    MATERIAL_EQUIPMENT,
    /** Competence. */
    COMPETENCE,
    /** Supervision (handledning). */
    SUPERVISION,
    /** Training. */
    TRAINING,
    /** Coordination. */
    COORDINATION,
    /** Digital tools. */
    DIGITAL_TOOLS,
    /** Networks. */
    NETWORK,
    /** Trust capital (förtroendekapital). */
    TRUST_CAPITAL,
    /** Other. */
    OTHER;
}
