package se.ioprules.authoring;

import java.util.Comparator;
import java.util.List;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetInfo;

/**
 * What {@link RuleSetLinter#check} found.
 *
 * @param diagnostics every problem, sorted by file, line and column
 * @param ruleSets the rule-set versions found in the directory (including those with problems, where the manifest
 *     could be read)
 */
public record LintReport(List<RuleSetDiagnostic> diagnostics, List<RuleSetInfo> ruleSets) {
    /** Sort order of diagnostics: file, line, column, message. */
    public static final Comparator<RuleSetDiagnostic> ORDER = Comparator.comparing(RuleSetDiagnostic::file)
            .thenComparingInt(RuleSetDiagnostic::line).thenComparingInt(RuleSetDiagnostic::column)
            .thenComparing(RuleSetDiagnostic::message);

    public LintReport {
        diagnostics = diagnostics.stream().sorted(ORDER).toList();
        ruleSets = List.copyOf(ruleSets);
    }

    /** @return the errors */
    public List<RuleSetDiagnostic> errors() {
        return diagnostics.stream().filter(d -> "error".equals(d.severity())).toList();
    }

    /** @return the warnings */
    public List<RuleSetDiagnostic> warnings() {
        return diagnostics.stream().filter(d -> !"error".equals(d.severity())).toList();
    }

    /** @return true when there are no errors (warnings are allowed) */
    public boolean clean() {
        return errors().isEmpty();
    }
}
