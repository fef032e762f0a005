package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetException;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/** The criteria table (criteria.tsv): titles and kinds once per criterion, checked against the rules. */
class CriterionTableTest {
    private static final String HEADER = "# demo\ncriterion\tkind\tsource\ttitle_sv\ttitle_en\n";

    /** A copy of the demo rule set (criteria demo-long, GUIDING_INDICATOR, and demo-signed) with the given table. */
    private static Path demo(Path tmp, String table) throws IOException, URISyntaxException {
        Path src = Path.of(CriterionTableTest.class.getClassLoader().getResource("engine-rulesets/demo-term/2020.1").toURI());
        Path dir = Files.createDirectories(tmp.resolve("demo-term/2020.1"));
        try (var s = Files.list(src)) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("criteria.tsv"), table);
        return dir;
    }

    @Test
    void titlesAndKindsComeFromTheTable(@TempDir Path tmp) throws Exception {
        Path dir = demo(tmp, HEADER + "demo-long\tGUIDING_INDICATOR\tT1 s. 1\tLång nog\tLong enough\n"
                + "demo-signed\tLEGAL_REQUIREMENT\tT1 s. 2\tUndertecknat\tSigned\n");
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        RuleSetDefinition def = RuleSetLoader.read(dir, "demo-term/2020.1", problems);
        assertEquals(List.of(), problems);
        assertEquals(new LocalizedText("Lång nog", "Long enough"), def.info().criterionTitle("demo-long").orElseThrow());
        assertEquals(CriterionKind.GUIDING_INDICATOR, def.criteria().rows().get("demo-long").kind());
        assertTrue(def.tables().isEmpty(), "criteria.tsv is not a data table");
        RuleSetCompiler.compile(def).release().run();
    }

    @Test
    void aKindThatDiffersFromTheTableIsAnErrorAtTheRule(@TempDir Path tmp) throws Exception {
        Path dir = demo(tmp, HEADER + "demo-long\tLEGAL_REQUIREMENT\tT1 s. 1\tLång nog\tLong enough\n");
        RuleSetDefinition def = RuleSetLoader.read(dir, "demo-term/2020.1", new ArrayList<>());
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetCompiler.compile(def));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.file().endsWith("term.drl") && d.line() == 6
                && d.message().contains("@kind GUIDING_INDICATOR differs from LEGAL_REQUIREMENT in criteria.tsv line 3")),
                () -> e.diagnostics().toString());
    }

    @Test
    void aCriterionMissingFromTheTableIsAnError(@TempDir Path tmp) throws Exception {
        Path dir = demo(tmp, HEADER + "demo-other\tGUIDING_INDICATOR\tT1 s. 1\tAnnat\tOther\n");
        RuleSetDefinition def = RuleSetLoader.read(dir, "demo-term/2020.1", new ArrayList<>());
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetCompiler.compile(def));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().contains("criterion demo-long is not in criteria.tsv")),
                () -> e.diagnostics().toString());
    }

    @Test
    void everyProblemOfTheTableIsReportedWithItsLine(@TempDir Path tmp) throws Exception {
        Path dir = demo(tmp, HEADER + "demo-long\tSOMETIMES\tT9 s. 1\tLång nog\tLong enough\n"
                + "demo-long\tGUIDING_INDICATOR\tT1 s. 1\t\tLong\n");
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        RuleSetLoader.read(dir, "demo-term/2020.1", problems);
        List<String> shown = problems.stream().map(RuleSetDiagnostic::toString).toList();
        assertTrue(shown.stream().anyMatch(s -> s.contains("criteria.tsv:3:1") && s.contains("kind 'SOMETIMES'")), shown::toString);
        assertTrue(shown.stream().anyMatch(s -> s.contains("criteria.tsv:3:1") && s.contains("source key 'T9'")), shown::toString);
        assertTrue(shown.stream().anyMatch(s -> s.contains("criteria.tsv:4:1") && s.contains("must not be empty")), shown::toString);
    }
}
