package se.ioprules.api;

/** Base of the library's exceptions; all are unchecked and carry a message fit for the user. */
public class IopRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message fit for the user.
     *
     * @param message message
     */
    public IopRulesException(String message) {
        super(message);
    }

    /**
     * An exception with a message fit for the user and the exception that caused it.
     *
     * @param message message
     * @param cause cause
     */
    public IopRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
