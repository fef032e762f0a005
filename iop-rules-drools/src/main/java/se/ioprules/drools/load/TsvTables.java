package se.ioprules.drools.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.dsl.DataTable;

/**
 * Reads a rule set's {@code *.tsv} data files into {@link DataTable}s. Format (UTF-8, tab separated):
 * <ul>
 * <li>lines starting with {@code #} are comments and blank lines are skipped, anywhere in the file;</li>
 * <li>the first other line is the header: unique, non-empty column names;</li>
 * <li>every further line is one row with exactly as many cells as the header (cells may be empty);</li>
 * <li>cells are stripped of surrounding spaces; a UTF-8 byte-order mark and CR line ends are tolerated.</li>
 * </ul>
 * Problems are reported as {@code file:line:column} diagnostics; a file with problems yields no table.
 */
public final class TsvTables {
    private TsvTables() {
    }

    /**
     * @param file the file as shown in diagnostics
     * @param name the table name (file name without .tsv)
     * @param text the content
     * @param problems receives every problem
     * @return the table, or null if the file has problems
     */
    public static DataTable parse(String file, String name, String text, List<RuleSetDiagnostic> problems) {
        int before = problems.size();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add(new RuleSetDiagnostic(file, 0, 0, "error",
                    "table name '" + name + "' may hold only letters, digits, '-', '_' and '.'"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int ln = i + 1;
            String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = raw.split("\t", -1);
            if (header == null) {
                header = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                int col = 1;
                for (String c : cells) {
                    String h = c.strip();
                    if (h.isEmpty()) {
                        problems.add(new RuleSetDiagnostic(file, ln, col, "error", "empty column name in header"));
                    } else if (!seen.add(h)) {
                        problems.add(new RuleSetDiagnostic(file, ln, col, "error", "duplicate column name '" + h + "'"));
                    }
                    header.add(h);
                    col += c.length() + 1;
                }
                continue;
            }
            if (cells.length != header.size()) {
                int col = cells.length > header.size() ? columnOfCell(raw, header.size()) : raw.length() + 1;
                problems.add(new RuleSetDiagnostic(file, ln, col, "error", "row has " + cells.length
                        + " cell(s) but the header has " + header.size() + " column(s) (cells are separated by TAB)"));
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(header.get(c), cells[c].strip());
            }
            rows.add(row);
            rowLines.add(ln);
        }
        if (header == null) {
            problems.add(new RuleSetDiagnostic(file, 1, 1, "error", "no header row (first non-comment line names the columns)"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new DataTable(name, file, header, rows, rowLines);
    }

    /** 1-based column where cell number {@code index} (0-based) starts. */
    private static int columnOfCell(String raw, int index) {
        int pos = 0;
        for (int k = 0; k < index; k++) {
            pos = raw.indexOf('\t', pos) + 1;
        }
        return pos + 1;
    }
}
