package se.ioprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;
import se.ioprules.report.HtmlReport;

/**
 * Measures the HTML report's layout in headless Chromium: on a 1280 px screen and on A4 portrait (the print style
 * sheet at the printable width, 182 mm = 688 px), no element reaches beyond the page and no box's content overflows
 * it, for the three samples and for pathological inputs (20,000-character words, long titles, many parties, markup
 * and right-to-left overrides in every text, a rule set with very long titles), in both languages. The measuring
 * script is added to a copy of the page and writes what it finds into the DOM, which Chromium dumps. A deliberately
 * too-wide table must be found, so the measurement itself is tested. The page also prints to an A4 PDF.
 *
 * <p>Chromium comes from the system packages (.ci/run installs it). Without it the test fails when the environment
 * variable CI is set (anything but "false") and is skipped otherwise, with the reason.
 */
class ReportLayoutBrowserTest {
    /** A4 portrait minus the 14 mm side margins of the report's {@code @page} rule, at 96 px per inch. */
    static final int PRINT_WIDTH_PX = (int) Math.floor((210 - 2 * 14) / 25.4 * 96);
    static final int SCREEN_WIDTH_PX = 1280;
    private static final Pattern RESULT = Pattern.compile("(?s)<pre id=\"layout-result\">(.*?)</pre>");

    @TempDir
    static Path dir;
    static Path chromium;
    static IopRulesEngine engine;
    static final Map<String, String> DOCUMENTS = new HashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        chromium = findChromium();
        if (chromium == null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
                fail("Chromium is required on CI to measure the HTML report's layout, but it was not found (chromium, "
                        + "chromium-browser, google-chrome on PATH or in /usr/bin); install it with: apt-get install -y "
                        + "chromium (.ci/run does this when run as root)");
            }
            Assumptions.abort("Chromium not installed; the layout of the HTML report is not measured. Install it with: "
                    + "apt-get install -y chromium");
        }
        engine = IopRules.engine();
        List<Evaluation> evaluations = new ArrayList<>();
        List<Partnership> partnerships = new ArrayList<>();
        for (Partnership p : Samples.all()) {
            partnerships.add(p);
            evaluations.add(engine.evaluate(p, EvaluationRequest.DEFAULT));
        }
        for (Partnership p : pathological()) {
            partnerships.add(p);
            // every rule set that has findings to show (as of today, so that all are in force)
            evaluations.add(engine.evaluate(p, EvaluationRequest.builder().asOf(java.time.LocalDate.now())
                    .ruleSets("stockholm-2017", "skl-2018", "famna-2024", "sou-2019-56").build()));
        }
        // a rule set whose titles are one long word each
        Evaluation base = evaluations.get(0);
        partnerships.add(Samples.all().get(0));
        evaluations.add(longTitles(base));
        for (String lang : List.of("sv", "en")) {
            DOCUMENTS.put(lang, HtmlReport.renderAll(evaluations, partnerships, lang));
        }
    }

    @AfterAll
    static void tearDown() {
        if (engine != null) {
            engine.close();
        }
    }

    static Path findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : (System.getenv().getOrDefault("PATH", "") + ":/usr/bin").split(":")) {
                Path p = Path.of(d.isEmpty() ? "." : d, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The probes (markup and right-to-left overrides everywhere) and generated long words, titles and parties. */
    static List<Partnership> pathological() throws IOException {
        List<Partnership> out = new ArrayList<>();
        out.add(PartnershipJson.read(resource("/probes/inject.json")));
        out.add(PartnershipJson.read(resource("/probes/rlo-unterminated.json")));
        ObjectMapper json = new ObjectMapper();
        ObjectNode p = (ObjectNode) json.readTree(resource("/samples/timra.json"));
        p.put("title", "W".repeat(20_000));
        ArrayNode parties = (ArrayNode) p.get("parties");
        ((ObjectNode) parties.get(0)).put("name", "Kommunen" + "N".repeat(5_000));
        ((ObjectNode) parties.get(1)).put("name", "Föreningen " + "Å".repeat(3_000) + " " + "مرحبا".repeat(200));
        for (int i = 0; i < 40; i++) {
            ObjectNode party = parties.addObject();
            party.put("id", "p" + i);
            party.put("name", "Förening nummer " + i + " " + "Lång".repeat(60));
            party.put("sector", "IDEA_BASED");
            party.put("legalForm", "IDEELL_FORENING");
        }
        ((ObjectNode) p.get("purpose")).put("challengeDescription", "X".repeat(20_000));
        ArrayNode sources = (ArrayNode) p.get("factSources");
        if (sources != null && !sources.isEmpty()) {
            ((ObjectNode) sources.get(0)).put("reference", "R".repeat(20_000));
        }
        out.add(PartnershipJson.read(json.writeValueAsString(p)));
        return out;
    }

    static Evaluation longTitles(Evaluation e) {
        List<RuleSetResult> sets = new ArrayList<>();
        for (RuleSetResult r : e.ruleSets()) {
            RuleSetInfo i = r.ruleSet();
            Map<String, LocalizedText> titles = new HashMap<>();
            for (Finding f : r.findings()) {
                titles.put(f.criterionId(), new LocalizedText("Kriterium" + "K".repeat(2_000), "Criterion" + "C".repeat(2_000)));
            }
            RuleSetInfo longer = new RuleSetInfo(i.id() + "-" + "lång".repeat(100), i.version(), "Titel" + "T".repeat(3_000),
                    "Utgivare" + "U".repeat(1_000), i.status(), i.effectiveFrom(), i.effectiveTo(), i.sources(),
                    i.requires(), i.sha256(), i.location(), "Title" + "E".repeat(3_000), titles);
            sets.add(new RuleSetResult(longer, r.verdict(), r.findings(), r.parameters(), r.dependency()));
        }
        return new Evaluation(e.partnershipId() + "-" + "x".repeat(500), e.asOf(), e.asOfBasis(), e.engineVersion(),
                e.inputSha256(), e.assessment(), sets);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReportLayoutBrowserTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The measuring script: every element's box must lie within the page (0 .. viewport width), the document must
     * not scroll sideways, and no block's content may be wider than its box (a long word sticking out of a cell).
     */
    static final String MEASURE = """
            <script>
            (function () {
              var page = document.documentElement.clientWidth, out = [];
              function describe(el) {
                var t = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60);
                return el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/ /g, '.') : '')
                  + ' "' + t + '"';
              }
              if (document.documentElement.scrollWidth > page + 1) {
                out.push('document is ' + document.documentElement.scrollWidth + ' px wide');
              }
              var all = document.body.getElementsByTagName('*');
              for (var i = 0; i < all.length; i++) {
                var el = all[i], r = el.getBoundingClientRect(), cs = getComputedStyle(el);
                if (el.tagName === 'SCRIPT' || (r.width === 0 && r.height === 0)) continue;
                if (cs.position === 'absolute' && r.width <= 1) continue; // visually hidden words for screen readers
                if (r.right > page + 1 || r.left < -1) {
                  out.push(describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');
                } else if (cs.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
                  out.push(describe(el) + ' holds ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
                }
              }
              var pre = document.createElement('pre');
              pre.id = 'layout-result';
              pre.textContent = 'page ' + page + ' px, ' + all.length + ' elements\\n' + out.join('\\n');
              document.body.appendChild(pre);
            })();
            </script>
            """;

    /** The page as it prints: the print rules apply on screen, at the printable width of A4. */
    static String asPrinted(String html) {
        return html.replace("@media print {", "@media all {");
    }

    /** Runs the measuring script in Chromium at the given width; returns the problems (empty when the layout holds). */
    static List<String> measure(String html, int width, String name) throws IOException, InterruptedException {
        Path file = dir.resolve(name + ".html");
        Files.writeString(file, html.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
        Result r = chromium("--dump-dom", "--window-size=" + width + ",1000", file.toUri().toString());
        assertEquals(0, r.exit(), r.err());
        Matcher m = RESULT.matcher(r.out());
        assertTrue(m.find(), "the measuring script ran and wrote its result (" + name + ")\n" + r.err());
        List<String> lines = new ArrayList<>(m.group(1).lines().toList());
        String head = lines.remove(0);
        assertTrue(head.startsWith("page " + width + " px"), "viewport " + width + " px: " + head);
        return lines;
    }

    private static Result chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = dir.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 180 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {
    }

    private static void assertFits(List<String> problems, String what) {
        assertTrue(problems.isEmpty(), what + ": " + problems.size() + " element(s) wider than the page or their box:\n"
                + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
    }

    @Test
    void swedishFitsAScreenAndA4() throws Exception {
        assertFits(measure(DOCUMENTS.get("sv"), SCREEN_WIDTH_PX, "sv-screen"), "sv, 1280 px screen");
        assertFits(measure(asPrinted(DOCUMENTS.get("sv")), PRINT_WIDTH_PX, "sv-print"), "sv, A4 portrait");
    }

    @Test
    void englishFitsAScreenAndA4() throws Exception {
        assertFits(measure(DOCUMENTS.get("en"), SCREEN_WIDTH_PX, "en-screen"), "en, 1280 px screen");
        assertFits(measure(asPrinted(DOCUMENTS.get("en")), PRINT_WIDTH_PX, "en-print"), "en, A4 portrait");
    }

    @Test
    void aTooWideTableIsFound() throws Exception {
        String wide = DOCUMENTS.get("sv").replace("</article>", "<table style=\"width: 1500px; max-width: none; table-layout: auto\">"
                + "<tr><td>en alldeles för bred tabell</td></tr></table></article>");
        List<String> problems = measure(asPrinted(wide), PRINT_WIDTH_PX, "too-wide");
        assertFalse(problems.isEmpty(), "a 1500 px table on A4 must be reported");
        assertTrue(problems.stream().anyMatch(p -> p.contains("en alldeles för bred tabell")), String.join("\n", problems));
        String longWord = DOCUMENTS.get("sv").replace("</article>", "<p style=\"overflow-wrap: normal; "
                + "word-break: normal\">" + "Z".repeat(400) + "</p></article>");
        assertFalse(measure(longWord, SCREEN_WIDTH_PX, "long-word").isEmpty(), "an unbreakable word must be reported");
    }

    @Test
    void printsOnA4Pages() throws Exception {
        Path html = dir.resolve("print.html");
        Files.writeString(html, DOCUMENTS.get("sv"), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("report.pdf");
        Result r = chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString());
        assertEquals(0, r.exit(), r.err());
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(raw);
        int pages = 0;
        while (box.find()) {
            pages++;
            double w = Double.parseDouble(box.group(1));
            double h = Double.parseDouble(box.group(2));
            assertTrue(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, "A4 portrait page, got " + w + " x " + h);
        }
        assertTrue(pages >= 7, "every report starts on a new page: " + pages + " page(s)");
    }
}
