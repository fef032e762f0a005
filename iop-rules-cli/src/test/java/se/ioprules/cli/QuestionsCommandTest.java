package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/** {@code iop-rules questions} and {@code iop-rules interview}, run in-process like the other CLI tests. */
class QuestionsCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SPARSE = CliRunner.resource("valid/sparse.json").toString();
    /** The two assessment rule sets only: what these tests check, at a fraction of the evaluations. */
    private static final String CORE = "eu-public-contract,state-aid";
    private static IopRulesEngine engine;

    @BeforeAll
    static void start() {
        engine = IopRules.engine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static Partnership sparse() throws Exception {
        return PartnershipJson.read(Files.readString(Path.of(SPARSE), StandardCharsets.UTF_8));
    }

    private static EvaluationRequest core() {
        return EvaluationRequest.builder().ruleSets(CORE.split(",")).build();
    }

    @Test
    void questionsWritesTheDocumentedJsonAndEveryPromiseHolds(@TempDir Path dir) throws Exception {
        CliRunner.Result r = CliRunner.run("questions", "--rule-sets", CORE, SPARSE);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        JsonNode n = MAPPER.readTree(r.out());
        assertTrue(n.at("/questions").size() > 0, r.out());
        for (String ptr : List.of("/questions/0/fact", "/questions/0/ask/sv", "/questions/0/ask/en", "/questions/0/settles",
                "/questions/0/answers/0/value", "/questions/0/answers/0/label/sv", "/questions/0/answers/0/label/en",
                "/questions/0/answers/0/publicContract", "/questions/0/answers/0/stateAid",
                "/questions/0/answers/0/verdicts", "/unsettled", "/current/publicContract")) {
            assertFalse(n.at(ptr).isMissingNode(), ptr + " in " + r.out());
        }
        // Set the first answer of the first question in the file, evaluate it with the CLI: the promise holds.
        JsonNode q = n.at("/questions/0");
        OpenQuestion api = engine.openQuestions(sparse(), core()).questions().get(0);
        assertEquals(api.fact(), q.at("/fact").asText(), "the CLI gives what the API gives");
        for (int i = 0; i < api.answers().size(); i++) {
            OpenQuestion.Answer a = api.answers().get(i);
            assertEquals(a.outcomes().publicContract().name(), q.at("/answers/" + i + "/publicContract").asText());
            Partnership p = sparse();
            for (OpenQuestion.Value v : a.values()) {
                p = FactPaths.with(p, v.fact(), v.value());
            }
            Path f = dir.resolve("answered" + i + ".json");
            Files.writeString(f, PartnershipJson.write(p), StandardCharsets.UTF_8);
            JsonNode e = MAPPER.readTree(CliRunner.run("evaluate", "--rule-sets", CORE, f.toString()).out());
            assertEquals(q.at("/answers/" + i + "/publicContract").asText(), e.at("/assessment/publicContract").asText());
            assertEquals(q.at("/answers/" + i + "/stateAid").asText(), e.at("/assessment/stateAid").asText());
        }
    }

    @Test
    void questionsAsMarkdownAndHtml() {
        CliRunner.Result md = CliRunner.run("questions", "--rule-sets", CORE, "--format", "md", SPARSE);
        assertEquals(0, md.exitCode(), md::toString);
        assertTrue(md.out().startsWith("# Att ta reda på\n"), md.out());
        assertTrue(md.out().contains("1. **"), md.out());
        assertTrue(md.out().matches("(?s).*\n   - Om [^\n]+ → [^\n]+\n.*"), md.out()); // each answer with its outcome
        CliRunner.Result html = CliRunner.run("questions", "--rule-sets", CORE, "--format", "html", "--lang", "en", SPARSE);
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
        assertTrue(html.out().contains("<h1>To find out</h1>"), html.out());
        assertFalse(html.out().contains("<script"));
    }

    @Test
    void theEvaluationReportBeginsWithWhatToFindOutUnlessTurnedOff() {
        CliRunner.Result on = CliRunner.run("evaluate", "--rule-sets", CORE, "--format", "md", SPARSE);
        assertTrue(on.out().contains("## Att ta reda på\n"), on.out());
        assertTrue(on.out().indexOf("## Att ta reda på") < on.out().indexOf("## Saknade uppgifter"), on.out());
        CliRunner.Result off = CliRunner.run("evaluate", "--rule-sets", CORE, "--format", "md", "--no-questions", SPARSE);
        assertFalse(off.out().contains("Att ta reda på"), off.out());
        assertEquals(off.out(), on.out().replaceAll("(?s)## Att ta reda på\n.*?(?=\n## )", "").replace("\n\n\n", "\n\n"),
                "the section is the only difference");
        CliRunner.Result html = CliRunner.run("evaluate", "--rule-sets", CORE, "--format", "html", SPARSE);
        assertTrue(html.out().contains("<section class=\"to-find-out\">"), "html too");
    }

    @Test
    void questionsRefusesBadInputCleanly(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"titel\": 1}", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("questions", bad.toString());
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        CliRunner.assertCleanErrors(r);
        assertTrue(r.err().contains("titel"), r.err());
    }

    @Test
    void interviewAnswersInFileOutAndTheResultIsAsPromised(@TempDir Path dir) throws Exception {
        OpenQuestions q = engine.openQuestions(sparse(), core());
        OpenQuestion first = q.questions().get(0);
        OpenQuestion.Answer promised = first.answers().get(0);
        Path out = dir.resolve("done.json");
        CliRunner.Result r = CliRunner.withStdin("1\nsluta\n", "interview", "--rule-sets", CORE, "--out", out.toString(),
                SPARSE);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("1. " + first.ask().sv()), r.err());
        assertTrue(r.err().contains("Läget nu: "), r.err());
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(List.of(), PartnershipJson.validate(json), "valid input again");
        Partnership done = PartnershipJson.read(json);
        assertEquals(promised.values().get(0).value(), FactPaths.resolve(done, first.fact()).value());
        FactSource source = done.factSources().stream().filter(s -> s.path().equals(first.fact())).findFirst().orElseThrow();
        assertEquals(FactBasis.STATED_IN_INTERVIEW, source.basis());
        assertTrue(source.reference().contains(LocalDate.now().toString().substring(0, 7)), source.reference());
        assertEquals(sparse().parties(), done.parties(), "the rest is kept");
        var e = engine.evaluate(done, core());
        assertEquals(promised.outcomes().publicContract(), e.assessment().publicContract());
        assertEquals(promised.outcomes().stateAid(), e.assessment().stateAid());
    }

    @Test
    void interviewSkipsGoesBackAndStopsAtTheEndOfInput() throws Exception {
        // Answer, go back (undoes it), skip the question, then the input ends: nothing is recorded.
        CliRunner.Result r = CliRunner.withStdin("1\nb\n?\n", "interview", "--rule-sets", CORE, SPARSE);
        assertEquals(0, r.exitCode(), r::toString);
        Partnership done = PartnershipJson.read(r.out());
        assertEquals(FactPaths.canonical(sparse()), FactPaths.canonical(done), r.err());
        // An answer that is not offered is asked again.
        CliRunner.Result again = CliRunner.withStdin("kanske\ns\n", "interview", "--rule-sets", CORE, SPARSE);
        assertTrue(again.err().contains("Svara med en siffra"), again.err());
    }

    @Test
    void interviewStartsFromNothingInEnglish() throws Exception {
        CliRunner.Result r = CliRunner.withStdin("yes\nstop\n", "interview", "--lang", "en", "--rule-sets", CORE);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Where it stands: "), r.err());
        Partnership done = PartnershipJson.read(r.out());
        assertEquals(1, done.factSources().size(), r.err());
        assertEquals(FactBasis.STATED_IN_INTERVIEW, done.factSources().get(0).basis());
        assertTrue(FactPaths.resolve(done, done.factSources().get(0).path()).known());
    }

    @Test
    void interviewOffersExtractedFactsFirstWithTheirQuotes(@TempDir Path dir) throws Exception {
        String extracted = """
                {"id": "x", "parties": [{"id": "kommun", "name": "Exempelby kommun", "sector": "PUBLIC_MUNICIPALITY"},
                   {"id": "forening", "name": "Föreningen", "sector": "IDEA_BASED"}],
                 "agreement": {"instrument": "IOP_AGREEMENT", "authorityCanEnforcePerformance": false},
                 "stateAid": {"selective": false},
                 "factSources": [
                   {"path": "agreement.authorityCanEnforcePerformance", "basis": "EXTRACTED",
                    "reference": "avtal.docx, § 7: »Kommunen kan endast kräva återbetalning» (säkerhet 0.9)"},
                   {"path": "stateAid.selective", "basis": "EXTRACTED", "reference": "avtal.docx, § 2 (säkerhet 0.6)"}]}
                """;
        Path in = dir.resolve("extracted.json");
        Files.writeString(in, extracted, StandardCharsets.UTF_8);
        // The first suggestion is confirmed, the second is wrong and corrected to "ja"; then stop.
        CliRunner.Result r = CliRunner.withStdin("j\nn\n1\ns\n", "interview", "--rule-sets", CORE, in.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Kommunen kan endast kräva återbetalning"), r.err());
        assertTrue(r.err().contains("Utläst 1/2"), r.err());
        Partnership done = PartnershipJson.read(r.out());
        FactSource first = done.factSources().stream()
                .filter(s -> s.path().equals("agreement.authorityCanEnforcePerformance")).findFirst().orElseThrow();
        assertEquals(FactBasis.DOCUMENTED, first.basis());
        assertTrue(first.reference().startsWith("avtal.docx, § 7"), first.reference());
        assertEquals(se.ioprules.api.facts.Tri.FALSE, done.agreement().authorityCanEnforcePerformance());
        FactSource second = done.factSources().stream()
                .filter(s -> s.path().equals("stateAid.selective")).findFirst().orElseThrow();
        assertEquals(FactBasis.STATED_IN_INTERVIEW, second.basis());
        assertEquals(se.ioprules.api.facts.Tri.TRUE, done.stateAid().selective());

        // "nej" then "vet inte": the suggestion is removed and the fact left unknown; the end of input leaves the
        // remaining suggestion unconfirmed.
        CliRunner.Result cleared = CliRunner.withStdin("n\n?\n", "interview", "--rule-sets", CORE, in.toString());
        Partnership after = PartnershipJson.read(cleared.out());
        assertEquals(se.ioprules.api.facts.Tri.UNKNOWN, after.agreement().authorityCanEnforcePerformance(), cleared.err());
        assertTrue(after.factSources().stream().noneMatch(s -> s.path().equals("agreement.authorityCanEnforcePerformance")));
        assertEquals(FactBasis.EXTRACTED, after.factSources().stream()
                .filter(s -> s.path().equals("stateAid.selective")).findFirst().orElseThrow().basis());
    }
}
