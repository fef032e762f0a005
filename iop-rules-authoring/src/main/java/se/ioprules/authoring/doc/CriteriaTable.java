package se.ioprules.authoring.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.drools.CompiledRuleSet;
import se.ioprules.drools.RuleSetCompiler;
import se.ioprules.drools.dsl.RuleMeta;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * Renders {@code docs/criteria.md}: one Markdown table row per criterion of every built-in rule-set version, with
 * its kind, its sources (the {@code @source} metadata of the criterion's rules, resolved through the manifest) and
 * its title (the rule set's {@code criteria.tsv}, Swedish with English). Rows are sorted by rule-set id,
 * then version (effective date), then the order in which the criterion's first rule appears in the DRL files (files
 * by name). Sources are listed one document per line with its locators. The output depends only on the rule-set files, so the committed file can be checked by a test
 * ({@code CriteriaTableTest}).
 *
 * <p>Regenerate with {@value #COMMAND} (from the repository root).
 */
public final class CriteriaTable {
    /** The command that regenerates docs/criteria.md. */
    public static final String COMMAND = "mvn -B -q -pl iop-rules-rulesets -am -DskipTests test-compile exec:java@criteria-doc";

    /**
     * One row of the table.
     *
     * @param criterion criterion id
     * @param ruleSet rule set id@version
     * @param kind kind
     * @param sources citations, deduplicated, in rule order
     * @param titleSv Swedish title, or null if missing
     * @param titleEn English title, or null if missing
     */
    public record Row(String criterion, String ruleSet, CriterionKind kind, List<Citation> sources, String titleSv,
            String titleEn) {
    }

    private CriteriaTable() {
    }

    /**
     * Writes the table.
     *
     * @param args the output file (default {@code docs/criteria.md})
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/criteria.md");
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        String text = render();
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.toAbsolutePath().normalize() + " (" + rows().size() + " criteria)");
    }

    /** @return the Markdown document for the built-in rule sets */
    public static String render() {
        return render(rows());
    }

    /** @return the rows for every built-in rule-set version, sorted */
    public static List<Row> rows() {
        List<RuleSetDefinition> defs = new ArrayList<>(RuleSetLoader.builtIn());
        defs.sort(Comparator.comparing((RuleSetDefinition d) -> d.info().id())
                .thenComparing(d -> d.info().effectiveFrom(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.info().version()));
        List<Row> rows = new ArrayList<>();
        for (RuleSetDefinition def : defs) {
            rows.addAll(rows(def));
        }
        return rows;
    }

    /**
     * @param def one rule-set version
     * @return its rows, in criterion order
     */
    public static List<Row> rows(RuleSetDefinition def) {
        CompiledRuleSet crs = RuleSetCompiler.compile(def);
        try {
            List<Rule> rules = new ArrayList<>();
            for (KiePackage pkg : crs.kieBase().getKiePackages()) {
                rules.addAll(pkg.getRules());
            }
            rules.sort(Comparator.comparingLong((Rule r) -> def.rulePosition(r.getName())).thenComparing(Rule::getName));
            Map<String, Set<Citation>> sources = new LinkedHashMap<>();
            for (Rule r : rules) {
                RuleMeta meta = RuleMeta.of(r);
                sources.computeIfAbsent(meta.criterion(), k -> new LinkedHashSet<>())
                        .addAll(meta.citations(def.info().sources()));
            }
            List<Row> out = new ArrayList<>();
            RuleSetInfo info = def.info();
            for (Map.Entry<String, Set<Citation>> e : sources.entrySet()) {
                String c = e.getKey();
                out.add(new Row(c, info.ref(), crs.criteria().get(c), List.copyOf(e.getValue()),
                        info.criterionTitle(c).map(t -> t.sv()).orElse(null),
                        info.criterionTitle(c).map(t -> t.en()).orElse(null)));
            }
            return out;
        } finally {
            crs.release().run();
        }
    }


    /**
     * @param rows the rows
     * @return the Markdown document
     */
    public static String render(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Criteria of the built-in rule sets\n\n");
        sb.append("<!-- Generated by se.ioprules.authoring.doc.CriteriaTable from the rule-set files; do not edit by hand.\n");
        sb.append("     Regenerate from the repository root: ").append(COMMAND).append(" -->\n\n");
        Set<String> sets = new LinkedHashSet<>();
        rows.forEach(r -> sets.add(r.ruleSet()));
        sb.append(rows.size()).append(" criteria in ").append(sets.size()).append(" rule-set version(s): ");
        sb.append(String.join(", ", sets.stream().map(s -> "`" + s + "`").toList())).append(".\n\n");
        sb.append("Kind: LEGAL_REQUIREMENT (a FAIL makes the rule set's verdict DOES_NOT_MEET), GUIDING_INDICATOR ");
        sb.append("(weighed together: the verdict is DOES_NOT_MEET when more than `maxFailedIndicatorShare` of them FAIL), ");
        sb.append("RECOMMENDATION, GOOD_PRACTICE (these two count as guiding indicators do only in a rule set that has ");
        sb.append("neither of the first two kinds, as famna-2024). Sources are the rules' `@source` metadata resolved through the rule ");
        sb.append("set's manifest; the description is the criterion's title in the rule set's `criteria.tsv` (Swedish, English in italics).\n\n");
        sb.append("| Criterion | Rule set | Kind | Source(s) | Description |\n");
        sb.append("|---|---|---|---|---|\n");
        Set<String> anchored = new java.util.HashSet<>();
        for (Row r : rows) {
            // the first row of a criterion carries its anchor, so docs/facts.md can link to criteria.md#<id>
            sb.append("| ").append(anchored.add(r.criterion()) ? "<a id=\"" + r.criterion() + "\"></a>" : "")
                    .append('`').append(r.criterion()).append("` | `").append(r.ruleSet()).append("` | ")
                    .append(r.kind()).append(" | ")
                    .append(sources(r.sources()))
                    .append(" | ").append(cell(r.titleSv() == null ? "(title missing)" : r.titleSv()))
                    .append("<br>*").append(cell(r.titleEn() == null ? "(title missing)" : r.titleEn())).append("* |\n");
        }
        return sb.toString();
    }

    /** One line per document: "document — locator; locator", documents separated by {@code <br>}. */
    private static String sources(List<Citation> citations) {
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<String> locators = byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>());
            if (!c.locator().isEmpty() && !locators.contains(c.locator())) {
                locators.add(c.locator());
            }
        }
        List<String> parts = new ArrayList<>();
        byDocument.forEach((doc, locators) -> parts.add(cell(locators.isEmpty() ? doc : doc + " — " + String.join("; ", locators))));
        return String.join("<br>", parts);
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("\r", " ").replace("\n", " ");
    }
}
