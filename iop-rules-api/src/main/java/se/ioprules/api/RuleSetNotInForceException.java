package se.ioprules.api;

/**
 * No version of a rule set that the evaluation needs (named, required by another, or one of the two that give the
 * overall assessment) is in force on the as-of date. Depends on the date, so in a batch it is one line's error.
 */
public class RuleSetNotInForceException extends RuleSetException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which rule set, the date, and the versions there are
     */
    public RuleSetNotInForceException(String message) {
        super(message);
    }
}
