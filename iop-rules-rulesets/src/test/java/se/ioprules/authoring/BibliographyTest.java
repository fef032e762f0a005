package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.dsl.DataTable;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;
import se.ioprules.drools.load.TsvTables;

/** The bibliography lists each source once: every key some manifest cites, nothing else, with a kind. */
class BibliographyTest {
    @Test
    void listsExactlyTheCitedSourcesWithKindAndPublicLinks() throws Exception {
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        DataTable t = TsvTables.parse("bibliography.tsv", "bibliography",
                Files.readString(BuiltInRuleSets.DIR.resolve(RuleSetLinter.BIBLIOGRAPHY)), problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("key", "kind", "title", "link"), t.columns());
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) {
            listed.add(t.cell(i, "key"));
            assertTrue(!t.cell(i, "kind").isBlank() && !t.cell(i, "title").isBlank(), t.where(i));
            String link = t.cell(i, "link");
            assertTrue(link.isEmpty() || link.startsWith("https://"), t.where(i) + ": " + link);
        }
        Set<String> cited = new TreeSet<>();
        for (RuleSetDefinition d : RuleSetLoader.fromRoot(BuiltInRuleSets.DIR, "")) {
            cited.addAll(d.info().sources().keySet());
        }
        assertEquals(cited, listed, "keys cited by the manifests vs keys in the bibliography");
        assertTrue(listed.containsAll(List.of("S0", "S1", "S2", "S3", "S4")));
    }
}
