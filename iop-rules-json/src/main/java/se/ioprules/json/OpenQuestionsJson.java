package se.ioprules.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Tri;

/**
 * Open questions as JSON ({@code iop-rules questions}): {@code {"questions": [{"fact", "facts", "ask": {sv, en},
 * "settles", "settlesForSome", "answers": [{"value", "label": {sv, en}, "with", "publicContract", "stateAid",
 * "verdicts": {id: verdict}, "settles"}]}], "unsettled": [{"outcome", "why"}], ...}}. A value is written as in the
 * input JSON: {@code true}/{@code false} for tri-state and boolean facts, the constant for an enum, a number.
 */
public final class OpenQuestionsJson {
    /** The value of the {@code format} member. */
    public static final String FORMAT = "iop-rules-questions/1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private OpenQuestionsJson() {
    }

    /**
     * {@return the JSON text, pretty-printed, ending in a newline}
     *
     * @param q the questions
     * @param lang the language of {@code why} texts that are given in one language only ("sv" or "en")
     */
    public static String write(OpenQuestions q, String lang) {
        return EvaluationJson.write(toTree(q, lang), true);
    }

    /**
     * {@return the JSON tree}
     *
     * @param q the questions
     * @param lang "sv" or "en": the language of the plain {@code message} members (both languages are always given)
     */
    public static ObjectNode toTree(OpenQuestions q, String lang) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("asOf", q.asOf() == null ? null : q.asOf().toString());
        root.set("current", outcomes(q.current()));
        ArrayNode questions = root.putArray("questions");
        for (OpenQuestion x : q.questions()) {
            ObjectNode o = questions.addObject();
            o.put("fact", x.fact());
            if (x.facts().size() > 1) {
                ArrayNode facts = o.putArray("facts");
                x.facts().forEach(facts::add);
            }
            o.set("ask", text(x.ask()));
            o.put("message", x.ask().in(lang));
            strings(o.putArray("settles"), x.settles());
            strings(o.putArray("settlesForSome"), x.settlesForSome());
            ArrayNode answers = o.putArray("answers");
            for (OpenQuestion.Answer a : x.answers()) {
                ObjectNode ao = answers.addObject();
                OpenQuestion.Value first = a.values().get(0);
                value(ao, "value", first.value());
                ao.set("label", text(first.label()));
                if (a.values().size() > 1) {
                    ArrayNode with = ao.putArray("with");
                    for (OpenQuestion.Value v : a.values().subList(1, a.values().size())) {
                        ObjectNode w = with.addObject();
                        w.put("fact", v.fact());
                        value(w, "value", v.value());
                        w.set("label", text(v.label()));
                    }
                }
                ObjectNode out = outcomes(a.outcomes());
                out.fields().forEachRemaining(e -> ao.set(e.getKey(), e.getValue()));
                strings(ao.putArray("settles"), a.settles());
            }
        }
        ArrayNode unsettled = root.putArray("unsettled");
        for (OpenQuestions.Unsettled u : q.unsettled()) {
            ObjectNode o = unsettled.addObject();
            o.put("outcome", u.outcome());
            o.set("why", text(u.why()));
        }
        root.put("omitted", q.omitted());
        root.put("evaluations", q.evaluations());
        return root;
    }

    private static ObjectNode outcomes(OpenQuestions.Outcomes o) {
        ObjectNode n = NODES.objectNode();
        n.put("publicContract", o.publicContract().name());
        n.put("stateAid", o.stateAid().name());
        ObjectNode v = n.putObject("verdicts");
        for (Map.Entry<String, Verdict> e : o.verdicts().entrySet()) {
            v.put(e.getKey(), e.getValue().name());
        }
        return n;
    }

    private static void value(ObjectNode o, String name, Object value) {
        if (value instanceof Tri t) {
            o.put(name, t == Tri.TRUE);
        } else if (value instanceof Boolean b) {
            o.put(name, b);
        } else if (value instanceof Integer i) {
            o.put(name, i);
        } else if (value instanceof BigDecimal d) {
            o.put(name, d);
        } else if (value instanceof Enum<?> e) {
            o.put(name, e.name());
        } else {
            o.put(name, String.valueOf(value));
        }
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode n = NODES.objectNode();
        n.put("sv", t.sv());
        n.put("en", t.en());
        return n;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
