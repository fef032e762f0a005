package se.ioprules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.ioprules.api.Citation;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;

/**
 * Evaluation results as JSON, for case-management systems in any language. Shape (format
 * {@value #FORMAT}; fields are only ever added, never renamed):
 * <pre>
 * { "format", "partnershipId", "asOf", "asOfBasis", "lang",
 *   "input": { "sha256" },                      // hash of the canonical facts the evaluation used
 *   "engine": { "name", "version" },
 *   "assessment": { "publicContract", "stateAid",       // LIKELY | UNLIKELY | NOT_ASSESSABLE
 *                   "publicContractLean", "stateAidLean", // TOWARDS | AWAY | NONE: which way an undecided one leans
 *                   "publicContractWhy", "stateAidWhy",   // in the output language; "whys": both languages
 *                   "disagreements": [ { "question", "ruleSet", "criterion", "outcome", "message" } ] },
 *   "anyDoesNotMeet": boolean,                  // a selected rule set's verdict is DOES_NOT_MEET
 *   "findingsIncluded": "all" | "notable",      // notable: only FAIL, WARNING, NOT_ASSESSABLE findings are listed
 *   "ruleSets": [ { "id", "version", "title", "issuer", "status", "effectiveFrom", "effectiveTo", "sha256",
 *                   "externalLocation" (only for a rule set loaded from an external directory), "dependency", "verdict",
 *                   "verdictBasis",                // LEGAL_REQUIREMENT_FAILED | MOST_INDICATORS_FAILED | FACTS_MISSING
 *                                                  // | NOTHING_ASSESSED | MET: which step of the verdict rule decided
 *                   "verdictWhy", "verdictWhys": { "sv", "en" },  // the reason as a sentence, with its counts
 *                   "counts": { "PASS": n, ... }, "parameters": [ ... ],
 *                   "findings": [ { "criterion", "outcome", "kind", "conclusion", "element", "message",
 *                                   "messages": { "sv", "en" }, "because": [ { "fact", "value", "known" } ],
 *                                   "missingFacts": [ ... ], "source": { "key", "document", "locator" },
 *                                   "sources": [ ... ], "rule",
 *                                   "indicators": [ { "id", "direction", "strength", "message", "because": [ ... ],
 *                                                     "sources": [ ... ] } ] } ] } ] }   // elements of a legal test
 * </pre>
 * Thread-safe.
 */
public final class EvaluationJson {
    /** Identifies this output shape. */
    public static final String FORMAT = "iop-rules-evaluation/1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(NODES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private EvaluationJson() {
    }

    /**
     * @param e the evaluation
     * @return indented JSON with Swedish messages, ending with a newline
     */
    public static String write(Evaluation e) {
        return write(toTree(e, "sv"), true);
    }

    /**
     * @param e the evaluation
     * @param lang "sv" or "en": language of {@code message}
     * @return indented JSON, ending with a newline
     */
    public static String write(Evaluation e, String lang) {
        return write(toTree(e, lang), true);
    }

    /**
     * @param tree a tree from {@link #toTree} (possibly with fields added by the caller)
     * @param pretty indented, or on one line (NDJSON)
     * @return the JSON text; indented text ends with a newline
     */
    public static String write(JsonNode tree, boolean pretty) {
        try {
            if (pretty) {
                return MAPPER.writer(PartnershipJson.prettyPrinter()).writeValueAsString(tree) + "\n";
            }
            return MAPPER.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * @param e the evaluation
     * @param lang language of the {@code message} fields
     * @return the result as a tree the caller may extend (e.g. with the input file name)
     */
    public static ObjectNode toTree(Evaluation e, String lang) {
        return toTree(e, lang, false);
    }

    /**
     * Findings that need a reader's attention: FAIL, WARNING and NOT_ASSESSABLE. PASS and INFO findings can be left
     * out where a whole register is checked (the full result is several times larger); the counts per rule set still
     * cover every finding, and {@code findingsIncluded} records the choice.
     */
    static boolean notable(Finding f) {
        return f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARNING || f.outcome() == Outcome.NOT_ASSESSABLE;
    }

    /**
     * @param e the evaluation
     * @param lang language of the {@code message} fields
     * @param notableOnly list only FAIL, WARNING and NOT_ASSESSABLE findings (counts still cover all)
     * @return the result as a tree the caller may extend (e.g. with the input file name)
     */
    public static ObjectNode toTree(Evaluation e, String lang, boolean notableOnly) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("partnershipId", e.partnershipId());
        root.put("asOf", date(e.asOf()));
        root.put("asOfBasis", e.asOfBasis());
        root.put("lang", "en".equalsIgnoreCase(lang) ? "en" : "sv");
        root.putObject("input").put("sha256", e.inputSha256());
        ObjectNode engine = root.putObject("engine");
        engine.put("name", "iop-rules");
        engine.put("version", e.engineVersion());
        ObjectNode assessment = root.putObject("assessment");
        assessment.put("publicContract", e.assessment() == null || e.assessment().publicContract() == null ? null
                : e.assessment().publicContract().name());
        assessment.put("stateAid", e.assessment() == null || e.assessment().stateAid() == null ? null
                : e.assessment().stateAid().name());
        if (e.assessment() != null) {
            se.ioprules.api.Assessment a = e.assessment();
            assessment.put("publicContractLean", a.publicContractLean().name());
            assessment.put("stateAidLean", a.stateAidLean().name());
            assessment.put("publicContractWhy", a.publicContractWhy().in(lang));
            assessment.put("stateAidWhy", a.stateAidWhy().in(lang));
            ObjectNode whys = assessment.putObject("whys");
            whys.putObject("publicContract").put("sv", a.publicContractWhy().sv()).put("en", a.publicContractWhy().en());
            whys.putObject("stateAid").put("sv", a.stateAidWhy().sv()).put("en", a.stateAidWhy().en());
            ArrayNode ds = assessment.putArray("disagreements");
            for (se.ioprules.api.Assessment.Disagreement d : a.disagreements()) {
                ObjectNode o = ds.addObject();
                o.put("question", d.question());
                o.put("ruleSet", d.ruleSetId());
                o.put("criterion", d.criterionId());
                o.put("outcome", d.outcome() == null ? null : d.outcome().name());
                o.put("message", d.message().in(lang));
            }
        }
        root.put("anyDoesNotMeet", e.anyDoesNotMeet());
        root.put("findingsIncluded", notableOnly ? "notable" : "all");
        ArrayNode sets = root.putArray("ruleSets");
        for (RuleSetResult r : e.ruleSets()) {
            sets.add(ruleSet(r, lang, notableOnly));
        }
        return root;
    }

    /**
     * One NDJSON result line written straight to text, with no tree in between (a batch writes hundreds of
     * kilobytes per line): exactly what {@link #write(JsonNode, boolean) write(tree, false)} gives for
     * {@link #toTree(Evaluation, String, boolean) toTree} with {@code input.file} and {@code input.line} added.
     *
     * @param e the evaluation
     * @param lang language of the {@code message} fields
     * @param notableOnly list only FAIL, WARNING and NOT_ASSESSABLE findings (counts still cover all)
     * @param file the input's name, for {@code input.file}
     * @param line the 1-based input line, for {@code input.line}
     * @return the JSON text on one line, without a line end
     */
    public static String writeLine(Evaluation e, String lang, boolean notableOnly, String file, long line) {
        java.io.StringWriter out = new java.io.StringWriter(1 << 16);
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            writeLine(g, e, lang, notableOnly, file, line);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * The same line as {@link #writeLine(Evaluation, String, boolean, String, long)} as UTF-8 bytes, written straight
     * to bytes: no text in between and no encoding afterwards (a batch writes about 150 kB per line). The bytes are
     * exactly the UTF-8 encoding of that text.
     *
     * @param e the evaluation
     * @param lang language of the {@code message} fields
     * @param notableOnly list only FAIL, WARNING and NOT_ASSESSABLE findings (counts still cover all)
     * @param file the input's name, for {@code input.file}
     * @param line the 1-based input line, for {@code input.line}
     * @return the JSON text on one line in UTF-8, without a line end; null if a text in it holds a lone surrogate,
     *     which UTF-8 cannot encode (write the text form then, as before)
     */
    public static byte[] writeLineUtf8(Evaluation e, String lang, boolean notableOnly, String file, long line) {
        Utf8Line out = LINE.get();
        out.reset();
        Utf8Lines.writeLine(out, e, lang, notableOnly, file, line);
        return out.failed() ? null : out.toByteArray();
    }

    /**
     * The same bytes as {@link #writeLineUtf8(Evaluation, String, boolean, String, long)} without a copy of the line: in
     * a buffer the caller may hand back for a later line once it has written this one (a batch writes about 150 kB
     * per line; a new array and a copy of it per line showed in its profile).
     *
     * @param e the evaluation
     * @param lang language of the {@code message} fields
     * @param notableOnly list only FAIL, WARNING and NOT_ASSESSABLE findings (counts still cover all)
     * @param file the input's name, for {@code input.file}
     * @param line the 1-based input line, for {@code input.line}
     * @param reuse a buffer returned by an earlier call that the caller no longer needs (its bytes are overwritten),
     *     or null
     * @return the line in UTF-8, without a line end, from the position to the limit of an array-backed buffer the
     *     caller owns (reuse's array, or another if that was too small); null if a text in it holds a lone surrogate
     */
    public static java.nio.ByteBuffer writeLineUtf8(Evaluation e, String lang, boolean notableOnly, String file,
            long line, java.nio.ByteBuffer reuse) {
        Utf8Line out = LINE.get();
        // only a whole array is written over, not one shared with other data
        out.reset(reuse != null && reuse.hasArray() && reuse.arrayOffset() == 0
                && reuse.capacity() == reuse.array().length ? reuse.array() : null);
        Utf8Lines.writeLine(out, e, lang, notableOnly, file, line);
        java.nio.ByteBuffer bytes = out.handOff();
        return out.failed() ? null : bytes;
    }

    /** Per thread: the line being written, reused (a batch's lines are 140-180 kB). */
    private static final ThreadLocal<Utf8Line> LINE = ThreadLocal.withInitial(Utf8Line::new);

    // Field names pre-encoded once: a result line repeats them thousands of times.
    private static final SerializedString F_FORMAT = new SerializedString("format");
    private static final SerializedString F_PARTNERSHIP_ID = new SerializedString("partnershipId");
    private static final SerializedString F_AS_OF = new SerializedString("asOf");
    private static final SerializedString F_AS_OF_BASIS = new SerializedString("asOfBasis");
    private static final SerializedString F_LANG = new SerializedString("lang");
    private static final SerializedString F_INPUT = new SerializedString("input");
    private static final SerializedString F_SHA256 = new SerializedString("sha256");
    private static final SerializedString F_FILE = new SerializedString("file");
    private static final SerializedString F_LINE = new SerializedString("line");
    private static final SerializedString F_ENGINE = new SerializedString("engine");
    private static final SerializedString F_NAME = new SerializedString("name");
    private static final SerializedString F_VERSION = new SerializedString("version");
    private static final SerializedString F_ASSESSMENT = new SerializedString("assessment");
    private static final SerializedString F_PUBLIC_CONTRACT = new SerializedString("publicContract");
    private static final SerializedString F_STATE_AID = new SerializedString("stateAid");
    private static final SerializedString F_PUBLIC_CONTRACT_LEAN = new SerializedString("publicContractLean");
    private static final SerializedString F_STATE_AID_LEAN = new SerializedString("stateAidLean");
    private static final SerializedString F_PUBLIC_CONTRACT_WHY = new SerializedString("publicContractWhy");
    private static final SerializedString F_STATE_AID_WHY = new SerializedString("stateAidWhy");
    private static final SerializedString F_WHYS = new SerializedString("whys");
    private static final SerializedString F_SV = new SerializedString("sv");
    private static final SerializedString F_EN = new SerializedString("en");
    private static final SerializedString F_DISAGREEMENTS = new SerializedString("disagreements");
    private static final SerializedString F_QUESTION = new SerializedString("question");
    private static final SerializedString F_RULE_SET = new SerializedString("ruleSet");
    private static final SerializedString F_CRITERION = new SerializedString("criterion");
    private static final SerializedString F_OUTCOME = new SerializedString("outcome");
    private static final SerializedString F_MESSAGE = new SerializedString("message");
    private static final SerializedString F_ANY_DOES_NOT_MEET = new SerializedString("anyDoesNotMeet");
    private static final SerializedString F_FINDINGS_INCLUDED = new SerializedString("findingsIncluded");
    private static final SerializedString F_RULE_SETS = new SerializedString("ruleSets");
    private static final SerializedString F_ID = new SerializedString("id");
    private static final SerializedString F_TITLE = new SerializedString("title");
    private static final SerializedString F_ISSUER = new SerializedString("issuer");
    private static final SerializedString F_STATUS = new SerializedString("status");
    private static final SerializedString F_EFFECTIVE_FROM = new SerializedString("effectiveFrom");
    private static final SerializedString F_EFFECTIVE_TO = new SerializedString("effectiveTo");
    private static final SerializedString F_EXTERNAL_LOCATION = new SerializedString("externalLocation");
    private static final SerializedString F_DEPENDENCY = new SerializedString("dependency");
    private static final SerializedString F_VERDICT = new SerializedString("verdict");
    private static final SerializedString F_COUNTS = new SerializedString("counts");
    private static final SerializedString F_PARAMETERS = new SerializedString("parameters");
    private static final SerializedString F_VALUE = new SerializedString("value");
    private static final SerializedString F_VALID_FROM = new SerializedString("validFrom");
    private static final SerializedString F_SOURCE = new SerializedString("source");
    private static final SerializedString F_OVERRIDDEN = new SerializedString("overridden");
    private static final SerializedString F_FINDINGS = new SerializedString("findings");
    private static final SerializedString F_KIND = new SerializedString("kind");
    private static final SerializedString F_CONCLUSION = new SerializedString("conclusion");
    private static final SerializedString F_ELEMENT = new SerializedString("element");
    private static final SerializedString F_MESSAGES = new SerializedString("messages");
    private static final SerializedString F_BECAUSE = new SerializedString("because");
    private static final SerializedString F_MISSING_FACTS = new SerializedString("missingFacts");
    private static final SerializedString F_SOURCES = new SerializedString("sources");
    private static final SerializedString F_RULE = new SerializedString("rule");
    private static final SerializedString F_INDICATORS = new SerializedString("indicators");
    private static final SerializedString F_DIRECTION = new SerializedString("direction");
    private static final SerializedString F_STRENGTH = new SerializedString("strength");
    private static final SerializedString F_FACT = new SerializedString("fact");
    private static final SerializedString F_KNOWN = new SerializedString("known");
    private static final SerializedString F_KEY = new SerializedString("key");
    private static final SerializedString F_DOCUMENT = new SerializedString("document");
    private static final SerializedString F_LOCATOR = new SerializedString("locator");
    private static final SerializedString[] OUTCOME_NAMES = names(Outcome.values());

    private static SerializedString[] names(Enum<?>[] values) {
        SerializedString[] out = new SerializedString[values.length];
        for (Enum<?> v : values) {
            out[v.ordinal()] = new SerializedString(v.name());
        }
        return out;
    }

    private static void writeLine(JsonGenerator g, Evaluation e, String lang, boolean notableOnly, String file,
            long line) throws java.io.IOException {
        g.writeStartObject();
        g.writeFieldName(F_FORMAT);
        g.writeString(FORMAT);
        field(g, F_PARTNERSHIP_ID, e.partnershipId());
        field(g, F_AS_OF, date(e.asOf()));
        field(g, F_AS_OF_BASIS, e.asOfBasis());
        field(g, F_LANG, "en".equalsIgnoreCase(lang) ? "en" : "sv");
        g.writeFieldName(F_INPUT);
        g.writeStartObject();
        field(g, F_SHA256, e.inputSha256());
        field(g, F_FILE, file);
        g.writeFieldName(F_LINE);
        g.writeNumber(line);
        g.writeEndObject();
        g.writeFieldName(F_ENGINE);
        g.writeStartObject();
        field(g, F_NAME, "iop-rules");
        field(g, F_VERSION, e.engineVersion());
        g.writeEndObject();
        g.writeFieldName(F_ASSESSMENT);
        g.writeStartObject();
        field(g, F_PUBLIC_CONTRACT, e.assessment() == null || e.assessment().publicContract() == null
                ? null : e.assessment().publicContract().name());
        field(g, F_STATE_AID, e.assessment() == null || e.assessment().stateAid() == null ? null
                : e.assessment().stateAid().name());
        if (e.assessment() != null) {
            se.ioprules.api.Assessment a = e.assessment();
            field(g, F_PUBLIC_CONTRACT_LEAN, a.publicContractLean().name());
            field(g, F_STATE_AID_LEAN, a.stateAidLean().name());
            field(g, F_PUBLIC_CONTRACT_WHY, a.publicContractWhy().in(lang));
            field(g, F_STATE_AID_WHY, a.stateAidWhy().in(lang));
            g.writeFieldName(F_WHYS);
            g.writeStartObject();
            g.writeFieldName(F_PUBLIC_CONTRACT);
            g.writeStartObject();
            field(g, F_SV, a.publicContractWhy().sv());
            field(g, F_EN, a.publicContractWhy().en());
            g.writeEndObject();
            g.writeFieldName(F_STATE_AID);
            g.writeStartObject();
            field(g, F_SV, a.stateAidWhy().sv());
            field(g, F_EN, a.stateAidWhy().en());
            g.writeEndObject();
            g.writeEndObject();
            g.writeFieldName(F_DISAGREEMENTS);
            g.writeStartArray();
            for (se.ioprules.api.Assessment.Disagreement d : a.disagreements()) {
                g.writeStartObject();
                field(g, F_QUESTION, d.question());
                field(g, F_RULE_SET, d.ruleSetId());
                field(g, F_CRITERION, d.criterionId());
                field(g, F_OUTCOME, d.outcome() == null ? null : d.outcome().name());
                field(g, F_MESSAGE, d.message().in(lang));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeFieldName(F_ANY_DOES_NOT_MEET);
        g.writeBoolean(e.anyDoesNotMeet());
        field(g, F_FINDINGS_INCLUDED, notableOnly ? "notable" : "all");
        g.writeFieldName(F_RULE_SETS);
        g.writeStartArray();
        for (RuleSetResult r : e.ruleSets()) {
            writeRuleSet(g, r, lang, notableOnly);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, SerializedString name, String value) throws java.io.IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void writeRuleSet(JsonGenerator g, RuleSetResult r, String lang, boolean notableOnly)
            throws java.io.IOException {
        g.writeStartObject();
        RuleSetInfo info = r.ruleSet();
        field(g, F_ID, info.id());
        field(g, F_VERSION, info.version());
        field(g, F_TITLE, info.title());
        field(g, F_ISSUER, info.issuer());
        field(g, F_STATUS, info.status() == null ? null : info.status().name());
        field(g, F_EFFECTIVE_FROM, date(info.effectiveFrom()));
        field(g, F_EFFECTIVE_TO, date(info.effectiveTo()));
        field(g, F_SHA256, info.sha256());
        if (info.location() != null && !info.location().startsWith("classpath:")) {
            field(g, F_EXTERNAL_LOCATION, info.location());
        }
        g.writeFieldName(F_DEPENDENCY);
        g.writeBoolean(r.dependency());
        field(g, F_VERDICT, r.verdict().name());
        g.writeStringField("verdictBasis", r.verdictBasis().name());
        LocalizedText why = r.verdictWhy();
        g.writeStringField("verdictWhy", why.in(lang));
        g.writeObjectFieldStart("verdictWhys");
        g.writeStringField("sv", why.sv());
        g.writeStringField("en", why.en());
        g.writeEndObject();
        g.writeFieldName(F_COUNTS);
        g.writeStartObject();
        int[] n = new int[Outcome.values().length];
        for (Finding f : r.findings()) {
            n[f.outcome().ordinal()]++;
        }
        for (int i = 0; i < n.length; i++) {
            g.writeFieldName(OUTCOME_NAMES[i]);
            g.writeNumber(n[i]);
        }
        g.writeEndObject();
        g.writeFieldName(F_PARAMETERS);
        g.writeStartArray();
        for (ParameterValue p : r.parameters()) {
            g.writeStartObject();
            field(g, F_NAME, p.name());
            g.writeFieldName(F_VALUE);
            if (p.value() == null) {
                g.writeNull();
            } else {
                g.writeNumber(p.value());
            }
            field(g, F_VALID_FROM, date(p.validFrom()));
            field(g, F_SOURCE, p.source());
            g.writeFieldName(F_OVERRIDDEN);
            g.writeBoolean(p.overridden());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(F_FINDINGS);
        g.writeStartArray();
        for (Finding f : r.findings()) {
            if (!notableOnly || notable(f)) {
                writeFinding(g, f, lang);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f, String lang) throws java.io.IOException {
        g.writeStartObject();
        field(g, F_CRITERION, f.criterionId());
        g.writeFieldName(F_OUTCOME);
        g.writeString(OUTCOME_NAMES[f.outcome().ordinal()]);
        field(g, F_KIND, f.kind().name());
        field(g, F_CONCLUSION, f.conclusion());
        g.writeFieldName(F_ELEMENT);
        g.writeBoolean(f.element());
        String sv = f.message().sv();
        String en = f.message().en();
        String message = f.message().in(lang);
        field(g, F_MESSAGE, message);
        g.writeFieldName(F_MESSAGES);
        g.writeStartObject();
        field(g, F_SV, sv);
        field(g, F_EN, en);
        g.writeEndObject();
        g.writeFieldName(F_BECAUSE);
        g.writeStartArray();
        for (FactValue v : f.because()) {
            writeFactValue(g, v);
        }
        g.writeEndArray();
        g.writeFieldName(F_MISSING_FACTS);
        g.writeStartArray();
        for (String m : f.missingFacts()) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeFieldName(F_SOURCE);
        if (f.sources().isEmpty()) {
            g.writeNull();
        } else {
            citation(g, f.sources().get(0));
        }
        g.writeFieldName(F_SOURCES);
        g.writeStartArray();
        for (Citation c : f.sources()) {
            citation(g, c);
        }
        g.writeEndArray();
        field(g, F_RULE, f.rule());
        if (!f.indicators().isEmpty()) {
            g.writeFieldName(F_INDICATORS);
            g.writeStartArray();
            for (se.ioprules.api.Indicator i : f.indicators()) {
                g.writeStartObject();
                field(g, F_ID, i.id());
                field(g, F_DIRECTION, i.direction().name());
                field(g, F_STRENGTH, i.strength().name());
                field(g, F_MESSAGE, i.message().in(lang));
                g.writeFieldName(F_BECAUSE);
                g.writeStartArray();
                for (FactValue v : i.because()) {
                    writeFactValue(g, v);
                }
                g.writeEndArray();
                g.writeFieldName(F_SOURCES);
                g.writeStartArray();
                for (Citation c : i.sources()) {
                    citation(g, c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeFactValue(JsonGenerator g, FactValue v) throws java.io.IOException {
        g.writeStartObject();
        field(g, F_FACT, v.path());
        field(g, F_VALUE, v.value());
        g.writeFieldName(F_KNOWN);
        g.writeBoolean(v.known());
        g.writeEndObject();
    }

    private static void citation(JsonGenerator g, Citation c) throws java.io.IOException {
        g.writeStartObject();
        writeCitation(g, c);
        g.writeEndObject();
    }

    private static void writeCitation(JsonGenerator g, Citation c) throws java.io.IOException {
        field(g, F_KEY, c.key());
        field(g, F_DOCUMENT, c.document());
        field(g, F_LOCATOR, c.locator());
    }

    /**
     * An error line for NDJSON output.
     *
     * @param line 1-based input line
     * @param kind "invalid-input" or "rule-set-error"
     * @param problems the problems
     * @return {@code {"line": n, "error": kind, "problems": [{"path","line","column","message"}]}}
     */
    public static ObjectNode errorTree(long line, String kind, List<JsonProblem> problems) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("line", line);
        root.put("error", kind);
        ArrayNode ps = root.putArray("problems");
        for (JsonProblem p : problems) {
            ObjectNode o = ps.addObject();
            o.put("path", p.path());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("message", p.message());
        }
        return root;
    }

    private static ObjectNode ruleSet(RuleSetResult r, String lang, boolean notableOnly) {
        ObjectNode o = NODES.objectNode();
        RuleSetInfo info = r.ruleSet();
        o.put("id", info.id());
        o.put("version", info.version());
        o.put("title", info.title());
        o.put("issuer", info.issuer());
        o.put("status", info.status() == null ? null : info.status().name());
        o.put("effectiveFrom", date(info.effectiveFrom()));
        o.put("effectiveTo", date(info.effectiveTo()));
        o.put("sha256", info.sha256());
        if (info.location() != null && !info.location().startsWith("classpath:")) {
            // Part of the decision record: these rules came from an external directory, not the engine jar.
            o.put("externalLocation", info.location());
        }
        o.put("dependency", r.dependency());
        o.put("verdict", r.verdict().name());
        // why: which step of the verdict rule decided, and the same as a sentence for a reader
        o.put("verdictBasis", r.verdictBasis().name());
        LocalizedText why = r.verdictWhy();
        o.put("verdictWhy", why.in(lang));
        o.putObject("verdictWhys").put("sv", why.sv()).put("en", why.en());
        ObjectNode counts = o.putObject("counts");
        Map<Outcome, Integer> n = new EnumMap<>(Outcome.class);
        for (Outcome out : Outcome.values()) {
            n.put(out, 0);
        }
        for (Finding f : r.findings()) {
            n.merge(f.outcome(), 1, Integer::sum);
        }
        n.forEach((k, v) -> counts.put(k.name(), v));
        ArrayNode params = o.putArray("parameters");
        for (ParameterValue p : r.parameters()) {
            ObjectNode po = params.addObject();
            po.put("name", p.name());
            po.put("value", p.value());
            po.put("validFrom", date(p.validFrom()));
            po.put("source", p.source());
            po.put("overridden", p.overridden());
        }
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            if (!notableOnly || notable(f)) {
                findings.add(finding(f, lang));
            }
        }
        return o;
    }

    private static ObjectNode finding(Finding f, String lang) {
        ObjectNode o = NODES.objectNode();
        o.put("criterion", f.criterionId());
        o.put("outcome", f.outcome().name());
        o.put("kind", f.kind().name());
        o.put("conclusion", f.conclusion());
        o.put("element", f.element());
        o.put("message", f.message().in(lang));
        ObjectNode messages = o.putObject("messages");
        messages.put("sv", f.message().sv());
        messages.put("en", f.message().en());
        ArrayNode because = o.putArray("because");
        for (FactValue v : f.because()) {
            ObjectNode b = because.addObject();
            b.put("fact", v.path());
            b.put("value", v.value());
            b.put("known", v.known());
        }
        ArrayNode missing = o.putArray("missingFacts");
        f.missingFacts().forEach(missing::add);
        if (f.sources().isEmpty()) {
            o.putNull("source");
        } else {
            o.set("source", citation(f.sources().get(0)));
        }
        ArrayNode sources = o.putArray("sources");
        for (Citation c : f.sources()) {
            sources.add(citation(c));
        }
        o.put("rule", f.rule());
        if (!f.indicators().isEmpty()) {
            ArrayNode inds = o.putArray("indicators");
            for (se.ioprules.api.Indicator i : f.indicators()) {
                ObjectNode io = inds.addObject();
                io.put("id", i.id());
                io.put("direction", i.direction().name());
                io.put("strength", i.strength().name());
                io.put("message", i.message().in(lang));
                ArrayNode ib = io.putArray("because");
                for (FactValue v : i.because()) {
                    ib.addObject().put("fact", v.path()).put("value", v.value()).put("known", v.known());
                }
                ArrayNode is = io.putArray("sources");
                for (Citation c : i.sources()) {
                    is.add(citation(c));
                }
            }
        }
        return o;
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode o = NODES.objectNode();
        o.put("key", c.key());
        o.put("document", c.document());
        o.put("locator", c.locator());
        return o;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
