package se.ioprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;
import se.ioprules.report.HtmlReport;
import se.ioprules.report.MarkdownReport;

/**
 * The report-injection probes (issue: reliability and security, defects 9 and 10): markup, Markdown pipes and
 * backticks, right-to-left overrides and terminal control characters in every text of the input. The Markdown,
 * rendered by a CommonMark (GFM tables) renderer, yields only the report's own elements and intact tables; the HTML
 * holds no markup from the input; no control or bidi formatting character reaches either report, and in HTML every
 * text from the input stands in its own {@code <bdi>}.
 */
class ReportProbesTest {
    /** The elements the Markdown report itself produces. */
    private static final Set<String> OWN_ELEMENTS = Set.of("h1", "h2", "h3", "h4", "p", "ul", "li", "table", "thead",
            "tbody", "tr", "th", "td", "code", "strong", "em", "blockquote");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern HIDDEN = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");
    private static final Pattern HTML_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    /** The elements and attributes the HTML report itself writes. */
    private static final Set<String> HTML_OWN = Set.of("html", "head", "meta", "title", "style", "body", "section", "article",
            "header", "h1", "h2", "h3", "h4", "p", "ul", "li", "dl", "dt", "dd", "table", "colgroup", "col", "thead",
            "tbody", "tr", "th", "td", "code", "strong", "em", "span", "a", "bdi", "div", "br");
    private static final Set<String> HTML_ATTRIBUTES = Set.of("lang", "charset", "name", "content", "class", "id", "href",
            "dir", "scope", "title", "aria-hidden", "role");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private static IopRulesEngine engine;

    @BeforeAll
    static void start() {
        engine = IopRules.engine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    record Probe(String name, Partnership partnership, Evaluation evaluation) {
    }

    /** inject.json, rlo-unterminated.json, and the terminal-escape field name of ctrl-esc-in-unknown-field.json as text. */
    static List<Probe> probes() throws IOException {
        List<Probe> out = new ArrayList<>();
        for (String name : List.of("inject", "rlo-unterminated")) {
            Partnership p = PartnershipJson.read(ReportLayoutBrowserTest.resource("/probes/" + name + ".json"));
            out.add(new Probe(name, p, evaluate(p)));
        }
        ObjectMapper json = new ObjectMapper();
        Iterator<String> fields = json.readTree(ReportLayoutBrowserTest.resource("/probes/ctrl-esc-in-unknown-field.json"))
                .fieldNames();
        fields.next();
        String escape = fields.next();
        assertTrue(escape.contains("\u001b[2J"), "the probe's field name clears a terminal");
        ObjectNode p = (ObjectNode) json.readTree(ReportLayoutBrowserTest.resource("/samples/timra.json"));
        p.put("title", "T " + escape + " \u0000\u0007 \u202eTXET");
        ArrayNode parties = (ArrayNode) p.get("parties");
        ((ObjectNode) parties.get(0)).put("name", "Kommun " + escape);
        ((ObjectNode) p.get("purpose").get("politicalPlanRef")).put("reference", "Plan " + escape + "\u202e");
        Partnership ctrl = PartnershipJson.read(json.writeValueAsString(p));
        out.add(new Probe("ctrl-esc", ctrl, evaluate(ctrl)));
        return out;
    }

    private static Evaluation evaluate(Partnership p) {
        return engine.evaluate(p, EvaluationRequest.builder().asOf(java.time.LocalDate.now())
                .ruleSets("stockholm-2017", "skl-2018", "famna-2024", "sou-2019-56").build());
    }

    @Test
    void markdownOfTheProbesIsOnlyTheReportsOwnMarkup() throws IOException {
        for (Probe probe : probes()) {
            for (String lang : List.of("sv", "en")) {
                String md = MarkdownReport.render(probe.evaluation(), probe.partnership(), lang);
                String where = probe.name() + " (" + lang + ")";
                Matcher hidden = HIDDEN.matcher(md);
                assertFalse(hidden.find(), where + ": raw control or bidi character U+"
                        + (hidden.hitEnd() ? "" : Integer.toHexString(md.charAt(hidden.start()))));
                String html = RENDERER.render(PARSER.parse(md));
                Set<String> foreign = new TreeSet<>();
                Matcher tag = TAG.matcher(html);
                while (tag.find()) {
                    if (!OWN_ELEMENTS.contains(tag.group(1).toLowerCase(java.util.Locale.ROOT))) {
                        foreign.add(tag.group(1));
                    }
                }
                assertTrue(foreign.isEmpty(), where + ": the Markdown became " + foreign + " elements");
                tables(md, where);
                if (probe.name().equals("inject")) {
                    // backticks and pipes in a party id survive in code spans, and read as themselves
                    String text = html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&amp;", "&");
                    assertTrue(text.contains("parties[fh<img/src=x/onerror=alert(5)>`|]"), where + ": party id in a path");
                    assertTrue(text.contains("T1 <script>alert(1)</script>\"><img src=x onerror=alert(2)>a | b | `tick`"),
                            where + ": the title reads as written");
                }
            }
        }
    }

    /** Every row of every table has as many cells as its header: no "|" from the input splits a cell. */
    private static void tables(String md, String where) {
        int columns = -1;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = line.split("(?<!\\\\)\\|", -1).length;
            if (columns < 0) {
                columns = cells;
            }
            assertEquals(columns, cells, where + ": a table row with a different number of cells: " + line);
        }
    }

    @Test
    void htmlOfTheProbesHoldsNoMarkupAndIsolatesInputText() throws IOException {
        for (Probe probe : probes()) {
            for (String lang : List.of("sv", "en")) {
                String html = HtmlReport.render(probe.evaluation(), probe.partnership(), lang);
                String where = probe.name() + " (" + lang + ")";
                assertFalse(HIDDEN.matcher(html).find(), where + ": raw control or bidi character");
                Matcher tag = HTML_TAG.matcher(html);
                while (tag.find()) {
                    assertTrue(HTML_OWN.contains(tag.group(1)), where + ": element <" + tag.group(1) + ">");
                    Matcher attr = ATTRIBUTE.matcher(tag.group(2));
                    while (attr.find()) {
                        assertTrue(HTML_ATTRIBUTES.contains(attr.group(1)), where + ": attribute " + attr.group(1));
                        if (attr.group(1).equals("href")) {
                            assertTrue(attr.group(2).startsWith("#"), where + ": link out of the page " + attr.group(2));
                        }
                    }
                }
                assertTrue(html.contains("<h1 dir=\"auto\"><bdi>"), where + ": the title is isolated");
                if (probe.name().equals("rlo-unterminated")) {
                    // the override is shown, and the party's sector (the report's word) stands outside its name
                    assertTrue(html.contains("<bdi>Timrå kommun ‹U+202E›</bdi> ("), where);
                }
            }
        }
    }
}
