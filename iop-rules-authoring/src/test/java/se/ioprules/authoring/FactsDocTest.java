package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/facts.md is generated from the glossary and the rule sets and must be kept up to date. */
class FactsDocTest {
    /** Surefire runs in the module folder; the docs live at the repository root. */
    private static final Path DOC = Path.of("..", "docs", "facts.md");

    @Test
    void committedDocumentIsUpToDate() throws IOException {
        String expected = FactsDoc.render();
        if (!Files.exists(DOC)) {
            fail("docs/facts.md is missing; run: " + FactsDoc.COMMAND);
        }
        String actual = Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            int i = 0;
            while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
                i++;
            }
            fail("docs/facts.md is out of date; run: " + FactsDoc.COMMAND + "\nfirst difference at character " + i
                    + ": expected \"" + expected.substring(i, Math.min(expected.length(), i + 80)) + "\"");
        }
    }

    @Test
    void aFactShowsItsQuestionAnswersAndTheCriteriaCitingIt() {
        String doc = FactsDoc.render();
        int at = doc.indexOf("### `agreement.remedyOnBreach`");
        assertTrue(at > 0, "a heading per fact");
        String section = doc.substring(at, doc.indexOf("\n### ", at + 1));
        assertTrue(section.contains("**Vad kan den offentliga parten kräva om den idéburna parten inte gör det som "
                + "överenskommits"), section);
        assertTrue(section.contains("`REPAYMENT_ONLY` bara återbetalning / *repayment only*"), section);
        assertTrue(section.contains("eu-public-contract: [`eupc-6-mutual-binding`](criteria.md#eupc-6-mutual-binding)"), section);
        assertTrue(doc.contains("## IdeaBasedProfile — parties[].idea\n"), "one section per record");
        assertTrue(doc.contains("- [IdeaBasedProfile — parties[].idea](#ideabasedprofile--partiesidea)"), "contents");
    }

    @Test
    void everyCriterionLinkHasItsAnchorInCriteriaMd() throws IOException {
        String criteria = Files.readString(Path.of("..", "docs", "criteria.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(criteria\\.md#([^)]+)\\)").matcher(FactsDoc.render());
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(criteria.contains("<a id=\"" + m.group(1) + "\"></a>"), "no anchor for " + m.group(1) + " in docs/criteria.md");
        }
        assertTrue(links > 100, "links: " + links);
    }

    @Test
    void headingAnchorsFollowGitHub() {
        assertEquals("party--parties", FactsDoc.anchor("Party — parties[]"));
        assertEquals("partnership-top-level", FactsDoc.anchor("Partnership (top level)"));
    }
}
