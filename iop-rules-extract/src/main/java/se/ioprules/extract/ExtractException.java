package se.ioprules.extract;

/** A document that cannot be read (too large, encrypted, broken, not a supported format): the user's to fix. */
public final class ExtractException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file */
    public ExtractException(String message) {
        super(message);
    }
}
