package se.ioprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Assessment;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Likelihood;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;

class EvaluationJsonTest {

    static Evaluation sample() {
        RuleSetInfo info = new RuleSetInfo("eu-public-contract", "2019.1", "Offentligt kontrakt", "EU", RuleSetStatus.CASE_LAW,
                LocalDate.of(2019, 1, 1), null, Map.of("S1", "Direktiv 2014/24/EU"), List.of(), "ab".repeat(32), "classpath");
        Finding f = new Finding("eu-public-contract", "eupc-6-mutual-binding", Outcome.FAIL, CriterionKind.LEGAL_REQUIREMENT,
                "NOT_MET", new LocalizedText("Avtalet är <ömsesidigt> bindande", "The agreement is mutually binding"),
                List.of(new FactValue("agreement.sanctionClauses", "[REPAYMENT]", true),
                        new FactValue("term.endDate", "null", false)),
                List.of(new Citation("S1", "Direktiv 2014/24/EU", "art. 2.1.5")), "rule-1", false);
        RuleSetResult r = new RuleSetResult(info, Verdict.DOES_NOT_MEET, List.of(f),
                List.of(new ParameterValue("longTermMonths", new BigDecimal("36"), null, "ASSUMPTION", false)), false);
        return new Evaluation("p1", LocalDate.of(2024, 3, 1), "decisionDate", "0.1.0", "cd".repeat(32),
                new Assessment(Likelihood.UNLIKELY, Likelihood.NOT_ASSESSABLE), List.of(r));
    }

    /** An evaluation with every optional part: indicators, an external rule set, nulls, decimals, no sources. */
    static Evaluation rich() {
        RuleSetInfo ext = new RuleSetInfo("state-aid", "2009.1", "Statsstöd \"EU\"", null, null,
                LocalDate.of(2009, 1, 1), LocalDate.of(2030, 12, 31), Map.of(), List.of(), "ef".repeat(32), "/rules/x");
        se.ioprules.api.Indicator ind = new se.ioprules.api.Indicator("per-unit", se.ioprules.api.Indicator.Direction.TOWARDS,
                se.ioprules.api.Indicator.Strength.STRONG, new LocalizedText("Pris per plats\n«x»", "Price per place \u2028"),
                List.of(new FactValue("resources.budget.totalCostSek", "600000.50", true)),
                List.of(new Citation("S2", "Dok", "s. 3")));
        Finding element = new Finding("state-aid", "sa-1", Outcome.INFO, CriterionKind.LEGAL_REQUIREMENT, "MET",
                new LocalizedText("Uppfyllt", "Met"), List.of(), List.of(), "rule \"2\"", true, List.of(ind));
        Finding none = new Finding("state-aid", "sa-2", Outcome.NOT_ASSESSABLE, CriterionKind.GOOD_PRACTICE, "",
                new LocalizedText("", ""), List.of(new FactValue("parties[a b].name", "null", false)), List.of(),
                "(no rule fired)", false);
        RuleSetResult r = new RuleSetResult(ext, Verdict.INCOMPLETE, List.of(element, none),
                List.of(new ParameterValue("share", new BigDecimal("0.50"), LocalDate.of(2020, 1, 1), "S2", true),
                        new ParameterValue("big", new BigDecimal("1E+3"), null, "x", false)), true);
        Evaluation base = sample();
        List<RuleSetResult> sets = new java.util.ArrayList<>(base.ruleSets());
        sets.add(r);
        return new Evaluation("p2 \"q\"", LocalDate.of(2025, 6, 1), "request", "0.1.0", "cd".repeat(32),
                new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY), sets);
    }

    @Test
    void aStreamedLineIsTheCompactTreeWithTheInputFileAndLine() {
        for (Evaluation e : List.of(sample(), rich())) {
            for (String lang : List.of("sv", "en")) {
                for (boolean notable : List.of(false, true)) {
                    com.fasterxml.jackson.databind.node.ObjectNode tree = EvaluationJson.toTree(e, lang, notable);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("input")).put("file", "in \"1\".ndjson");
                    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("input")).put("line", 123456789012L);
                    assertEquals(EvaluationJson.write(tree, false),
                            EvaluationJson.writeLine(e, lang, notable, "in \"1\".ndjson", 123456789012L), lang + " " + notable);
                }
            }
        }
    }

    @Test
    void theByteFormIsTheUtf8OfTheTextForm() throws Exception {
        Evaluation odd = new Evaluation("åäö – \"\\ \u0001\u001f\u007f \u2028 \uD83D\uDE00 é ß", LocalDate.of(2025, 6, 1),
                "request", "0.1.0", "cd".repeat(32), new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY),
                sample().ruleSets());
        for (Evaluation e : List.of(sample(), rich(), odd)) {
            for (String lang : List.of("sv", "en")) {
                for (boolean notable : List.of(false, true)) {
                    byte[] bytes = EvaluationJson.writeLineUtf8(e, lang, notable, "fil ö.ndjson", 7);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(
                            EvaluationJson.writeLine(e, lang, notable, "fil ö.ndjson", 7)
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes, lang + " " + notable);
                }
            }
        }
        for (String id : List.of("x\uD800y", "\uDFFF", "a\\\uDC00", "\uD83D")) {
            Evaluation lone = new Evaluation(id, LocalDate.of(2025, 6, 1), "request", "0.1.0", "cd".repeat(32),
                    new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY), sample().ruleSets());
            assertEquals(null, EvaluationJson.writeLineUtf8(lone, "sv", false, "f", 1), "no UTF-8 for a lone surrogate");
        }
        for (int k = 0; k < 13; k++) { // the escape at every offset from the sixth bytes the search looks at
            for (String lone : List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF")) {
                Evaluation e = new Evaluation("x".repeat(k) + lone, LocalDate.of(2025, 6, 1), "request", "0.1.0",
                        "cd".repeat(32), new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY), List.of());
                assertEquals(null, EvaluationJson.writeLineUtf8(e, "sv", false, "f", 1), k + " " + lone);
                Evaluation text = new Evaluation("x".repeat(k) + "\\u" + Integer.toHexString(lone.charAt(0)).toUpperCase(java.util.Locale.ROOT)
                        + " \uD7FF\uE000",
                        LocalDate.of(2025, 6, 1), "request", "0.1.0", "cd".repeat(32),
                        new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY), List.of());
                org.junit.jupiter.api.Assertions.assertArrayEquals(EvaluationJson.writeLine(text, "sv", false, "f", 1)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), EvaluationJson.writeLineUtf8(text, "sv", false, "f", 1));
            }
        }
        // the text of an escape is not one
        Evaluation text = new Evaluation("\\uD800 \\\\uDC00", LocalDate.of(2025, 6, 1), "request", "0.1.0",
                "cd".repeat(32), new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY), sample().ruleSets());
        org.junit.jupiter.api.Assertions.assertArrayEquals(EvaluationJson.writeLine(text, "sv", false, "f", 1)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), EvaluationJson.writeLineUtf8(text, "sv", false, "f", 1));
    }

    /** The byte form of {@code e} is the UTF-8 of its text form, written twice (the second time from the constants encoded the first). */
    private static void assertBytesAreText(Evaluation e, String lang, boolean notable) {
        byte[] text = EvaluationJson.writeLine(e, lang, notable, "f", 3).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertArrayEquals(text, EvaluationJson.writeLineUtf8(e, lang, notable, "f", 3));
        org.junit.jupiter.api.Assertions.assertArrayEquals(text, EvaluationJson.writeLineUtf8(e, lang, notable, "f", 3));
    }

    private static Evaluation withFinding(Finding f) {
        RuleSetInfo info = sample().ruleSets().get(0).ruleSet();
        return new Evaluation("p", LocalDate.of(2025, 6, 1), "request", "0.1.0", "cd".repeat(32),
                new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY),
                List.of(new RuleSetResult(info, Verdict.INCOMPLETE, List.of(f), List.of(), false)));
    }

    @Test
    void preEncodedRuleTextsAreWrittenAsTheGeneratorWritesThem() {
        // texts from rule metadata (criterion, rule, fact paths, citations) with escapes, non-Latin-1 and astral
        // characters, equal messages in both languages and a message that is neither text
        Finding f = new Finding("eu-public-contract", "k\"r\u0001it – ö", Outcome.WARNING, CriterionKind.GOOD_PRACTICE,
                "MET \\ \uD83D\uDE00", new LocalizedText("Samma – text \"x\"\n", "Samma – text \"x\"\n"),
                List.of(new FactValue("parties[a\tb].name", "v\u2028", true)),
                List.of(new Citation("S1", "Dok § 3 – “citat”", "s. 27–28"), new Citation("", "\uD83D\uDE00", "")),
                "regel \"1\"", false);
        // texts of the evaluation with nothing to escape, and with what the generator escapes or writes for them
        Finding plain = new Finding("s", "k", Outcome.PASS, CriterionKind.GOOD_PRACTICE, "MET",
                new LocalizedText("Vanlig – ö ΑΒΓ \uD83D\uDE00 \u2028 \u007f slut", "Is it so? \u00e9\u00ff\u0100"),
                List.of(new FactValue("a.b", "\uD83D\uDE00 – x", true), new FactValue("a.c", "tab\there", true),
                        new FactValue("a.d", "", false), new FactValue("a.e", "\u0000\u001f\u0080", true)),
                List.of(), "r", false);
        for (Evaluation e : List.of(sample(), rich(), withFinding(f), withFinding(plain))) {
            for (String lang : List.of("sv", "en")) {
                for (boolean notable : List.of(false, true)) {
                    assertBytesAreText(e, lang, notable);
                }
            }
        }
        // a lone surrogate in a pre-encoded text still sends the line to the text form, the first time and after
        for (Finding lone : List.of(
                new Finding("s", "krit\uD800", Outcome.FAIL, CriterionKind.GOOD_PRACTICE, "MET",
                        new LocalizedText("a", "b"), List.of(), List.of(), "r", false),
                new Finding("s", "krit", Outcome.FAIL, CriterionKind.GOOD_PRACTICE, "MET",
                        new LocalizedText("a", "b"), List.of(), List.of(new Citation("S", "Dok\uDC00", "")), "r", false),
                new Finding("s", "krit", Outcome.FAIL, CriterionKind.GOOD_PRACTICE, "MET",
                        new LocalizedText("a\uD83D", "a\uD83D"), List.of(), List.of(), "r", false),
                new Finding("s", "krit", Outcome.FAIL, CriterionKind.GOOD_PRACTICE, "MET",
                        new LocalizedText("a", "b\uDE00"), List.of(), List.of(), "r", false),
                new Finding("s", "krit", Outcome.FAIL, CriterionKind.GOOD_PRACTICE, "MET", new LocalizedText("a", "b"),
                        List.of(new FactValue("a.b", "x\uDBFFy", true)), List.of(), "r", false))) {
            for (int i = 0; i < 2; i++) {
                assertEquals(null, EvaluationJson.writeLineUtf8(withFinding(lone), "sv", false, "f", 1));
            }
        }
    }

    @Test
    void manyDifferentRuleTextsStillGiveTheSameBytes() {
        // more distinct fact paths than the table of pre-encoded texts keeps: it starts again, the output is the same
        List<FactValue> because = new java.util.ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            because.add(new FactValue("parties[" + i + "].name", "n" + i, true));
        }
        Finding f = new Finding("s", "krit", Outcome.PASS, CriterionKind.GOOD_PRACTICE, "MET",
                new LocalizedText("a", "b"), because, List.of(), "r", false);
        assertBytesAreText(withFinding(f), "en", false);
    }

    @Test
    void containsTheDocumentedFields() throws Exception {
        JsonNode n = new ObjectMapper().readTree(EvaluationJson.write(sample(), "en"));
        assertEquals("2024-03-01", n.at("/asOf").asText());
        assertEquals("cd".repeat(32), n.at("/input/sha256").asText());
        assertEquals("0.1.0", n.at("/engine/version").asText());
        assertEquals("UNLIKELY", n.at("/assessment/publicContract").asText());
        assertEquals("NOT_ASSESSABLE", n.at("/assessment/stateAid").asText());
        assertTrue(n.at("/anyDoesNotMeet").asBoolean());
        JsonNode rs = n.at("/ruleSets/0");
        assertEquals("eu-public-contract", rs.at("/id").asText());
        assertEquals("2019.1", rs.at("/version").asText());
        assertEquals("CASE_LAW", rs.at("/status").asText());
        assertEquals("ab".repeat(32), rs.at("/sha256").asText());
        assertEquals("DOES_NOT_MEET", rs.at("/verdict").asText());
        assertEquals("LEGAL_REQUIREMENT_FAILED", rs.at("/verdictBasis").asText());
        assertEquals("A legal requirement is not met, “eupc-6-mutual-binding”, and a failed legal requirement decides "
                + "on its own.",
                rs.at("/verdictWhy").asText());
        assertEquals(rs.at("/verdictWhy").asText(), rs.at("/verdictWhys/en").asText());
        assertTrue(rs.at("/verdictWhys/sv").asText().startsWith("Ett rättsligt krav är inte uppfyllt"));
        assertEquals(1, rs.at("/counts/FAIL").asInt());
        assertTrue(rs.at("/effectiveTo").isNull());
        assertEquals("36", rs.at("/parameters/0/value").asText());
        JsonNode f = rs.at("/findings/0");
        assertEquals("eupc-6-mutual-binding", f.at("/criterion").asText());
        assertEquals("FAIL", f.at("/outcome").asText());
        assertEquals("LEGAL_REQUIREMENT", f.at("/kind").asText());
        assertEquals("The agreement is mutually binding", f.at("/message").asText());
        assertEquals("Avtalet är <ömsesidigt> bindande", f.at("/messages/sv").asText());
        assertEquals("agreement.sanctionClauses", f.at("/because/0/fact").asText());
        assertEquals("[REPAYMENT]", f.at("/because/0/value").asText());
        assertFalse(f.at("/because/1/known").asBoolean());
        // a FAIL is decided on known facts: the unknown end date its rule read is in because, not missing
        assertEquals("term.endDate", f.at("/because/1/fact").asText());
        assertEquals(0, f.at("/missingFacts").size());
        assertEquals("Direktiv 2014/24/EU", f.at("/source/document").asText());
        assertEquals("art. 2.1.5", f.at("/source/locator").asText());
        assertEquals("art. 2.1.5", f.at("/sources/0/locator").asText());
    }

    @Test
    void compactFormIsOneLineAndSwedishIsTheDefault() throws Exception {
        String line = EvaluationJson.write(EvaluationJson.toTree(sample(), "sv"), false);
        assertFalse(line.contains("\n"));
        assertEquals("Avtalet är <ömsesidigt> bindande",
                new ObjectMapper().readTree(line).at("/ruleSets/0/findings/0/message").asText());
    }

    @Test
    void notableOnlyListsFailWarningAndNotAssessableButCountsEverything() throws Exception {
        Evaluation base = sample();
        RuleSetResult r = base.ruleSets().get(0);
        List<Finding> findings = new java.util.ArrayList<>();
        for (Outcome o : Outcome.values()) {
            Finding f = r.findings().get(0);
            findings.add(new Finding(f.ruleSetId(), "c-" + o, o, f.kind(), "", f.message(), f.because(), f.sources(),
                    f.rule(), false));
        }
        Evaluation e = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), base.assessment(), List.of(new RuleSetResult(r.ruleSet(), r.verdict(), findings,
                        r.parameters(), false)));
        JsonNode all = new ObjectMapper().readTree(EvaluationJson.write(EvaluationJson.toTree(e, "sv"), false));
        assertEquals("all", all.at("/findingsIncluded").asText());
        assertEquals(5, all.at("/ruleSets/0/findings").size());
        JsonNode notable = new ObjectMapper().readTree(EvaluationJson.write(EvaluationJson.toTree(e, "sv", true), false));
        assertEquals("notable", notable.at("/findingsIncluded").asText());
        List<String> listed = new java.util.ArrayList<>();
        notable.at("/ruleSets/0/findings").forEach(f -> listed.add(f.at("/criterion").asText()));
        assertEquals(List.of("c-FAIL", "c-WARNING", "c-NOT_ASSESSABLE"), listed);
        for (Outcome o : Outcome.values()) {
            assertEquals(1, notable.at("/ruleSets/0/counts/" + o.name()).asInt(), o::name);
        }
    }

    @Test
    void theVerdictBasisCoversEveryFindingEvenWhenOnlyNotableOnesAreListed() throws Exception {
        Evaluation base = sample();
        RuleSetResult r = base.ruleSets().get(0);
        Finding f = r.findings().get(0);
        List<Finding> findings = new java.util.ArrayList<>();
        for (Outcome o : List.of(Outcome.PASS, Outcome.PASS, Outcome.FAIL)) {
            findings.add(new Finding(f.ruleSetId(), "g-" + findings.size(), o, CriterionKind.GUIDING_INDICATOR, "",
                    f.message(), f.because(), f.sources(), f.rule(), false));
        }
        Evaluation e = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), base.assessment(), List.of(new RuleSetResult(r.ruleSet(), Verdict.MEETS, findings,
                        List.of(new ParameterValue(Verdict.MAX_FAILED_INDICATOR_SHARE, new BigDecimal("0.5"), null,
                                "ASSUMPTION", false)), false)));
        for (boolean notable : List.of(false, true)) {
            JsonNode rs = new ObjectMapper().readTree(EvaluationJson.write(EvaluationJson.toTree(e, "en", notable),
                    false)).at("/ruleSets/0");
            assertEquals(notable ? 1 : 3, rs.at("/findings").size());
            // from the one listed FAIL alone a reader would conclude "most failed": the basis says otherwise
            assertEquals("MET", rs.at("/verdictBasis").asText());
            assertTrue(rs.at("/verdictWhy").asText().contains("1 of 3 is not met, no more than the share allowed to "
                    + "fail (maxFailedIndicatorShare 0.5, i.e. 50%)"), rs.at("/verdictWhy")::asText);
        }
    }

    @Test
    void errorLinesCarryEveryProblem() throws Exception {
        String line = EvaluationJson.write(EvaluationJson.errorTree(7, "invalid-input",
                List.of(new JsonProblem("$.id", 1, 8, "expected a string"))), false);
        JsonNode n = new ObjectMapper().readTree(line);
        assertEquals(7, n.at("/line").asInt());
        assertEquals("$.id", n.at("/problems/0/path").asText());
        assertEquals(8, n.at("/problems/0/column").asInt());
    }
}
