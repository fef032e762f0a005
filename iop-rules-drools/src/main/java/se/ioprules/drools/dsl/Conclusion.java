package se.ioprules.drools.dsl;

import se.ioprules.api.Outcome;

/**
 * A finding made available to later rules as a fact: aggregates read the findings of their elements, and rule sets
 * that {@code require} another rule set read its findings (e.g. {@code eupc-aggregate}) instead of re-encoding them.
 *
 * @param ruleSetId rule set that made the finding
 * @param criterionId its criterion
 * @param outcome its outcome
 * @param conclusion its legal conclusion ("MET", "NOT_MET", "UNKNOWN", "PUBLIC_CONTRACT" …) or ""
 */
public record Conclusion(String ruleSetId, String criterionId, Outcome outcome, String conclusion) {
}
