package se.ioprules.api;

import java.util.List;
import java.util.Objects;

/**
 * The result of one criterion for one partnership (or for one party of it).
 *
 * @param ruleSetId rule set that produced it
 * @param criterionId criterion id from the criteria catalogue, e.g. "eupc-6-mutual-binding"
 * @param outcome the outcome
 * @param kind how binding the criterion is
 * @param conclusion for legal elements and aggregates the legal conclusion, e.g. "MET", "NOT_MET",
 *     "PUBLIC_CONTRACT"; empty otherwise
 * @param message why, in Swedish and English
 * @param because the facts its rule read, with their values, known or not (see {@link #missingFacts()})
 * @param sources where the criterion comes from
 * @param rule name of the rule that fired, for tracing
 * @param element true for an element of a legal test (e.g. one of the six public-contract criteria): the test's
 *     aggregate finding, not the element, counts for the verdict
 * @param indicators for an element of a legal test, every indicator weighed, on both sides (empty otherwise)
 */
public record Finding(
        String ruleSetId,
        String criterionId,
        Outcome outcome,
        CriterionKind kind,
        String conclusion,
        LocalizedText message,
        List<FactValue> because,
        List<Citation> sources,
        String rule,
        boolean element,
        List<Indicator> indicators) {

    /**
     * Checks the required components; an absent conclusion or rule name becomes empty; lists are copied.
     *
     * @param ruleSetId rule set that produced it
     * @param criterionId criterion id from the criteria catalogue, e.g. "eupc-6-mutual-binding"
     * @param outcome the outcome
     * @param kind how binding the criterion is
     * @param conclusion for legal elements and aggregates the legal conclusion, e.g. "MET", "NOT_MET",
     *     "PUBLIC_CONTRACT"; empty otherwise
     * @param message why, in Swedish and English
     * @param because the facts its rule read, with their values, known or not (see {@link #missingFacts()})
     * @param sources where the criterion comes from
     * @param rule name of the rule that fired, for tracing
     * @param element true for an element of a legal test (e.g. one of the six public-contract criteria): the test's
     *     aggregate finding, not the element, counts for the verdict
     * @param indicators for an element of a legal test, every indicator weighed, on both sides (empty otherwise)
     */
    public Finding {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        conclusion = conclusion == null ? "" : conclusion;
        because = List.copyOf(because);
        sources = List.copyOf(sources);
        rule = rule == null ? "" : rule;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /**
     * A finding without indicators.
     *
     * @param ruleSetId rule set that produced it
     * @param criterionId criterion id
     * @param outcome the outcome
     * @param kind how binding the criterion is
     * @param conclusion legal conclusion, or empty
     * @param message why, in Swedish and English
     * @param because the facts its rule read, with their values, known or not
     * @param sources where the criterion comes from
     * @param rule name of the rule that fired
     * @param element true for an element of a legal test
     */
    public Finding(String ruleSetId, String criterionId, Outcome outcome, CriterionKind kind, String conclusion,
            LocalizedText message, List<FactValue> because, List<Citation> sources, String rule, boolean element) {
        this(ruleSetId, criterionId, outcome, kind, conclusion, message, because, sources, rule, element, List.of());
    }

    /**
     * The facts this finding lacks: the unknown ones among {@link #because()} of a finding that is open or rests on
     * an absence (NOT_ASSESSABLE, WARNING, INFO). A PASS or FAIL was decided on the facts that are known and lacks
     * none, so it names none: a fact its rule also read that is not recorded (a count tested only "if recorded", the
     * other branch of an "or") stays in {@code because} as unknown, where the open questions find it, but is not
     * reported as missing beside a pass or a fail.
     *
     * @return the paths of the facts that were missing or unknown; empty for PASS and FAIL
     */
    public List<String> missingFacts() {
        if (outcome == Outcome.PASS || outcome == Outcome.FAIL) {
            return List.of();
        }
        return because.stream().filter(f -> !f.known()).map(FactValue::path).toList();
    }
}
