package se.ioprules.api;

/**
 * One fact that led to a finding, with the value it had.
 *
 * @param path fact path, e.g. "term.endDate", "parties[fh].idea.registeredIn2022_900", "derived.durationMonths",
 *     "param.longTermMonths" or "conclusion.eupc-aggregate"
 * @param value the value as text; "UNKNOWN" for an unknown tri-state, "null" for a missing value
 * @param known false when the value is missing or unknown
 */
public record FactValue(String path, String value, boolean known) {
}
