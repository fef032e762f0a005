package se.ioprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Likelihood;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.Tri;

/**
 * The open-questions schema ({@code iop-rules schema --questions}) is exact for what {@link OpenQuestionsJson}
 * writes: every output validates (with every value of every enumeration and every kind of answer value), a field the
 * schema does not declare fails at every object, and every field it declares is written by some output here. That
 * the shipped file is up to date is checked with the other output schemas ({@link EvaluationSchemaTest}).
 */
class QuestionsSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() {
        return EvaluationSchemaTest.validator(EvaluationSchema.questions());
    }

    private static LocalizedText t(String s) {
        return new LocalizedText(s + " (sv)", s);
    }

    private static OpenQuestions.Outcomes outcomes(int k) {
        Likelihood[] ls = Likelihood.values();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Verdict[] vs = Verdict.values();
        for (int i = 0; i < vs.length; i++) {
            verdicts.put("rs-" + i, vs[(i + k) % vs.length]);
        }
        return new OpenQuestions.Outcomes(ls[k % ls.length], ls[(k + 1) % ls.length], verdicts);
    }

    /** Open questions that between them have every field and every value of every enumeration. */
    static List<OpenQuestions> everyValue() {
        List<OpenQuestions> out = new ArrayList<>();
        int n = Math.max(Likelihood.values().length, Verdict.values().length);
        for (int k = 0; k < n; k++) {
            List<OpenQuestion.Answer> answers = new ArrayList<>();
            for (Object v : List.of(Tri.TRUE, Tri.FALSE, Boolean.TRUE, 24, new BigDecimal("0.25"), Sector.IDEA_BASED)) {
                answers.add(new OpenQuestion.Answer(List.of(new OpenQuestion.Value("legal.marketExists", v, t("ja"))),
                        outcomes(k + answers.size()), List.of(OpenQuestions.PUBLIC_CONTRACT)));
            }
            OpenQuestion single = new OpenQuestion(List.of("legal.marketExists"), t("Finns en marknad?"),
                    List.of(OpenQuestions.PUBLIC_CONTRACT), List.of("sou-2019-56"), answers);
            OpenQuestion pair = new OpenQuestion(List.of("term.startDate", "parties[f].sector"), t("Vilken sektor?"),
                    List.of(), List.of(OpenQuestions.STATE_AID), List.of(new OpenQuestion.Answer(List.of(
                            new OpenQuestion.Value("term.startDate", 12, t("12")),
                            new OpenQuestion.Value("parties[f].sector", Sector.PRIVATE_COMMERCIAL, t("privat"))),
                            outcomes(k), List.of())));
            out.add(new OpenQuestions(k == 0 ? null : LocalDate.of(2024, 3, 1), outcomes(k), List.of(single, pair),
                    List.of(new OpenQuestions.Unsettled(OpenQuestions.STATE_AID, t("ingen fråga avgör"))), k, 40 + k));
        }
        out.add(new OpenQuestions(LocalDate.of(2024, 3, 1), outcomes(0), List.of(), List.of(), 0, 1));
        return out;
    }

    static List<JsonNode> outputs(OpenQuestions q) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String lang : List.of("sv", "en")) {
            out.add(MAPPER.readTree(OpenQuestionsJson.write(q, lang)));
        }
        return out;
    }

    @Test
    void everyOutputValidatesWithEveryValueOfEveryEnumeration() throws IOException {
        JsonSchema schema = schema();
        Set<String> seen = new TreeSet<>();
        Set<String> valueTypes = new TreeSet<>();
        for (OpenQuestions q : everyValue()) {
            for (JsonNode doc : outputs(q)) {
                EvaluationSchemaTest.assertValid(schema, doc, doc.toString());
                EvaluationSchemaTest.collectValues(doc, "", seen);
                doc.at("/questions").forEach(x -> x.at("/answers").forEach(a -> valueTypes.add(a.get("value").getNodeType()
                        + (a.get("value").isIntegralNumber() ? "-integer" : ""))));
            }
        }
        Set<String> want = new TreeSet<>();
        for (Likelihood l : Likelihood.values()) {
            for (String where : List.of("/current", "/questions/answers")) {
                want.add(where + "/publicContract=" + l);
                want.add(where + "/stateAid=" + l);
            }
        }
        Set<String> verdicts = new TreeSet<>();
        seen.stream().filter(s -> s.startsWith("/current/verdicts/")).forEach(s -> verdicts.add(s.substring(s.indexOf('=') + 1)));
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(seen);
        assertEquals(Set.of(), missing, "values no output of the test has");
        assertEquals(new TreeSet<>(List.of(Verdict.values()).stream().map(Enum::name).toList()), verdicts);
        assertEquals(Set.of("BOOLEAN", "NUMBER", "NUMBER-integer", "STRING"), valueTypes);
    }

    @Test
    void aFieldTheSchemaDoesNotDeclareFailsAtEveryObjectOfTheOutput() throws IOException {
        JsonSchema schema = schema();
        int objects = 0;
        for (JsonNode doc : outputs(everyValue().get(1))) {
            List<ObjectNode> all = new ArrayList<>();
            EvaluationSchemaTest.objectsOf(doc, all);
            for (ObjectNode o : all) {
                o.put("undeclaredField", 1);
                assertFalse(schema.validate(doc).isEmpty(), () -> "the schema accepts an undeclared field in " + o);
                o.remove("undeclaredField");
                objects++;
            }
            EvaluationSchemaTest.assertValid(schema, doc, "restored");
        }
        assertTrue(objects > 40, "objects tried: " + objects);
        // a verdict that is no verdict, an answer without its value, a pair of one fact
        JsonNode doc = outputs(everyValue().get(1)).get(0);
        ObjectNode bad = doc.deepCopy();
        ((ObjectNode) bad.at("/current/verdicts")).put("rs-0", "PASS");
        assertFalse(schema.validate(bad).isEmpty());
        bad = doc.deepCopy();
        ((ObjectNode) bad.at("/questions/0/answers/0")).remove("value");
        assertFalse(schema.validate(bad).isEmpty());
        bad = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) bad.at("/questions/1/facts")).remove(1);
        assertFalse(schema.validate(bad).isEmpty());
    }

    @Test
    void everyFieldTheSchemaDeclaresIsWritten() throws IOException {
        JsonNode schema = MAPPER.readTree(EvaluationSchema.questions());
        Set<String> declared = new TreeSet<>();
        EvaluationSchemaTest.declared(schema, "", declared);
        Set<String> written = new TreeSet<>();
        for (OpenQuestions q : everyValue()) {
            for (JsonNode doc : outputs(q)) {
                EvaluationSchemaTest.written(schema, "", doc, written);
            }
        }
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(written);
        assertEquals(Set.of(), unused, "declared in the schema but written by no output");
        assertTrue(declared.size() > 25, declared::toString);
    }
}
