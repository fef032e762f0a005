package se.ioprules.drools;

import se.ioprules.api.RuleSetInfo;

/**
 * Told of every rule that fires, for tooling such as rule coverage of golden scenarios
 * ({@code iop-rules test}). Called on the evaluating thread, once per rule firing; implementations used with
 * concurrent evaluations must be thread-safe. Plain JDK types only, so tools need no Drools types.
 */
@FunctionalInterface
public interface RuleFiringListener {
    /**
     * @param ruleSet the rule-set version being evaluated
     * @param ruleName the name of the rule that fired
     */
    void fired(RuleSetInfo ruleSet, String ruleName);
}
