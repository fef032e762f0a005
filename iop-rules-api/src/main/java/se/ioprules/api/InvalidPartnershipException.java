package se.ioprules.api;

import java.util.List;
import java.util.stream.Collectors;

/** The partnership facts are inconsistent; nothing was evaluated. Lists every problem, not just the first. */
public class InvalidPartnershipException extends IopRulesException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * An exception whose message lists every problem, one per line.
     *
     * @param problems the problems, at least one
     */
    public InvalidPartnershipException(List<Problem> problems) {
        super("Invalid partnership facts (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found} */
    public List<Problem> problems() {
        return problems;
    }
}
