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
     * @param partnership the facts
     * @param derived its derived values
     * @param params the parameters in force
     * @param conclusions conclusions visible to the rule set, by criterion id (read as the map fills)
     */
    public FactResolver(Partnership partnership, Derived derived, Map<String, ParameterValue> params,
            Map<String, Conclusion> conclusions) {
        this.partnership = partnership;
        this.derived = derived;
        this.params = params;
        this.conclusions = conclusions;
    }

    @Override
    public FactValue apply(String path) {
        if (path.startsWith("param.")) {
            ParameterValue v = params.get(path.substring(6));
            if (v == null) {
                throw new IllegalArgumentException("unknown parameter in fact path '" + path + "'");
            }
            return new FactValue(path, v.value().stripTrailingZeros().toPlainString(), true);
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
        return new FactValue(path, r.text(), r.known());
    }
}
