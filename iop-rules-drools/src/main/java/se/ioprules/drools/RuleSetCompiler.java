package se.ioprules.drools;

import java.util.ArrayList;
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
import se.ioprules.drools.load.RuleSetDefinition;

/**
 * The one place that turns DRL into a {@link KieBase}. Today: the classic (MVEL) build at run time through a
 * {@link KieFileSystem} with a unique ReleaseId per rule-set version and content hash, so versions live side by
 * side without colliding in the KIE repository. To ship built-in rule sets precompiled (executable model), change
 * this class only.
 */
public final class RuleSetCompiler {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern LINE_COL = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]|Line (\\d+):(\\d+)");

    private RuleSetCompiler() {
    }

    /**
     * @param def the rule set
     * @return the compiled rule set
     * @throws RuleSetException listing every compile and metadata problem
     */
    public static CompiledRuleSet compile(RuleSetDefinition def) {
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
            Matcher pkg = PACKAGE.matcher(text);
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            String path = "src/main/resources/" + folder + name;
            original.put(path, name);
            kfs.write(path, text);
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(diagnostic(m, original, shown));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(rid);
            throw new RuleSetException("Rule set " + def.info().ref() + " does not compile", problems);
        }
        KieContainer container = ks.newKieContainer(rid);
        KieBase kieBase = container.getKieBase();
        Map<String, CriterionKind> criteria = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                checkMetadata(def, rule, criteria, problems, shown);
            }
        }
        if (!problems.isEmpty()) {
            container.dispose();
            ks.getRepository().removeKieModule(rid);
            throw new RuleSetException("Rule set " + def.info().ref() + " has rules with bad metadata", problems);
        }
        Runnable release = () -> {
            container.dispose();
            ks.getRepository().removeKieModule(rid);
        };
        return new CompiledRuleSet(def, kieBase, criteria, release);
    }

    private static void checkMetadata(RuleSetDefinition def, Rule rule, Map<String, CriterionKind> criteria,
            List<RuleSetDiagnostic> problems, String shown) {
        Map<String, Object> md = rule.getMetaData();
        String where = shown + fileOf(def, rule.getName());
        int line = lineOf(def, rule.getName());
        for (String key : RuleMeta.REQUIRED) {
            if (RuleMeta.text(md.get(key)) == null) {
                problems.add(new RuleSetDiagnostic(where, line, 1, "error", "rule \"" + rule.getName() + "\" lacks @" + key));
            }
        }
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

    private static RuleSetDiagnostic diagnostic(Message m, Map<String, String> original, String shown) {
        String raw = m.getPath() == null ? "" : m.getPath();
        String path = original.getOrDefault(raw, raw.replaceFirst("^src/main/resources/", ""));
        int line = Math.max(m.getLine(), 0);
        int col = Math.max(m.getColumn(), 0);
        Matcher lc = LINE_COL.matcher(m.getText());
        if (lc.find()) {
            // Drools reports column 0 and puts the real position in the text; expression positions are relative
            // to the rule line, parser positions are absolute.
            if (lc.group(1) != null) {
                col = Integer.parseInt(lc.group(2)) + 1;
            } else {
                line = line > 0 ? line : Integer.parseInt(lc.group(3));
                col = Integer.parseInt(lc.group(4)) + 1;
            }
        }
        String text = m.getText().replaceAll("\\s+", " ").strip();
        return new RuleSetDiagnostic(shown + path, line, col, "error", text);
    }
}
