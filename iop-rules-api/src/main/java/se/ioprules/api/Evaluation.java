package se.ioprules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The complete, reproducible result of evaluating one partnership: the as-of date, the overall assessment, every
 * rule set's verdict and findings, and enough identification (engine version, rule-set hashes, input hash) to
 * reproduce the decision later.
 *
 * @param partnershipId the partnership's id (may be null)
 * @param asOf the date whose rule sets and parameter values were used
 * @param asOfBasis where the as-of date came from: "request", "decisionDate", "signingDate", "term.startDate" or "today"
 * @param engineVersion version of the engine
 * @param inputSha256 SHA-256 of the partnership's canonical form
 * @param assessment public contract and state aid
 * @param ruleSets results per rule set, in evaluation order
 */
public record Evaluation(
        String partnershipId,
        LocalDate asOf,
        String asOfBasis,
        String engineVersion,
        String inputSha256,
        Assessment assessment,
        List<RuleSetResult> ruleSets) {

    /**
     * Copies the results, so that the value is immutable.
     *
     * @param partnershipId the partnership's id (may be null)
     * @param asOf the date whose rule sets and parameter values were used
     * @param asOfBasis where the as-of date came from: "request", "decisionDate", "signingDate", "term.startDate" or
     *     "today"
     * @param engineVersion version of the engine
     * @param inputSha256 SHA-256 of the partnership's canonical form
     * @param assessment public contract and state aid
     * @param ruleSets results per rule set, in evaluation order
     */
    public Evaluation {
        ruleSets = List.copyOf(ruleSets);
    }

    /**
     * {@return its result, if it was evaluated}
     *
     * @param ruleSetId a rule-set id
     */
    public Optional<RuleSetResult> ruleSet(String ruleSetId) {
        return ruleSets.stream().filter(r -> r.ruleSet().id().equals(ruleSetId)).findFirst();
    }

    /** {@return true if any rule set the caller asked for does not meet its criteria} */
    public boolean anyDoesNotMeet() {
        return ruleSets.stream().anyMatch(r -> !r.dependency() && r.verdict() == Verdict.DOES_NOT_MEET);
    }
}
