package se.ioprules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options for one evaluation.
 *
 * @param asOf the date whose rule sets and parameter values apply; null means the partnership's decision date,
 *     else its signing date, else its term start, else today
 * @param ruleSets rule sets to evaluate; empty means every rule set in force on the as-of date except drafts and
 *     municipal guidelines (which bind one municipality), both evaluated only when named. The eu-public-contract and
 *     state-aid rule sets are always evaluated for the overall assessment.
 * @param parameterOverrides parameter values replacing the rule sets' own, keyed by "name" (every rule set that
 *     has it) or "ruleSetId.name" (one rule set)
 */
public record EvaluationRequest(LocalDate asOf, List<RuleSetRef> ruleSets, Map<String, BigDecimal> parameterOverrides) {

    /** The default request: as-of from the partnership, all rule sets in force, no overrides. */
    public static final EvaluationRequest DEFAULT = new EvaluationRequest(null, List.of(), Map.of());

    /**
     * Copies the rule sets and overrides (none when null), so that the value is immutable.
     *
     * @param asOf the date whose rule sets and parameter values apply; null means the partnership's decision date, else
     *     its signing date, else its term start, else today
     * @param ruleSets rule sets to evaluate; empty means every rule set in force on the as-of date except drafts and
     *     municipal guidelines (which bind one municipality), both evaluated only when named. The eu-public-contract
     *     and state-aid rule sets are always evaluated for the overall assessment.
     * @param parameterOverrides parameter values replacing the rule sets' own, keyed by "name" (every rule set that has
     *     it) or "ruleSetId.name" (one rule set)
     */
    public EvaluationRequest {
        ruleSets = ruleSets == null ? List.of() : List.copyOf(ruleSets);
        parameterOverrides = parameterOverrides == null ? Map.of() : Map.copyOf(parameterOverrides);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link EvaluationRequest}. */
    public static final class Builder {
        private LocalDate asOf;
        private final List<RuleSetRef> ruleSets = new ArrayList<>();
        private final Map<String, BigDecimal> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * {@return this builder, with {@code asOf} set}
         *
         * @param date the as-of date
         */
        public Builder asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        /**
         * {@return this builder, with {@code ruleSets} set}
         *
         * @param refs "id" or "id@version"
         */
        public Builder ruleSets(String... refs) {
            for (String r : refs) {
                ruleSets.add(RuleSetRef.parse(r));
            }
            return this;
        }

        /**
         * {@return this builder, with {@code ruleSet} set}
         *
         * @param ref a reference
         */
        public Builder ruleSet(RuleSetRef ref) {
            ruleSets.add(ref);
            return this;
        }

        /**
         * {@return this builder, with {@code parameter} set}
         *
         * @param key "name" or "ruleSetId.name"
         * @param value value
         */
        public Builder parameter(String key, BigDecimal value) {
            overrides.put(key, value);
            return this;
        }

        /** {@return the request} */
        public EvaluationRequest build() {
            return new EvaluationRequest(asOf, ruleSets, overrides);
        }
    }
}
