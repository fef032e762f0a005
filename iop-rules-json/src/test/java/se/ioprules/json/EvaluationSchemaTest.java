package se.ioprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Assessment;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Indicator;
import se.ioprules.api.Lean;
import se.ioprules.api.Likelihood;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.VerdictBasis;

/**
 * The output schemas: generated, shipped up to date, and exact for what {@link EvaluationJson} writes: every output
 * validates (with every value of every enumeration), a field the schema does not declare fails validation at every
 * object of the output, and every field the schema declares is written by some output here.
 */
class EvaluationSchemaTest {
    private static final Path DIR = Path.of("src/main/resources/se/ioprules/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A validator of the schema text (the shipped schemas are tested against what the writer gives). */
    static JsonSchema validator(String schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    static JsonSchema evaluationSchema() {
        return validator(EvaluationSchema.evaluation());
    }

    static JsonSchema lineSchema() {
        return validator(EvaluationSchema.batchLine());
    }

    static void assertValid(JsonSchema schema, JsonNode doc, String what) {
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> what + ": " + errors);
    }

    @Test
    void shippedSchemasAreUpToDate() throws IOException {
        String evaluation = EvaluationSchema.generateEvaluation();
        String line = EvaluationSchema.generateBatchLine();
        String questions = EvaluationSchema.generateQuestions();
        if (Boolean.getBoolean("iop.regenerateSchema")) {
            Files.writeString(DIR.resolve("evaluation.schema.json"), evaluation, StandardCharsets.UTF_8);
            Files.writeString(DIR.resolve("evaluation-line.schema.json"), line, StandardCharsets.UTF_8);
            Files.writeString(DIR.resolve("questions.schema.json"), questions, StandardCharsets.UTF_8);
            return; // the classpath copies are refreshed by the next build
        }
        String how = " Regenerate it: mvn -B -q test -pl iop-rules-json -am -Dtest=EvaluationSchemaTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Diop.regenerateSchema=true";
        assertEquals(evaluation, EvaluationSchema.evaluation(), "The evaluation schema is out of date." + how);
        assertEquals(line, EvaluationSchema.batchLine(), "The batch-line schema is out of date." + how);
        assertEquals(questions, EvaluationSchema.questions(), "The open-questions schema is out of date." + how);
        // all are valid draft 2020-12 schemas of their own (the meta-schema check)
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        for (String s : List.of(evaluation, line, questions)) {
            assertEquals(Set.of(), meta.validate(MAPPER.readTree(s)));
        }
    }

    private static final List<se.ioprules.api.InputWarning> WARNINGS = List.of(new se.ioprules.api.InputWarning(
            List.of("signingDate", "agreement.agreementSigned"), new LocalizedText("motsägelse", "contradiction")));

    @Test
    void inputWarningsAreAddedOnlyWhenThereAreAny() {
        ObjectNode tree = EvaluationJson.toTree(EvaluationJsonTest.sample(), "en", false);
        String before = EvaluationJson.write(tree, false);
        assertEquals(before, EvaluationJson.write(EvaluationJson.addInputWarnings(tree, List.of()), false));
        JsonNode w = EvaluationJson.addInputWarnings(tree, WARNINGS).at("/input/warnings/0");
        assertEquals("[\"signingDate\",\"agreement.agreementSigned\"]", w.get("paths").toString());
        assertEquals("contradiction", w.get("message").asText(), "in the tree's language");
        assertEquals("motsägelse", w.at("/messages/sv").asText());
    }

    /** Every form the writer gives: trees, the text and byte lines, in both languages, all or notable findings. */
    static List<JsonNode> outputs(Evaluation e, boolean asLines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String lang : List.of("sv", "en")) {
            for (boolean notable : List.of(false, true)) {
                if (asLines) {
                    out.add(MAPPER.readTree(EvaluationJson.writeLine(e, lang, notable, "in.ndjson", 3)));
                    byte[] bytes = EvaluationJson.writeLineUtf8(e, lang, notable, "in.ndjson", 3);
                    out.add(MAPPER.readTree(bytes));
                    // a line whose input has warnings, as a batch writes it
                    ObjectNode tree = EvaluationJson.toTree(e, lang, notable);
                    ((ObjectNode) tree.get("input")).put("file", "in.ndjson").put("line", 4);
                    out.add(MAPPER.readTree(EvaluationJson.write(EvaluationJson.addInputWarnings(tree, WARNINGS), false)));
                } else {
                    ObjectNode tree = EvaluationJson.toTree(e, lang, notable);
                    out.add(MAPPER.readTree(EvaluationJson.write(tree, true)));
                    ((ObjectNode) tree.get("input")).put("file", "laholm.json"); // as evaluate F writes it
                    out.add(MAPPER.readTree(EvaluationJson.write(tree, true)));
                    EvaluationJson.addInputWarnings(tree, WARNINGS);
                    out.add(MAPPER.readTree(EvaluationJson.write(tree, true)));
                }
            }
        }
        return out;
    }

    /** Error lines as a batch writes them: the error tree with the input file and line. */
    static List<JsonNode> errorLines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String kind : EvaluationSchema.ERROR_KINDS) {
            ObjectNode t = EvaluationJson.errorTree(12, kind, List.of(new JsonProblem("$.parties[0].sector", 1, 40,
                    "unknown value 'PUBLIC'"), new JsonProblem("$", 0, 0, "the line is not UTF-8")));
            t.putObject("input").put("file", "register.ndjson").put("line", 12);
            out.add(MAPPER.readTree(EvaluationJson.write(t, false)));
        }
        return out;
    }

    /** Evaluations that between them give every value of every enumeration in the output. */
    static List<Evaluation> everyValue() {
        List<Evaluation> out = new ArrayList<>(List.of(EvaluationJsonTest.sample(), EvaluationJsonTest.rich()));
        List<RuleSetResult> sets = new ArrayList<>();
        RuleSetStatus[] statuses = RuleSetStatus.values();
        int k = 0;
        for (VerdictBasis basis : VerdictBasis.values()) {
            List<Finding> fs = switch (basis) {
                case LEGAL_REQUIREMENT_FAILED -> List.of(finding(Outcome.FAIL, CriterionKind.LEGAL_REQUIREMENT));
                case MOST_INDICATORS_FAILED -> List.of(finding(Outcome.FAIL, CriterionKind.GUIDING_INDICATOR),
                        finding(Outcome.PASS, CriterionKind.RECOMMENDATION));
                case FACTS_MISSING -> List.of(finding(Outcome.NOT_ASSESSABLE, CriterionKind.LEGAL_REQUIREMENT),
                        finding(Outcome.WARNING, CriterionKind.GOOD_PRACTICE));
                case NOTHING_ASSESSED -> List.of(finding(Outcome.INFO, CriterionKind.GUIDING_INDICATOR));
                case MET -> List.of(finding(Outcome.PASS, CriterionKind.LEGAL_REQUIREMENT));
            };
            RuleSetInfo info = new RuleSetInfo("rs-" + k, "2024.1", "Regler " + k, "Utfärdare",
                    statuses[k % statuses.length], LocalDate.of(2024, 1, 1), null, Map.of(), List.of(), "0f".repeat(32),
                    "classpath:iop-rules/rulesets/rs-" + k);
            sets.add(new RuleSetResult(info, basis.verdict(), fs, List.of(new ParameterValue("maxFailedIndicatorShare",
                    new BigDecimal("0.5"), LocalDate.of(2024, 1, 1), "antagande", false)), k % 2 == 1));
            k++;
        }
        for (; k < statuses.length; k++) { // the statuses the bases did not reach
            RuleSetInfo info = new RuleSetInfo("rs-" + k, "1", "T", "I", statuses[k], null, null, Map.of(), List.of(),
                    "0f".repeat(32), "classpath:x");
            sets.add(new RuleSetResult(info, se.ioprules.api.Verdict.INCOMPLETE, List.of(), List.of(), false));
        }
        for (Indicator.Direction d : Indicator.Direction.values()) {
            for (Indicator.Strength s : Indicator.Strength.values()) {
                Indicator i = new Indicator("ind-" + d + "-" + s, d, s, new LocalizedText("sv", "en"),
                        List.of(new FactValue("legal.marketExists", "TRUE", true)), List.of(new Citation("S1", "Dok", "")));
                Finding element = new Finding("rs-0", "el", Outcome.INFO, CriterionKind.LEGAL_REQUIREMENT, "MET",
                        new LocalizedText("uppfyllt", "met"), List.of(), List.of(), "r", true, List.of(i));
                sets.set(0, new RuleSetResult(sets.get(0).ruleSet(), sets.get(0).verdict(),
                        concat(sets.get(0).findings(), element), sets.get(0).parameters(), false));
            }
        }
        Likelihood[] ls = Likelihood.values();
        Lean[] leans = Lean.values();
        for (int i = 0; i < Math.max(ls.length, leans.length); i++) {
            List<Assessment.Disagreement> ds = new ArrayList<>();
            for (Outcome o : Outcome.values()) {
                ds.add(new Assessment.Disagreement(i % 2 == 0 ? "publicContract" : "stateAid", "skl-2018", "skl-x", o,
                        new LocalizedText("oense", "disagrees")));
            }
            Assessment a = new Assessment(ls[i % ls.length], ls[(i + 1) % ls.length], leans[i % leans.length],
                    leans[(i + 2) % leans.length], new LocalizedText("därför", "because"), null, ds);
            out.add(new Evaluation(i == 0 ? null : "p" + i, LocalDate.of(2024, 3, 1),
                    EvaluationSchema.AS_OF_BASES.get(i % EvaluationSchema.AS_OF_BASES.size()), "0.1.0", "ab".repeat(32), a,
                    sets));
        }
        for (String basis : EvaluationSchema.AS_OF_BASES) {
            out.add(new Evaluation("p", LocalDate.of(2024, 3, 1), basis, "0.1.0", "ab".repeat(32),
                    new Assessment(Likelihood.LIKELY, Likelihood.LIKELY), List.of()));
        }
        return out;
    }

    private static List<Finding> concat(List<Finding> a, Finding f) {
        List<Finding> out = new ArrayList<>(a);
        out.add(f);
        return out;
    }

    private static Finding finding(Outcome o, CriterionKind kind) {
        return new Finding("rs", "c-" + o + "-" + kind, o, kind, "", new LocalizedText("text", "text"),
                List.of(new FactValue("term.endDate", "null", false)),
                List.of(new Citation("S1", "Dok", "s. 1"), new Citation("", "Dok 2", "")), "regel", false);
    }

    @Test
    void everyOutputValidatesWithEveryValueOfEveryEnumeration() throws IOException {
        JsonSchema evaluation = evaluationSchema();
        JsonSchema line = lineSchema();
        Set<String> seen = new TreeSet<>();
        for (Evaluation e : everyValue()) {
            for (JsonNode doc : outputs(e, false)) {
                assertValid(evaluation, doc, "evaluation " + e.partnershipId());
                collectValues(doc, "", seen);
            }
            for (JsonNode doc : outputs(e, true)) {
                assertValid(line, doc, "line " + e.partnershipId());
                assertValid(evaluation, doc, "a batch result is an evaluation " + e.partnershipId());
            }
        }
        for (JsonNode doc : errorLines()) {
            assertValid(line, doc, "error line");
            collectValues(doc, "", seen);
        }
        // the enumerations the test meant to cover are all there, so a new constant needs a case here
        Set<String> want = new TreeSet<>();
        for (Outcome o : Outcome.values()) {
            want.add("/ruleSets/findings/outcome=" + o);
            want.add("/assessment/disagreements/outcome=" + o);
        }
        EnumSet.allOf(CriterionKind.class).forEach(c -> want.add("/ruleSets/findings/kind=" + c));
        EnumSet.allOf(VerdictBasis.class).forEach(b -> want.add("/ruleSets/verdictBasis=" + b));
        EnumSet.allOf(se.ioprules.api.Verdict.class).forEach(v -> want.add("/ruleSets/verdict=" + v));
        EnumSet.allOf(RuleSetStatus.class).forEach(s -> want.add("/ruleSets/status=" + s));
        for (Likelihood l : Likelihood.values()) {
            want.add("/assessment/publicContract=" + l);
            want.add("/assessment/stateAid=" + l);
        }
        for (Lean l : Lean.values()) {
            want.add("/assessment/publicContractLean=" + l);
            want.add("/assessment/stateAidLean=" + l);
        }
        EnumSet.allOf(Indicator.Direction.class).forEach(d -> want.add("/ruleSets/findings/indicators/direction=" + d));
        EnumSet.allOf(Indicator.Strength.class).forEach(s -> want.add("/ruleSets/findings/indicators/strength=" + s));
        EvaluationSchema.AS_OF_BASES.forEach(b -> want.add("/asOfBasis=" + b));
        EvaluationSchema.ERROR_KINDS.forEach(b -> want.add("/error=" + b));
        want.add("/findingsIncluded=all");
        want.add("/findingsIncluded=notable");
        want.add("/lang=sv");
        want.add("/lang=en");
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(seen);
        assertEquals(Set.of(), missing, "values no output of the test has");
    }

    /** "path=value" for every text value, paths without array indexes. */
    static void collectValues(JsonNode n, String path, Set<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(f -> collectValues(f.getValue(), path + "/" + f.getKey(), out));
        } else if (n.isArray()) {
            n.forEach(x -> collectValues(x, path, out));
        } else if (n.isTextual()) {
            out.add(path + "=" + n.asText());
        }
    }

    @Test
    void aFieldTheSchemaDoesNotDeclareFailsAtEveryObjectOfTheOutput() throws IOException {
        JsonSchema evaluation = evaluationSchema();
        JsonSchema line = lineSchema();
        List<JsonNode> docs = new ArrayList<>(outputs(EvaluationJsonTest.rich(), false));
        List<JsonNode> lines = new ArrayList<>(outputs(EvaluationJsonTest.rich(), true));
        lines.addAll(errorLines());
        int objects = 0;
        for (boolean asLine : List.of(false, true)) {
            for (JsonNode doc : asLine ? lines : docs) {
                List<ObjectNode> all = new ArrayList<>();
                objectsOf(doc, all);
                for (ObjectNode o : all) {
                    o.put("undeclaredField", 1);
                    assertFalse((asLine ? line : evaluation).validate(doc).isEmpty(),
                            () -> "the schema accepts an undeclared field in " + o);
                    o.remove("undeclaredField");
                    objects++;
                }
                assertValid(asLine ? line : evaluation, doc, "restored");
            }
        }
        assertTrue(objects > 100, "objects tried: " + objects);
        // and a result line is not an error line, nor the other way round
        ObjectNode result = (ObjectNode) lines.get(0).deepCopy();
        result.put("error", "invalid-input");
        assertFalse(line.validate(result).isEmpty());
        ObjectNode noLine = (ObjectNode) lines.get(0).deepCopy();
        ((ObjectNode) noLine.get("input")).remove("line");
        assertFalse(line.validate(noLine).isEmpty(), "a batch result names its input line");
    }

    static void objectsOf(JsonNode n, List<ObjectNode> out) {
        if (n instanceof ObjectNode o) {
            out.add(o);
        }
        n.forEach(x -> objectsOf(x, out));
    }

    @Test
    void everyFieldTheSchemaDeclaresIsWritten() throws IOException {
        for (boolean asLine : List.of(false, true)) {
            JsonNode schema = MAPPER.readTree(asLine ? EvaluationSchema.batchLine() : EvaluationSchema.evaluation());
            Set<String> declared = new TreeSet<>();
            declared(schema, "", declared);
            Set<String> written = new TreeSet<>();
            for (Evaluation e : everyValue()) {
                for (JsonNode doc : outputs(e, asLine)) {
                    written(schema, asLine ? "/$defs/EvaluationLine" : "", doc, written);
                }
                if (!asLine) { // a batch result is an evaluation too, with its input line
                    for (JsonNode doc : outputs(e, true)) {
                        written(schema, "", doc, written);
                    }
                }
            }
            if (asLine) {
                for (JsonNode doc : errorLines()) {
                    written(schema, "/$defs/ErrorLine", doc, written);
                }
            }
            Set<String> unused = new TreeSet<>(declared);
            unused.removeAll(written);
            assertEquals(Set.of(), unused, "declared in the schema but written by no output");
            assertTrue(declared.size() > 60, declared::toString);
        }
    }

    /** The JSON pointer of every property declared anywhere in the schema. */
    static void declared(JsonNode schema, String ptr, Set<String> out) {
        if (!schema.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("properties")) {
                f.getValue().fieldNames().forEachRemaining(n -> out.add(ptr + "/properties/" + n));
            }
            declared(f.getValue(), ptr + "/" + f.getKey(), out);
        }
    }

    /** The JSON pointer of every declared property that {@code doc} has, following $ref, items and anyOf. */
    static void written(JsonNode root, String ptr, JsonNode doc, Set<String> out) {
        JsonNode s = root.at(ptr);
        if (s.has("$ref")) {
            written(root, s.get("$ref").asText().substring(1), doc, out);
            return;
        }
        if (s.has("anyOf") && doc.isObject()) {
            for (int i = 0; i < s.get("anyOf").size(); i++) {
                if (s.get("anyOf").get(i).has("$ref")) {
                    written(root, ptr + "/anyOf/" + i, doc, out);
                }
            }
            return;
        }
        if (doc.isObject() && s.has("properties")) {
            doc.fieldNames().forEachRemaining(n -> {
                if (s.get("properties").has(n)) {
                    out.add(ptr + "/properties/" + n);
                    written(root, ptr + "/properties/" + n, doc.get(n), out);
                }
            });
        } else if (doc.isArray() && s.has("items")) {
            doc.forEach(x -> written(root, ptr + "/items", x, out));
        }
    }
}
