package se.ioprules.json;

import static se.ioprules.json.Utf8Line.ascii;

import java.time.LocalDate;
import java.util.List;
import se.ioprules.api.Assessment;
import se.ioprules.api.Citation;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Indicator;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;

/**
 * The shape of a result line for {@link EvaluationJson#writeLineUtf8}: the same fields in the same order as the text
 * form {@link EvaluationJson#writeLine} (the compact tree; the tests compare the two), with the punctuation and field
 * names between two values written as one pre-encoded fragment. Texts from rule metadata (ids, titles, criterion ids, rule
 * names, fact paths, citations) go through the thread's table of pre-encoded texts; the rest is encoded each time.
 */
final class Utf8Lines {
    private Utf8Lines() {
    }

    private static final byte[] START = ascii("{\"format\":\"" + EvaluationJson.FORMAT + "\",\"partnershipId\":");
    private static final byte[] AS_OF = ascii(",\"asOf\":");
    private static final byte[] AS_OF_BASIS = ascii(",\"asOfBasis\":");
    private static final byte[] LANG_SV = ascii(",\"lang\":\"sv\",\"input\":{\"sha256\":");
    private static final byte[] LANG_EN = ascii(",\"lang\":\"en\",\"input\":{\"sha256\":");
    private static final byte[] FILE = ascii(",\"file\":");
    private static final byte[] LINE = ascii(",\"line\":");
    private static final byte[] ENGINE = ascii("},\"engine\":{\"name\":\"iop-rules\",\"version\":");
    private static final byte[] ASSESSMENT = ascii("},\"assessment\":{\"publicContract\":");
    private static final byte[] STATE_AID = ascii(",\"stateAid\":");
    private static final byte[] PUBLIC_CONTRACT_LEAN = ascii(",\"publicContractLean\":");
    private static final byte[] STATE_AID_LEAN = ascii(",\"stateAidLean\":");
    private static final byte[] PUBLIC_CONTRACT_WHY = ascii(",\"publicContractWhy\":");
    private static final byte[] STATE_AID_WHY = ascii(",\"stateAidWhy\":");
    private static final byte[] WHYS = ascii(",\"whys\":{\"publicContract\":{\"sv\":");
    private static final byte[] EN = ascii(",\"en\":");
    private static final byte[] WHYS_STATE_AID = ascii("},\"stateAid\":{\"sv\":");
    private static final byte[] DISAGREEMENTS = ascii("}},\"disagreements\":[");
    private static final byte[] QUESTION = ascii("{\"question\":");
    private static final byte[] RULE_SET = ascii(",\"ruleSet\":");
    private static final byte[] CRITERION = ascii(",\"criterion\":");
    private static final byte[] OUTCOME = ascii(",\"outcome\":");
    private static final byte[] MESSAGE = ascii(",\"message\":");
    private static final byte[] ANY_DOES_NOT_MEET = ascii("},\"anyDoesNotMeet\":");
    private static final byte[] ALL_RULE_SETS = ascii(",\"findingsIncluded\":\"all\",\"ruleSets\":[");
    private static final byte[] NOTABLE_RULE_SETS = ascii(",\"findingsIncluded\":\"notable\",\"ruleSets\":[");
    private static final byte[] END = ascii("]}");

    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] VERSION = ascii(",\"version\":");
    private static final byte[] TITLE = ascii(",\"title\":");
    private static final byte[] ISSUER = ascii(",\"issuer\":");
    private static final byte[] STATUS = ascii(",\"status\":");
    private static final byte[] EFFECTIVE_FROM = ascii(",\"effectiveFrom\":");
    private static final byte[] EFFECTIVE_TO = ascii(",\"effectiveTo\":");
    private static final byte[] SHA256 = ascii(",\"sha256\":");
    private static final byte[] EXTERNAL_LOCATION = ascii(",\"externalLocation\":");
    private static final byte[] DEPENDENCY = ascii(",\"dependency\":");
    private static final byte[] VERDICT = ascii(",\"verdict\":");
    private static final byte[] VERDICT_BASIS = ascii(",\"verdictBasis\":");
    private static final byte[] VERDICT_WHY = ascii(",\"verdictWhy\":");
    private static final byte[] VERDICT_WHYS = ascii(",\"verdictWhys\":{\"sv\":");
    private static final byte[][] COUNTS = counts();
    private static final byte[] PARAMETERS = ascii("},\"parameters\":[");
    private static final byte[] NAME = ascii("{\"name\":");
    private static final byte[] VALUE = ascii(",\"value\":");
    private static final byte[] VALID_FROM = ascii(",\"validFrom\":");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private static final byte[] OVERRIDDEN_TRUE = ascii(",\"overridden\":true}");
    private static final byte[] OVERRIDDEN_FALSE = ascii(",\"overridden\":false}");
    private static final byte[] FINDINGS = ascii("],\"findings\":[");

    private static final byte[] FINDING = ascii("{\"criterion\":");
    private static final byte[][] OUTCOMES = quoted(Outcome.values());
    private static final byte[] KIND = ascii(",\"kind\":");
    private static final byte[] CONCLUSION = ascii(",\"conclusion\":");
    private static final byte[] ELEMENT_TRUE = ascii(",\"element\":true,\"message\":");
    private static final byte[] ELEMENT_FALSE = ascii(",\"element\":false,\"message\":");
    private static final byte[] MESSAGES = ascii(",\"messages\":{\"sv\":");
    private static final byte[] BECAUSE_AFTER_MESSAGES = ascii("},\"because\":[");
    private static final byte[] BECAUSE = ascii(",\"because\":[");
    private static final byte[] MISSING_FACTS = ascii("],\"missingFacts\":[");
    private static final byte[] SOURCE_AFTER_LIST = ascii("],\"source\":");
    private static final byte[] SOURCES = ascii(",\"sources\":[");
    private static final byte[] SOURCES_AFTER_LIST = ascii("],\"sources\":[");
    private static final byte[] RULE = ascii("],\"rule\":");
    private static final byte[] INDICATORS = ascii(",\"indicators\":[");
    private static final byte[] DIRECTION = ascii(",\"direction\":");
    private static final byte[] STRENGTH = ascii(",\"strength\":");
    private static final byte[] FACT = ascii("{\"fact\":");
    private static final byte[] KNOWN_TRUE = ascii(",\"known\":true}");
    private static final byte[] KNOWN_FALSE = ascii(",\"known\":false}");
    private static final byte[] KEY = ascii("{\"key\":");
    private static final byte[] DOCUMENT = ascii(",\"document\":");
    private static final byte[] LOCATOR = ascii(",\"locator\":");
    private static final byte[] END_LIST_AND_OBJECT = ascii("]}");

    /** {@code },"counts":{"PASS":}, then {@code ,"FAIL":} and so on: the counts in the order of {@link Outcome}. */
    private static byte[][] counts() {
        Outcome[] values = Outcome.values();
        byte[][] out = new byte[values.length][];
        for (Outcome o : values) {
            out[o.ordinal()] = ascii((o.ordinal() == 0 ? "},\"counts\":{\"" : ",\"") + o.name() + "\":");
        }
        return out;
    }

    private static byte[][] quoted(Enum<?>[] values) {
        byte[][] out = new byte[values.length][];
        for (Enum<?> v : values) {
            out[v.ordinal()] = ascii("\"" + v.name() + "\"");
        }
        return out;
    }

    static void writeLine(Utf8Line out, Evaluation e, String lang, boolean notableOnly, String file, long line) {
        out.raw(START);
        out.string(e.partnershipId());
        out.raw(AS_OF);
        date(out, e.asOf());
        out.raw(AS_OF_BASIS);
        out.string(e.asOfBasis());
        out.raw("en".equalsIgnoreCase(lang) ? LANG_EN : LANG_SV);
        out.string(e.inputSha256());
        out.raw(FILE);
        out.string(file);
        out.raw(LINE);
        out.number(line);
        out.raw(ENGINE);
        out.string(e.engineVersion());
        out.raw(ASSESSMENT);
        Assessment a = e.assessment();
        name(out, a == null ? null : a.publicContract());
        out.raw(STATE_AID);
        name(out, a == null ? null : a.stateAid());
        if (a != null) {
            out.raw(PUBLIC_CONTRACT_LEAN);
            out.constant(a.publicContractLean().name());
            out.raw(STATE_AID_LEAN);
            out.constant(a.stateAidLean().name());
            LocalizedText contractWhy = a.publicContractWhy();
            LocalizedText aidWhy = a.stateAidWhy();
            String contract = contractWhy.in(lang);
            String aid = aidWhy.in(lang);
            out.raw(PUBLIC_CONTRACT_WHY);
            int contractFrom = out.position();
            out.string(contract);
            int contractTo = out.position();
            out.raw(STATE_AID_WHY);
            int aidFrom = out.position();
            out.string(aid);
            int aidTo = out.position();
            out.raw(WHYS);
            again(out, contractWhy.sv(), contract, contractFrom, contractTo);
            out.raw(EN);
            again(out, contractWhy.en(), contract, contractFrom, contractTo);
            out.raw(WHYS_STATE_AID);
            again(out, aidWhy.sv(), aid, aidFrom, aidTo);
            out.raw(EN);
            again(out, aidWhy.en(), aid, aidFrom, aidTo);
            out.raw(DISAGREEMENTS);
            boolean first = true;
            for (Assessment.Disagreement d : a.disagreements()) {
                if (!first) {
                    out.raw((byte) ',');
                }
                first = false;
                out.raw(QUESTION);
                out.string(d.question());
                out.raw(RULE_SET);
                out.constant(d.ruleSetId());
                out.raw(CRITERION);
                out.constant(d.criterionId());
                out.raw(OUTCOME);
                if (d.outcome() == null) {
                    out.nul();
                } else {
                    out.raw(OUTCOMES[d.outcome().ordinal()]);
                }
                out.raw(MESSAGE);
                out.string(d.message().in(lang));
                out.raw((byte) '}');
            }
            out.raw((byte) ']');
        }
        out.raw(ANY_DOES_NOT_MEET);
        out.bool(e.anyDoesNotMeet());
        out.raw(notableOnly ? NOTABLE_RULE_SETS : ALL_RULE_SETS);
        boolean first = true;
        for (RuleSetResult r : e.ruleSets()) {
            if (!first) {
                out.raw((byte) ',');
            }
            first = false;
            ruleSet(out, r, lang, notableOnly);
        }
        out.raw(END);
    }

    private static void ruleSet(Utf8Line out, RuleSetResult r, String lang, boolean notableOnly) {
        RuleSetInfo info = r.ruleSet();
        out.raw(ID);
        out.constant(info.id());
        out.raw(VERSION);
        out.constant(info.version());
        out.raw(TITLE);
        out.constant(info.title());
        out.raw(ISSUER);
        out.constant(info.issuer());
        out.raw(STATUS);
        name(out, info.status());
        out.raw(EFFECTIVE_FROM);
        date(out, info.effectiveFrom());
        out.raw(EFFECTIVE_TO);
        date(out, info.effectiveTo());
        out.raw(SHA256);
        out.constant(info.sha256());
        if (info.location() != null && !info.location().startsWith("classpath:")) {
            out.raw(EXTERNAL_LOCATION);
            out.string(info.location());
        }
        out.raw(DEPENDENCY);
        out.bool(r.dependency());
        out.raw(VERDICT);
        out.constant(r.verdict().name());
        out.raw(VERDICT_BASIS);
        out.constant(r.verdictBasis().name());
        LocalizedText why = r.verdictWhy();
        String inLang = why.in(lang);
        out.raw(VERDICT_WHY);
        int from = out.position();
        out.string(inLang);
        int to = out.position();
        out.raw(VERDICT_WHYS);
        again(out, why.sv(), inLang, from, to);
        out.raw(EN);
        again(out, why.en(), inLang, from, to);
        List<Finding> findings = r.findings();
        int[] n = new int[COUNTS.length];
        for (int i = 0, size = findings.size(); i < size; i++) {
            n[findings.get(i).outcome().ordinal()]++;
        }
        for (int i = 0; i < n.length; i++) {
            out.raw(COUNTS[i]);
            out.number(n[i]);
        }
        out.raw(PARAMETERS);
        boolean first = true;
        for (ParameterValue p : r.parameters()) {
            if (!first) {
                out.raw((byte) ',');
            }
            first = false;
            out.raw(NAME);
            out.constant(p.name());
            out.raw(VALUE);
            out.number(p.value());
            out.raw(VALID_FROM);
            date(out, p.validFrom());
            out.raw(SOURCE);
            out.constant(p.source());
            out.raw(p.overridden() ? OVERRIDDEN_TRUE : OVERRIDDEN_FALSE);
        }
        out.raw(FINDINGS);
        first = true;
        for (int i = 0, size = findings.size(); i < size; i++) {
            Finding f = findings.get(i);
            if (!notableOnly || EvaluationJson.notable(f)) {
                if (!first) {
                    out.raw((byte) ',');
                }
                first = false;
                finding(out, f, lang);
            }
        }
        out.raw(END_LIST_AND_OBJECT);
    }

    private static void finding(Utf8Line out, Finding f, String lang) {
        out.raw(FINDING);
        out.constant(f.criterionId());
        out.raw(OUTCOME);
        out.raw(OUTCOMES[f.outcome().ordinal()]);
        out.raw(KIND);
        out.constant(f.kind().name());
        out.raw(CONCLUSION);
        out.constant(f.conclusion());
        out.raw(f.element() ? ELEMENT_TRUE : ELEMENT_FALSE);
        LocalizedText text = f.message();
        String message = text.in(lang);
        int from = out.position();
        out.string(message);
        int to = out.position();
        out.raw(MESSAGES);
        again(out, text.sv(), message, from, to);
        out.raw(EN);
        again(out, text.en(), message, from, to);
        out.raw(BECAUSE_AFTER_MESSAGES);
        because(out, f.because());
        out.raw(MISSING_FACTS);
        boolean first = true;
        for (String m : f.missingFacts()) {
            if (!first) {
                out.raw((byte) ',');
            }
            first = false;
            out.constant(m);
        }
        out.raw(SOURCE_AFTER_LIST);
        List<Citation> sources = f.sources();
        if (sources.isEmpty()) {
            out.nul();
        } else {
            citation(out, sources.get(0));
        }
        out.raw(SOURCES);
        citations(out, sources);
        out.raw(RULE);
        out.constant(f.rule());
        if (!f.indicators().isEmpty()) {
            out.raw(INDICATORS);
            first = true;
            for (Indicator i : f.indicators()) {
                if (!first) {
                    out.raw((byte) ',');
                }
                first = false;
                out.raw(ID);
                out.constant(i.id());
                out.raw(DIRECTION);
                out.constant(i.direction().name());
                out.raw(STRENGTH);
                out.constant(i.strength().name());
                out.raw(MESSAGE);
                out.string(i.message().in(lang));
                out.raw(BECAUSE);
                because(out, i.because());
                out.raw(SOURCES_AFTER_LIST);
                citations(out, i.sources());
                out.raw(END_LIST_AND_OBJECT);
            }
            out.raw((byte) ']');
        }
        out.raw((byte) '}');
    }

    /**
     * {@code s}, which is often the very text written from {@code from} to {@code to} (a message in the output language
     * and then in both): then its bytes are copied rather than encoded again.
     */
    private static void again(Utf8Line out, String s, String written, int from, int to) {
        if (s == written) {
            out.copy(from, to);
        } else {
            out.string(s);
        }
    }

    /** The facts of a {@code because} list, without its brackets. */
    private static void because(Utf8Line out, List<FactValue> because) {
        for (int i = 0, size = because.size(); i < size; i++) {
            FactValue v = because.get(i);
            if (i > 0) {
                out.raw((byte) ',');
            }
            out.raw(FACT);
            out.constant(v.path()); // fact paths come from the rules' patterns and the schema
            out.raw(VALUE);
            out.string(v.value());
            out.raw(v.known() ? KNOWN_TRUE : KNOWN_FALSE);
        }
    }

    /** The citations of a {@code sources} list, without its brackets. */
    private static void citations(Utf8Line out, List<Citation> sources) {
        for (int i = 0, size = sources.size(); i < size; i++) {
            if (i > 0) {
                out.raw((byte) ',');
            }
            citation(out, sources.get(i));
        }
    }

    private static void citation(Utf8Line out, Citation c) {
        out.citation(c, KEY, DOCUMENT, LOCATOR);
    }

    private static void name(Utf8Line out, Enum<?> v) {
        if (v == null) {
            out.nul();
        } else {
            out.constant(v.name());
        }
    }

    private static void date(Utf8Line out, LocalDate d) {
        if (d == null) {
            out.nul();
        } else {
            out.string(d.toString());
        }
    }
}
