package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defects 7 and 12: implausible dates and amounts and facts that contradict each other are validation
 * errors with a path (exit 3); an as-of date before the always-evaluated rule sets is a rule-set error (exit 4).
 */
class FactPlausibilityTest {
    private static String probe(String name) {
        return CliRunner.resource("probes/" + name).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            m/date-0000-01-01.json        | $.signingDate                          | outside the plausible range
            s/all-year-0000.json          | $.term.startDate                       | outside the plausible range
            s/all-year-9999.json          | $.term.endDate                         | outside the plausible range
            s/term-0000-9999.json         | $.term.startDate                       | outside the plausible range
            s/signing-after-term-end.json | $.signingDate                          | is after term.endDate
            s/decision-after-term-end.json| $.decisionDate                         | is after term.endDate
            s/amount-absurd-max.json      | $.resources.contributions[0].valueSek  | plausible maximum
            s/budget-1-ore.json           | $.resources.budget.totalCostSek        | more than 10 times the total cost
            """)
    void implausibleOrInconsistentFactsAreValidationErrors(String file, String path, String message) {
        for (String command : new String[] {"validate", "evaluate"}) {
            CliRunner.Result r = CliRunner.run(command, probe(file));
            assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
            assertTrue(r.err().lines().anyMatch(l -> l.contains(": " + path + ": ") && l.contains(message)),
                    () -> "names " + path + " with '" + message + "'\n" + r);
            assertEquals("", r.out(), "nothing is evaluated");
            CliRunner.assertCleanErrors(r);
        }
    }

    @Test
    void anAsOfDateBeforeTheAssessmentRuleSetsIsARuleSetError() {
        CliRunner.Result r = CliRunner.run("evaluate", "--as-of", "1900-01-01", probe("d/timra.json"));
        assertEquals(ExitCode.RULE_SET_ERROR, r.exitCode(), r::toString);
        assertTrue(r.err().contains("eu-public-contract is in force on 1900-01-01"), r::toString);
        assertEquals("", r.out(), "no evaluation without the overall assessment");
        CliRunner.assertCleanErrors(r);
        // the same as a named rule set that is not in force
        CliRunner.Result named = CliRunner.run("evaluate", "--as-of", "2015-01-01", "--rule-sets", "famna-2024",
                probe("d/timra.json"));
        assertEquals(ExitCode.RULE_SET_ERROR, named.exitCode(), named::toString);
        // the probes above are this file with one or two facts changed: it is valid itself
        CliRunner.Result base = CliRunner.run("validate", probe("d/timra.json"));
        assertEquals(ExitCode.OK, base.exitCode(), base::toString);
    }

    @Test
    void inABatchALineDatedBeforeTheAssessmentRuleSetsIsThatLinesError() throws Exception {
        String batch = "{\"id\":\"a\"}\n{\"id\":\"b\",\"decisionDate\":\"2005-06-01\"}\n{\"id\":\"c\"}\n";
        CliRunner.Result r = CliRunner.withStdin(batch, "evaluate", "--batch", "--findings", "notable", "-");
        assertEquals(ExitCode.RULE_SET_ERROR, r.exitCode(), r::toString);
        java.util.List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r::toString);
        com.fasterxml.jackson.databind.JsonNode b = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(1));
        assertEquals("rule-set-not-in-force", b.at("/error").asText(), lines.get(1));
        assertTrue(b.at("/problems/0/message").asText().contains("in force on 2005-06-01"), lines.get(1));
        assertTrue(r.err().contains("<stdin>:2: $: No version of rule set"), r::toString);
        assertTrue(r.err().contains("2 evaluated"), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    /**
     * A foundation recorded as distributing profit: either fact may be the wrong one, so it is a warning naming both
     * paths (Swedish by default, English with --lang en) and the input is still valid and evaluated.
     */
    @Test
    void contradictoryButPossibleFactsAreWarningsAndStillEvaluated() throws Exception {
        String json = "{\"id\":\"w\",\"decisionDate\":\"2024-03-01\",\"parties\":[{\"id\":\"k\",\"sector\":"
                + "\"PUBLIC_MUNICIPALITY\"},{\"id\":\"f\",\"sector\":\"IDEA_BASED\",\"legalForm\":\"STIFTELSE\","
                + "\"idea\":{\"distributesProfit\":true}}]}";
        String paths = "parties[1].legalForm, parties[1].idea.distributesProfit: ";
        CliRunner.Result v = CliRunner.withStdin(json, "validate", "-");
        assertEquals(ExitCode.OK, v.exitCode(), v::toString);
        assertEquals("<stdin>: OK\n", v.out());
        assertTrue(v.err().contains("iop-rules: <stdin>: warning: " + paths + "Parten är en stiftelse"), v::toString);
        assertTrue(v.err().contains(" / The party is a foundation"), v::toString);
        CliRunner.assertCleanErrors(v);
        CliRunner.Result e = CliRunner.withStdin(json, "evaluate", "-");
        assertTrue(e.exitCode() <= 1, e::toString);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode w = mapper.readTree(e.out()).at("/input/warnings/0");
        assertEquals("[\"parties[1].legalForm\",\"parties[1].idea.distributesProfit\"]", w.get("paths").toString(),
                "the JSON result carries the warning: " + e.out());
        assertTrue(w.get("message").asText().startsWith("Parten är en stiftelse"), w::toString);
        assertTrue(w.at("/messages/en").asText().startsWith("The party is a foundation"), w::toString);
        assertTrue(e.err().contains("iop-rules: <stdin>: warning: " + paths + "Parten är en stiftelse"), e::toString);
        CliRunner.Result en = CliRunner.withStdin(json, "evaluate", "--lang", "en", "-");
        assertTrue(en.err().contains("warning: " + paths + "The party is a foundation"), en::toString);
        CliRunner.Result batch = CliRunner.withStdin("{\"id\":\"a\"}\n" + json + "\n", "evaluate", "--batch", "-");
        assertTrue(batch.exitCode() <= 1, batch::toString);
        assertEquals(2, batch.out().lines().count());
        List<String> lines = batch.out().lines().toList();
        assertTrue(mapper.readTree(lines.get(0)).at("/input/warnings").isMissingNode(), "no warnings, no field");
        assertEquals(2, mapper.readTree(lines.get(1)).at("/input/line").asInt());
        assertEquals(w.get("paths"), mapper.readTree(lines.get(1)).at("/input/warnings/0/paths"));
        assertTrue(batch.err().contains("iop-rules: <stdin>:2: warning: " + paths), batch::toString);
        assertTrue(batch.err().contains("2 evaluated"), batch::toString);
        CliRunner.Result q = CliRunner.withStdin(json, "questions", "--lang", "en", "--max-questions", "1", "-");
        assertEquals(ExitCode.OK, q.exitCode(), q::toString);
        assertTrue(q.err().contains("iop-rules: <stdin>: warning: " + paths + "The party is a foundation"), q::toString);
        CliRunner.Result vb = CliRunner.withStdin(json + "\n", "validate", "--batch", "-");
        assertTrue(vb.err().contains("<stdin>:1: warning: " + paths), vb::toString);
        assertTrue(vb.out().contains("1 valid, 0 invalid"), vb::toString);
    }
}
