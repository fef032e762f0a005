package se.ioprules.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * Bootstraps golden scenarios for a rule set from the engine's current results (never overwrites a file). Every
 * recorded expectation must then be READ and checked against the rule set's README before it is committed: a
 * recorded scenario guards against regressions, it does not prove the first result right. Runs only on request:
 * {@code mvn -pl iop-rules-rulesets -am test -Dtest=ScenarioRecorder -Drecord.scenarios=true
 * -Drecord.ruleSets=a,b -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "record.scenarios", matches = "true")
class ScenarioRecorder {
    static final Path OUT = BuiltInRuleSets.DIR;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Input(String name, String description, String json, LocalDate asOf) {
    }

    @Test
    void record() throws IOException {
        List<String> ids = List.of(System.getProperty("record.ruleSets", "").split(","));
        Path samples = Path.of("../iop-rules-samples/src/main/resources/samples");
        List<Input> inputs = new ArrayList<>();
        String typical = shared("typical-iop");
        String purchase = shared("purchase");
        String date = System.getProperty("record.asOf", "2025-06-01");
        LocalDate asOf = LocalDate.parse(date);
        String suffix = System.getProperty("record.suffix", "");
        inputs.add(new Input("typical-iop" + suffix, "The baseline co-financed IOP (Fixtures.typicalIop) as of " + date + ".", typical, asOf));
        inputs.add(new Input("purchase" + suffix, "A purchase dressed as IOP: price per unit, selected supplier, enforceable"
                + " performance and damages, as of " + date + ".", purchase, asOf));
        inputs.add(new Input("nothing-recorded" + suffix, "Only an id and a decision date: every criterion that needs facts is"
                + " not assessable, none passes.", "{\"id\": \"empty\", \"decisionDate\": \"" + date + "\"}", asOf));
        for (String[] v : new String[][] {
                {"eu-public-contract", "unsigned-draft-facts-missing", "An unsigned draft with the legal facts (acquisition, selection, payment model, remedies) missing"},
                {"eu-public-contract", "one-party", "Only the municipality is a party"},
                {"eu-public-contract", "no-parties-signing-unknown", "Neither parties nor signing status recorded"},
                {"eu-public-contract", "open-to-all-with-penalty", "Open to every organisation meeting the conditions, with a penalty clause"},
                {"iop-law-draft", "company-members-only", "A company instead of an idea-based party and a goal for members only"},
                {"iop-law-draft", "purchase-individual-support", "A purchase that also supports individuals"}}) {
            inputs.add(new Input(v[1] + suffix, v[2] + ", as of " + date + ".",
                    shared(v[1]), asOf));
        }
        for (String s : List.of("laholm", "timra", "sormland")) {
            inputs.add(new Input(s + suffix, "The illustrative " + s + " sample (iop-rules-samples), as of " + date + ".",
                    Files.readString(samples.resolve(s + ".json")), asOf));
        }
        try (IopRulesEngine engine = IopRules.engine(EngineOptions.DEFAULT)) {
            for (String id : ids) {
                for (Input in : inputs) {
                    write(engine, id, in);
                }
            }
        }
    }

    /** A shared partnership of the scenarios, {@code corpus/<name>.json}. */
    private static String shared(String name) throws IOException {
        return Files.readString(OUT.resolve(Scenario.CORPUS).resolve(name + ".json"));
    }

    private static void write(IopRulesEngine engine, String id, Input in) throws IOException {
        Path file = BuiltInRuleSets.tests(id).resolve(in.name() + Scenario.SUFFIX);
        if (Files.exists(file)) {
            System.out.println("exists, kept: " + file);
            return;
        }
        Partnership p = PartnershipJson.read(in.json());
        Evaluation e = engine.evaluate(p, EvaluationRequest.builder().asOf(in.asOf()).ruleSets(id).build());
        RuleSetResult r = e.ruleSet(id).orElseThrow();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("description", in.description());
        root.put("asOf", in.asOf().toString());
        root.putArray("ruleSets").add(id);
        root.set("partnership", MAPPER.readTree(PartnershipJson.write(p)));
        ObjectNode rs = root.putObject("expect").putObject(id);
        rs.put("verdict", r.verdict().name());
        ObjectNode criteria = rs.putObject("criteria");
        for (Map.Entry<String, Finding> f : DiffKeys.byKey(r.findings()).entrySet()) {
            if (f.getValue().rule().equals("(no rule fired)")) {
                System.out.println("WARNING no rule fired: " + id + " " + f.getKey() + " in " + in.name());
            }
            if (f.getValue().conclusion().isEmpty()) {
                criteria.put(f.getKey(), f.getValue().outcome().name());
            } else {
                ObjectNode o = criteria.putObject(f.getKey());
                o.put("outcome", f.getValue().outcome().name());
                o.put("conclusion", f.getValue().conclusion());
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        System.out.println("recorded " + file + " (" + r.verdict() + ", " + r.findings().size() + " findings)");
    }
}
