package se.ioprules.api.facts;

/** How the agreement may be extended. */
public enum ExtensionOption {
    /** No extension. */
    NONE,
    /** By new agreement of the parties. */
    BY_AGREEMENT,
    /** Automatically unless terminated. */
    AUTOMATIC,
    /** Open-ended. */
    UNLIMITED;
}
