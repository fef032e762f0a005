package se.ioprules.api.facts;

/**
 * A fact that may be true, false or not known. {@code UNKNOWN} never counts as a pass: rules that need the
 * fact report {@code NOT_ASSESSABLE} and name it.
 */
public enum Tri {
    /** Known to hold. */
    TRUE,
    /** Known not to hold. */
    FALSE,
    /** Not recorded or not known. */
    UNKNOWN;

    /**
     * {@return the tri-state, {@code UNKNOWN} for null}
     *
     * @param value a nullable boolean
     */
    public static Tri of(Boolean value) {
        return value == null ? UNKNOWN : value ? TRUE : FALSE;
    }

    /** {@return true if known (TRUE or FALSE)} */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** {@return true only for TRUE} */
    public boolean isTrue() {
        return this == TRUE;
    }

    /** {@return true only for FALSE} */
    public boolean isFalse() {
        return this == FALSE;
    }
}
