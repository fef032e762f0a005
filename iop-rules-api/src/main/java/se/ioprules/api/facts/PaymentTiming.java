package se.ioprules.api.facts;

/** When money is paid. */
public enum PaymentTiming {
    /** In advance. */
    ADVANCE,
    /** Periodically. */
    PERIODIC,
    /** In arrears per delivery. */
    IN_ARREARS_PER_DELIVERY;
}
