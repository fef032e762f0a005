package se.ioprules.drools.dsl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import se.ioprules.api.ParameterValue;

/**
 * The rule set's parameters with their values on the as-of date, inserted as a fact:
 * {@code $p : Params()} then {@code Derived( durationMonths < $p.intValue("longTermMonths") )}.
 */
public final class Params {
    private final LocalDate asOf;
    private final Map<String, ParameterValue> values;

    /** @param asOf the as-of date @param values parameter values by name */
    public Params(LocalDate asOf, Map<String, ParameterValue> values) {
        this.asOf = asOf;
        this.values = Map.copyOf(values);
    }

    /** @return the evaluation's as-of date */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * @param name parameter name
     * @return its value
     * @throws IllegalArgumentException if the rule set declares no such parameter (a rule-set bug; lint reports it)
     */
    public BigDecimal get(String name) {
        ParameterValue v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("rule set has no parameter '" + name + "' valid on " + asOf);
        }
        return v.value();
    }

    /** @param name parameter name @return its value as int */
    public int intValue(String name) {
        return get(name).intValue();
    }

    /** @param name parameter name @return its value as double (for comparisons with shares) */
    public double doubleValue(String name) {
        return get(name).doubleValue();
    }

    /** @return all values by name */
    public Map<String, ParameterValue> values() {
        return values;
    }
}
