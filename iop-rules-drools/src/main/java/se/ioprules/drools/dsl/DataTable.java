package se.ioprules.drools.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of data that a rule author keeps next to the rules: every {@code <name>.tsv} file in a rule-set version
 * folder is read into one DataTable (header row = column names) and inserted as a fact in every session of that
 * rule set, e.g. {@code $t : DataTable( name == "word-table" )}. Rows keep the file's order; cells are stripped of
 * surrounding blanks; an absent or empty cell reads as "".
 *
 * @param name the file name without {@code .tsv}
 * @param file the file as shown in diagnostics (rule-set folder relative)
 * @param columns the column names, in header order
 * @param rows one map per data row, column name → cell text, in file order
 * @param lines the 1-based line number of each row in the file (same order as {@code rows})
 */
public record DataTable(String name, String file, List<String> columns, List<Map<String, String>> rows,
        List<Integer> lines) {

    public DataTable {
        columns = List.copyOf(columns);
        List<Map<String, String>> copy = new ArrayList<>(rows.size());
        for (Map<String, String> r : rows) {
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
        lines = List.copyOf(lines);
        if (lines.size() != rows.size()) {
            throw new IllegalArgumentException("one line number per row expected");
        }
    }

    /** @param column a column name @return true if the header has it */
    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    /** @return number of data rows */
    public int size() {
        return rows.size();
    }

    /**
     * @param row 0-based row index
     * @param column column name
     * @return the cell text, "" when empty or the column does not exist
     */
    public String cell(int row, String column) {
        String v = rows.get(row).get(column);
        return v == null ? "" : v;
    }

    /** @param row 0-based row index @return "file:line" of that row, for messages */
    public String where(int row) {
        return file + ":" + lines.get(row);
    }
}
