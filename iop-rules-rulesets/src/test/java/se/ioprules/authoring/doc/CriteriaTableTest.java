package se.ioprules.authoring.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.CriterionKind;

/** docs/criteria.md is generated from the rule sets and must be kept up to date. */
class CriteriaTableTest {
    /** Surefire runs in the module folder; the docs live at the repository root. */
    private static final Path DOC = Path.of("..", "docs", "criteria.md");
    private static List<CriteriaTable.Row> rows;

    @BeforeAll
    static void render() {
        rows = CriteriaTable.rows();
    }

    @Test
    void committedTableIsUpToDate() throws IOException {
        String expected = CriteriaTable.render(rows);
        if (!Files.exists(DOC)) {
            fail("docs/criteria.md is missing; run: " + CriteriaTable.COMMAND);
        }
        String actual = Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            fail("docs/criteria.md is out of date; run: " + CriteriaTable.COMMAND + "\n" + firstDifference(expected, actual));
        }
    }

    @Test
    void everyCriterionHasAKindSourcesAndATitleInBothLanguages() {
        assertFalse(rows.isEmpty());
        StringBuilder missing = new StringBuilder();
        for (CriteriaTable.Row r : rows) {
            if (r.titleSv() == null || r.titleSv().isBlank() || r.titleEn() == null || r.titleEn().isBlank()) {
                missing.append("\n  ").append(r.ruleSet()).append(' ').append(r.criterion()).append(".title");
            }
            assertTrue(r.kind() != null && !r.sources().isEmpty(), r.toString());
        }
        assertEquals("", missing.toString(), "criteria without a title message in messages_sv/en.properties:");
    }

    @Test
    void rowsFollowRuleSetThenDrlOrder() {
        String doc = CriteriaTable.render(rows);
        assertTrue(doc.contains("| <a id=\"eupc-1-agreement\"></a>`eupc-1-agreement` | `eu-public-contract@2019.1` | LEGAL_REQUIREMENT | "
                + "Famna, IOP – så funkar det (2024) — s. 27<br>SOU 2019:56 Idéburen välfärd, med IOP – Vägledning — "
                + "IOP – Vägledning | Det finns ett avtal mellan två eller flera parter<br>*There is an agreement between "
                + "two or more parties* |"), doc);
        List<String> eupc = rows.stream().filter(r -> r.ruleSet().equals("eu-public-contract@2019.1"))
                .map(CriteriaTable.Row::criterion).toList();
        assertEquals(List.of("eupc-1-agreement", "eupc-2-consensus", "eupc-3-acquisition", "eupc-4-selection",
                "eupc-5-economic-terms", "eupc-6-mutual-binding", "eupc-aggregate", "eupc-direct-award"), eupc);
        assertTrue(doc.contains("SKL, Utveckla idéburet offentligt partnerskap i kommuner, landsting och regioner (2018) — avsnitt 4.4.2; avsnitt 4.4.2–4.4.3; avsnitt 4.4.3;"),
                "one line per document, locators joined");
        assertEquals(CriterionKind.LEGAL_REQUIREMENT, rows.get(0).kind());
        for (int i = 1; i < rows.size(); i++) {
            String a = rows.get(i - 1).ruleSet().split("@")[0];
            String b = rows.get(i).ruleSet().split("@")[0];
            assertTrue(a.compareTo(b) <= 0, "sorted by rule set: " + a + " before " + b);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end of file>";
            String y = i < a.length ? a[i] : "<end of file>";
            if (!x.equals(y)) {
                return "first difference at line " + (i + 1) + ":\n  expected: " + x + "\n  committed: " + y;
            }
        }
        return "";
    }
}
