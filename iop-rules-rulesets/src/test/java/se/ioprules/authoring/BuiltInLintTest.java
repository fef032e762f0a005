package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linter on the built-in rule sets, and on edited copies of one beside them. */
class BuiltInLintTest {
    @Test
    void builtInRuleSetsLintClean() {
        LintReport r = new RuleSetLinter().check(BuiltInRuleSets.DIR);
        assertEquals(List.of(), r.errors(), () -> r.diagnostics().toString());
        assertTrue(r.ruleSets().stream().anyMatch(i -> i.id().equals("eu-public-contract")));
    }

    @Test
    void redefiningABuiltInVersionWithOtherContentIsAnError(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        // The engine refuses it beside the built-in one (rs/shadow-same of issue 11): check says so as an error.
        Path v = BuiltInRuleSets.copy("eu-public-contract/2019.1", tmp.resolve("eu-public-contract/2019.1"));
        Files.writeString(v.resolve("manifest.properties"),
                Files.readString(v.resolve("manifest.properties")).replace("title=Offentligt", "title=Ändrat offentligt"));
        LintReport r = new RuleSetLinter().check(tmp);
        assertTrue(r.errors().stream().anyMatch(d -> d.message().contains("is also defined in classpath:")
                && d.message().contains("give this one a new version")), () -> r.diagnostics().toString());
    }

    @Test
    void editingABuiltInRuleSetInPlaceIsOnlyAWarning(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        // What editing the source folder looks like before the jar is rebuilt.
        Path root = tmp.resolve("iop-rules/rulesets");
        Path v = BuiltInRuleSets.copy("eu-public-contract/2019.1", root.resolve("eu-public-contract/2019.1"));
        Files.writeString(v.resolve("manifest.properties"),
                Files.readString(v.resolve("manifest.properties")).replace("title=Offentligt", "title=Ändrat offentligt"));
        LintReport r = new RuleSetLinter().check(root);
        assertEquals(List.of(), r.errors());
        assertTrue(r.warnings().stream().anyMatch(d -> d.message().contains("is also defined in classpath:")
                && d.message().contains("give this one a new version")), () -> r.diagnostics().toString());
    }

    @Test
    void everySourceKeyIsInTheBibliographyUnderOneTitle(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Files.copy(BuiltInRuleSets.DIR.resolve(RuleSetLinter.BIBLIOGRAPHY), tmp.resolve(RuleSetLinter.BIBLIOGRAPHY));
        Path v = BuiltInRuleSets.copy("forum-2010/2010.1", tmp.resolve("forum-2010/2010.1"));
        String manifest = Files.readString(v.resolve("manifest.properties"));
        Files.writeString(v.resolve("manifest.properties"), manifest
                .replaceFirst("(?m)^source\\.S3=.*$", "source.S3=SKL, Utveckla IOP (2018)") + "source.X9=Ett okänt dokument\n");
        LintReport r = new RuleSetLinter(false, List.of()).check(tmp);
        assertTrue(r.errors().stream().anyMatch(d -> d.message().startsWith("source S3 has another title here than in")
                && d.file().endsWith("forum-2010/2010.1/manifest.properties")), () -> r.diagnostics().toString());
        assertTrue(r.errors().stream().anyMatch(d -> d.message().startsWith("source key X9 is not in")),
                () -> r.diagnostics().toString());
        assertEquals(2, r.errors().size(), () -> r.diagnostics().toString());
    }

    @Test
    void aCopiedFolderWithAnOverlayVersionLoadsAndLintsUnchanged(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        // stockholm-2017@2019.1 extends 2017.1: the copy composes from its own sibling folder, to the same content.
        BuiltInRuleSets.copy("stockholm-2017/2017.1", tmp.resolve("stockholm-2017/2017.1"));
        BuiltInRuleSets.copy("stockholm-2017/2019.1", tmp.resolve("stockholm-2017/2019.1"));
        var copied = se.ioprules.drools.load.RuleSetLoader.fromRoot(tmp, "").stream()
                .filter(d -> d.info().version().equals("2019.1")).findFirst().orElseThrow();
        var builtIn = se.ioprules.drools.load.RuleSetLoader.builtIn().stream()
                .filter(d -> d.info().ref().equals("stockholm-2017@2019.1")).findFirst().orElseThrow();
        assertEquals(builtIn.info().sha256(), copied.info().sha256());
        assertEquals(builtIn.drl(), copied.drl());
        LintReport r = new RuleSetLinter().check(tmp);
        assertEquals(List.of(), r.errors(), () -> r.diagnostics().toString());
    }

    @Test
    void anOverlayWithoutItsBaseIsAnErrorOnTheExtendsLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path v = BuiltInRuleSets.copy("stockholm-2017/2019.1", tmp.resolve("stockholm-2017/2019.1"));
        LintReport r = new RuleSetLinter().check(tmp);
        int line = Files.readAllLines(v.resolve("manifest.properties")).indexOf("extends=2017.1") + 1;
        assertTrue(r.errors().stream().anyMatch(d -> d.file().endsWith("stockholm-2017/2019.1/manifest.properties")
                && d.line() == line && d.message().startsWith("extends '2017.1': no such version")), () -> r.diagnostics().toString());
    }
}
