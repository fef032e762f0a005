package se.ioprules.drools.load;

import java.math.BigDecimal;
import java.util.List;
import se.ioprules.api.InvalidParameterException;

/**
 * Checks a caller's override against the values the rule set itself gives the parameter, before anything is
 * evaluated. parameters.conf declares no types, so the kind is read from the rule set's own values: whole numbers
 * (months, counts, amounts) take a whole number, shares between 0 and 1 take a share; none of them is negative.
 * Magnitude and scale are bounded first, so that a value like {@code 1e999999999} is refused before any arithmetic
 * expands it.
 */
public final class ParameterOverrides {
    /** Most digits before the decimal point of any override. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Most decimals of any override. */
    public static final int MAX_DECIMALS = 6;

    private ParameterOverrides() {
    }

    /**
     * @param key the override as given ("name" or "ruleSet.name")
     * @param value its value
     * @param defined the rule set's dated values of the parameter (at least one)
     * @throws InvalidParameterException when the value does not fit
     */
    public static void check(String key, BigDecimal value, List<ParameterTable.Value> defined) {
        if (value == null) {
            throw new InvalidParameterException("parameter " + key + ": a value is required");
        }
        int scale = value.scale();
        long integerDigits = (long) value.precision() - scale;
        if (value.signum() != 0 && integerDigits > MAX_INTEGER_DIGITS) {
            throw new InvalidParameterException("parameter " + key + " = " + brief(value) + ": too large (at most "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point)");
        }
        BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (v.scale() > MAX_DECIMALS) {
            throw new InvalidParameterException("parameter " + key + " = " + brief(value) + ": more than "
                    + MAX_DECIMALS + " decimals");
        }
        if (v.signum() < 0) {
            throw new InvalidParameterException("parameter " + key + " = " + v.toPlainString() + ": must not be negative");
        }
        boolean whole = defined.stream().allMatch(d -> isWhole(d.value()));
        boolean share = !whole && defined.stream().allMatch(d -> d.value().signum() >= 0
                && d.value().compareTo(BigDecimal.ONE) <= 0);
        if (whole && !isWhole(v)) {
            throw new InvalidParameterException("parameter " + key + " = " + v.toPlainString()
                    + ": must be a whole number (the rule set's own value is " + defined.get(0).value().toPlainString() + ")");
        }
        if (share && v.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidParameterException("parameter " + key + " = " + v.toPlainString()
                    + ": must be a share between 0 and 1 (the rule set's own value is "
                    + defined.get(0).value().toPlainString() + ")");
        }
    }

    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** The value as given, shortened: never expanded, so an exponent stays an exponent. */
    private static String brief(BigDecimal value) {
        String s = value.toString();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
