package se.ioprules.api;

/** The legal status of the document a rule set encodes. */
public enum RuleSetStatus {
    /** Statute or EU regulation/treaty in force. */
    STATUTE,
    /** A legal test established by case law (e.g. the elements of a public contract). */
    CASE_LAW,
    /** A state inquiry's proposal or guidance (e.g. SOU 2019:56); not binding. */
    INQUIRY,
    /** Guidance by an association or civil-society body (Forum, SKL, Famna); not binding. */
    GUIDANCE,
    /** Guidelines adopted by a municipality; binding on its own committees only. */
    MUNICIPAL_GUIDELINE,
    /** A draft: never selected by date, only when named explicitly. */
    DRAFT
}
