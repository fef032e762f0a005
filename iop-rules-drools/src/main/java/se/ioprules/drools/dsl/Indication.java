package se.ioprules.drools.dsl;

import se.ioprules.api.Indicator;

/**
 * An indicator raised for an element of a legal test, as a fact in the session: indicator rules insert it
 * ({@link Findings#indicate}), the element's decision rule collects every one raised for its element
 * ({@link Findings#decide}).
 *
 * @param ruleSetId rule set that raised it
 * @param element the element it bears on (criterion id, e.g. "eupc-5-economic-terms")
 * @param indicator the indicator with its direction, strength, message, facts and citations
 */
public record Indication(String ruleSetId, String element, Indicator indicator) {
}
