package se.ioprules.api;

/**
 * A problem in a rule-set directory, reported as {@code file:line:column: message}.
 *
 * @param file the file, relative to the rule-set root where possible
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param severity "error" or "warning"
 * @param message what is wrong
 */
public record RuleSetDiagnostic(String file, int line, int column, String severity, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message;
    }
}
