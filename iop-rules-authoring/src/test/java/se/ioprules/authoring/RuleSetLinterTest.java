package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.RuleSetDiagnostic;

/**
 * The linter on a deliberately broken directory (one folder per problem kind) and on clean ones, beside the built-in
 * rule sets (which are themselves linted in iop-rules-rulesets, BuiltInLintTest).
 */
class RuleSetLinterTest {
    static final Path BROKEN = Path.of("src/test/resources/broken");
    private static LintReport broken;

    private record Expected(String file, int line, int column, String fragment) {
    }

    @BeforeAll
    static void lintBroken() {
        broken = new RuleSetLinter().check(BROKEN);
    }

    private static List<Expected> expected() throws IOException {
        Pattern p = Pattern.compile("([^:]+):(\\d+):(\\d+): (.*)");
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(BROKEN.resolve("expected-diagnostics.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = p.matcher(line);
            assertTrue(m.matches(), line);
            out.add(new Expected(BROKEN + "/" + m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4)));
        }
        return out;
    }

    private static boolean matches(Expected e, RuleSetDiagnostic d) {
        return d.file().equals(e.file()) && d.line() == e.line() && d.column() == e.column()
                && d.message().contains(e.fragment());
    }

    @Test
    void everyExpectedDiagnosticIsReportedAtItsPosition() throws IOException {
        String actual = broken.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
        for (Expected e : expected()) {
            assertTrue(broken.errors().stream().anyMatch(d -> matches(e, d)),
                    () -> "missing " + e + "\nactual:\n" + actual);
        }
    }

    @Test
    void noOtherErrors() throws IOException {
        List<Expected> expected = expected();
        List<RuleSetDiagnostic> unexpected = broken.errors().stream()
                .filter(d -> expected.stream().noneMatch(e -> matches(e, d))).toList();
        assertEquals(List.of(), unexpected);
        assertEquals(expected.size(), broken.errors().size());
        assertTrue(!broken.clean());
    }

    @Test
    void everyProblemKindOfTheIssueIsCovered() {
        Set<String> folders = broken.errors().stream()
                .map(d -> d.file().substring(BROKEN.toString().length() + 1).split("/")[0]).collect(Collectors.toSet());
        assertEquals(Set.of("bad-manifest", "bad-metadata", "duplicate-criterion", "missing-message", "overlap",
                "param-no-source", "syntax-error", "type-error", "unknown-conclusion", "unknown-fact-path", "unknown-requires"),
                folders);
    }

    /** A consequence that repeats a fact its conditions already give is told to leave it out (a warning). */
    @Test
    void aPathTheConditionsGiveIsAWarning() {
        String file = BROKEN + "/unknown-fact-path/2024.1/long-term.drl";
        // out.warn(drools, "short", "derived.durationMonths", "param.longTermMonths") under
        // Derived( durationMonths != null, durationMonths < $p.intValue("longTermMonths") )
        List<String> at = broken.warnings().stream().filter(d -> d.file().equals(file) && d.line() == 24)
                .map(d -> d.column() + ": " + d.message()).toList();
        assertEquals(List.of("31: rule \"unk-long-term: short\": fact path 'derived.durationMonths' is named by the rule's"
                + " conditions already; leave it out of out.warn(…)", "57: rule \"unk-long-term: short\": fact path"
                + " 'param.longTermMonths' is named by the rule's conditions already; leave it out of out.warn(…)"), at);
        // a fact the conditions do not test stays without a warning
        assertTrue(broken.warnings().stream().noneMatch(d -> d.file().equals(file) && d.line() == 32), broken::toString);
    }

    @Test
    void diagnosticsPrintAsFileLineColumn() {
        RuleSetDiagnostic d = broken.errors().stream().filter(x -> x.file().endsWith("type-error/2024.1/long-term.drl"))
                .findFirst().orElseThrow();
        assertEquals(BROKEN + "/type-error/2024.1/long-term.drl:38:16: error: Agreement has no field 'agreementSined'"
                + " (in expression: agreementSined == Tri.TRUE)", d.toString());
    }

    @Test
    void cleanTestRuleSetHasNoErrors() {
        LintReport r = new RuleSetLinter().check(Path.of("src/test/resources/worked-example/rules"));
        assertEquals(List.of(), r.diagnostics());
        assertEquals(2, r.ruleSets().size());
    }
}
