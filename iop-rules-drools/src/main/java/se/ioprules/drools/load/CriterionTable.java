package se.ioprules.drools.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.dsl.DataTable;

/**
 * A rule set's criteria, once each ({@code criteria.tsv} in the version folder): kind, the passage that states the
 * criterion, and its title in Swedish and English. Rules name the criterion ({@code @criterion}); the compiler checks
 * their {@code @kind} against this table, so a criterion's kind is stated in one place that a reader can scan.
 * A rule set without the file (an older external one) takes titles from its {@code <criterion>.title} messages.
 *
 * @param rows criterion id → row, in file order
 */
public record CriterionTable(Map<String, Row> rows) {
    /** The file name. */
    public static final String FILE = "criteria.tsv";
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("criterion", "kind", "source", "title_sv", "title_en");
    /** No table. */
    public static final CriterionTable NONE = new CriterionTable(Map.of());

    public CriterionTable {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /**
     * One criterion.
     *
     * @param criterion id
     * @param kind kind
     * @param source source key and locator of the passage stating it ({@code "S4 s. 27"})
     * @param title title
     * @param line line in the file
     */
    public record Row(String criterion, CriterionKind kind, String source, LocalizedText title, int line) {
    }

    /** @return whether the rule set has a table */
    public boolean present() {
        return !rows.isEmpty();
    }

    /**
     * @param file the file as shown in diagnostics
     * @param text its content
     * @param sources the source keys the manifest declares
     * @param problems receives every problem, as {@code file:line:column}
     * @return the table (rows with problems left out)
     */
    static CriterionTable parse(String file, String text, Map<String, String> sources, List<RuleSetDiagnostic> problems) {
        DataTable t = TsvTables.parse(file, "criteria", text, problems);
        if (t == null) {
            return NONE;
        }
        if (!t.columns().equals(COLUMNS)) {
            problems.add(new RuleSetDiagnostic(file, 0, 0, "error", "the header must be the columns " + String.join(", ", COLUMNS)
                    + " (tab-separated), not " + String.join(", ", t.columns())));
            return NONE;
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            int line = t.lines().get(i);
            String id = t.cell(i, "criterion");
            CriterionKind kind = null;
            try {
                kind = CriterionKind.valueOf(t.cell(i, "kind"));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleSetDiagnostic(file, line, 1, "error", "criterion " + id + ": kind '" + t.cell(i, "kind")
                        + "' is not one of " + java.util.Arrays.toString(CriterionKind.values())));
            }
            String source = t.cell(i, "source");
            for (String part : source.split(";")) {
                String key = part.strip().split(" ", 2)[0];
                if (!key.isEmpty() && !sources.containsKey(key)) {
                    problems.add(new RuleSetDiagnostic(file, line, 1, "error", "criterion " + id + ": source key '" + key
                            + "' is not declared in manifest.properties (source." + key + "=…)"));
                }
            }
            if (source.isBlank() || t.cell(i, "title_sv").isBlank() || t.cell(i, "title_en").isBlank()) {
                problems.add(new RuleSetDiagnostic(file, line, 1, "error", "criterion " + id
                        + ": source, title_sv and title_en must not be empty"));
            }
            if (id.isBlank() || rows.containsKey(id)) {
                problems.add(new RuleSetDiagnostic(file, line, 1, "error", id.isBlank() ? "a row without a criterion id"
                        : "criterion " + id + " is listed twice"));
                continue;
            }
            if (kind != null) {
                rows.put(id, new Row(id, kind, source, new LocalizedText(t.cell(i, "title_sv"), t.cell(i, "title_en")), line));
            }
        }
        return new CriterionTable(rows);
    }

    /** @return criterion id → title */
    public Map<String, LocalizedText> titles() {
        Map<String, LocalizedText> out = new java.util.TreeMap<>();
        rows.forEach((id, r) -> out.put(id, r.title()));
        return out;
    }
}
