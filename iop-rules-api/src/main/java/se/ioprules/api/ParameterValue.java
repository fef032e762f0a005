package se.ioprules.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A named threshold as used in an evaluation.
 *
 * @param name parameter name, e.g. "longTermMonths"
 * @param value the value used
 * @param validFrom first day of the dated value used (null for a value without a date)
 * @param source the legal source, or the reason for an assumed default
 * @param overridden true when the caller overrode the rule set's value
 */
public record ParameterValue(String name, BigDecimal value, LocalDate validFrom, String source, boolean overridden) {
}
