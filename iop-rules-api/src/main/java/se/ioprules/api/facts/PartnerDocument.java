package se.ioprules.api.facts;

/** Documents Stockholm asks a partner for before entering an IOP. */
public enum PartnerDocument {
    /** Statutes. */
    STADGAR,
    /** Description of mission and ordinary activity. */
    VERKSAMHETSIDE,
    /** Minutes of the annual meeting. */
    ARSMOTESPROTOKOLL,
    /** Annual activity report. */
    VERKSAMHETSBERATTELSE,
    /** Financial report with accounts. */
    EKONOMISK_BERATTELSE_BOKSLUT,
    /** Auditor's report. */
    REVISIONSBERATTELSE,
    /** Activity plan and board list. */
    VERKSAMHETSPLAN_STYRELSEFORTECKNING,
    /** Membership count. */
    MEDLEMSANTAL;
}
