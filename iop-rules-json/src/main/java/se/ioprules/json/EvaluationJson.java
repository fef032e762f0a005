package se.ioprules.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
 *   "input": { "sha256", "file", "line",         // hash of the canonical facts the evaluation used; the CLI adds
 *              "warnings": [ { "paths", "message", "messages" } ] },  // where it read them, and contradictions
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
 * Its JSON Schemas (a result, and a batch line: a result or an {@link #errorTree error line}) are
 * {@link EvaluationSchema}; a field added here must be added there too (its test fails otherwise). Thread-safe.
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
     * Adds the input's warnings ({@link se.ioprules.api.PartnershipValidator#warnings}: facts that contradict each
     * other but may each be right) to a result as {@code input.warnings}:
     * {@code [{"paths": [...], "message", "messages": {"sv", "en"}}]}, the message in the tree's {@code lang}. An
     * evaluation does not hold its partnership, so the caller that read it adds them; without warnings nothing is
     * added.
     *
     * @param tree a tree from {@link #toTree}
     * @param warnings the input's warnings
     * @return the tree
     */
    public static ObjectNode addInputWarnings(ObjectNode tree, List<se.ioprules.api.InputWarning> warnings) {
        if (warnings.isEmpty()) {
            return tree;
        }
        String lang = tree.path("lang").asText("sv");
        ArrayNode ws = ((ObjectNode) tree.get("input")).putArray("warnings");
        for (se.ioprules.api.InputWarning w : warnings) {
            ObjectNode o = ws.addObject();
            ArrayNode paths = o.putArray("paths");
            w.paths().forEach(paths::add);
            o.put("message", w.message().in(lang));
            o.putObject("messages").put("sv", w.message().sv()).put("en", w.message().en());
        }
        return tree;
    }

    /**
     * One NDJSON result line as text: {@link #write(JsonNode, boolean) write(tree, false)} of
     * {@link #toTree(Evaluation, String, boolean) toTree} with {@code input.file} and {@code input.line} added. A batch
     * writes its lines with {@link #writeLineUtf8(Evaluation, String, boolean, String, long) writeLineUtf8}, straight
     * to bytes; this text form is the reference those bytes are tested against, and what a line holding a lone
     * surrogate (which UTF-8 cannot encode) is written with.
     *
     * @param e the evaluation
     * @param lang language of the {@code message} fields
     * @param notableOnly list only FAIL, WARNING and NOT_ASSESSABLE findings (counts still cover all)
     * @param file the input's name, for {@code input.file}
     * @param line the 1-based input line, for {@code input.line}
     * @return the JSON text on one line, without a line end
     */
    public static String writeLine(Evaluation e, String lang, boolean notableOnly, String file, long line) {
        ObjectNode tree = toTree(e, lang, notableOnly);
        ((ObjectNode) tree.get("input")).put("file", file).put("line", line);
        return write(tree, false);
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

    /**
     * An error line for NDJSON output.
     *
     * @param line 1-based input line
     * @param kind "invalid-input" or "rule-set-not-in-force" (the kinds the batch-line schema lists)
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
