package se.ioprules.drools;

import java.util.Map;
import org.kie.api.KieBase;
import se.ioprules.api.CriterionKind;
import se.ioprules.drools.load.RuleSetDefinition;

/**
 * A rule set compiled once and shared by all evaluations and threads. The {@link KieBase} holds no data;
 * each evaluation opens its own session.
 *
 * @param definition what was loaded
 * @param kieBase the compiled rules
 * @param criteria criterion ids used by the rules, with their kind, in rule order
 * @param release handle to free the compiled module
 * @param precompiled true when the rules come from the executable model generated at build time, false when their
 *     DRL was compiled at run time
 */
public record CompiledRuleSet(RuleSetDefinition definition, KieBase kieBase, Map<String, CriterionKind> criteria,
        Runnable release, boolean precompiled) {

    /**
     * A rule set compiled from its DRL at run time.
     *
     * @param definition what was loaded
     * @param kieBase the compiled rules
     * @param criteria criterion ids used by the rules, with their kind, in rule order
     * @param release handle to free the compiled module
     */
    public CompiledRuleSet(RuleSetDefinition definition, KieBase kieBase, Map<String, CriterionKind> criteria,
            Runnable release) {
        this(definition, kieBase, criteria, release, false);
    }
}
