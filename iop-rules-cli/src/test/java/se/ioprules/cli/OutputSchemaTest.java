package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.json.EvaluationSchema;
import se.ioprules.json.PartnershipJson;

/**
 * {@code iop-rules schema --evaluation / --batch-line / --questions}, and what {@code evaluate} and
 * {@code questions} really write validates against them: the bundled samples one by one and together, with every
 * rule set, a batch of them with every kind of error line, and the open questions of a sparse input.
 */
class OutputSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLES = Path.of("../iop-rules-samples/src/main/resources/samples");
    private static final List<String> NAMES = List.of("laholm.json", "timra.json", "sormland.json");
    private static final String ALL_RULE_SETS = "eu-public-contract,state-aid,sou-2019-56,forum-2010,skl-2018,"
            + "stockholm-2017,registration-law-2022-900,famna-2024,iop-law-draft";

    private static JsonSchema schema(String text) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
    }

    private static void assertValid(JsonSchema schema, JsonNode doc, String what) {
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> what + ": " + errors);
    }

    @Test
    void schemaPrintsTheInputsAndWithAnOptionTheOutputs() {
        assertEquals(PartnershipJson.schema(), CliRunner.run("schema").out());
        assertEquals(EvaluationSchema.evaluation(), CliRunner.run("schema", "--evaluation").out());
        assertEquals(EvaluationSchema.batchLine(), CliRunner.run("schema", "--batch-line").out());
        assertEquals(EvaluationSchema.questions(), CliRunner.run("schema", "--questions").out());
        CliRunner.Result both = CliRunner.run("schema", "--evaluation", "--batch-line");
        assertEquals(ExitCode.USAGE, both.exitCode(), both::toString);
        assertEquals("", both.out());
        CliRunner.Result two = CliRunner.run("schema", "--questions", "--evaluation");
        assertEquals(ExitCode.USAGE, two.exitCode(), two::toString);
    }

    @Test
    void questionsOutputValidatesAgainstTheQuestionsSchema() throws Exception {
        JsonSchema schema = schema(CliRunner.run("schema", "--questions").out());
        // the two assessment rule sets keep the evaluations few; a sparse input has open questions and pairs
        String sparse = CliRunner.resource("valid/sparse.json").toString();
        for (List<String> options : List.of(List.<String>of(), List.of("--lang", "en", "--as-of", "2025-06-01"))) {
            List<String> args = new java.util.ArrayList<>(List.of("questions", "--rule-sets", "eu-public-contract,state-aid"));
            args.addAll(options);
            args.add(sparse);
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r::toString);
            JsonNode doc = MAPPER.readTree(r.out());
            assertTrue(doc.at("/questions").size() > 0, r.out());
            assertValid(schema, doc, "questions " + options);
        }
    }

    @Test
    void eachSampleAndSeveralAtOnceValidateAgainstTheEvaluationSchema() throws Exception {
        JsonSchema schema = schema(CliRunner.run("schema", "--evaluation").out());
        for (String name : NAMES) {
            String f = SAMPLES.resolve(name).toString();
            for (List<String> options : List.of(List.<String>of(), List.of("--lang", "en", "--as-of", "2025-06-01", "--rule-sets", ALL_RULE_SETS),
                    List.of("--findings", "notable", "--as-of", "2024-06-30"))) {
                List<String> args = new java.util.ArrayList<>(List.of("evaluate"));
                args.addAll(options);
                args.add(f);
                CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
                assertTrue(r.exitCode() <= 1, r::toString);
                assertValid(schema, MAPPER.readTree(r.out()), name + " " + options);
            }
        }
        CliRunner.Result all = CliRunner.run("evaluate", SAMPLES.resolve(NAMES.get(0)).toString(),
                SAMPLES.resolve(NAMES.get(1)).toString());
        JsonNode array = MAPPER.readTree(all.out());
        assertEquals(2, array.size());
        for (JsonNode one : array) {
            assertValid(schema, one, "one of several");
        }
    }

    @Test
    void everyBatchLineValidatesGoodOrBad(@TempDir Path dir) throws Exception {
        JsonSchema schema = schema(CliRunner.run("schema", "--batch-line").out());
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        for (String name : NAMES) {
            String line = PartnershipJson.writeCompact(PartnershipJson.read(Files.readString(SAMPLES.resolve(name))));
            in.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (String bad : List.of("{\"id\": 5}", "{\"id\": \"x\"", "[]", "{\"parties\": [{\"sector\": \"PUBLIC\"}]}",
                "{\"term\": {\"startDate\": \"2024-01-01\", \"endDate\": \"2023-01-01\"}}",
                "{\"decisionDate\": \"2005-06-01\"}",
                "{\"signingDate\": \"2024-03-05\", \"agreement\": {\"agreementSigned\": false}}")) {
            in.writeBytes((bad + "\n").getBytes(StandardCharsets.UTF_8));
        }
        in.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'}); // not UTF-8
        Path file = dir.resolve("register.ndjson");
        Files.write(file, in.toByteArray());
        Set<String> kinds = new TreeSet<>();
        for (List<String> options : List.of(List.<String>of(), List.of("--findings", "notable", "--lang", "en"))) {
            List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--batch"));
            args.addAll(options);
            args.add(file.toString());
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            List<String> lines = r.out().lines().toList();
            assertEquals(11, lines.size(), r::toString);
            for (String line : lines) {
                JsonNode doc = MAPPER.readTree(line);
                assertValid(schema, doc, line.length() > 300 ? line.substring(0, 300) : line);
                kinds.add(doc.has("error") ? doc.get("error").asText()
                        : doc.at("/input/warnings").isMissingNode() ? "result" : "result with warnings");
            }
        }
        assertEquals(new TreeSet<>(List.of("result", "result with warnings", "invalid-input", "rule-set-not-in-force")),
                kinds);
    }
}
