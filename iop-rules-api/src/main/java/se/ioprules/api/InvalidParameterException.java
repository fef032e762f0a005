package se.ioprules.api;

/**
 * A parameter override in an {@link EvaluationRequest} has a value the parameter cannot take: out of range, a
 * fraction where the rule counts whole months or items, or a share outside 0 to 1. Nothing is evaluated.
 */
public class InvalidParameterException extends IopRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which parameter, its value, and what it may be
     */
    public InvalidParameterException(String message) {
        super(message);
    }
}
