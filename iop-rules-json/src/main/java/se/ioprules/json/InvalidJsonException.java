package se.ioprules.json;

import java.util.List;
import java.util.stream.Collectors;
import se.ioprules.api.IopRulesException;

/**
 * A JSON input document is malformed, does not follow the partnership format, or describes inconsistent facts.
 * Lists every problem found, each with its JSON path and position, not just the first.
 */
public class InvalidJsonException extends IopRulesException {
    private static final long serialVersionUID = 1L;
    private final transient List<JsonProblem> problems;

    /** @param problems the problems, at least one */
    public InvalidJsonException(List<JsonProblem> problems) {
        super("Invalid partnership JSON (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in document order (structural problems first, then inconsistent facts) */
    public List<JsonProblem> problems() {
        return problems;
    }
}
