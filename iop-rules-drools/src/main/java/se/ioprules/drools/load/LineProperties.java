package se.ioprules.drools.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ioprules.api.RuleSetDiagnostic;

/**
 * A strict reader for {@code key=value} files that remembers line numbers, so problems can be reported as
 * {@code file:line:column}. Lines starting with '#' or '!' are comments; no continuation lines.
 */
public final class LineProperties {
    /** A value and the line it stands on. */
    public record Entry(String value, int line) {
    }

    private LineProperties() {
    }

    /**
     * @param file file name for diagnostics
     * @param text file content
     * @param problems receives problems (malformed lines, duplicate keys)
     * @return entries in file order
     */
    public static Map<String, Entry> parse(String file, String text, List<RuleSetDiagnostic> problems) {
        Map<String, Entry> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new RuleSetDiagnostic(file, i + 1, 1, "error", "expected 'key = value'"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (out.containsKey(key)) {
                problems.add(new RuleSetDiagnostic(file, i + 1, 1, "error",
                        "duplicate key '" + key + "' (first on line " + out.get(key).line() + ")"));
                continue;
            }
            out.put(key, new Entry(value, i + 1));
        }
        return out;
    }
}
