package se.ioprules.authoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetRef;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.InvalidJsonException;
import se.ioprules.json.JsonProblem;
import se.ioprules.json.PartnershipJson;

/**
 * A golden scenario: one partnership, optionally an as-of date, rule sets and parameter overrides, and the expected
 * outcome per criterion and verdict per rule set. Stored as {@code <name>.scenario.json}:
 *
 * <pre>
 * {
 *   "description": "A typical co-financed IOP is not a public contract",
 *   "asOf": "2024-03-01",                         (optional; default: the partnership's own dates)
 *   "ruleSets": ["eu-public-contract"],           (optional; default: the rule sets named under "expect")
 *   "parameters": { "longTermMonths": 12 },       (optional; "name" or "ruleSetId.name")
 *   "partnership": { ... },                       (the iop-rules-json partnership format)
 *   "partnershipFile": "one-party",               (instead: corpus/one-party.json, shared by several scenarios;
 *                                                  a "partnership" object beside it is then merged on top,
 *                                                  as a JSON merge patch: objects merge, arrays and values replace,
 *                                                  null removes)
 *   "expect": {
 *     "eu-public-contract": {
 *       "verdict": "MEETS",                       (optional)
 *       "criteria": {
 *         "eupc-1-agreement": "INFO",             (every finding of the criterion has this outcome)
 *         "eupc-aggregate": { "outcome": "PASS", "conclusion": "NOT_PUBLIC_CONTRACT" },
 *         "reg-registered[forening]": "FAIL",     (the finding about party "forening" of a per-party criterion)
 *         "my-criterion#2": "INFO"                (the 2nd finding of a criterion whose findings cite no party)
 *       }
 *     }
 *   }
 * }
 * </pre>
 *
 * @param file where it was read from
 * @param name file name without {@code .scenario.json}
 * @param description what it shows
 * @param asOf as-of date, or null
 * @param ruleSets rule sets to evaluate
 * @param parameters parameter overrides
 * @param partnership the facts
 * @param expectations per rule-set id
 */
public record Scenario(Path file, String name, String description, LocalDate asOf, List<RuleSetRef> ruleSets,
        Map<String, BigDecimal> parameters, Partnership partnership, Map<String, RuleSetExpectation> expectations) {

    /** File-name suffix of scenario files. */
    public static final String SUFFIX = ".scenario.json";
    private static final Set<String> TOP = new java.util.TreeSet<>(List.of("description", "asOf", "ruleSets", "parameters", "partnership", "partnershipFile", "expect"));
    /** The folder of shared partnerships, beside the rule sets (a scenario's {@code partnershipFile} names one). */
    public static final String CORPUS = "corpus";
    /** How many folders up from a scenario the corpus folder is looked for ({@code <root>/<id>/tests/x}: two). */
    private static final int CORPUS_SEARCH_DEPTH = 3;
    /** A corpus name: a plain file name without extension, so it cannot leave the corpus folder. */
    private static final java.util.regex.Pattern CORPUS_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * What a scenario expects of one rule set.
     *
     * @param verdict expected verdict, or null
     * @param verdictLine line of the verdict in the file
     * @param criteria expectations by key ({@code criterionId} or {@code criterionId[partyId]}), in file order
     */
    public record RuleSetExpectation(Verdict verdict, int verdictLine, Map<String, Expected> criteria) {
    }

    /**
     * @param outcome expected outcome
     * @param conclusion expected conclusion, or null when not checked
     * @param line line in the file
     */
    public record Expected(Outcome outcome, String conclusion, int line) {
        @Override
        public String toString() {
            return outcome + (conclusion == null ? "" : "/" + conclusion);
        }
    }

    /** A scenario file that cannot be read; every problem with its position. */
    public static final class InvalidScenarioException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RuleSetDiagnostic> problems;

        InvalidScenarioException(List<RuleSetDiagnostic> problems) {
            super(problems.stream().map(Object::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
            this.problems = List.copyOf(problems);
        }

        /** @return the problems */
        public List<RuleSetDiagnostic> problems() {
            return problems;
        }
    }

    /**
     * @param file a {@code *.scenario.json} file
     * @return the scenario
     * @throws InvalidScenarioException with every problem, as {@code file:line:column}
     */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String shown = file.toString().replace('\\', '/');
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        Map<String, JsonLocation> where = new HashMap<>();
        int[] span;
        JsonNode root;
        try {
            span = locate(text, where);
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.add(new RuleSetDiagnostic(shown, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "error",
                    "not valid JSON: " + e.getOriginalMessage()));
            throw new InvalidScenarioException(problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            problems.add(new RuleSetDiagnostic(shown, 1, 1, "error", "a scenario is a JSON object"));
            throw new InvalidScenarioException(problems);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!TOP.contains(f)) {
                problems.add(at(shown, where, "/" + f, "unknown field '" + f + "'; expected one of " + TOP));
            }
        }
        String description = root.path("description").asText("");
        LocalDate asOf = null;
        if (root.hasNonNull("asOf")) {
            try {
                asOf = LocalDate.parse(root.get("asOf").asText());
            } catch (DateTimeParseException e) {
                problems.add(at(shown, where, "/asOf", "asOf must be a date yyyy-mm-dd"));
            }
        }
        Map<String, BigDecimal> parameters = new LinkedHashMap<>();
        root.path("parameters").fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                parameters.put(e.getKey(), e.getValue().decimalValue());
            } else {
                problems.add(at(shown, where, "/parameters/" + e.getKey(), "parameter " + e.getKey() + " must be a number"));
            }
        });
        Map<String, RuleSetExpectation> expectations = new LinkedHashMap<>();
        JsonNode expect = root.path("expect");
        if (!expect.isObject() || expect.isEmpty()) {
            problems.add(at(shown, where, "/expect", "'expect' must name at least one rule set"));
        }
        expect.fields().forEachRemaining(rs -> {
            String base = "/expect/" + rs.getKey();
            Verdict verdict = null;
            JsonNode v = rs.getValue().get("verdict");
            if (v != null) {
                try {
                    verdict = Verdict.valueOf(v.asText());
                } catch (IllegalArgumentException e) {
                    problems.add(at(shown, where, base + "/verdict", "verdict '" + v.asText() + "' is not one of "
                            + List.of(Verdict.values())));
                }
            }
            rs.getValue().fieldNames().forEachRemaining(f -> {
                if (!f.equals("verdict") && !f.equals("criteria")) {
                    problems.add(at(shown, where, base + "/" + f, "unknown field '" + f + "'; expected verdict, criteria"));
                }
            });
            Map<String, Expected> criteria = new LinkedHashMap<>();
            rs.getValue().path("criteria").fields().forEachRemaining(c -> {
                String p = base + "/criteria/" + c.getKey();
                JsonNode o = c.getValue().isObject() ? c.getValue().get("outcome") : c.getValue();
                String conclusion = c.getValue().isObject() && c.getValue().hasNonNull("conclusion")
                        ? c.getValue().get("conclusion").asText() : null;
                try {
                    criteria.put(c.getKey(), new Expected(Outcome.valueOf(o == null ? "" : o.asText()), conclusion,
                            line(where, p)));
                } catch (IllegalArgumentException e) {
                    problems.add(at(shown, where, p, "expected outcome of " + c.getKey() + " must be one of "
                            + List.of(Outcome.values()) + " (or {\"outcome\": …, \"conclusion\": …})"));
                }
            });
            if (verdict == null && criteria.isEmpty() && v == null) {
                problems.add(at(shown, where, base, "expect nothing of " + rs.getKey() + "? give a verdict or criteria"));
            }
            expectations.put(rs.getKey(), new RuleSetExpectation(verdict, line(where, base + "/verdict"), criteria));
        });
        List<RuleSetRef> ruleSets = new ArrayList<>();
        if (root.has("ruleSets")) {
            root.get("ruleSets").forEach(r -> ruleSets.add(RuleSetRef.parse(r.asText())));
        } else {
            expectations.keySet().forEach(id -> ruleSets.add(RuleSetRef.parse(id)));
        }
        Partnership partnership = null;
        if (root.has("partnershipFile")) {
            partnership = shared(file, shown, root, where, problems);
        } else if (span == null) {
            problems.add(new RuleSetDiagnostic(shown, 1, 1, "error", "no 'partnership' object"));
        } else {
            try {
                partnership = PartnershipJson.read(text.substring(span[0], span[1]));
            } catch (InvalidJsonException e) {
                for (JsonProblem jp : e.problems()) {
                    int line = jp.line() == 0 ? span[2] : span[2] + jp.line() - 1;
                    int col = jp.line() == 1 ? span[3] + jp.column() - 1 : jp.column();
                    problems.add(new RuleSetDiagnostic(shown, line, col, "error",
                            "partnership" + jp.path().substring(1) + ": " + jp.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return new Scenario(file, name, description, asOf, ruleSets, parameters, partnership, expectations);
    }

    /**
     * The partnership of a scenario that names a shared one: {@code corpus/<name>.json} in the nearest folder above
     * the scenario that has a corpus, with the scenario's {@code partnership} object, if any, merged on top.
     */
    private static Partnership shared(Path file, String shown, JsonNode root, Map<String, JsonLocation> where,
            List<RuleSetDiagnostic> problems) {
        JsonNode ref = root.get("partnershipFile");
        String name = ref.isTextual() ? ref.asText() : "";
        if (!CORPUS_NAME.matcher(name).matches() || name.endsWith(".json")) {
            problems.add(at(shown, where, "/partnershipFile", "partnershipFile must name a file of the corpus folder "
                    + "without '.json' (letters, digits, '-', '_', '.'), e.g. \"one-party\""));
            return null;
        }
        Path corpusFile = null;
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < CORPUS_SEARCH_DEPTH && dir != null && corpusFile == null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve(CORPUS).resolve(name + ".json");
            if (Files.isRegularFile(candidate)) {
                corpusFile = candidate;
            }
        }
        if (corpusFile == null) {
            problems.add(at(shown, where, "/partnershipFile", "no " + CORPUS + "/" + name + ".json in the folders above "
                    + "this scenario (the corpus sits beside the rule-set folders)"));
            return null;
        }
        JsonNode merged;
        try {
            merged = MAPPER.readTree(Files.readString(corpusFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(at(shown, where, "/partnershipFile", corpusFile + " is not valid JSON: " + e.getMessage()));
            return null;
        }
        JsonNode override = root.get("partnership");
        if (override != null && !override.isObject()) {
            problems.add(at(shown, where, "/partnership", "beside partnershipFile, 'partnership' is an object of the "
                    + "facts that differ"));
            return null;
        }
        if (override != null) {
            merged = mergePatch(merged, override);
        }
        try {
            return PartnershipJson.read(merged.toString());
        } catch (InvalidJsonException e) {
            for (JsonProblem jp : e.problems()) {
                // The merged text has no lines of its own: report at the reference, naming the field.
                problems.add(at(shown, where, override != null ? "/partnership" : "/partnershipFile",
                        "partnership (" + CORPUS + "/" + name + ".json" + (override != null ? " with this override" : "")
                                + ")" + jp.path().substring(1) + ": " + jp.message()));
            }
            return null;
        }
    }

    /** RFC 7386 JSON merge patch: objects merge recursively, a null removes the field, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        com.fasterxml.jackson.databind.node.ObjectNode out = target != null && target.isObject()
                ? ((com.fasterxml.jackson.databind.node.ObjectNode) target).deepCopy() : MAPPER.createObjectNode();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else {
                out.set(e.getKey(), mergePatch(out.get(e.getKey()), e.getValue()));
            }
        });
        return out;
    }

    private static RuleSetDiagnostic at(String file, Map<String, JsonLocation> where, String pointer, String message) {
        JsonLocation l = where.get(pointer);
        return new RuleSetDiagnostic(file, l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(), "error", message);
    }

    private static int line(Map<String, JsonLocation> where, String pointer) {
        JsonLocation l = where.get(pointer);
        return l == null ? 0 : l.getLineNr();
    }

    /**
     * Records where each field (to depth 4) stands, and finds the partnership object.
     *
     * @return {start offset, end offset, start line, start column} of the "partnership" value, or null
     */
    private static int[] locate(String text, Map<String, JsonLocation> where) throws IOException {
        int[] span = null;
        List<String> path = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            JsonToken t;
            String field = null;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    String pointer = String.join("", path) + "/" + field;
                    where.putIfAbsent(pointer, p.currentTokenLocation());
                    continue;
                }
                if (path.size() == 1 && "partnership".equals(field) && t == JsonToken.START_OBJECT) {
                    JsonLocation start = p.currentTokenLocation();
                    p.skipChildren();
                    JsonLocation end = p.currentTokenLocation();
                    span = new int[] {(int) start.getCharOffset(), (int) end.getCharOffset() + 1, start.getLineNr(),
                            start.getColumnNr()};
                    field = null;
                    continue;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path.add(field == null ? "" : "/" + field);
                    field = null;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.remove(path.size() - 1);
                    field = null;
                } else {
                    field = null;
                }
            }
        }
        return span;
    }
}
