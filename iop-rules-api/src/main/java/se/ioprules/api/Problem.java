package se.ioprules.api;

/**
 * One problem with the input, e.g. {@code resources.contributions[2].valueSek: must be >= 0}.
 *
 * @param path field path
 * @param message what is wrong
 */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
