package se.ioprules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;

/** HtmlReport structure on hand-made evaluations (rendering in a real browser: iop-rules-cli's HtmlReportBrowserTest). */
class HtmlReportTest {
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile(" href=\"#([^\"]+)\"");

    private static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void severalReportsGetAnOverviewLinkedToEachAndIdsStayUnique() {
        Evaluation e = MarkdownReportTest.evaluation();
        String html = HtmlReport.renderAll(List.of(e, e), List.of(MarkdownReportTest.partnership(true),
                MarkdownReportTest.partnership(false)), "sv");
        int overview = html.indexOf("<section class=\"overview\">");
        assertTrue(overview > 0 && overview < html.indexOf("<article"), "overview before the reports");
        assertTrue(html.contains("<a href=\"#report-1\"><bdi>Överenskommelse om samverkan</bdi></a>"), html);
        assertTrue(html.contains("<a href=\"#report-2\">"), html);
        assertTrue(html.contains("<li><span class=\"rs\"><bdi>forum-2010</bdi></span> <span class=\"badge na\">"), html);
        List<String> ids = all(ID, html);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids: " + ids);
        Set<String> targets = new HashSet<>(ids);
        for (String link : all(LINK, html)) {
            assertTrue(targets.contains(link), "link to a missing id: #" + link);
        }
        assertTrue(html.contains("<article class=\"report new-page\" id=\"report-1\">"), "each report on its own page");
    }

    @Test
    void oneReportHasNoOverview() {
        String html = HtmlReport.render(MarkdownReportTest.evaluation(), MarkdownReportTest.partnership(true), "en");
        assertFalse(html.contains("class=\"overview\""), html);
        assertTrue(html.contains("<article class=\"report\" id=\"report-1\">"), html);
        List<String> ids = all(ID, html);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids: " + ids);
    }

    @Test
    void bothRenderersShowTheSameMissingFacts() {
        Evaluation base = MarkdownReportTest.evaluation();
        se.ioprules.api.RuleSetResult sa = new se.ioprules.api.RuleSetResult(base.ruleSets().get(0).ruleSet(),
                se.ioprules.api.Verdict.INCOMPLETE, List.of(new se.ioprules.api.Finding("forum-2010", "forum-x",
                        se.ioprules.api.Outcome.NOT_ASSESSABLE, se.ioprules.api.CriterionKind.GUIDING_INDICATOR, "",
                        new se.ioprules.api.LocalizedText("Okänt.", "Unknown."), List.of(
                                new se.ioprules.api.FactValue("conclusion.sa-3-selective-advantage", "null", false),
                                new se.ioprules.api.FactValue("legal.marketExists", "UNKNOWN", false)),
                        List.of(), "rule", false)), List.of(), false);
        Evaluation e = new Evaluation("x", base.asOf(), base.asOfBasis(), base.engineVersion(), base.inputSha256(),
                base.assessment(), List.of(sa));
        String html = HtmlReport.render(e, null, "sv");
        String md = MarkdownReport.render(e, null, "sv");
        String missingHtml = html.substring(html.indexOf("<section class=\"missing-facts\">"));
        assertTrue(missingHtml.contains("legal.marketExists"), html);
        assertTrue(md.contains("- `legal.marketExists` — behövs för"), md);
        // another rule's conclusion is not a fact a person can supply: neither renderer lists it
        assertFalse(missingHtml.substring(0, missingHtml.indexOf("</section>")).contains("conclusion.sa-3"), html);
        assertFalse(md.substring(md.indexOf("## Saknade uppgifter")).contains("conclusion.sa-3"), md);
    }

    @Test
    void overviewCutsLongLabels() {
        Evaluation e = MarkdownReportTest.evaluation();
        String md = MarkdownReport.overview(List.of(e), List.of("W".repeat(20_000)), "sv");
        assertTrue(md.contains("| " + "W".repeat(ReportModel.MAX_OVERVIEW_LABEL - 1) + "… |"), md);
    }
}
