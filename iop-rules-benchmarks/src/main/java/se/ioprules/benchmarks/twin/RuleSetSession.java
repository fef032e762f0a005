package se.ioprules.benchmarks.twin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import se.ioprules.api.Citation;
import se.ioprules.api.Finding;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.CompiledRuleSet;
import se.ioprules.drools.dsl.Conclusion;
import se.ioprules.drools.dsl.Findings;
import se.ioprules.drools.dsl.Params;
import se.ioprules.drools.internal.FactResolver;
import se.ioprules.drools.internal.SessionFacts;

/**
 * The engine's work for ONE rule set, as {@code DroolsEngine} does it for each rule set of an evaluation: a fresh
 * session on the compiled rule set, the partnership's facts inserted, the rules fired, then the criteria no rule
 * reported added as not assessable. It lets the twin benchmark compare like with like: the engine's evaluation always
 * runs both assessment rule sets (eu-public-contract and state-aid) and checks the input first, the twin only the one
 * rule set. {@code EuPublicContractTwinTest} checks that this gives the engine's findings.
 */
public final class RuleSetSession {
    private final CompiledRuleSet crs;
    /** Metadata and citations prepared once per rule, as the engine does. */
    private final se.ioprules.drools.dsl.RuleMeta.Cache ruleMeta;

    /** @param crs a compiled rule set that requires no other */
    public RuleSetSession(CompiledRuleSet crs) {
        this.crs = crs;
        this.ruleMeta = new se.ioprules.drools.dsl.RuleMeta.Cache(crs.definition().info().sources());
    }

    /**
     * @param p a valid partnership
     * @param asOf the as-of date
     * @return the rule set's findings and verdict
     */
    public EuPublicContractTwin.Result evaluate(Partnership p, LocalDate asOf) {
        var def = crs.definition();
        String id = def.info().id();
        Derived derived = Derived.of(p);
        Map<String, ParameterValue> params = def.parameters().inForce(asOf, Map.of());
        Map<String, Conclusion> visible = new HashMap<>();
        KieSession s = crs.kieBase().newKieSession();
        Findings out;
        try {
            out = new Findings(id, new FactResolver(p, derived, params, visible), def.messages(),
                    ruleMeta, s, c -> visible.put(c.criterionId(), c));
            s.setGlobal("out", out);
            SessionFacts.insert(s, p, derived, new Params(asOf, params), List.of());
            for (var table : def.tables().values()) {
                s.insert(table);
            }
            s.fireAllRules();
        } finally {
            s.dispose();
        }
        List<Finding> findings = new ArrayList<>(out.findings());
        for (var e : crs.criteria().entrySet()) {
            if (findings.stream().noneMatch(f -> f.criterionId().equals(e.getKey()))) {
                findings.add(new Finding(id, e.getKey(), Outcome.NOT_ASSESSABLE, e.getValue(), "",
                        new LocalizedText("Ingen regel gav utslag för kriteriet; bedömningen kan inte göras med de fakta som finns.",
                                "No rule produced a result for this criterion; it cannot be assessed with the facts given."),
                        List.of(), List.of(new Citation("", def.info().title(), "")), "(no rule fired)", false));
            }
        }
        ParameterValue share = params.get(Verdict.MAX_FAILED_INDICATOR_SHARE);
        BigDecimal max = share == null ? Verdict.DEFAULT_MAX_FAILED_INDICATOR_SHARE : share.value();
        return new EuPublicContractTwin.Result(List.copyOf(findings), Verdict.of(findings, max));
    }
}
