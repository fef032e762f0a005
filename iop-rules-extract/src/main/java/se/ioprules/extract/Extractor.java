package se.ioprules.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.InvalidJsonException;
import se.ioprules.json.JsonProblem;
import se.ioprules.json.PartnershipJson;

/**
 * Reads an agreement and suggests facts: {@code extract(file, base)} gives the base partnership with every
 * suggestion added and sourced, the conflicts, and what the base already says.
 * <p>Rules: a fact of the base is never overwritten (a clause that says otherwise is a {@link Conflict}); clauses of
 * the document that disagree with each other are a conflict and none of them is suggested; a suggestion that would
 * make the facts invalid (e.g. a signing date after the term's end) is reported as a conflict with the reader's
 * message and left out. Every suggestion gets a {@code factSources} entry with basis {@link FactBasis#EXTRACTED}.
 */
public final class Extractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A quote in a reference is cut to this many characters. */
    static final int MAX_QUOTE = 300;

    private final DocumentReader reader;

    /** @param limits the bounds for reading documents */
    public Extractor(ExtractLimits limits) {
        this.reader = new DocumentReader(limits);
    }

    /**
     * @param file the agreement (.docx, .pdf, .txt, .md)
     * @param base facts already known, never overwritten; null for none
     * @return the suggestions merged into the base
     * @throws ExtractException if the document cannot be read within the limits
     */
    public Extraction extract(Path file, Partnership base) throws ExtractException {
        return extract(reader.read(file), base);
    }

    /**
     * @param doc a document already read
     * @param base facts already known, never overwritten; null for none
     * @return the suggestions merged into the base
     */
    public static Extraction extract(AgreementDocument doc, Partnership base) {
        List<Suggestion> found = ClauseFinders.find(doc);
        List<Conflict> conflicts = new ArrayList<>();
        List<Suggestion> agreeing = new ArrayList<>();
        // group by fact: one value (perhaps several quotes) is a suggestion; several values are a conflict
        Map<String, List<Suggestion>> byKey = new LinkedHashMap<>();
        for (Suggestion s : found) {
            byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        }
        List<Suggestion> single = new ArrayList<>();
        for (List<Suggestion> group : byKey.values()) {
            List<Object> values = group.stream().map(s -> norm(s.value())).distinct().toList();
            if (values.size() > 1) {
                conflicts.add(new Conflict(group.get(0).path(), null, distinctValues(group),
                        "klausulerna säger olika | the clauses disagree"));
            } else {
                Suggestion first = group.get(0);
                double c = Math.min(1.0, first.confidence() + (group.size() > 1 ? 0.05 : 0));
                single.add(new Suggestion(first.path(), first.value(), first.quote(), first.block(), c));
            }
        }
        ObjectNode tree = base == null ? JSON.createObjectNode() : (ObjectNode) read(PartnershipJson.write(base));
        List<Suggestion> accepted = new ArrayList<>();
        for (Suggestion s : single) {
            Object baseValue = baseValue(tree, s);
            if (baseValue == null) {
                accepted.add(s);
            } else if (baseValue.equals(Boolean.TRUE) && s.path().endsWith("[]")) {
                agreeing.add(s);
            } else if (Objects.equals(baseValue, norm(s.value()))) {
                agreeing.add(s);
            } else {
                conflicts.add(new Conflict(s.path(), baseValue, List.of(s),
                        "underlaget (--base) säger annat | the base facts say otherwise"));
            }
        }
        dropOrphans(accepted, tree, conflicts);
        addText(tree, doc);
        // apply, and drop what the strict reader refuses (reported with its message), until the facts are valid
        for (int round = 0; ; round++) {
            ObjectNode merged = tree.deepCopy();
            for (Suggestion s : accepted) {
                apply(merged, s, doc.fileName());
            }
            try {
                Partnership p = PartnershipJson.read(JSON.writeValueAsString(merged));
                return new Extraction(doc, p, accepted, conflicts, agreeing);
            } catch (InvalidJsonException e) {
                List<Suggestion> bad = new ArrayList<>();
                for (JsonProblem pr : e.problems()) {
                    String path = pr.path().startsWith("$.") ? pr.path().substring(2) : pr.path();
                    for (Suggestion s : accepted) {
                        if (related(jsonPath(s), path) && !bad.contains(s)) {
                            bad.add(s);
                            conflicts.add(new Conflict(s.path(), null, List.of(s),
                                    "ger ogiltiga uppgifter | makes the facts invalid: " + pr.message()));
                        }
                    }
                }
                if (bad.isEmpty() || round > 20) {
                    throw new IllegalStateException("extracted facts are invalid: " + e.getMessage(), e);
                }
                accepted.removeAll(bad);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Suggestion> distinctValues(List<Suggestion> group) {
        Map<Object, Suggestion> one = new LinkedHashMap<>();
        for (Suggestion s : group) {
            one.putIfAbsent(norm(s.value()), s);
        }
        return List.copyOf(one.values());
    }

    /**
     * The whole text goes into {@code agreement.agreementText} (unless the base has one), one block a line, so that
     * the rule sets that read the wording (SKL's word table) read the document itself, and a hit's line number is
     * the block's number ("st. N" in the references).
     */
    private static void addText(ObjectNode tree, AgreementDocument doc) {
        JsonNode existing = tree.path("agreement").path("agreementText");
        if (!existing.isMissingNode() && !existing.isNull() && !existing.asText().isBlank()) {
            return;
        }
        String text = doc.text();
        if (text.isBlank()) {
            return;
        }
        object(tree, "agreement").put("agreementText", text);
        array(tree, "factSources").add(JSON.createObjectNode()
                .put("path", "agreement.agreementText")
                .put("basis", FactBasis.EXTRACTED.name())
                .put("reference", doc.fileName() + ": hela texten, ett stycke per rad (rad N = st. N) | the whole "
                        + "text, one block a line (line N = block N); " + doc.blocks().size() + " st."));
    }

    /** A contribution of a party the merge does not add has no party to belong to. */
    private static void dropOrphans(List<Suggestion> accepted, ObjectNode tree, List<Conflict> conflicts) {
        List<String> ids = new ArrayList<>();
        tree.path("parties").forEach(p -> ids.add(p.path("id").asText()));
        accepted.stream().filter(s -> s.path().startsWith("parties[")).forEach(s -> ids.add(
                (String) ((Map<?, ?>) s.value()).get("id")));
        accepted.removeIf(s -> {
            if (s.path().startsWith("resources.contributions[")
                    && !ids.contains((String) ((Map<?, ?>) s.value()).get("partyId"))) {
                conflicts.add(new Conflict(s.path(), null, List.of(s),
                        "parten finns inte bland uppgifterna | the party is not among the facts"));
                return true;
            }
            return false;
        });
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".")
                || b.startsWith(a + "[");
    }

    /** The JSON path a suggestion writes to (lists by index are unknown before merging: their name suffices). */
    private static String jsonPath(Suggestion s) {
        String p = s.sourcePath();
        int i = p.indexOf('[');
        return i < 0 ? p : p.substring(0, i);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object norm(Object v) {
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i).stripTrailingZeros();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, x) -> c.put((String) k, norm(x)));
            return c;
        }
        return v;
    }

    /**
     * @return what the base says at the suggestion's path (normalised as {@link #norm}), or null when it says
     *     nothing; for a set element, TRUE when the base's set holds it, the set itself when it is recorded without it
     */
    private static Object baseValue(ObjectNode tree, Suggestion s) {
        String path = s.sourcePath();
        if (path.startsWith("parties[")) {
            JsonNode parties = tree.path("parties");
            if (!parties.isArray() || parties.isEmpty()) {
                return null;
            }
            Map<?, ?> v = (Map<?, ?>) s.value();
            for (JsonNode p : parties) {
                if (v.get("orgNumber").equals(p.path("orgNumber").asText(null))) {
                    return Objects.equals(p.path("sector").asText(null), v.get("sector")) ? norm(s.value())
                            : "sector " + p.path("sector").asText();
                }
            }
            return "parties recorded without org. nr " + v.get("orgNumber");
        }
        if (path.startsWith("resources.contributions[")) {
            JsonNode cs = tree.path("resources").path("contributions");
            return cs.isArray() && !cs.isEmpty() ? "contributions already recorded" : null;
        }
        JsonNode n = tree;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        if (n.isMissingNode() || n.isNull() || (n.isArray() && n.isEmpty()) || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        if (s.path().endsWith("[]")) {
            for (JsonNode e : n) {
                if (e.asText().equals(s.value())) {
                    return Boolean.TRUE;
                }
            }
            return n.toString();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros();
        }
        return n.asText();
    }

    private static void apply(ObjectNode tree, Suggestion s, String file) {
        String path = s.sourcePath();
        if (path.startsWith("parties[")) {
            array(tree, "parties").add(JSON.<JsonNode>valueToTree(s.value()));
        } else if (path.startsWith("resources.contributions[")) {
            ObjectNode r = object(tree, "resources");
            array(r, "contributions").add(JSON.<JsonNode>valueToTree(s.value()));
        } else {
            String[] parts = path.split("\\.");
            ObjectNode o = tree;
            for (int i = 0; i < parts.length - 1; i++) {
                o = object(o, parts[i]);
            }
            String last = parts[parts.length - 1];
            if (s.path().endsWith("[]")) {
                array(o, last).add((String) s.value());
            } else {
                o.set(last, JSON.<JsonNode>valueToTree(s.value()));
            }
        }
        array(tree, "factSources").add(JSON.createObjectNode()
                .put("path", path)
                .put("basis", FactBasis.EXTRACTED.name())
                .put("reference", reference(s, file)));
    }

    /** The reference of a factSources entry: file, place, the quoted words and the confidence. */
    public static String reference(Suggestion s, String file) {
        String q = s.quote().length() > MAX_QUOTE ? s.quote().substring(0, MAX_QUOTE - 1) + "…" : s.quote();
        String value = s.path().endsWith("[]") ? " (" + s.value() + ")" : "";
        return String.format(Locale.ROOT, "%s, %s: ”%s”%s; säkerhet | confidence %.2f; utläst, ej bekräftad | "
                + "extracted, unconfirmed", file, s.block().where(), q, value, s.confidence());
    }

    private static ObjectNode object(ObjectNode o, String name) {
        JsonNode n = o.get(name);
        if (n instanceof ObjectNode on) {
            return on;
        }
        return o.putObject(name);
    }

    private static ArrayNode array(ObjectNode o, String name) {
        JsonNode n = o.get(name);
        if (n instanceof ArrayNode an) {
            return an;
        }
        return o.putArray(name);
    }
}
