package se.ioprules.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.drools.dsl.LineIndex;

/**
 * A light, position-keeping scan of DRL text: rule declarations with their metadata annotations, and the
 * {@code out.*(...)} calls and parameter look-ups in them. Not a DRL parser: Drools itself reports syntax and type
 * errors; this scan only finds what the linter needs to check beyond them, with exact line and column.
 */
final class DrlScan {
    /**
     * Argument layout of an {@code out} reporting method (argument 0 is always {@code drools}).
     *
     * @param key index of the message key
     * @param details index of the details map ({@code detail.<name>} placeholders), or -1
     * @param firstPath index of the first fact path
     * @param elementConclusion whether argument 1 is an element conclusion (MET, NOT_MET, UNKNOWN)
     */
    /**
     * Where an {@code out} method takes its arguments.
     *
     * @param key index of the message key argument, or -1 when the method picks its keys itself
     * @param details index of the details map, or -1
     * @param firstPath index of the first fact path; paths run to the end
     * @param elementConclusion argument 1 is an element conclusion
     * @param keyPrefix prefix of the message key within the criterion (e.g. {@code ind.} for indicators)
     * @param impliedKeys message keys the method uses without naming them (e.g. {@code met}, {@code not-met})
     * @param impliedDetails {@code {detail.x}} placeholders the method fills itself
     */
    record Layout(int key, int details, int firstPath, boolean elementConclusion, String keyPrefix,
            List<String> impliedKeys, List<String> impliedDetails) {
        Layout(int key, int details, int firstPath, boolean elementConclusion) {
            this(key, details, firstPath, elementConclusion, "", List.of(), List.of());
        }
    }

    /** The {@code out} reporting methods of {@code se.ioprules.drools.dsl.Findings} and their argument layouts. */
    static final Map<String, Layout> OUT_METHODS = Map.ofEntries(
            Map.entry("pass", new Layout(1, -1, 2, false)),
            Map.entry("fail", new Layout(1, -1, 2, false)),
            Map.entry("warn", new Layout(1, -1, 2, false)),
            Map.entry("info", new Layout(1, -1, 2, false)),
            Map.entry("notAssessable", new Layout(1, -1, 2, false)),
            Map.entry("element", new Layout(2, -1, 3, true)),
            Map.entry("conclude", new Layout(3, -1, 4, false)),
            Map.entry("passWith", new Layout(1, 2, 3, false)),
            Map.entry("failWith", new Layout(1, 2, 3, false)),
            Map.entry("warnWith", new Layout(1, 2, 3, false)),
            Map.entry("reportWith", new Layout(2, 3, 4, false)),
            Map.entry("report", new Layout(3, 4, 5, false)),
            // indicators and elements of a legal test: indicate(drools, direction, strength, key, paths...) uses
            // <criterion>.ind.<key>; decide(drools, $list, keyFacts...) picks its own keys and fills the lists of
            // indicators; aggregate(drools, outcome, conclusion, key, substantive, others, elementIds...) fills the
            // summary and the lean (its trailing arguments are criterion ids, not fact paths)
            Map.entry("indicate", new Layout(3, -1, 4, false, "ind.", List.of(), List.of())),
            Map.entry("decide", new Layout(-1, -1, 2, false, "",
                    List.of("met", "met-despite", "not-met", "contested", "unknown", "unknown-weak", "unknown-open"), List.of("for", "against"))),
            Map.entry("aggregate", new Layout(3, -1, Integer.MAX_VALUE, false, "", List.of(), List.of("summary", "lean"))));

    /** A position in a file, 1-based. */
    record Pos(int line, int column) {
    }

    /** {@code @name("value")}; {@code pos} is where the value starts (inside the quotes). */
    record Annotation(String name, String value, Pos pos) {
    }

    /**
     * One argument of an {@code out} call.
     *
     * @param text the source text
     * @param literal the string value, with every non-literal part of a concatenation replaced by {@code x}
     *     (so {@code "parties[" + $id + "].idea.x"} becomes {@code parties[x].idea.x}); null if no string literal
     * @param pos where the argument starts
     */
    record Arg(String text, String literal, Pos pos) {
    }

    /** {@code out.method(args)}. */
    record OutCall(String method, List<Arg> args, Pos pos) {
    }

    /** A parameter read in DRL, e.g. {@code $p.intValue("longTermMonths")}. */
    record ParamUse(String name, Pos pos) {
    }

    /** A rule with everything the linter checks. */
    record RuleDecl(String name, Pos pos, Map<String, Annotation> annotations, List<OutCall> calls,
            List<ParamUse> params) {
        String criterion() {
            Annotation a = annotations.get("criterion");
            return a == null ? null : a.value();
        }
    }

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+\"([^\"]*)\"");
    private static final Pattern ANNOTATION = Pattern.compile("@([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern OUT = Pattern.compile("\\bout\\s*\\.\\s*([A-Za-z]+)\\s*\\(");
    private static final Pattern PARAM = Pattern.compile("\\.\\s*(intValue|doubleValue)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final String text;
    private final String masked;
    private final LineIndex lines;

    private DrlScan(String text) {
        this.text = text;
        this.masked = maskComments(text);
        this.lines = new LineIndex(text);
    }

    /**
     * @param text DRL text
     * @return its rules, in file order
     */
    static List<RuleDecl> rules(String text) {
        return new DrlScan(text).scan();
    }

    Pos pos(int offset) {
        return new Pos(lines.line(offset), lines.column(offset));
    }

    private List<RuleDecl> scan() {
        List<RuleDecl> out = new ArrayList<>();
        Matcher rm = RULE.matcher(masked);
        List<int[]> spans = new ArrayList<>();
        while (rm.find()) {
            spans.add(new int[] {rm.start(), rm.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int headerFrom = spans.get(i)[1];
            int limit = i + 1 < spans.size() ? spans.get(i + 1)[0] : masked.length();
            String name = text.substring(text.indexOf('"', start) + 1, headerFrom - 1);
            int ruleKw = masked.indexOf("rule", start);
            Matcher wm = WHEN.matcher(masked).region(headerFrom, limit);
            int headerTo = wm.find() ? wm.start() : limit;
            Map<String, Annotation> annotations = new LinkedHashMap<>();
            Matcher am = ANNOTATION.matcher(masked).region(headerFrom, headerTo);
            while (am.find()) {
                annotations.putIfAbsent(am.group(1), new Annotation(am.group(1), text.substring(am.start(2), am.end(2)),
                        pos(am.start(2))));
            }
            Matcher em = END.matcher(masked).region(headerTo, limit);
            int bodyTo = em.find() ? em.start() : limit;
            List<OutCall> calls = new ArrayList<>();
            Matcher om = OUT.matcher(masked).region(headerTo, bodyTo);
            while (om.find()) {
                int open = om.end() - 1;
                int close = matching(open, bodyTo);
                calls.add(new OutCall(om.group(1), args(open + 1, close), pos(om.start())));
            }
            List<ParamUse> params = new ArrayList<>();
            Matcher pm = PARAM.matcher(masked).region(headerTo, bodyTo);
            while (pm.find()) {
                params.add(new ParamUse(text.substring(pm.start(2), pm.end(2)), pos(pm.start(2))));
            }
            out.add(new RuleDecl(name, pos(ruleKw), annotations, calls, params));
        }
        return out;
    }

    /** @return the offset of the parenthesis closing the one at {@code open}, or {@code limit} */
    private int matching(int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = masked.charAt(i);
            if (c == '"') {
                i = stringEnd(i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return limit;
    }

    private int stringEnd(int quote) {
        for (int i = quote + 1; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return i;
            }
        }
        return masked.length() - 1;
    }

    private List<Arg> args(int from, int to) {
        List<Arg> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? masked.charAt(i) : ',';
            if (c == '"') {
                i = stringEnd(i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String raw = text.substring(start, Math.min(i, to));
                int lead = raw.length() - raw.stripLeading().length();
                if (!raw.isBlank()) {
                    out.add(new Arg(raw.strip(), literal(start + lead, Math.min(i, to)), pos(start + lead)));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Concatenates the string literals of an argument, standing {@code x} in for every other operand. */
    private String literal(int from, int to) {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        boolean pendingExpr = false;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = masked.charAt(i);
            if (c == '"' && depth == 0) {
                if (pendingExpr) {
                    sb.append('x');
                    pendingExpr = false;
                }
                int end = stringEnd(i);
                sb.append(unescape(text.substring(i + 1, end)));
                any = true;
                i = end;
            } else if (c == '(') {
                depth++;
                pendingExpr = true;
            } else if (c == ')') {
                depth--;
            } else if (c == '+' && depth == 0) {
                if (pendingExpr) {
                    sb.append('x');
                    pendingExpr = false;
                }
            } else if (!Character.isWhitespace(c)) {
                pendingExpr = true;
            }
        }
        if (pendingExpr) {
            sb.append('x');
        }
        return any ? sb.toString() : null;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static final Pattern MAP_OF = Pattern.compile("^(?:java\\.util\\.)?Map\\s*\\.\\s*of\\s*\\((.*)\\)$", Pattern.DOTALL);

    /**
     * @param expression a details argument
     * @return the literal keys of {@code Map.of("k1", v1, "k2", v2)}, or null when they cannot be read statically
     */
    static java.util.Set<String> mapKeys(String expression) {
        Matcher m = MAP_OF.matcher(expression.strip());
        if (!m.matches()) {
            return null;
        }
        DrlScan inner = new DrlScan(m.group(1));
        List<Arg> args = inner.args(0, m.group(1).length());
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (int i = 0; i < args.size(); i += 2) {
            Arg a = args.get(i);
            if (a.literal() == null || !a.text().startsWith("\"")) {
                return null;
            }
            keys.add(a.literal());
        }
        return keys;
    }

    /** Blanks out comments (keeping newlines), so positions stay the same and commented-out code is ignored. */
    static String maskComments(String text) {
        StringBuilder sb = new StringBuilder(text);
        int i = 0;
        while (i < sb.length()) {
            char c = sb.charAt(i);
            char n = i + 1 < sb.length() ? sb.charAt(i + 1) : 0;
            if (c == '"') {
                i++;
                while (i < sb.length() && sb.charAt(i) != '"' && sb.charAt(i) != '\n') {
                    if (sb.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
                i++;
            } else if (c == '/' && n == '/') {
                while (i < sb.length() && sb.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '/' && n == '*') {
                while (i < sb.length() && !(sb.charAt(i) == '*' && i + 1 < sb.length() && sb.charAt(i + 1) == '/')) {
                    if (sb.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < sb.length()) {
                    sb.setCharAt(i++, ' ');
                    sb.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return sb.toString();
    }
}
