package se.ioprules.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Indicator;
import se.ioprules.api.Lean;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;
import se.ioprules.api.VerdictBasis;

/**
 * The JSON Schemas (draft 2020-12) of the JSON output: what {@link EvaluationJson} writes, one evaluation result
 * ({@code iop-rules evaluate F --format json}) and one line of a batch ({@code --batch}: a result with its input
 * line, or an error line), and what {@link OpenQuestionsJson} writes ({@code iop-rules questions --format json}).
 * The schemas are closed ({@code additionalProperties: false} on every object), so they list every field the writer
 * emits; enumerations come from the API's enums, so a new constant is in the schema once it is regenerated. The
 * shipped files ({@link #EVALUATION_RESOURCE}, {@link #LINE_RESOURCE}, {@link #QUESTIONS_RESOURCE}) are this class's
 * output; a test fails when they are out of date and says how to regenerate them.
 */
public final class EvaluationSchema {
    /** The evaluation schema's $id. */
    public static final String EVALUATION_ID = "https://github.com/iop-rules/iop-rules/schema/evaluation-1.schema.json";
    /** The batch-line schema's $id. */
    public static final String LINE_ID = "https://github.com/iop-rules/iop-rules/schema/evaluation-line-1.schema.json";
    /** Classpath resource of the evaluation schema. */
    public static final String EVALUATION_RESOURCE = "/se/ioprules/json/evaluation.schema.json";
    /** Classpath resource of the batch-line schema. */
    public static final String LINE_RESOURCE = "/se/ioprules/json/evaluation-line.schema.json";
    /** The open-questions schema's $id. */
    public static final String QUESTIONS_ID = "https://github.com/iop-rules/iop-rules/schema/questions-1.schema.json";
    /** Classpath resource of the open-questions schema. */
    public static final String QUESTIONS_RESOURCE = "/se/ioprules/json/questions.schema.json";

    /** The kinds of error line a batch writes (see the CLI's batch). */
    static final List<String> ERROR_KINDS = List.of("invalid-input", "rule-set-not-in-force");
    /** Where an evaluation's as-of date came from ({@code Evaluation.asOfBasis()}). */
    static final List<String> AS_OF_BASES = List.of("request", "decisionDate", "signingDate", "term.startDate", "today");

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final String SHA256_PATTERN = "^[0-9a-f]{64}$";

    private EvaluationSchema() {
    }

    /** @return the shipped JSON Schema of one evaluation result */
    public static String evaluation() {
        return resource(EVALUATION_RESOURCE);
    }

    /** @return the shipped JSON Schema of one line of {@code evaluate --batch} output (a result or an error) */
    public static String batchLine() {
        return resource(LINE_RESOURCE);
    }

    /** @return the shipped JSON Schema of {@code iop-rules questions --format json} output */
    public static String questions() {
        return resource(QUESTIONS_RESOURCE);
    }

    /** @return the evaluation schema as generated now, indented, ending with a newline */
    public static String generateEvaluation() {
        ObjectNode root = header(EVALUATION_ID, "IOP evaluation result (iop-rules)",
                "One evaluation of a partnership, as written by iop-rules evaluate --format json (format "
                        + EvaluationJson.FORMAT + "); several input files give a JSON array of these. Fields are only "
                        + "ever added within the format, never renamed; this schema lists every field of its version "
                        + "and allows no other, so validate output against the schema of the version that wrote it.");
        root.put("$ref", "#/$defs/Evaluation");
        ObjectNode defs = root.putObject("$defs");
        shared(defs);
        defs.set("Evaluation", evaluationDef("Input"));
        defs.set("Input", input(false));
        return EvaluationJson.write(root, true);
    }

    /** @return the batch-line schema as generated now, indented, ending with a newline */
    public static String generateBatchLine() {
        ObjectNode root = header(LINE_ID, "IOP batch line (iop-rules)",
                "One line of iop-rules evaluate --batch output (NDJSON): for every non-blank input line either its "
                        + "evaluation result, with input.file and input.line, or an error line naming the input line and "
                        + "every problem. An error line has the field error; a result never has it.");
        ArrayNode one = root.putArray("oneOf");
        one.addObject().put("$ref", "#/$defs/EvaluationLine");
        one.addObject().put("$ref", "#/$defs/ErrorLine");
        ObjectNode defs = root.putObject("$defs");
        shared(defs);
        defs.set("EvaluationLine", evaluationDef("LineInput"));
        defs.set("LineInput", input(true));
        ObjectNode error = object("An input line that could not be evaluated: invalid-input (it is not a valid "
                + "partnership; every problem is listed) or rule-set-not-in-force (its own date is before every version "
                + "of a rule set it needs). Nothing of it was evaluated.", defs, "ErrorLine");
        ObjectNode p = props(error);
        p.set("format", constant(EvaluationJson.FORMAT, "The output format."));
        p.set("line", integer(1, "The input line (1-based), as wc -l counts."));
        p.set("error", enumeration(ERROR_KINDS, false, "What kind of error."));
        ObjectNode problems = array(ref("Problem"), "Every problem found, at least one.");
        problems.put("minItems", 1);
        p.set("problems", problems);
        ObjectNode in = closed("Where the line was read from (nothing was evaluated, so there is no input hash).");
        props(in).set("file", string("The input file's name (- for standard input)."));
        props(in).set("line", integer(1, "The input line (1-based), the same as line."));
        required(in, "file", "line");
        p.set("input", in);
        required(error, "format", "line", "error", "problems", "input");
        ObjectNode problem = object("One problem of an input line.", defs, "Problem");
        ObjectNode pp = props(problem);
        pp.set("path", string("JSON path of the problem, e.g. $.parties[0].sector ($ for the whole line)."));
        pp.set("line", integer(0, "Line within the input text (1 for an NDJSON line), or 0 when not known."));
        pp.set("column", integer(0, "Column within the line, or 0 when not known."));
        pp.set("message", string("What is wrong, in English."));
        required(problem, "path", "line", "column", "message");
        return EvaluationJson.write(root, true);
    }

    /** @return the open-questions schema as generated now, indented, ending with a newline */
    public static String generateQuestions() {
        ObjectNode root = header(QUESTIONS_ID, "IOP open questions (iop-rules)",
                "The open questions about one partnership, as written by iop-rules questions --format json (format "
                        + OpenQuestionsJson.FORMAT + "): which unrecorded facts would settle the legal assessments and "
                        + "the verdicts, each answer with what it would give. Fields are only ever added within the "
                        + "format, never renamed; this schema lists every field of its version and allows no other.");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode p = root.putObject("properties");
        p.set("format", constant(OpenQuestionsJson.FORMAT, "The output format."));
        p.set("asOf", date(true, "The as-of date of the evaluations run."));
        p.set("current", ref("Outcomes"));
        p.set("questions", array(ref("Question"), "The questions, most decisive first."));
        p.set("unsettled", array(ref("Unsettled"), "The outcomes still open that no question settles for every "
                + "answer, each with the reason."));
        p.set("omitted", integer(0, "How many further questions were found but left out."));
        p.set("evaluations", integer(0, "How many evaluations were run to find the questions."));
        required(root, "format", "asOf", "current", "questions", "unsettled", "omitted", "evaluations");
        ObjectNode defs = root.putObject("$defs");

        ObjectNode o = object("The outcomes of an evaluation: the two legal assessments and the verdict of each rule "
                + "set evaluated.", defs, "Outcomes");
        ObjectNode op = props(o);
        op.set("publicContract", enumOf(Likelihood.class, false, "Likely a public contract?"));
        op.set("stateAid", enumOf(Likelihood.class, false, "Likely state aid?"));
        ObjectNode verdicts = typed("object", "Rule-set id → verdict (for an answer: the rule sets that read the "
                + "facts asked about).");
        verdicts.set("additionalProperties", enumOf(Verdict.class, false, null));
        op.set("verdicts", verdicts);
        required(o, "publicContract", "stateAid", "verdicts");

        ObjectNode q = object("A fact (or a pair of facts) not recorded whose answer would settle an outcome.", defs,
                "Question");
        ObjectNode qp = props(q);
        qp.set("fact", string("The fact path asked about (the first of a pair), e.g. legal.marketExists; a list "
                + "selector names an existing element."));
        ObjectNode facts = array(string(null), "Only for a pair: both fact paths, fact first.");
        facts.put("minItems", 2);
        qp.set("facts", facts);
        qp.set("ask", ref("Texts"));
        qp.set("message", string("The question in the output language."));
        qp.set("settles", array(string(null), "The outcomes settled whatever the answer: publicContract, stateAid or "
                + "a rule-set id."));
        qp.set("settlesForSome", array(string(null), "The outcomes settled only by some answers (see each answer's "
                + "settles)."));
        qp.set("answers", array(ref("Answer"), "Every answer that fits the recorded facts, with what it would give."));
        required(q, "fact", "ask", "message", "settles", "settlesForSome", "answers");

        ObjectNode a = object("One answer and the outcomes it would give.", defs, "Answer");
        ObjectNode ap = props(a);
        ap.set("value", value("The value for the fact, as in the input JSON: true/false for a yes/no fact, the "
                + "constant for a choice, a number."));
        ap.set("label", ref("Texts"));
        ap.set("with", array(ref("PairValue"), "Only for a pair: the value of the second fact."));
        ap.set("publicContract", enumOf(Likelihood.class, false, "The public-contract assessment with this answer."));
        ap.set("stateAid", enumOf(Likelihood.class, false, "The state-aid assessment with this answer."));
        ObjectNode av = verdicts.deepCopy();
        av.put("description", "Rule-set id → verdict with this answer, for the rule sets that read the facts asked "
                + "about.");
        ap.set("verdicts", av);
        ap.set("settles", array(string(null), "The outcomes open now that this answer settles."));
        required(a, "value", "label", "publicContract", "stateAid", "verdicts", "settles");

        ObjectNode pv = object("The value of a further fact of the answer.", defs, "PairValue");
        props(pv).set("fact", string("The fact path."));
        props(pv).set("value", value("The value, as in the input JSON."));
        props(pv).set("label", ref("Texts"));
        required(pv, "fact", "value", "label");

        ObjectNode u = object("An outcome still open that no question settles.", defs, "Unsettled");
        props(u).set("outcome", string("publicContract, stateAid or a rule-set id."));
        props(u).set("why", ref("Texts"));
        required(u, "outcome", "why");

        ObjectNode t = object("A text in Swedish and English.", defs, "Texts");
        props(t).set("sv", string("Swedish."));
        props(t).set("en", string("English."));
        required(t, "sv", "en");
        return EvaluationJson.write(root, true);
    }

    /** A fact's value as the input JSON writes it: a yes/no, a number or a constant. */
    private static ObjectNode value(String description) {
        ObjectNode o = NODES.objectNode();
        o.putArray("type").add("boolean").add("number").add("string");
        o.put("description", description);
        return o;
    }

    private static ObjectNode header(String id, String title, String description) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", id);
        root.put("title", title);
        root.put("description", description);
        return root;
    }

    private static ObjectNode evaluationDef(String inputDef) {
        ObjectNode e = closed("The result of evaluating one partnership, with what is needed to reproduce it (the "
                + "decision record: as-of date, engine version, input hash, rule-set versions, hashes and parameters).");
        ObjectNode p = props(e);
        p.set("format", constant(EvaluationJson.FORMAT, "The output format."));
        p.set("partnershipId", nullable(string("The partnership's id from the input, or null.")));
        p.set("asOf", date(false, "The date whose rule sets and parameter values were used."));
        p.set("asOfBasis", enumeration(AS_OF_BASES, false, "Where the as-of date came from: the request (--as-of), "
                + "the decision date, the signing date, the term's start, or today."));
        p.set("lang", enumeration(List.of("sv", "en"), false, "Language of the message and why fields."));
        p.set("input", ref(inputDef));
        ObjectNode engine = closed("The engine that evaluated.");
        props(engine).set("name", constant("iop-rules", "The engine's name."));
        props(engine).set("version", string("The engine's version."));
        required(engine, "name", "version");
        p.set("engine", engine);
        p.set("assessment", ref("Assessment"));
        p.set("anyDoesNotMeet", bool("True when a rule set the caller asked for (not a dependency) does not meet "
                + "its criteria."));
        p.set("findingsIncluded", enumeration(List.of("all", "notable"), false, "all: every finding is listed; "
                + "notable (--findings notable): only FAIL, WARNING and NOT_ASSESSABLE findings (counts still cover all)."));
        p.set("ruleSets", array(ref("RuleSetResult"), "One result per rule set evaluated, in evaluation order."));
        required(e, "format", "partnershipId", "asOf", "asOfBasis", "lang", "input", "engine", "assessment",
                "anyDoesNotMeet", "findingsIncluded", "ruleSets");
        return e;
    }

    private static ObjectNode input(boolean line) {
        ObjectNode in = closed(line ? "The input: its canonical hash, the file and the line it was read from."
                : "The input: its canonical hash, and the file it was read from (when read from a file).");
        ObjectNode p = props(in);
        p.set("sha256", pattern(SHA256_PATTERN, "SHA-256 of the canonical form of the facts evaluated."));
        p.set("file", string("The input file's name (- for standard input)."));
        p.set("line", integer(1, "The input line (1-based) of a batch."));
        p.set("warnings", array(ref("InputWarning"), "Only when there are any: facts of the input that contradict each "
                + "other but may each be right (the input was still evaluated); check which is right."));
        if (line) {
            required(in, "sha256", "file", "line");
        } else {
            required(in, "sha256");
        }
        return in;
    }

    /** The definitions both schemas share. */
    private static void shared(ObjectNode defs) {
        ObjectNode a = object("The overall legal assessment: is the agreement likely a public contract that must be "
                + "procured, and is the public contribution likely state aid? publicContract and stateAid are null "
                + "only for an evaluation built without an assessment (the engine always gives one, with every field).",
                defs, "Assessment");
        ObjectNode ap = props(a);
        ap.set("publicContract", enumOf(Likelihood.class, true, "Likely a public contract?"));
        ap.set("stateAid", enumOf(Likelihood.class, true, "Likely state aid?"));
        ap.set("publicContractLean", enumOf(Lean.class, false, "Which way the public-contract assessment leans."));
        ap.set("stateAidLean", enumOf(Lean.class, false, "Which way the state-aid assessment leans."));
        ap.set("publicContractWhy", string("Why, as a sentence in the output language."));
        ap.set("stateAidWhy", string("Why, as a sentence in the output language."));
        ObjectNode whys = closed("Both reasons in Swedish and English.");
        props(whys).set("publicContract", ref("Texts"));
        props(whys).set("stateAid", ref("Texts"));
        required(whys, "publicContract", "stateAid");
        ap.set("whys", whys);
        ap.set("disagreements", array(ref("Disagreement"), "Guideline findings that point the other way from the "
                + "legal tests; empty when they agree."));
        required(a, "publicContract", "stateAid");

        ObjectNode d = object("A guideline finding that points the other way from a legal test's assessment.", defs,
                "Disagreement");
        ObjectNode dp = props(d);
        dp.set("question", enumeration(List.of("publicContract", "stateAid"), false, "The legal question it bears on."));
        dp.set("ruleSet", string("The guideline rule set's id."));
        dp.set("criterion", string("Its criterion's id."));
        dp.set("outcome", enumOf(Outcome.class, true, "The finding's outcome."));
        dp.set("message", string("What disagrees, in the output language."));
        required(d, "question", "ruleSet", "criterion", "outcome", "message");

        ObjectNode iw = object("Facts that contradict each other as the rules read them, where either may be the one "
                + "recorded wrongly.", defs, "InputWarning");
        props(iw).set("paths", array(string(null), "The field paths of the facts that disagree."));
        props(iw).set("message", string("What disagrees and what to check, in the output language."));
        props(iw).set("messages", ref("Texts"));
        required(iw, "paths", "message", "messages");

        ObjectNode t = object("A text in Swedish and English.", defs, "Texts");
        props(t).set("sv", string("Swedish."));
        props(t).set("en", string("English."));
        required(t, "sv", "en");

        ObjectNode r = object("What one rule set concluded: its version (with its hash, for the decision record), "
                + "the verdict and why, the parameters used and the findings.", defs, "RuleSetResult");
        ObjectNode rp = props(r);
        rp.set("id", string("Rule-set id, e.g. sou-2019-56."));
        rp.set("version", string("Rule-set version, e.g. 2019.1."));
        rp.set("title", nullable(string("Title (Swedish, from the manifest).")));
        rp.set("issuer", nullable(string("Who issued the source documents.")));
        rp.set("status", enumOf(RuleSetStatus.class, true, "Legal status of the sources."));
        rp.set("effectiveFrom", date(true, "First day the version applies (null for a draft)."));
        rp.set("effectiveTo", date(true, "Last day it applies, or null when open-ended."));
        rp.set("sha256", pattern(SHA256_PATTERN, "Hash over the rule set's files."));
        rp.set("externalLocation", string("Only for a rule set loaded from an external directory: that directory."));
        rp.set("dependency", bool("True when the caller did not ask for this rule set but another one needed its "
                + "conclusions."));
        rp.set("verdict", enumOf(Verdict.class, false, "The verdict."));
        rp.set("verdictBasis", enumOf(VerdictBasis.class, false, "Which step of the verdict rule decided."));
        rp.set("verdictWhy", string("The reason for the verdict as a sentence, in the output language."));
        rp.set("verdictWhys", ref("Texts"));
        ObjectNode counts = closed("The number of findings per outcome, over every finding (also when only notable "
                + "ones are listed).");
        for (Outcome o : Outcome.values()) {
            props(counts).set(o.name(), integer(0, null));
        }
        required(counts, names(Outcome.values()));
        rp.set("counts", counts);
        rp.set("parameters", array(ref("Parameter"), "The thresholds used, with their values on the as-of date."));
        rp.set("findings", array(ref("Finding"), "The findings, in rule order (see findingsIncluded)."));
        required(r, "id", "version", "title", "issuer", "status", "effectiveFrom", "effectiveTo", "sha256",
                "dependency", "verdict", "verdictBasis", "verdictWhy", "verdictWhys", "counts", "parameters", "findings");

        ObjectNode pa = object("A named threshold as used.", defs, "Parameter");
        ObjectNode pap = props(pa);
        pap.set("name", string("Parameter name, e.g. longTermMonths."));
        pap.set("value", typed("number", "The value used."));
        pap.set("validFrom", date(true, "First day of the dated value used, or null for a value without a date."));
        pap.set("source", nullable(string("The legal source, or the reason for an assumed default.")));
        pap.set("overridden", bool("True when the caller overrode the rule set's value."));
        required(pa, "name", "value", "validFrom", "source", "overridden");

        ObjectNode f = object("The result of one criterion for the partnership (or for one party of it).", defs,
                "Finding");
        ObjectNode fp = props(f);
        fp.set("criterion", string("Criterion id, e.g. eupc-6-mutual-binding."));
        fp.set("outcome", enumOf(Outcome.class, false, "The outcome."));
        fp.set("kind", enumOf(CriterionKind.class, false, "How binding the criterion is."));
        fp.set("conclusion", string("For elements of a legal test and aggregates the legal conclusion (e.g. MET, "
                + "NOT_MET, PUBLIC_CONTRACT); empty otherwise."));
        fp.set("element", bool("True for an element of a legal test (the test's aggregate finding counts for the "
                + "verdict)."));
        fp.set("message", string("Why, in the output language."));
        fp.set("messages", ref("Texts"));
        fp.set("because", array(ref("FactValue"), "The facts its rule read, with their values, known or not."));
        fp.set("missingFacts", array(string(null), "Fact paths whose absence the outcome rests on (empty for a PASS "
                + "or a FAIL)."));
        ObjectNode source = NODES.objectNode();
        source.put("description", "The first of sources, or null when there is none.");
        ArrayNode any = source.putArray("anyOf");
        any.add(ref("Citation"));
        any.addObject().put("type", "null");
        fp.set("source", source);
        fp.set("sources", array(ref("Citation"), "Where the criterion comes from."));
        fp.set("rule", string("Name of the rule that fired, for tracing."));
        fp.set("indicators", array(ref("Indicator"), "Only for an element of a legal test: every indicator weighed, "
                + "on both sides."));
        required(f, "criterion", "outcome", "kind", "conclusion", "element", "message", "messages", "because",
                "missingFacts", "source", "sources", "rule");

        ObjectNode fv = object("One fact and the value it had.", defs, "FactValue");
        props(fv).set("fact", string("Fact path, e.g. term.endDate or parties[fh].idea.registeredIn2022_900."));
        props(fv).set("value", string("The value as text; UNKNOWN for an unknown tri-state, null (the text) for a "
                + "missing value."));
        props(fv).set("known", bool("False when the value is missing or unknown."));
        required(fv, "fact", "value", "known");

        ObjectNode c = object("Where a criterion comes from.", defs, "Citation");
        props(c).set("key", string("Source key, e.g. S4 (see the rule set's manifest and the bibliography)."));
        props(c).set("document", string("The document."));
        props(c).set("locator", string("Section, page or paragraph within it; may be empty."));
        required(c, "key", "document", "locator");

        ObjectNode i = object("A fact pattern the sources treat as pointing towards or away from an element of a "
                + "legal test.", defs, "Indicator");
        ObjectNode ip = props(i);
        ip.set("id", string("Indicator id."));
        ip.set("direction", enumOf(Indicator.Direction.class, false, "Which way it points."));
        ip.set("strength", enumOf(Indicator.Strength.class, false, "How strongly."));
        ip.set("message", string("What it says, in the output language."));
        ip.set("because", array(ref("FactValue"), "The recorded facts that raised it."));
        ip.set("sources", array(ref("Citation"), "Where the sources say so."));
        required(i, "id", "direction", "strength", "message", "because", "sources");
    }

    private static ObjectNode object(String description, ObjectNode defs, String name) {
        ObjectNode o = closed(description);
        defs.set(name, o);
        return o;
    }

    private static ObjectNode closed(String description) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "object");
        o.put("description", description);
        o.put("additionalProperties", false);
        o.putObject("properties");
        return o;
    }

    private static ObjectNode props(ObjectNode object) {
        return (ObjectNode) object.get("properties");
    }

    private static void required(ObjectNode object, String... names) {
        ArrayNode a = object.putArray("required");
        for (String n : names) {
            a.add(n);
        }
    }

    private static String[] names(Enum<?>[] values) {
        String[] out = new String[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = values[k].name();
        }
        return out;
    }

    private static ObjectNode typed(String type, String description) {
        ObjectNode o = NODES.objectNode();
        o.put("type", type);
        if (description != null) {
            o.put("description", description);
        }
        return o;
    }

    private static ObjectNode string(String description) {
        return typed("string", description);
    }

    private static ObjectNode bool(String description) {
        return typed("boolean", description);
    }

    private static ObjectNode integer(int minimum, String description) {
        ObjectNode o = typed("integer", description);
        o.put("minimum", minimum);
        return o;
    }

    private static ObjectNode pattern(String regex, String description) {
        ObjectNode o = string(description);
        o.put("pattern", regex);
        return o;
    }

    private static ObjectNode date(boolean nullable, String description) {
        ObjectNode o = string(description);
        o.put("format", "date");
        o.put("pattern", DATE_PATTERN);
        return nullable ? nullable(o) : o;
    }

    /** The same with null allowed: "type" becomes [type, "null"] (and an enumeration lists null). */
    private static ObjectNode nullable(ObjectNode o) {
        String type = o.get("type").asText();
        o.putArray("type").add(type).add("null");
        if (o.has("enum")) {
            ((ArrayNode) o.get("enum")).addNull();
        }
        return o;
    }

    private static ObjectNode constant(String value, String description) {
        ObjectNode o = string(description);
        o.put("const", value);
        return o;
    }

    private static ObjectNode enumeration(List<String> values, boolean nullable, String description) {
        ObjectNode o = string(description);
        ArrayNode e = o.putArray("enum");
        values.forEach(e::add);
        return nullable ? nullable(o) : o;
    }

    private static ObjectNode enumOf(Class<? extends Enum<?>> type, boolean nullable, String description) {
        return enumeration(List.of(names(type.getEnumConstants())), nullable, description);
    }

    private static ObjectNode array(ObjectNode items, String description) {
        ObjectNode o = typed("array", description);
        o.set("items", items);
        return o;
    }

    private static ObjectNode ref(String def) {
        return NODES.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static String resource(String name) {
        try (InputStream in = EvaluationSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
