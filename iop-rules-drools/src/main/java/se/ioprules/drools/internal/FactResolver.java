package se.ioprules.drools.internal;

import java.util.Map;
import java.util.function.Function;
import se.ioprules.api.FactValue;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.dsl.Conclusion;

/**
 * Resolves the fact paths rules name in their findings: partnership paths ({@code term.endDate}), derived values
 * ({@code derived.durationMonths}), parameters ({@code param.longTermMonths}) and conclusions of this or an earlier
 * rule set ({@code conclusion.eupc-aggregate}).
 */
public final class FactResolver implements Function<String, FactValue> {
    private final Partnership partnership;
    private final Derived derived;
    private final Map<String, ParameterValue> params;
    private final Map<String, Conclusion> conclusions;
    /**
     * Partnership and derived values already resolved, by path: the facts do not change during an evaluation, and
     * its findings name the same facts again and again (in {@code because} and in both languages' placeholders).
     */
    private final Map<String, FactValue> resolved;
    /**
     * Values already worded for messages ({Swedish, English}), by the resolved value itself: a value depends only
     * on its path and text, and the resolver hands out one object per fact, so identity finds the repeats.
     */
    private final Map<FactValue, String[]> prose = new java.util.IdentityHashMap<>();
    /** Parameter values already written as text, by path (fixed for the rule set's run). */
    private final Map<String, FactValue> paramValues = new java.util.HashMap<>();

    /**
     * @param partnership the facts
     * @param derived its derived values
     * @param params the parameters in force
     * @param conclusions conclusions visible to the rule set, by criterion id (read as the map fills)
     */
    public FactResolver(Partnership partnership, Derived derived, Map<String, ParameterValue> params,
            Map<String, Conclusion> conclusions) {
        this(partnership, derived, params, conclusions, new java.util.HashMap<>());
    }

    /**
     * @param partnership the facts
     * @param derived its derived values
     * @param params the parameters in force
     * @param conclusions conclusions visible to the rule set, by criterion id (read as the map fills)
     * @param resolved partnership and derived values resolved so far for this partnership and derived values, by
     *     path: shared by the resolvers of one evaluation's rule sets (one thread), filled as they resolve
     */
    public FactResolver(Partnership partnership, Derived derived, Map<String, ParameterValue> params,
            Map<String, Conclusion> conclusions, Map<String, FactValue> resolved) {
        this.partnership = partnership;
        this.derived = derived;
        this.params = params;
        this.conclusions = conclusions;
        this.resolved = resolved;
    }

    /**
     * @param value a value this resolver gave, or a fact of a finding
     * @return its wording in {Swedish, English} so far (null where not yet worded), to fill in; kept for this
     *     rule set's run
     */
    public String[] proseMemo(FactValue value) {
        String[] memo = prose.get(value);
        if (memo == null) {
            memo = new String[2];
            prose.put(value, memo);
        }
        return memo;
    }

    @Override
    public FactValue apply(String path) {
        FactValue known = resolved.get(path);
        if (known != null) {
            return known;
        }
        if (path.startsWith("param.")) {
            FactValue p = paramValues.get(path);
            if (p == null) {
                ParameterValue v = params.get(path.substring(6));
                if (v == null) {
                    throw new IllegalArgumentException("unknown parameter in fact path '" + path + "'");
                }
                p = new FactValue(path, v.value().stripTrailingZeros().toPlainString(), true);
                paramValues.put(path, p);
            }
            return p;
        }
        if (path.startsWith("conclusion.")) {
            Conclusion c = conclusions.get(path.substring(11));
            if (c == null) {
                return new FactValue(path, "null", false);
            }
            String v = c.conclusion().isEmpty() ? c.outcome().name() : c.conclusion();
            // a contested element is as open as an unknown one: it needs a person's judgement before it is settled
            return new FactValue(path, v, !"UNKNOWN".equals(v) && !"NOT_ASSESSABLE".equals(v) && !"CONTESTED".equals(v));
        }
        FactPaths.Resolved r = path.startsWith("derived.")
                ? FactPaths.resolve(derived, path.substring(8))
                : FactPaths.resolve(partnership, path);
        FactValue v = new FactValue(path, r.text(), r.known());
        resolved.put(path, v);
        return v;
    }
}
