package se.ioprules.api.facts;

/** A commercial-contract sanction clause. Swedish legal terms of art are kept. */
public enum SanctionClause {
    /** Vite (contractual penalty). */
    VITE,
    /** Skadestånd (damages). */
    SKADESTAND,
    /** Hävning (rescission) for breach. */
    HAVNING_FOR_BREACH,
    /** Prisavdrag (price reduction). */
    PRICE_REDUCTION,
    /** Withholding of payment. */
    WITHHOLD_PAYMENT;
}
