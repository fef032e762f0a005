package se.ioprules.api.facts;

/** What the agreement document calls itself. */
public enum AgreementLabel {
    /** Överenskommelse (agreement; the word SKL recommends). */
    OVERENSKOMMELSE,
    /** Avtal (contract/agreement). */
    AVTAL,
    /** Kontrakt (contract; purchase vocabulary). */
    KONTRAKT;
}
