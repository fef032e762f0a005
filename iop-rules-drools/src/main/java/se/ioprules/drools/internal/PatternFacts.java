package se.ioprules.drools.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.Budget;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Governance;
import se.ioprules.api.facts.Initiative;
import se.ioprules.api.facts.LegalContext;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.Purpose;
import se.ioprules.api.facts.Resources;
import se.ioprules.api.facts.StateAidContext;
import se.ioprules.api.facts.Term;
import se.ioprules.drools.dsl.Conclusion;
import se.ioprules.drools.dsl.Params;

/**
 * The facts a rule's patterns test, read from the compiled rule: what a finding names before any path its rule spells
 * out. Each positive pattern of a fact type maps to its fact group ({@code LegalContext} → {@code legal},
 * {@code Party} → {@code parties[<id>]} of the matched party, {@code Derived} → {@code derived}, a {@code Conclusion}
 * → {@code conclusion.<criterion>}, the one its {@code criterionId == "…"} names or else the one matched), and its constraints to the fact paths they read, in the order
 * written: patterns first to last, constraints left to right. A parameter read through a {@code Params} binding
 * ({@code $p.intValue("longTermMonths")}) is {@code param.longTermMonths}.
 *
 * <p>Both build routes keep each constraint's text: the executable model in its lambda's
 * {@code PredicateInformation}, the classic (MVEL) build as the constraint's expression. A group only tested for
 * presence on the way to one of its facts ({@code idea != null, idea.x == …}) is not named beside that fact, nor is
 * a party's {@code sector} (it selects the party the finding is about) or a whole group handed to a function.
 * Patterns under {@code not}/{@code exists} (nothing is matched), {@code from}/{@code accumulate} results and
 * functions' reads are not derived: rules name those explicitly. {@link #tested} reads every pattern, nested ones
 * too, for documentation (which criteria read a fact), not for a finding.
 */
public final class PatternFacts {
    /** Fact groups by the type rules match. */
    private static final Map<Class<?>, String> GROUPS = Map.ofEntries(
            Map.entry(Partnership.class, ""),
            Map.entry(Initiative.class, "initiative"),
            Map.entry(Purpose.class, "purpose"),
            Map.entry(Resources.class, "resources"),
            Map.entry(Budget.class, "resources.budget"),
            Map.entry(Term.class, "term"),
            Map.entry(Governance.class, "governance"),
            Map.entry(Agreement.class, "agreement"),
            Map.entry(LegalContext.class, "legal"),
            Map.entry(StateAidContext.class, "stateAid"),
            Map.entry(Derived.class, "derived"));

    /** A dotted chain of names, each optionally called without arguments, and whether an argument list follows. */
    private static final java.util.regex.Pattern CHAIN = java.util.regex.Pattern.compile(
            "(?<![\\w$.\"])([A-Za-z_]\\w*(?:\\s*\\(\\s*\\))?(?:\\s*\\.\\s*[A-Za-z_]\\w*(?:\\s*\\(\\s*\\))?)*)(\\s*\\()?");
    /** A parameter read through a binding: {@code $p.intValue("name")}. */
    private static final java.util.regex.Pattern PARAM = java.util.regex.Pattern.compile(
            "\\$(\\w+)\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
    /** A conclusion pattern's criterion: {@code criterionId == "eupc-aggregate"}. */
    private static final java.util.regex.Pattern CRITERION = java.util.regex.Pattern.compile(
            "(?<![\\w.$])criterionId\\s*==\\s*\"([^\"]+)\"");
    private static final java.util.regex.Pattern STRING = java.util.regex.Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /**
     * A party pattern's test of the party's sector chooses which party the finding is about (every party rule looks at
     * the idea-based parties); the finding names that party by its path, so the sector is not named as a fact.
     */
    private static final String SELECTOR = "sector";
    private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "this", "in", "not", "matches",
            "contains", "memberOf", "soundslike", "str", "instanceof", "new");

    /**
     * One fact a rule's pattern reads.
     *
     * @param type the matched type: {@link Party} or {@link Conclusion} for a path under the matched object, else
     *     null for a fixed path
     * @param ordinal for a matched type: which object of that type in the match (0 for the first)
     * @param path the fixed path, or the path below the matched party (starting with '.', empty for the party itself)
     */
    public record Read(Class<?> type, int ordinal, String path) {
    }

    /** A rule's reads, with the fixed paths ready when the rule matches no party or conclusion. */
    public static final class Reads {
        private final List<Read> reads;
        private final List<String> fixed;

        Reads(List<Read> reads) {
            this.reads = List.copyOf(reads);
            // interned, as the paths rules and messages name are: lookups of the same fact then compare one object
            this.fixed = reads.stream().allMatch(r -> r.type() == null)
                    ? reads.stream().map(r -> r.path().intern()).toList() : null;
        }

        /** @return the reads, in order */
        public List<Read> reads() {
            return reads;
        }

        /** @return whether {@link #paths} reads the match (a rule that matches a party or an unnamed conclusion) */
        public boolean needsMatch() {
            return fixed == null;
        }

        /**
         * @param match the rule's match (the party or conclusion matched names the path)
         * @return the fact paths, in order, without repeats
         */
        public List<String> paths(Match match) {
            if (fixed != null) {
                return fixed;
            }
            List<Object> objects = match.getObjects();
            // a handful of paths: a list and its contains() cost less than a hash set and a copy, per finding
            List<String> out = new ArrayList<>(reads.size());
            for (Read r : reads) {
                String path;
                if (r.type() == null) {
                    path = r.path();
                } else {
                    Object o = nth(objects, r.type(), r.ordinal());
                    if (o instanceof Party p && p.id() != null) {
                        path = "parties[" + p.id() + "]" + r.path();
                    } else if (o instanceof Conclusion c) {
                        path = "conclusion." + c.criterionId();
                    } else {
                        continue;
                    }
                }
                if (!out.contains(path)) {
                    out.add(path);
                }
            }
            return java.util.Collections.unmodifiableList(out);
        }

        private static Object nth(List<Object> objects, Class<?> type, int ordinal) {
            int seen = 0;
            for (Object o : objects) {
                if (type.isInstance(o) && seen++ == ordinal) {
                    return o;
                }
            }
            return null;
        }
    }

    private PatternFacts() {
    }

    /**
     * @param rule a compiled rule (either build route)
     * @return the facts its patterns read; none for a rule whose conditions Drools does not show
     */
    public static Reads of(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return new Reads(List.of());
        }
        List<Pattern> patterns = new ArrayList<>();
        collect(impl.getLhs(), patterns);
        Map<String, Class<?>> bindings = new java.util.HashMap<>();
        for (Pattern p : patterns) {
            if (p.getDeclaration() != null) {
                bindings.put(p.getDeclaration().getIdentifier(), type(p));
            }
        }
        List<Read> reads = new ArrayList<>();
        Map<Class<?>, Integer> ordinals = new java.util.HashMap<>();
        for (Pattern p : patterns) {
            Class<?> type = type(p);
            int ordinal = ordinals.merge(type, 1, Integer::sum) - 1;
            if (p.getSource() != null) {
                continue;
            }
            if (type == Conclusion.class) {
                // the criterion the pattern names, else the one of the conclusion matched
                String named = null;
                for (String t : texts(p)) {
                    Matcher m = CRITERION.matcher(t);
                    named = named == null && m.find() ? m.group(1) : named;
                }
                reads.add(named != null ? new Read(null, 0, "conclusion." + named) : new Read(Conclusion.class, ordinal, ""));
                for (Constraint c : p.getConstraints()) {
                    reads.addAll(paramReads(text(c), bindings));
                }
                continue;
            }
            String group = GROUPS.get(type);
            boolean party = type == Party.class;
            List<Read> own = new ArrayList<>();
            for (Constraint c : p.getConstraints()) {
                String text = text(c);
                if (text == null) {
                    continue;
                }
                for (Object found : reads(text, type, bindings, group != null || party)) {
                    if (found instanceof String rel) {
                        own.add(party ? new Read(Party.class, ordinal, rel.isEmpty() ? "" : "." + rel)
                                : new Read(null, 0, group.isEmpty() ? rel : group + "." + rel));
                    } else {
                        own.add((Read) found);
                    }
                }
            }
            // a group tested only on the way to one of its facts is not named beside that fact
            own.removeIf(r -> own.stream().anyMatch(o -> o != r && o.type() == r.type()
                    && (o.path().startsWith(r.path() + ".") || o.path().startsWith(r.path() + "["))));
            // a text tested only for being there is not copied into the explanation (a missing one is named)
            String all = String.join("\n", texts(p));
            own.removeIf(r -> r.path().length() > 0 && onlyPresence(all, relative(r, group), type));
            reads.addAll(own);
        }
        List<Read> distinct = new ArrayList<>();
        for (Read r : reads) {
            if (!distinct.contains(r)) {
                distinct.add(r);
            }
        }
        return new Reads(distinct);
    }

    /**
     * List elements rules match, by the path of their list with {@code [x]} standing for the element; the
     * {@link #tested} paths of a pattern of such a type lie below it.
     */
    private static final Map<Class<?>, String> ELEMENTS = Map.of(
            Party.class, "parties[x]",
            se.ioprules.api.facts.Contribution.class, "resources.contributions[x]",
            se.ioprules.api.facts.ValueTransfer.class, "parties[x].idea.valueTransfers[x]");

    /**
     * Every fact a rule's conditions test, wherever the pattern stands: at the top, under {@code not}, {@code exists},
     * {@code or} or {@code forall}, as the source of an {@code accumulate} or {@code collect}, or as the pattern a
     * {@code from} fills (its own constraints; the expression after {@code from} is not read). This is what the
     * rule's outcome depends on, for documentation (which criteria read a fact); {@link #of} is narrower, the facts a
     * finding can name from the one match it has. A list element stands with {@code [x]} as its selector
     * ({@code resources.contributions[x].compensated}), a party's sector counts (it decides whether the rule fires), a
     * text tested only for presence counts, a group tested only on the way to one of its facts does not; parameters
     * and conclusions are left out.
     *
     * @param rule a compiled rule (either build route)
     * @return the fact paths, in the order written, without repeats; none for a rule whose conditions Drools does
     *     not show
     */
    public static List<String> tested(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return List.of();
        }
        List<Pattern> patterns = new ArrayList<>();
        collectAll(impl.getLhs(), patterns, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        Map<String, Class<?>> bindings = new java.util.HashMap<>();
        for (Pattern p : patterns) {
            if (p.getDeclaration() != null) {
                bindings.put(p.getDeclaration().getIdentifier(), type(p));
            }
        }
        List<String> out = new ArrayList<>();
        for (Pattern p : patterns) {
            Class<?> type = type(p);
            String prefix = ELEMENTS.containsKey(type) ? ELEMENTS.get(type) : GROUPS.get(type);
            if (prefix == null) {
                continue;
            }
            List<String> own = new ArrayList<>();
            for (String text : texts(p)) {
                for (Object found : reads(text, type, bindings, true, false)) {
                    if (found instanceof String rel) {
                        own.add(rel);
                    }
                }
            }
            own.removeIf(r -> own.stream().anyMatch(o -> o.startsWith(r + ".") || o.startsWith(r + "[")));
            for (String rel : own) {
                String path = rel.isEmpty() ? prefix : prefix.isEmpty() ? rel : prefix + "." + rel;
                if (!path.isEmpty() && !out.contains(path)) {
                    out.add(path);
                }
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Every pattern of a condition, nested ones and the sources of accumulate and collect included. */
    private static void collectAll(RuleConditionElement ce, List<Pattern> out, Set<Object> seen) {
        if (ce == null || !seen.add(ce)) {
            return;
        }
        if (ce instanceof Pattern p) {
            out.add(p);
            if (p.getSource() != null) {
                collectAll(p.getSource(), out, seen);
            }
            return;
        }
        for (RuleConditionElement c : ce.getNestedElements()) {
            collectAll(c, out, seen);
        }
    }

    private static List<String> texts(Pattern p) {
        List<String> out = new ArrayList<>();
        for (Constraint c : p.getConstraints()) {
            String t = text(c);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static String relative(Read r, String group) {
        if (r.type() == Party.class) {
            return r.path().substring(1);
        }
        if (group == null || group.isEmpty()) {
            return r.path();
        }
        // a parameter read in the pattern is not one of its group's facts
        return r.path().startsWith(group + ".") ? r.path().substring(group.length() + 1) : "param.";
    }

    /**
     * @return whether {@code rel} is a text every mention of which in the constraints tests that it is there
     *     ({@code rel != null}, {@code !rel.isBlank()})
     */
    private static boolean onlyPresence(String constraints, String rel, Class<?> type) {
        if (rel.startsWith("param.") || FactPaths.typeOf(type, rel).orElse(null) != String.class) {
            return false;
        }
        Matcher m = java.util.regex.Pattern.compile("(?<![\\w.$])" + java.util.regex.Pattern.quote(rel) + "(?![\\w])")
                .matcher(constraints);
        boolean any = false;
        while (m.find()) {
            any = true;
            String after = constraints.substring(m.end());
            String before = constraints.substring(0, m.start()).stripTrailing();
            boolean present = after.matches("(?s)\\s*!=\\s*null.*")
                    || before.endsWith("!") && after.matches("(?s)\\s*\\.\\s*isBlank\\s*\\(\\s*\\).*");
            if (!present) {
                return false;
            }
        }
        return any;
    }

    /** The patterns whose object is in the match: top-level and nested AND/OR, not under NOT or EXISTS. */
    private static void collect(RuleConditionElement ce, List<Pattern> out) {
        if (ce instanceof GroupElement g) {
            if (g.isNot() || g.isExists()) {
                return;
            }
            for (RuleConditionElement c : g.getChildren()) {
                collect(c, out);
            }
        } else if (ce instanceof Pattern p) {
            out.add(p);
        }
    }

    private static Class<?> type(Pattern p) {
        return p.getObjectType() instanceof org.drools.base.base.ClassObjectType cot ? cot.getClassType() : Object.class;
    }

    /** A constraint's text as written: the executable model keeps it for its error messages, MVEL as its expression. */
    static String text(Constraint c) {
        if (c instanceof org.drools.modelcompiler.constraints.LambdaConstraint l) {
            var info = l.getPredicateInformation();
            return info == null || info.isEmpty() ? null : info.getStringConstraint();
        }
        if (c instanceof org.drools.mvel.MVELConstraint m) {
            return m.getExpression();
        }
        return null;
    }

    private static List<Read> paramReads(String text, Map<String, Class<?>> bindings) {
        List<Read> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            if (bindings.get("$" + m.group(1)) == Params.class) {
                out.add(new Read(null, 0, "param." + m.group(2)));
            }
        }
        return out;
    }

    /**
     * The reads of one constraint in the order written: a String (a path relative to the pattern's group) or a
     * {@link Read} of a parameter.
     */
    private static List<Object> reads(String text, Class<?> type, Map<String, Class<?>> bindings, boolean own) {
        return reads(text, type, bindings, own, true);
    }

    /** As {@link #reads(String, Class, Map, boolean)}; {@code skipSelector}: leave out a party's sector. */
    private static List<Object> reads(String text, Class<?> type, Map<String, Class<?>> bindings, boolean own,
            boolean skipSelector) {
        record At(int pos, Object read) {
        }
        List<At> found = new ArrayList<>();
        Matcher pm = PARAM.matcher(text);
        while (pm.find()) {
            if (bindings.get("$" + pm.group(1)) == Params.class) {
                found.add(new At(pm.start(), new Read(null, 0, "param." + pm.group(2))));
            }
        }
        if (own) {
            // blank out string literals (their words are not names), keeping positions
            Matcher sm = STRING.matcher(text);
            StringBuilder blanked = new StringBuilder(text);
            while (sm.find()) {
                for (int i = sm.start(); i < sm.end(); i++) {
                    blanked.setCharAt(i, ' ');
                }
            }
            boolean[] inCall = inCallArguments(blanked);
            Matcher m = CHAIN.matcher(blanked);
            while (m.find()) {
                String path = path(m.group(1), m.group(2) != null, type);
                if (path == null || skipSelector && type == Party.class && SELECTOR.equals(path)) {
                    continue;
                }
                // what a function does with a whole group it is given is the function's business: only a value
                // passed to it is a fact read here (the rule names what the function reads)
                if (inCall[m.start()] && FactPaths.typeOf(type, path).map(Class::isRecord).orElse(true)) {
                    continue;
                }
                found.add(new At(m.start(), path));
            }
        }
        found.sort(Comparator.comparingInt(At::pos));
        return found.stream().map(At::read).toList();
    }

    /** Per position: whether it lies inside the argument list of a call ({@code f(…)}, {@code x.m(…)}). */
    private static boolean[] inCallArguments(CharSequence text) {
        boolean[] in = new boolean[text.length() + 1];
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        int calls = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                int j = i - 1;
                while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
                    j--;
                }
                boolean call = j >= 0 && Character.isJavaIdentifierPart(text.charAt(j));
                open.push(call);
                calls += call ? 1 : 0;
            } else if (ch == ')' && !open.isEmpty()) {
                calls -= open.pop() ? 1 : 0;
            }
            in[i] = calls > 0;
        }
        return in;
    }

    /**
     * @param chain e.g. {@code politicalPlanRef.exists}, {@code sanctionClauses.isEmpty()}, {@code legalForm}
     * @param called whether an argument list follows the chain's last name (a function or a method with arguments)
     * @param type the pattern's type
     * @return the longest prefix of the chain that is a fact path of the type, or null
     */
    private static String path(String chain, boolean called, Class<?> type) {
        String[] names = chain.replaceAll("\\s+", "").replace("()", "").split("\\.");
        int n = called ? names.length - 1 : names.length;
        if (n <= 0 || KEYWORDS.contains(names[0]) || Character.isUpperCase(names[0].charAt(0))) {
            return null;
        }
        String best = null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(names[i]);
            if (FactPaths.typeOf(type, sb.toString()).isEmpty()) {
                break;
            }
            best = sb.toString();
        }
        return best;
    }
}
