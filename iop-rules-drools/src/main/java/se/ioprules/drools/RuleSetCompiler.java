package se.ioprules.drools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetException;
import se.ioprules.drools.dsl.RuleMeta;
import se.ioprules.drools.internal.PrecompiledModel;
import se.ioprules.drools.load.RuleSetDefinition;

/**
 * The one place that turns a rule set into a {@link KieBase}, by one of two routes:
 * <ul>
 *   <li>built-in rule sets load their executable model, generated at build time
 *       ({@link se.ioprules.drools.internal.RuleSetPrecompiler}) and keyed by the rule set's content hash, so no DRL is
 *       compiled at run time; when there is no model or it is stale, they fall back to the route below;</li>
 *   <li>external rule sets (and built-in ones without a usable model) are compiled from DRL at run time: the classic
 *       (MVEL) build through a {@link KieFileSystem} with a unique ReleaseId per rule-set version and content hash, so
 *       versions live side by side without colliding in the KIE repository, and with precise diagnostics.</li>
 * </ul>
 * A precompiled model is never used for an external rule set: its code would not be the code that passed the
 * safety check. The system property {@value #PRECOMPILED_PROPERTY}{@code =false}, read when an engine is created,
 * turns precompiled models off for that engine (the run-time route for everything), for comparing the two routes.
 */
public final class RuleSetCompiler {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern LINE_COL = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]|Line (\\d+):(\\d+)");

    /** System property: {@code false} makes built-in rule sets compile their DRL at run time as external ones do. */
    public static final String PRECOMPILED_PROPERTY = "iop-rules.precompiled";

    private RuleSetCompiler() {
    }

    /** @return false when the system property {@value #PRECOMPILED_PROPERTY} is {@code false}, else true */
    public static boolean precompiledEnabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PRECOMPILED_PROPERTY));
    }

    /**
     * @param drl a DRL file's text
     * @return the folder of its package ({@code se/x/y/}), or "" when it declares none
     */
    public static String packageFolder(String drl) {
        Matcher pkg = PACKAGE.matcher(drl);
        return pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
    }

    /**
     * Compiles a rule set from its DRL at run time (the route for external rule sets).
     *
     * @param def the rule set
     * @return the compiled rule set
     * @throws RuleSetException listing every compile and metadata problem
     */
    public static CompiledRuleSet compile(RuleSetDefinition def) {
        return compile(def, false);
    }

    /**
     * @param def the rule set
     * @param builtIn true only for a rule set read from the engine's own class path, to use its precompiled model
     * @return the compiled rule set
     * @throws RuleSetException listing every compile and metadata problem
     */
    public static CompiledRuleSet compile(RuleSetDefinition def, boolean builtIn) {
        if (builtIn) {
            KieBase precompiled = PrecompiledModel.load(def);
            if (precompiled != null) {
                return withCriteria(def, precompiled, () -> { }, true);
            }
        }
        return compileDrl(def);
    }

    private static CompiledRuleSet compileDrl(RuleSetDefinition def) {
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        KieServices ks = KieServices.Factory.get();
        if (ks == null) {
            throw new RuleSetException("Drools KieServices not found: is drools-compiler on the classpath?");
        }
        KieFileSystem kfs = ks.newKieFileSystem();
        String hash = def.info().sha256().substring(0, 16);
        ReleaseId rid = ks.newReleaseId("se.ioprules.rulesets", def.info().id(), def.info().version() + "-" + hash);
        kfs.generateAndWritePomXML(rid);
        String shown = def.info().location().replaceFirst("^classpath:", "") + "/";
        // Each file goes under the folder of its DRL package (Drools warns otherwise); remember where it came from.
        Map<String, String> original = new LinkedHashMap<>();
        def.drl().forEach((name, text) -> {
            String path = "src/main/resources/" + packageFolder(text) + name;
            original.put(path, name);
            kfs.write(path, text);
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(diagnostic(m, original, shown, def));
        }
        if (problems.size() > 1) {
            // Drools adds this after any parser error; it says nothing the parser error does not.
            problems.removeIf(d -> d.message().equals("Parser returned a null Package"));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(rid);
            throw new RuleSetException("Rule set " + def.info().ref() + " does not compile", problems);
        }
        KieContainer container = ks.newKieContainer(rid);
        Runnable release = () -> {
            container.dispose();
            ks.getRepository().removeKieModule(rid);
        };
        return withCriteria(def, container.getKieBase(), release, false);
    }

    /**
     * Checks every rule's metadata and collects the criteria, in the order the rules are written (not the KIE
     * base's order, which differs between build routes).
     */
    private static CompiledRuleSet withCriteria(RuleSetDefinition def, KieBase kieBase, Runnable release,
            boolean precompiled) {
        String where = def.info().location().replaceFirst("^classpath:", "") + "/";
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        Map<String, Long> position = new java.util.HashMap<>();
        for (Rule r : rules) {
            position.put(r.getName(), def.rulePosition(r.getName()));
        }
        rules.sort(Comparator.comparingLong((Rule r) -> position.get(r.getName())).thenComparing(Rule::getName));
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        Map<String, CriterionKind> criteria = new LinkedHashMap<>();
        for (Rule rule : rules) {
            checkMetadata(def, rule, criteria, problems, where);
        }
        if (!problems.isEmpty()) {
            release.run();
            throw new RuleSetException("Rule set " + def.info().ref() + " has rules with bad metadata", problems);
        }
        return new CompiledRuleSet(def, kieBase, criteria, release, precompiled);
    }


    private static void checkMetadata(RuleSetDefinition def, Rule rule, Map<String, CriterionKind> criteria,
            List<RuleSetDiagnostic> problems, String shown) {
        Map<String, Object> md = rule.getMetaData();
        // where the rule is written: looked up only for a problem (a scan of the rule files per rule)
        int before = problems.size();
        String where = "";
        int line = 0;
        for (String key : RuleMeta.REQUIRED) {
            if (RuleMeta.text(md.get(key)) == null) {
                problems.add(new RuleSetDiagnostic(where, line, 1, "error", "rule \"" + rule.getName() + "\" lacks @" + key));
            }
        }
        try {
            checkMetadata(def, rule, md, criteria, problems);
        } finally {
            if (problems.size() > before) {
                String file = shown + fileOf(def, rule.getName());
                int at = lineOf(def, rule.getName());
                for (int i = before; i < problems.size(); i++) {
                    RuleSetDiagnostic d = problems.get(i);
                    problems.set(i, new RuleSetDiagnostic(file, at, d.column(), d.severity(), d.message()));
                }
            }
        }
    }

    private static void checkMetadata(RuleSetDefinition def, Rule rule, Map<String, Object> md,
            Map<String, CriterionKind> criteria, List<RuleSetDiagnostic> problems) {
        String where = "";
        int line = 0;
        if (problems.stream().anyMatch(p -> p.message().contains("\"" + rule.getName() + "\""))) {
            return;
        }
        CriterionKind kind;
        try {
            kind = CriterionKind.valueOf(RuleMeta.text(md.get("kind")));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleSetDiagnostic(where, line, 1, "error", "rule \"" + rule.getName() + "\": @kind must be one of "
                    + java.util.Arrays.toString(CriterionKind.values())));
            return;
        }
        RuleMeta meta = RuleMeta.of(rule);
        for (String key : meta.unknownSourceKeys(def.info().sources())) {
            problems.add(new RuleSetDiagnostic(where, line, 1, "error", "rule \"" + rule.getName() + "\": @source key '" + key
                    + "' is not declared in manifest.properties (source." + key + "=…)"));
        }
        if (def.criteria().present()) {
            var row = def.criteria().rows().get(meta.criterion());
            if (row == null) {
                problems.add(new RuleSetDiagnostic(where, line, 1, "error", "rule \"" + rule.getName() + "\": criterion "
                        + meta.criterion() + " is not in " + se.ioprules.drools.load.CriterionTable.FILE
                        + " (add a row: criterion, kind, source, title_sv, title_en)"));
            } else if (row.kind() != kind) {
                problems.add(new RuleSetDiagnostic(where, line, 1, "error", "rule \"" + rule.getName() + "\": @kind "
                        + kind + " differs from " + row.kind() + " in " + se.ioprules.drools.load.CriterionTable.FILE
                        + " line " + row.line()));
            }
        }
        CriterionKind previous = criteria.putIfAbsent(meta.criterion(), kind);
        if (previous != null && previous != kind) {
            problems.add(new RuleSetDiagnostic(where, line, 1, "error", "rule \"" + rule.getName() + "\": criterion "
                    + meta.criterion() + " is " + kind + " here but " + previous + " in another rule"));
        }
    }

    /**
     * @param def rule set
     * @param ruleName a rule name
     * @return the DRL file declaring it, or "" if not found
     */
    static String fileOf(RuleSetDefinition def, String ruleName) {
        for (Map.Entry<String, String> e : def.drl().entrySet()) {
            if (e.getValue().contains("rule \"" + ruleName + "\"")) {
                return e.getKey();
            }
        }
        return "";
    }

    /**
     * @param def rule set
     * @param ruleName a rule name
     * @return 1-based line of the rule's declaration, or 0
     */
    static int lineOf(RuleSetDefinition def, String ruleName) {
        for (String text : def.drl().values()) {
            int idx = text.indexOf("rule \"" + ruleName + "\"");
            if (idx >= 0) {
                return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
            }
        }
        return 0;
    }

    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error:");
    private static final Pattern NO_METHOD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    /**
     * Maps a Drools message to {@code file:line:column}. Drools reports the path inside the KieFileSystem (with or
     * without {@code src/main/resources/}), which is mapped back to the rule set's file; a 0-based parser column in
     * the text ({@code Line 39:0}) or the start of the pattern for expression errors ({@code [Line: 38, Column: 4]});
     * for the latter the column is moved to the failing expression in the source line, and the MVEL detail is
     * shortened to "Type has no field 'x'".
     */
    private static RuleSetDiagnostic diagnostic(Message m, Map<String, String> original, String shown, RuleSetDefinition def) {
        String rawPath = m.getPath() == null ? "" : m.getPath();
        String path = original.containsKey(rawPath) ? original.get(rawPath)
                : original.getOrDefault("src/main/resources/" + rawPath, rawPath.replaceFirst("^src/main/resources/", ""));
        int line = Math.max(m.getLine(), 0);
        int col = Math.max(m.getColumn(), 0);
        String raw = m.getText();
        Matcher lc = LINE_COL.matcher(raw);
        if (lc.find()) {
            // Drools reports column 0 and puts the real position in the text; expression positions are relative
            // to the rule line, parser positions are absolute.
            if (lc.group(1) != null) {
                line = line > 0 ? line : Integer.parseInt(lc.group(1));
                col = Integer.parseInt(lc.group(2)) + 1;
            } else {
                line = line > 0 ? line : Integer.parseInt(lc.group(3));
                col = Integer.parseInt(lc.group(4)) + 1;
            }
        }
        String text = raw.replaceAll("\\s+", " ").strip();
        Matcher ex = EXPRESSION.matcher(raw);
        if (ex.find()) {
            String expression = ex.group(1).strip();
            Matcher nm = NO_METHOD.matcher(raw);
            String field = nm.find() ? nm.group(2) : null;
            String type = field == null ? null : nm.group(1).substring(nm.group(1).lastIndexOf('.') + 1);
            String source = def.drl().get(path);
            if (source != null && line > 0) {
                String[] lines = source.split("\r?\n", -1);
                for (int i = line - 1; i < Math.min(lines.length, line + 5); i++) {
                    int at = lines[i].indexOf(field != null ? field : expression);
                    if (at >= 0) {
                        line = i + 1;
                        col = at + 1;
                        break;
                    }
                }
            }
            text = field != null
                    ? type + " has no field '" + field + "' (in expression: " + expression + ")"
                    : "cannot analyse expression: " + expression + " – " + text.replaceFirst(".*?\\[Error: ", "[")
                            .replaceFirst("\\[Near.*", "").strip();
        }
        return new RuleSetDiagnostic(shown + path, line, col, "error", text);
    }
}
