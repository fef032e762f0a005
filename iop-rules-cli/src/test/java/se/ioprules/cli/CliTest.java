package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.json.PartnershipJson;

class CliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TYPICAL = CliRunner.resource("valid/typical.json").toString();
    private static final String SPARSE = CliRunner.resource("valid/sparse.json").toString();

    @Test
    void evaluateWritesTheDocumentedJsonFields() throws Exception {
        CliRunner.Result r = CliRunner.run("evaluate", "--lang", "en", TYPICAL);
        assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r::toString);
        assertEquals("", r.err(), "quiet by default");
        JsonNode n = MAPPER.readTree(r.out());
        for (String ptr : List.of("/asOf", "/input/sha256", "/engine/version", "/assessment/publicContract",
                "/assessment/stateAid", "/ruleSets/0/id", "/ruleSets/0/version", "/ruleSets/0/status", "/ruleSets/0/sha256",
                "/ruleSets/0/verdict", "/ruleSets/0/findings/0/criterion", "/ruleSets/0/findings/0/outcome",
                "/ruleSets/0/findings/0/kind", "/ruleSets/0/findings/0/message", "/ruleSets/0/findings/0/because/0/fact",
                "/ruleSets/0/findings/0/because/0/value", "/ruleSets/0/findings/0/source/document",
                "/ruleSets/0/findings/0/source/locator")) {
            assertFalse(n.at(ptr).isMissingNode(), ptr);
        }
        assertEquals("2024-03-01", n.at("/asOf").asText());
        assertEquals(64, n.at("/input/sha256").asText().length());
        assertEquals(r.exitCode() == 1, n.at("/anyDoesNotMeet").asBoolean());
    }

    @Test
    void asOfAndRuleSetSelectionAreHonoured() throws Exception {
        CliRunner.Result r = CliRunner.run("evaluate", "--as-of", "2025-06-30", "--rule-sets", "eu-public-contract", TYPICAL);
        JsonNode n = MAPPER.readTree(r.out());
        assertEquals("2025-06-30", n.at("/asOf").asText());
        assertEquals("request", n.at("/asOfBasis").asText());
        assertEquals("eu-public-contract", n.at("/ruleSets/0/id").asText());
    }

    @Test
    void severalFilesGiveAnArrayAndStdinWorks() throws Exception {
        String json = Files.readString(Path.of(TYPICAL), StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.withStdin(json, "evaluate", TYPICAL, "-");
        JsonNode n = MAPPER.readTree(r.out());
        assertTrue(n.isArray());
        assertEquals(2, n.size());
        assertEquals("<stdin>", n.at("/1/input/file").asText());
        assertEquals(n.at("/0/input/sha256"), n.at("/1/input/sha256"));
    }

    @Test
    void markdownAndHtmlReportsGoToTheOutFile(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("r.md");
        CliRunner.Result r = CliRunner.run("evaluate", "--format", "md", "--lang", "en", "--out", md.toString(), SPARSE);
        assertTrue(r.exitCode() <= 1, r::toString);
        assertEquals("", r.out());
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("Missing facts"), text);
        // several inputs: an overview row per input before the reports
        Path both = dir.resolve("both.md");
        CliRunner.run("evaluate", "--format", "md", "--out", both.toString(), TYPICAL, SPARSE);
        String overview = Files.readString(both, StandardCharsets.UTF_8);
        assertTrue(overview.startsWith("## Översikt\n"), overview);
        assertTrue(overview.indexOf("typical.json") < overview.indexOf("# IOP-granskning"), overview);
        assertTrue(overview.indexOf("sparse.json") < overview.indexOf("# IOP-granskning"), overview);
        Path html = dir.resolve("r.html");
        r = CliRunner.run("evaluate", "--format", "html", "--out", html.toString(), SPARSE);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<html lang=\"sv\">"));
        assertTrue(page.contains("Avtal &lt;med&gt; &quot;specialtecken&quot; &amp; mer"), "escaped title");
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
    }

    @Test
    void batchWritesOneLinePerInputLineAndReportsBadLines(@TempDir Path dir) throws Exception {
        String good = PartnershipJson.writeCompact(PartnershipJson.read(Files.readString(Path.of(TYPICAL))));
        String endsBeforeStart = good.replace("\"endDate\":\"2027-03-31\"", "\"endDate\":\"2023-03-31\"");
        assertTrue(endsBeforeStart.contains("2023-03-31"), endsBeforeStart);
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, good + "\n\n{\"id\": 5}\n" + good + "\n{\"id\": \"x\"\n" + endsBeforeStart,
                StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("evaluate", "--batch", in.toString());
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r::toString);
        assertEquals(1, MAPPER.readTree(lines.get(0)).at("/input/line").asInt());
        JsonNode bad = MAPPER.readTree(lines.get(1));
        assertEquals(3, bad.at("/line").asInt());
        assertEquals("invalid-input", bad.at("/error").asText());
        assertEquals("$.id", bad.at("/problems/0/path").asText());
        assertEquals(4, MAPPER.readTree(lines.get(2)).at("/input/line").asInt());
        // every bad line is also told on stderr, with its column where the problem has one (as validate --batch)
        assertTrue(r.err().contains("in.ndjson:3:8: $.id: expected a string"), r::toString);
        assertTrue(r.err().matches("(?s).*in\\.ndjson:6:\\d+: \\$\\.term\\.endDate: is before term\\.startDate.*"), r::toString);
        assertEquals("invalid-input", MAPPER.readTree(lines.get(4)).at("/error").asText());
        assertTrue(r.err().contains("batch: 2 evaluated (0 DOES_NOT_MEET), 3 invalid"), r::toString);
        CliRunner.Result v = CliRunner.run("validate", "--batch", in.toString());
        assertTrue(v.err().contains("in.ndjson:3:8: $.id: expected a string"), v::toString);
    }

    @Test
    void notableFindingsOnlyShrinkTheBatchLineButKeepTheDecisionRecord(@TempDir Path dir) throws Exception {
        String good = PartnershipJson.writeCompact(PartnershipJson.read(Files.readString(Path.of(TYPICAL))));
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, good + "\n", StandardCharsets.UTF_8);
        JsonNode all = MAPPER.readTree(CliRunner.run("evaluate", "--batch", in.toString()).out().strip());
        CliRunner.Result r = CliRunner.run("evaluate", "--batch", "--findings", "notable", in.toString());
        JsonNode notable = MAPPER.readTree(r.out().strip());
        assertEquals("all", all.at("/findingsIncluded").asText());
        assertEquals("notable", notable.at("/findingsIncluded").asText());
        assertEquals(all.at("/input/sha256"), notable.at("/input/sha256"));
        assertEquals(all.at("/assessment"), notable.at("/assessment"));
        int listed = 0;
        for (int i = 0; i < all.at("/ruleSets").size(); i++) {
            JsonNode a = all.at("/ruleSets/" + i);
            JsonNode n = notable.at("/ruleSets/" + i);
            assertEquals(a.at("/verdict"), n.at("/verdict"));
            assertEquals(a.at("/counts"), n.at("/counts"));
            int expected = a.at("/counts/FAIL").asInt() + a.at("/counts/WARNING").asInt()
                    + a.at("/counts/NOT_ASSESSABLE").asInt();
            assertEquals(expected, n.at("/findings").size(), a.at("/id").asText());
            for (JsonNode f : n.at("/findings")) {
                assertTrue(List.of("FAIL", "WARNING", "NOT_ASSESSABLE").contains(f.at("/outcome").asText()), f::toString);
            }
            listed += expected;
        }
        assertTrue(listed > 0, "the typical partnership has findings that need attention");
        assertTrue(r.out().length() < CliRunner.run("evaluate", "--batch", in.toString()).out().length(),
                "the notable line is shorter");
        assertEquals(ExitCode.USAGE, CliRunner.run("evaluate", "--findings", "notable", "--format", "md", TYPICAL).exitCode());
    }

    /**
     * Lines evaluated in parallel are written in input order: the output and the problems told on stderr are the
     * same, byte for byte, with one job and with several, on a mix of good, bad, blank and varied lines.
     */
    @Test
    void batchOutputIsTheSameWithOneJobAndWithSeveral(@TempDir Path dir) throws Exception {
        String good = PartnershipJson.writeCompact(PartnershipJson.read(Files.readString(Path.of(TYPICAL))));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            switch (i % 6) {
                case 0 -> sb.append(good.replace("\"endDate\":\"2027-03-31\"", "\"endDate\":\"2028-0" + (1 + i % 9) + "-30\""));
                case 1 -> sb.append("{\"id\": ").append(i).append('}');
                case 2 -> sb.append("");
                case 3 -> sb.append(good.replace("\"endDate\":\"2027-03-31\"", "\"endDate\":\"2023-03-31\""));
                default -> sb.append(good);
            }
            sb.append('\n');
        }
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
        CliRunner.Result one = CliRunner.run("evaluate", "--batch", "--jobs", "1", in.toString());
        CliRunner.Result three = CliRunner.run("evaluate", "--batch", "--jobs", "3", in.toString());
        assertEquals(ExitCode.INVALID_INPUT, one.exitCode(), one::toString);
        assertEquals(20, one.out().lines().count(), one::toString);
        assertEquals(one.exitCode(), three.exitCode());
        assertEquals(one.out(), three.out());
        assertEquals(one.err(), three.err());
        assertTrue(one.err().contains("batch: 12 evaluated (0 DOES_NOT_MEET), 8 invalid"), one::toString);
        assertEquals(ExitCode.USAGE, CliRunner.run("evaluate", "--batch", "--jobs", "0", in.toString()).exitCode());
        assertEquals(ExitCode.USAGE, CliRunner.run("evaluate", "--jobs", "2", TYPICAL).exitCode());
    }

    @Test
    void batchNeedsJson() {
        CliRunner.Result r = CliRunner.run("evaluate", "--batch", "--format", "md", TYPICAL);
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    }

    @Test
    void usageErrorsExitTwoWithoutStackTrace() {
        for (String[] args : List.of(new String[] {}, new String[] {"evaluate"}, new String[] {"frobnicate"},
                new String[] {"evaluate", "--as-of", "2024-02-30", TYPICAL}, new String[] {"evaluate", "--format", "pdf", TYPICAL},
                new String[] {"evaluate", "--lang", "de", TYPICAL}, new String[] {"evaluate", "--bogus", TYPICAL})) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(ExitCode.USAGE, r.exitCode(), () -> String.join(" ", args) + "\n" + r);
            assertFalse(r.err().contains("Exception"), r::toString);
            assertTrue(r.err().startsWith("iop-rules: "), r::toString);
        }
    }

    @Test
    void unknownRuleSetExitsFour() {
        CliRunner.Result r = CliRunner.run("evaluate", "--rule-sets", "no-such-rules@1999.1", TYPICAL);
        assertEquals(ExitCode.RULE_SET_ERROR, r.exitCode(), r::toString);
        assertTrue(r.err().contains("no-such-rules"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void missingFileExitsThree() {
        CliRunner.Result r = CliRunner.run("evaluate", "does-not-exist.json");
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode());
        assertEquals("iop-rules: does-not-exist.json: no such file\n", r.err());
    }

    @Test
    void validateSchemaAndRuleSets() throws Exception {
        CliRunner.Result v = CliRunner.run("validate", TYPICAL, SPARSE);
        assertEquals(0, v.exitCode(), v::toString);
        assertEquals(2, v.out().lines().filter(l -> l.endsWith(": OK")).count());
        CliRunner.Result s = CliRunner.run("schema");
        assertEquals(PartnershipJson.schema(), s.out());
        CliRunner.Result rs = CliRunner.run("rule-sets", "--format", "json", "--as-of", "2024-01-01");
        JsonNode n = MAPPER.readTree(rs.out());
        assertTrue(n.isArray() && n.size() >= 1);
        for (JsonNode r : n) {
            assertFalse(r.at("/id").asText().isEmpty());
            assertFalse(r.at("/status").asText().isEmpty());
            assertTrue(r.has("effectiveFrom") && r.has("inForce"));
        }
        CliRunner.Result text = CliRunner.run("rule-sets");
        assertTrue(text.out().contains("eu-public-contract"), text::toString);
    }

    @Test
    void helpDocumentsTheExitCodes() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"evaluate", "--help"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(0, r.exitCode());
            for (String code : List.of("0  evaluated", "1  evaluated", "2  usage", "3  invalid input", "4  rule-set error")) {
                assertTrue(r.out().contains(code), () -> code + "\n" + r.out());
            }
        }
    }
}
