package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetRef;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.Corpus;
import se.ioprules.json.EvaluationJson;
import se.ioprules.json.EvaluationSchema;

/**
 * What the built-in rule sets really produce validates against the output schemas ({@link EvaluationSchema}): the
 * evaluation of every golden scenario, and of a sample of the generated corpus with every built-in rule set, as a
 * result and as a batch line, in both languages.
 */
class OutputSchemaCorpusTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int CORPUS = 80;
    private static IopRulesEngine engine;
    private static JsonSchema evaluation;
    private static JsonSchema line;

    @BeforeAll
    static void start() {
        engine = IopRules.engine(EngineOptions.DEFAULT);
        JsonSchemaFactory f = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        evaluation = f.getSchema(EvaluationSchema.evaluation());
        line = f.getSchema(EvaluationSchema.batchLine());
    }

    @AfterAll
    static void stop() throws Exception {
        engine.close();
    }

    /** Validates e written as a result (sv, all findings) and as a batch line (en, notable ones); its values seen. */
    private static void check(Evaluation e, String what, Set<String> seen) throws Exception {
        JsonNode result = MAPPER.readTree(EvaluationJson.write(e));
        Set<ValidationMessage> errors = evaluation.validate(result);
        assertTrue(errors.isEmpty(), () -> what + ": " + errors);
        JsonNode asLine = MAPPER.readTree(EvaluationJson.writeLineUtf8(e, "en", true, "register.ndjson", 1));
        Set<ValidationMessage> lineErrors = line.validate(asLine);
        assertTrue(lineErrors.isEmpty(), () -> what + " (line): " + lineErrors);
        seen.add("publicContract=" + e.assessment().publicContract());
        seen.add("stateAid=" + e.assessment().stateAid());
        e.ruleSets().forEach(r -> {
            seen.add("verdictBasis=" + r.verdictBasis());
            r.findings().forEach(x -> seen.add("outcome=" + x.outcome()));
        });
    }

    @Test
    void everyGoldenScenariosEvaluationValidates() throws Exception {
        List<Path> files = ScenarioRunner.find(List.of(BuiltInRuleSets.DIR));
        Set<String> seen = new TreeSet<>();
        assertTrue(files.size() > 100, "scenarios found: " + files.size());
        for (Path file : files) {
            Scenario s = Scenario.read(file);
            EvaluationRequest.Builder b = EvaluationRequest.builder().asOf(s.asOf());
            s.ruleSets().forEach(b::ruleSet);
            s.parameters().forEach(b::parameter);
            // every scenario evaluates (ScenarioSuiteTest fails one that does not)
            check(engine.evaluate(s.partnership(), b.build()), file.toString(), seen);
        }
        // the scenarios reach every outcome and both ends of the assessments
        for (String v : List.of("outcome=PASS", "outcome=FAIL", "outcome=WARNING", "outcome=NOT_ASSESSABLE",
                "outcome=INFO", "publicContract=LIKELY", "publicContract=UNLIKELY", "publicContract=NOT_ASSESSABLE",
                "stateAid=LIKELY", "stateAid=UNLIKELY", "stateAid=NOT_ASSESSABLE")) {
            assertTrue(seen.contains(v), v + " not reached: " + seen);
        }
    }

    @Test
    void aCorpusSampleWithEveryBuiltInRuleSetValidates() throws Exception {
        // on a date every built-in rule set is in force (the corpus's own dates go back to 2010)
        EvaluationRequest.Builder all = EvaluationRequest.builder().asOf(java.time.LocalDate.of(2025, 6, 1));
        engine.ruleSets().stream().map(RuleSetInfo::id).distinct().forEach(id -> all.ruleSet(RuleSetRef.parse(id)));
        EvaluationRequest everything = all.build();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < CORPUS; i++) {
            Partnership p = Corpus.partnership(Corpus.SEED, i);
            check(engine.evaluate(p), p.id(), seen);
            Evaluation e = engine.evaluate(p, everything);
            assertEquals(engine.ruleSets().stream().map(RuleSetInfo::id).distinct().count(), e.ruleSets().size());
            check(e, p.id() + " with every rule set", seen);
        }
        assertEquals(Set.of(), missingBases(seen), "verdict bases the sample did not reach");
    }

    private static Set<String> missingBases(Set<String> seen) {
        Set<String> missing = new TreeSet<>();
        for (se.ioprules.api.VerdictBasis b : se.ioprules.api.VerdictBasis.values()) {
            if (!seen.contains("verdictBasis=" + b)) {
                missing.add(b.name());
            }
        }
        return missing;
    }
}
