package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.load.RuleCodeSafety;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/** The safety check of rule code, on the probe rule sets of issue 11 (the built-in rule sets: iop-rules-rulesets). */
class RuleCodeSafetyTest {
    static final Path PROBES = Path.of("src/test/resources/probes/rs");

    @Test
    void theBenignProbePasses() {
        assertEquals(List.of(), checkProbe(probe("benign")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sidefx    | 12 | java.nio.file.Files.writeString(...) is not allowed",
        "sidefx    | 13 | new ProcessBuilder(...) is not allowed",
        "sidefx-fn | 8  | java.nio.file.Files.writeString(...) is not allowed",
        "sidefx-fn | 8  | try/catch is not allowed",
        "exit      | 12 | java.lang.System.exit(...) is not allowed",
        "halt      | 12 | java.lang.Runtime.getRuntime(...) is not allowed",
        "loop      | 12 | a consequence may not loop",
        "loopfn    | 7  | while/do loops are not allowed",
        "alloc     | 13 | a consequence may not loop",
        "insert    | 12 | insert(...) changes the engine's working memory",
        "insert-oom| 20 | insert(...) changes the engine's working memory",
    })
    void probesAreRefusedWithFileLineAndReason(String probe, int line, String message) {
        List<RuleSetDiagnostic> d = checkProbe(probe(probe));
        assertTrue(d.stream().anyMatch(x -> x.line() == line && x.message().contains(message) && x.file().endsWith("probe.drl")
                && x.severity().equals("error")), () -> d.toString());
    }

    @Test
    void codeInConditionsAndFunctionsIsCheckedToo() {
        String drl = """
                package p;
                import se.ioprules.api.facts.*;
                import se.ioprules.drools.dsl.*;
                global Findings out;
                global java.io.File f;
                function int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
                function int sum(java.util.List xs) { int s = 0; for (int i = 0; i < xs.size(); i++) { s += 1; } return s; }
                function int spin(int n) { for (int i = 0; i < n; i--) { } return 0; }
                rule "r"
                    @criterion("x") @kind("GOOD_PRACTICE") @source("P1 s. 1")
                when
                    Partnership( java.lang.System.exit(1) == null )
                    eval( Thread.currentThread() != null && $x.classLoader != null )
                then
                    String s = "x".getClass().getName();
                    drools.getKieRuntime().halt();
                    out.pass(drools, "ok");
                end
                """;
        List<RuleSetDiagnostic> d = RuleCodeSafety.check("t/", new TreeMap<>(Map.of("t.drl", drl)));
        List<String> text = d.stream().map(RuleSetDiagnostic::toString).toList();
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:5:") && s.contains("global java.io.File f")), text::toString);
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:6:") && s.contains("function fact calls itself")), text::toString);
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:8:") && s.contains("only counting loops")), text::toString);
        assertFalse(text.stream().anyMatch(s -> s.startsWith("t/t.drl:7:")), text::toString);
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:12:") && s.contains("java.lang.System.exit")), text::toString);
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:13:") && s.contains("java.lang.Thread.currentThread")), text::toString);
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:13:") && s.contains(".classLoader is not allowed")), text::toString);
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:15:") && s.contains(".getClass(...) is not allowed")), text::toString);
        assertTrue(text.stream().anyMatch(s -> s.startsWith("t/t.drl:16:") && s.contains("drools.getKieRuntime(...) is not allowed")), text::toString);
    }

    @Test
    void declaredTypesMayNotExtendJdkClasses() {
        String drl = """
                package p;
                import se.ioprules.drools.dsl.*;
                global Findings out;
                declare Evil extends java.io.File
                end
                declare Plain
                    name : String
                end
                """;
        List<String> text = RuleCodeSafety.check("t/", new TreeMap<>(Map.of("t.drl", drl))).stream()
                .map(RuleSetDiagnostic::toString).toList();
        assertEquals(1, text.size(), text::toString);
        assertTrue(text.get(0).contains("declare Evil extends java.io.File: a declared type may extend only another declared type"),
                text::toString);
    }

    static TreeMap<String, String> drlOf(Path versionDir) {
        TreeMap<String, String> m = new TreeMap<>();
        try (var s = java.nio.file.Files.list(versionDir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                m.put(f.getFileName().toString(), java.nio.file.Files.readString(f));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    private static List<RuleSetDiagnostic> checkDir(Path root) {
        List<RuleSetDiagnostic> out = new ArrayList<>();
        for (Path v : RuleSetLoader.versionDirs(root)) {
            out.addAll(RuleCodeSafety.check(root.relativize(v) + "/", drlOf(v)));
        }
        return out;
    }

    private static Probe probe(String name) {
        return new Probe(PROBES.resolve(name));
    }

    /** Lets the parameterized test call check(...) on a probe directory. */
    record Probe(Path root) {
    }

    private static List<RuleSetDiagnostic> checkProbe(Probe p) {
        return checkDir(p.root());
    }
}
