package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.RuleSetDiagnostic;

/**
 * A rule set of its own (from {@code --rules-dir}) may add conclusion words with {@code conclusions=} in its manifest;
 * the linter then accepts them in that rule set's consequences and still rejects any other word. Runs on a copy of the
 * fixture {@code broken/unknown-conclusion}, whose rule concludes "PROBABLY_FINE".
 */
class OwnConclusionsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/broken/unknown-conclusion");

    private static Path copy(Path root, String conclusionsLine) throws IOException {
        Path dir = root.resolve("unknown-conclusion");
        try (Stream<Path> s = Files.walk(FIXTURE)) {
            for (Path f : s.toList()) {
                Path to = dir.resolve(FIXTURE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        if (conclusionsLine != null) {
            Path manifest = dir.resolve("2024.1/manifest.properties");
            Files.writeString(manifest, Files.readString(manifest) + conclusionsLine + "\n");
        }
        return root;
    }

    private static List<String> errors(Path root) {
        return new RuleSetLinter().check(root).errors().stream().map(RuleSetDiagnostic::toString).toList();
    }

    @Test
    void anUndeclaredWordIsAnErrorNamingTheFileTheRuleAndTheManifestKey(@TempDir Path tmp) throws IOException {
        List<String> errors = errors(copy(tmp, null));
        assertEquals(1, errors.size(), errors::toString);
        String e = errors.get(0);
        assertTrue(e.contains("unknown-conclusion/2024.1/long-term.drl:49:40: error: rule \"ccl-signed: not signed or unknown\""
                + ": conclusion 'PROBABLY_FINE' is not one of the documented conclusions"), e);
        assertTrue(e.contains("conclusions= in its manifest"), e);
    }

    @Test
    void aDeclaredWordIsAccepted(@TempDir Path tmp) throws IOException {
        LintReport r = new RuleSetLinter().check(copy(tmp, "conclusions=PROBABLY_FINE, WORTH_A_LOOK"));
        assertEquals(List.of(), r.errors(), r.diagnostics()::toString);
    }

    @Test
    void theDeclarationIsTheRuleSetsOwnAndOtherWordsStayErrors(@TempDir Path tmp) throws IOException {
        List<String> errors = errors(copy(tmp, "conclusions=WORTH_A_LOOK"));
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("conclusion 'PROBABLY_FINE' is not one of the documented conclusions")
                && errors.get(0).contains("this rule set's own [WORTH_A_LOOK]"), errors.get(0));
    }

    @Test
    void aMalformedWordIsAnErrorAtTheManifestLineAndABuiltInWordAWarning(@TempDir Path tmp) throws IOException {
        LintReport r = new RuleSetLinter().check(copy(tmp, "conclusions=PROBABLY_FINE, probably fine, APPLIES"));
        List<String> errors = r.errors().stream().map(RuleSetDiagnostic::toString).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("unknown-conclusion/2024.1/manifest.properties:11:1: error: conclusions: "
                + "'probably fine' is not a conclusion word"), errors.get(0));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.severity().equals("warning")
                && d.message().contains("'APPLIES' is already a documented conclusion")), r.diagnostics()::toString);
    }
}
