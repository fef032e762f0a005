package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetException;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/** *.tsv files in a rule-set folder: loaded as DataTable facts; problems reported as file:line diagnostics. */
class DataTableLoadingTest {
    private static Path ruleSet(Path root, String tsvName, String tsv) throws Exception {
        Path dir = root.resolve("demo/2020.1");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.properties"), "id=demo\nversion=2020.1\ntitle=Demo\nissuer=Test\n"
                + "status=GUIDANCE\neffectiveFrom=2020-01-01\nsource.X=Test source\n");
        Files.writeString(dir.resolve("rules.drl"), "package demo;\nglobal se.ioprules.drools.dsl.Findings out;\n");
        Files.writeString(dir.resolve("messages_sv.properties"), "");
        Files.writeString(dir.resolve("messages_en.properties"), "");
        Files.writeString(dir.resolve(tsvName), tsv);
        return root;
    }

    @Test
    void tsvFilesBecomeTables(@TempDir Path root) throws Exception {
        List<RuleSetDefinition> defs = RuleSetLoader.fromRoot(ruleSet(root, "colours.tsv",
                "# a comment\nname\tcode\nröd\tR\n\ngrön\tG\n"), "test:");
        var t = defs.get(0).tables().get("colours");
        assertEquals(List.of("name", "code"), t.columns());
        assertEquals(2, t.size());
        assertEquals("grön", t.cell(1, "name"));
        assertEquals(List.of(3, 5), t.lines());
        assertTrue(t.where(1).endsWith("demo/2020.1/colours.tsv:5"), t.where(1));
    }

    @Test
    void badTsvIsADiagnosticWithFileAndLine(@TempDir Path root) throws Exception {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetLoader.fromRoot(ruleSet(root, "words.tsv",
                "avoid\tuse\nköp\tsamverkan\textra\n"), "test:"));
        RuleSetDiagnostic d = e.diagnostics().get(0);
        assertTrue(d.file().endsWith("demo/2020.1/words.tsv"), d.file());
        assertEquals(2, d.line());
        assertEquals(15, d.column());
    }

    @Test
    void aBadTermTableIsReportedByTheLoader(@TempDir Path root) throws Exception {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetLoader.fromRoot(ruleSet(root, "words.tsv",
                "avoid\tuse\tpattern\nköp\tsamverkan\t(köp\n"), "test:"));
        assertTrue(e.diagnostics().get(0).toString().contains("words.tsv:2:"), e.diagnostics().toString());
    }
}
