package se.ioprules.drools.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetDiagnostic;

/**
 * A rule set's {@code parameters.conf}: named, dated thresholds, each with its legal source or the reason for an
 * assumed value. One value per line:
 *
 * <pre>
 * # De minimis ceiling per undertaking and rolling three years, EUR.
 * deMinimisCeilingEur @2014-01-01 = 200000 | Reg. (EU) 1407/2013 art. 3.2
 * deMinimisCeilingEur @2024-01-01 = 300000 | Reg. (EU) 2023/2831 art. 3.2
 * longTermMonths = 24 | ASSUMPTION: no source gives a number for "längre tid" (catalogue §F.1)
 * </pre>
 *
 * A value without {@code @date} applies from the beginning of time. The value in force on a date is the one with
 * the latest {@code @date} not after it.
 */
public final class ParameterTable {
    /** One dated value. */
    public record Value(String name, LocalDate validFrom, BigDecimal value, String source, String description, int line) {
    }

    private final Map<String, List<Value>> byName;

    private ParameterTable(Map<String, List<Value>> byName) {
        this.byName = byName;
    }

    /** An empty table. */
    public static final ParameterTable EMPTY = new ParameterTable(Map.of());

    /**
     * @param file file name for diagnostics
     * @param text content
     * @param problems receives every problem, with line and column
     * @return the table (problem lines are skipped)
     */
    public static ParameterTable parse(String file, String text, List<RuleSetDiagnostic> problems) {
        Map<String, List<Value>> map = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int ln = i + 1;
            String raw = lines[i];
            String line = raw.strip();
            if (line.isEmpty()) {
                comment.setLength(0);
                continue;
            }
            if (line.startsWith("#")) {
                comment.append(comment.length() == 0 ? "" : " ").append(line.substring(1).strip());
                continue;
            }
            int eq = line.indexOf('=');
            int bar = line.indexOf('|');
            if (eq < 0) {
                problems.add(new RuleSetDiagnostic(file, ln, 1, "error", "expected 'name [@yyyy-mm-dd] = value | source'"));
                continue;
            }
            String left = line.substring(0, eq).strip();
            String valueText = (bar > eq ? line.substring(eq + 1, bar) : line.substring(eq + 1)).strip();
            String source = bar > eq ? line.substring(bar + 1).strip() : "";
            String name = left;
            LocalDate from = null;
            int at = left.indexOf('@');
            if (at >= 0) {
                name = left.substring(0, at).strip();
                String d = left.substring(at + 1).strip();
                try {
                    from = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    problems.add(new RuleSetDiagnostic(file, ln, raw.indexOf('@') + 2, "error",
                            "'" + d + "' is not a date (yyyy-mm-dd)"));
                    continue;
                }
            }
            if (!name.matches("[a-z][A-Za-z0-9]*")) {
                problems.add(new RuleSetDiagnostic(file, ln, 1, "error", "parameter name '" + name + "' must be lowerCamelCase"));
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(valueText);
            } catch (NumberFormatException e) {
                problems.add(new RuleSetDiagnostic(file, ln, raw.indexOf('=') + 2, "error",
                        "value '" + valueText + "' of " + name + " is not a number"));
                continue;
            }
            if (source.isEmpty()) {
                problems.add(new RuleSetDiagnostic(file, ln, raw.length() + 1, "error",
                        "parameter " + name + " has no source: add '| <legal source or reason for the assumption>'"));
                continue;
            }
            List<Value> values = map.computeIfAbsent(name, k -> new ArrayList<>());
            for (Value v : values) {
                if (java.util.Objects.equals(v.validFrom(), from)) {
                    problems.add(new RuleSetDiagnostic(file, ln, 1, "error", "parameter " + name
                            + " already has a value from " + (from == null ? "the beginning" : from) + " (line " + v.line() + ")"));
                }
            }
            values.add(new Value(name, from, value, source, comment.toString(), ln));
            comment.setLength(0);
        }
        for (List<Value> vs : map.values()) {
            vs.sort(Comparator.comparing(Value::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return new ParameterTable(map);
    }

    /** @return parameter names */
    public java.util.Set<String> names() {
        return byName.keySet();
    }

    /** @return every dated value, by name */
    public Map<String, List<Value>> all() {
        return byName;
    }

    /**
     * @param date the as-of date
     * @param overrides caller overrides by name (already narrowed to this rule set)
     * @return the values in force on the date (parameters not yet in force are left out)
     */
    public Map<String, ParameterValue> inForce(LocalDate date, Map<String, BigDecimal> overrides) {
        Map<String, ParameterValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Value>> e : byName.entrySet()) {
            Value chosen = null;
            for (Value v : e.getValue()) {
                if (v.validFrom() == null || !v.validFrom().isAfter(date)) {
                    chosen = v;
                }
            }
            BigDecimal override = overrides.get(e.getKey());
            if (override != null) {
                out.put(e.getKey(), new ParameterValue(e.getKey(), override, null, "override by caller", true));
            } else if (chosen != null) {
                out.put(e.getKey(), new ParameterValue(e.getKey(), chosen.value(), chosen.validFrom(), chosen.source(), false));
            }
        }
        return out;
    }
}
