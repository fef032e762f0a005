package se.ioprules.json;

/**
 * One problem with a JSON input document.
 *
 * @param path JSON path of the offending value, e.g. {@code $.parties[0].sector} ({@code $} is the document root)
 * @param line 1-based line of the value in the input, or 0 when not known
 * @param column 1-based column of the value in the input, or 0 when not known
 * @param message what is wrong, in words a rule author can act on
 */
public record JsonProblem(String path, int line, int column, String message) {

    /** @return {@code line:column: path: message} (without the position when it is not known) */
    @Override
    public String toString() {
        return (line > 0 ? line + ":" + column + ": " : "") + path + ": " + message;
    }
}
