package se.ioprules.authoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.ioprules.api.FactGlossary;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.load.RuleSetDefinition;

/**
 * Which criteria read which fact: computed from the facts the rules' conditions test (at any depth: under
 * {@code exists}, {@code not}, {@code or}, in an {@code accumulate} or {@code collect}) and the fact paths the rules
 * name in their {@code out.*(...)} calls (the facts a finding cites in its explanation, and the guard facts of a legal
 * test's element), not written by hand.
 * A path through a list ({@code parties[" + $id + "].idea.x}) counts for its normalized form
 * ({@code parties[].idea.x}); a computed value ({@code derived.durationMonths}) for the recorded facts it is computed
 * from ({@link #DERIVED_FROM}). A group named as a whole ({@code parties}, {@code parties[].idea},
 * {@code resources.contributions}) stays a key of its own rather than being spread over every fact in it: a rule that
 * says "no idea-based profile recorded" does not read the organisation's member count. Parameters and other criteria's
 * conclusions are no facts of the input and are left out. A path built by an expression, such as
 * {@code amnPath($p.id(), "idea.democracy")} or a rule-set function returning paths, counts for each string in the
 * expression or the function's body that names a fact or group unambiguously (a fragment ending in {@code [} is only
 * the start of a path and counts for nothing).
 */
public final class FactUse {
    /**
     * The recorded facts each {@link Derived} value is computed from (see its Javadoc); {@code FactUseTest} checks
     * that every component of Derived is listed and every listed path is a fact.
     */
    static final Map<String, List<String>> DERIVED_FROM = Map.ofEntries(
            Map.entry("durationMonths", List.of("term.startDate", "term.endDate", "term.endDatePrecision")),
            Map.entry("totalCostSek", List.of("resources.budget.totalCostSek", "resources.contributions[].valueSek",
                    "parties[].contributionsComplete")),
            Map.entry("publicContributionSek", List.of("resources.contributions[].valueSek",
                    "resources.contributions[].partyId", "parties[].sector")),
            Map.entry("ideaContributionSek", List.of("resources.contributions[].valueSek",
                    "resources.contributions[].partyId", "parties[].sector")),
            Map.entry("publicShareOfCost", List.of("resources.contributions[].valueSek",
                    "resources.contributions[].partyId", "parties[].sector", "parties[].contributionsComplete",
                    "resources.budget.totalCostSek")),
            Map.entry("ideaShareOfCost", List.of("resources.contributions[].valueSek",
                    "resources.contributions[].partyId", "parties[].sector", "parties[].contributionsComplete",
                    "resources.budget.totalCostSek")),
            Map.entry("partiesCount", List.of("parties[].id")),
            Map.entry("publicPartiesCount", List.of("parties[].sector")),
            Map.entry("ideaPartiesCount", List.of("parties[].sector")),
            Map.entry("contributionsRecorded", List.of("resources.contributions[].partyId")),
            Map.entry("publicContributes", List.of("resources.contributions[].partyId", "parties[].sector")),
            Map.entry("ideaContributes", List.of("resources.contributions[].partyId", "parties[].sector")),
            Map.entry("publicContributesMoneyOnly", List.of("resources.contributions[].kind",
                    "resources.contributions[].partyId", "parties[].sector")),
            Map.entry("partiesWithoutContribution", List.of("parties[].id", "resources.contributions[].partyId")),
            Map.entry("publicShareOfCostAtLeast", List.of("resources.contributions[].valueSek",
                    "resources.contributions[].partyId", "parties[].sector", "resources.budget.totalCostSek")),
            Map.entry("publicContributionsComplete", List.of("parties[].contributionsComplete", "parties[].sector")),
            Map.entry("paymentModels", List.of("resources.paymentModel", "resources.otherPaymentModels")),
            Map.entry("unvaluedIdeaInKindCount", List.of("resources.contributions[].kind",
                    "resources.contributions[].valueSek", "resources.contributions[].partyId", "parties[].sector")));

    private FactUse() {
    }

    /**
     * @param definitions rule-set versions, e.g. {@code RuleSetLoader.builtIn()}
     * @return normalized fact path → ids of the criteria whose rules name it, in rule-set and rule order; only
     *     paths some criterion reads are keys: leaf facts ({@link FactGlossary#paths()}) in that order, then groups
     *     named as a whole, by name
     */
    public static Map<String, Set<String>> criteriaByFact(Collection<RuleSetDefinition> definitions) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (RuleSetDefinition def : definitions) {
            Map<String, String> functions = functions(def.drl().values());
            Map<String, List<String>> tested = tested(def);
            for (String text : def.drl().values()) {
                for (DrlScan.RuleDecl rule : DrlScan.rules(text)) {
                    String criterion = rule.criterion();
                    if (criterion == null) {
                        continue;
                    }
                    List<String> paths = new java.util.ArrayList<>(tested.getOrDefault(rule.name(), List.of()));
                    paths.addAll(cited(rule, functions));
                    for (String path : paths) {
                        for (String fact : facts(path)) {
                            found.computeIfAbsent(fact, k -> new LinkedHashSet<>()).add(criterion);
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String path : FactGlossary.paths()) {
            Set<String> criteria = found.remove(path);
            if (criteria != null) {
                out.put(path, java.util.Collections.unmodifiableSet(criteria));
            }
        }
        new TreeMap<>(found).forEach((group, criteria) -> out.put(group, java.util.Collections.unmodifiableSet(criteria)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The facts each rule's conditions test, wherever the pattern stands (inside {@code exists}, {@code not},
     * {@code or}, {@code accumulate}, {@code collect} too: see {@link se.ioprules.drools.internal.PatternFacts#tested}),
     * from the compiled rule set: the precompiled model of a built-in one, else its DRL compiled now. A list element's
     * fact stands as {@code parties[x].…}, {@code resources.contributions[x].…}, as a path built with an id does in
     * {@link #cited}.
     */
    static Map<String, List<String>> tested(RuleSetDefinition def) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        se.ioprules.drools.CompiledRuleSet crs;
        try {
            crs = se.ioprules.drools.RuleSetCompiler.compile(def, def.info().location().startsWith("classpath:"));
        } catch (se.ioprules.api.RuleSetException e) {
            return out; // the linter reports why; the cited paths still count
        }
        try {
            for (var pkg : crs.kieBase().getKiePackages()) {
                for (var rule : pkg.getRules()) {
                    List<String> paths = se.ioprules.drools.internal.PatternFacts.tested(rule);
                    out.put(rule.getName(), paths);
                }
            }
        } finally {
            crs.release().run();
        }
        return out;
    }

    private static final java.util.regex.Pattern FUNCTION =
            java.util.regex.Pattern.compile("(?ms)^function\\s+\\S+\\s+(\\w+)\\s*\\((.*?)^\\}");
    private static final java.util.regex.Pattern STRING = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile("\\b(\\w+)\\s*\\(");

    /** The rule set's DRL functions: name → declaration and body. */
    static Map<String, String> functions(Collection<String> drl) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String text : drl) {
            java.util.regex.Matcher m = FUNCTION.matcher(DrlScan.maskComments(text));
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    /** The fact paths a rule names as string literals in its {@code out} calls, dynamic parts standing as {@code x}. */
    static List<String> cited(DrlScan.RuleDecl rule) {
        return cited(rule, Map.of());
    }

    /**
     * @param rule a rule
     * @param functions the rule set's functions ({@link #functions})
     * @return the fact paths the rule's {@code out} calls name: literals as written, and for an argument built by an
     *     expression the facts or groups its strings (and those of the functions it calls) name unambiguously
     */
    static List<String> cited(DrlScan.RuleDecl rule, Map<String, String> functions) {
        List<String> out = new java.util.ArrayList<>();
        for (DrlScan.OutCall call : rule.calls()) {
            DrlScan.Layout layout = DrlScan.OUT_METHODS.get(call.method());
            if (layout == null) {
                continue;
            }
            for (int i = layout.firstPath(); i < call.args().size(); i++) {
                DrlScan.Arg arg = call.args().get(i);
                String literal = arg.literal();
                if (literal == null || !arg.text().startsWith("\"") || !arg.text().endsWith("\"")) {
                    out.addAll(fragments(arg.text(), functions));
                    continue;
                }
                // decide's guard facts may name alternatives ("a|b") and a value ("a=TRUE")
                for (String alt : literal.split("\\|")) {
                    int eq = alt.indexOf('=');
                    out.add(eq < 0 ? alt : alt.substring(0, eq));
                }
            }
        }
        return out;
    }

    /** The facts or groups named by the strings of an expression and of the rule-set functions it calls. */
    private static List<String> fragments(String expression, Map<String, String> functions) {
        StringBuilder text = new StringBuilder(expression);
        java.util.regex.Matcher call = CALL.matcher(expression);
        while (call.find()) {
            String body = functions.get(call.group(1));
            if (body != null) {
                text.append('\n').append(body);
            }
        }
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = STRING.matcher(text);
        while (m.find()) {
            String f = m.group(1).replaceFirst("^[\\].]+", "");
            if (f.isEmpty() || f.endsWith("[")) {
                continue;
            }
            String named = named(f);
            if (named != null) {
                out.add(named);
            }
        }
        return out;
    }

    /** @return the one fact or group path equal to the fragment or ending with it, or null if none or several */
    static String named(String fragment) {
        if (fragment.startsWith("param.") || fragment.startsWith("conclusion.") || fragment.startsWith("derived.")) {
            return fragment;
        }
        if (FactPaths.typeOf(Partnership.class, fragment).isPresent()) {
            return fragment;
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (String leaf : FactGlossary.paths()) {
            String p = leaf;
            while (true) {
                // a list is named without its selector: parties[].idea.valueTransfers
                String named = p.endsWith("[]") ? p.substring(0, p.length() - 2) : p;
                if (named.endsWith("." + fragment)) {
                    candidates.add(named);
                }
                int dot = p.lastIndexOf('.');
                if (dot < 0) {
                    break;
                }
                p = p.substring(0, dot);
            }
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /**
     * @param path a path as a rule names it
     * @return the normalized fact or group paths it stands for; empty for parameters, conclusions and what does not
     *     resolve (e.g. a path whose last segment is computed)
     */
    static Set<String> facts(String path) {
        Set<String> out = new LinkedHashSet<>();
        if (path.startsWith("derived.")) {
            String name = path.substring("derived.".length());
            if (FactPaths.typeOf(Derived.class, name).isPresent()) {
                for (String input : DERIVED_FROM.getOrDefault(name, List.of())) {
                    out.addAll(facts(input));
                }
            }
            return out;
        }
        if (path.startsWith("param.") || path.startsWith("conclusion.") || path.startsWith("detail.")
                || FactPaths.typeOf(Partnership.class, path).isEmpty()) {
            return out;
        }
        out.add(FactGlossary.normalize(path));
        return out;
    }

    /**
     * @param definitions rule-set versions
     * @return criterion id → the rule set ids (without version) it belongs to, sorted by criterion id
     */
    static Map<String, String> ruleSetOf(Collection<RuleSetDefinition> definitions) {
        Map<String, String> out = new TreeMap<>();
        for (RuleSetDefinition def : definitions) {
            for (String text : def.drl().values()) {
                for (DrlScan.RuleDecl rule : DrlScan.rules(text)) {
                    if (rule.criterion() != null) {
                        out.putIfAbsent(rule.criterion(), def.info().id());
                    }
                }
            }
        }
        return out;
    }
}
