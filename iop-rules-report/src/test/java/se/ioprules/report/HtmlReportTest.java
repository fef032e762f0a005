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
}
