package se.ioprules.api;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set could not be loaded, compiled or selected. */
public class RuleSetException extends IopRulesException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleSetDiagnostic> diagnostics;

    /**
     * An exception without details.
     *
     * @param message message
     */
    public RuleSetException(String message) {
        this(message, List.of());
    }

    /**
     * An exception whose message lists the problems found, one per line.
     *
     * @param message message
     * @param diagnostics problems found
     */
    public RuleSetException(String message, List<RuleSetDiagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? message
                : message + "\n" + diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** {@return the individual problems, if any} */
    public List<RuleSetDiagnostic> diagnostics() {
        return diagnostics;
    }
}
