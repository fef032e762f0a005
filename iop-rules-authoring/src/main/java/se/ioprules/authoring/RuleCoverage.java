package se.ioprules.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.drools.RuleFiringListener;

/**
 * Which rules fired across a run of scenarios, per rule-set version. Collects firings as the engine's
 * {@link RuleFiringListener}; thread-safe.
 */
public final class RuleCoverage implements RuleFiringListener {
    private final Map<String, Set<String>> fired = new ConcurrentHashMap<>();

    @Override
    public void fired(RuleSetInfo ruleSet, String ruleName) {
        fired.computeIfAbsent(ruleSet.ref(), k -> ConcurrentHashMap.newKeySet()).add(ruleName);
    }

    /**
     * Coverage of one rule set.
     *
     * @param ref id@version
     * @param rules every rule it has
     * @param fired the rules that fired at least once
     */
    public record Entry(String ref, Set<String> rules, Set<String> fired) {
        /** @return the rules no scenario made fire, sorted */
        public List<String> notExercised() {
            return rules.stream().filter(r -> !fired.contains(r)).sorted().toList();
        }

        /** @return fired / all, 0..1 */
        public double ratio() {
            return rules.isEmpty() ? 1 : (double) rules.stream().filter(fired::contains).count() / rules.size();
        }
    }

    /**
     * @param engine the engine the scenarios ran on (to list every rule of each rule set)
     * @param ruleSets the rule sets to report on
     * @return coverage per rule set, by ref
     */
    public Map<String, Entry> report(DroolsEngine engine, List<RuleSetInfo> ruleSets) {
        Map<String, Entry> out = new TreeMap<>();
        for (RuleSetInfo info : ruleSets) {
            Set<String> all = new TreeSet<>();
            for (KiePackage pkg : engine.compiled(info).kieBase().getKiePackages()) {
                for (Rule r : pkg.getRules()) {
                    all.add(r.getName());
                }
            }
            out.put(info.ref(), new Entry(info.ref(), all, new TreeSet<>(fired.getOrDefault(info.ref(), Set.of()))));
        }
        return out;
    }

    /** @return rule names fired so far, by rule-set ref */
    public Map<String, Set<String>> fired() {
        Map<String, Set<String>> copy = new TreeMap<>();
        fired.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return copy;
    }

    static List<String> lines(Map<String, Entry> coverage) {
        List<String> out = new ArrayList<>();
        for (Entry e : coverage.values()) {
            long n = e.rules().size() - e.notExercised().size();
            out.add(String.format("%s: %d of %d rules fired (%.0f%%)", e.ref(), n, e.rules().size(), 100 * e.ratio()));
            for (String r : e.notExercised()) {
                out.add("  not exercised: " + r);
            }
        }
        return out;
    }
}
