package se.ioprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.Partnership;

/**
 * The shipped JSON Schema: generated from the fact records (so it lists exactly their components), kept in sync,
 * and agreeing with the strict reader on good and bad documents.
 */
class SchemaTest {
    private static final Path SHIPPED = Path.of("src/main/resources/se/ioprules/json/partnership.schema.json");
    private static final Path API_SOURCES = Path.of("../iop-rules-api/src/main/java/se/ioprules/api/facts");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shippedSchemaIsUpToDate() throws IOException {
        String generated = SchemaGenerator.generate(descriptionsFromJavadoc());
        if (Boolean.getBoolean("iop.regenerateSchema")) {
            Files.writeString(SHIPPED, generated, StandardCharsets.UTF_8);
            return; // the classpath copy is refreshed by the next build
        }
        assertEquals(generated, PartnershipJson.schema(), "The JSON Schema is out of date with the fact records. "
                + "Regenerate it: mvn -B -q test -pl iop-rules-json -am -Dtest=SchemaTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Diop.regenerateSchema=true");
    }

    @Test
    void schemaListsExactlyTheRecordComponents() throws IOException {
        JsonNode defs = MAPPER.readTree(PartnershipJson.schema()).get("$defs");
        List<Class<?>> todo = new ArrayList<>(List.of(Partnership.class));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.remove(0);
            if (!seen.add(type.getSimpleName())) {
                continue;
            }
            JsonNode def = defs.get(type.getSimpleName());
            assertTrue(def != null, "no $defs entry for " + type.getSimpleName());
            assertFalse(def.get("additionalProperties").asBoolean(), type.getSimpleName());
            List<String> props = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(props::add);
            List<String> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(c.getName());
                if (c.getType().isRecord()) {
                    todo.add(c.getType());
                } else if (c.getGenericType() instanceof ParameterizedType pt
                        && pt.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
                    todo.add(e);
                }
            }
            assertEquals(components, props, type.getSimpleName());
        }
        List<String> defNames = new ArrayList<>();
        defs.fieldNames().forEachRemaining(defNames::add);
        assertEquals(seen, new TreeSet<>(defNames));
    }

    @Test
    void factsAreTitledWithTheGlossaryQuestionAndGroupsKeepTheirJavadoc() throws IOException {
        JsonNode defs = MAPPER.readTree(PartnershipJson.schema()).get("$defs");
        JsonNode remedy = defs.get("Agreement").get("properties").get("remedyOnBreach");
        se.ioprules.api.FactGlossary.Entry e = se.ioprules.api.FactGlossary.entry("agreement.remedyOnBreach").orElseThrow();
        assertEquals(e.ask().en(), remedy.get("title").asText());
        String d = remedy.get("description").asText();
        assertTrue(d.startsWith(e.help().en()), d);
        assertTrue(d.contains("REPAYMENT_ONLY = repayment only;"), d);
        assertTrue(d.endsWith(" sv: " + e.ask().sv()), d);
        // a fact in a list element: the path runs through the list
        JsonNode registered = defs.get("IdeaBasedProfile").get("properties").get("registeredIn2022_900");
        assertEquals(se.ioprules.api.FactGlossary.entry("parties[].idea.registeredIn2022_900").orElseThrow().ask().en(),
                registered.get("title").asText());
        assertTrue(registered.get("description").asText().contains("Answers: true = yes; false = no; null: unknown."));
        // a group has no question: its Javadoc stays
        JsonNode idea = defs.get("Party").get("properties").get("idea");
        assertFalse(idea.has("title"));
        assertEquals(descriptionsFromJavadoc().get("Party.idea"), idea.get("description").asText());
        int titled = 0;
        for (JsonNode def : defs) {
            for (JsonNode prop : def.get("properties")) {
                titled += prop.has("title") ? 1 : 0;
            }
        }
        assertEquals(se.ioprules.api.FactGlossary.paths().size(), titled, "every fact, and only facts, has a title");
    }

    @Test
    void sampleDocumentsAreValidAgainstTheSchema() throws IOException {
        JsonSchema schema = schema();
        for (String doc : List.of(PartnershipJsonTest.resource("typical.json"), PartnershipJson.write(FilledFacts.all()),
                "{}")) {
            Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(doc));
            assertTrue(errors.isEmpty(), errors::toString);
            PartnershipJson.read(doc);
        }
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws IOException {
        JsonSchema schema = schema();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("unknown field", "{\"titel\": \"x\"}");
        bad.put("wrong type", "{\"id\": 42}");
        bad.put("bad date", "{\"decisionDate\": \"2024/01/01\"}");
        bad.put("negative amount", "{\"resources\": {\"budget\": {\"totalCostSek\": -1}}}");
        bad.put("three decimals", "{\"resources\": {\"budget\": {\"totalCostSek\": 1.005}}}");
        bad.put("unknown enum", "{\"parties\": [{\"id\": \"a\", \"sector\": \"PUBLIC\"}]}");
        bad.put("tri as string", "{\"term\": {\"longTermIntent\": \"yes\"}}");
        bad.put("step out of range", "{\"initiative\": {\"processStepsCompleted\": [8]}}");
        bad.put("repeated set value", "{\"agreement\": {\"sanctionClauses\": [\"REPAYMENT\", \"REPAYMENT\"]}}");
        bad.put("null element", "{\"parties\": [null]}");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            assertFalse(schema.validate(MAPPER.readTree(e.getValue())).isEmpty(), "schema accepts " + e.getKey());
            assertFalse(PartnershipJson.validate(e.getValue()).isEmpty(), "reader accepts " + e.getKey());
        }
    }

    private static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(PartnershipJson.schema());
    }

    /** "Type" and "Type.component" → description, from the records' Javadoc in the API sources. */
    static Map<String, String> descriptionsFromJavadoc() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Pattern doc = Pattern.compile("/\\*\\*(.*?)\\*/\\s*public record (\\w+)", Pattern.DOTALL);
        try (Stream<Path> files = Files.list(API_SOURCES)) {
            for (Iterator<Path> it = files.sorted().iterator(); it.hasNext(); ) {
                String src = Files.readString(it.next(), StandardCharsets.UTF_8);
                Matcher m = doc.matcher(src);
                if (!m.find()) {
                    continue;
                }
                String type = m.group(2);
                StringBuilder text = new StringBuilder();
                for (String line : m.group(1).split("\n")) {
                    text.append(line.replaceFirst("^\\s*\\*\\s?", "").trim()).append(' ');
                }
                String[] parts = text.toString().split("@param ");
                String main = clean(parts[0]);
                if (!main.isEmpty()) {
                    out.put(type, main);
                }
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    int sp = p.indexOf(' ');
                    if (sp > 0) {
                        out.put(type + "." + p.substring(0, sp), clean(p.substring(sp + 1)));
                    }
                }
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replaceAll("<p>", " ").replaceAll("\\{@(?:link|code) ([^}]*)}", "$1").replaceAll("<[^>]+>", "")
                .replace("Tri#UNKNOWN", "UNKNOWN").replaceAll("\\s+", " ").trim();
    }
}
