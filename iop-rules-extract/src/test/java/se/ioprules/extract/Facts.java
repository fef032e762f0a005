package se.ioprules.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * Partnership facts as comparable leaves, for scoring: "term.endDate" = "2020-12-31", a set element
 * "agreement.sanctionClauses=VITE" = "true", a party's field "parties[212000-1322].sector" (keyed by organisation
 * number), a contribution's "resources.contributions[kommun:MONEY].valueSek". Sources and the full text are left out.
 */
final class Facts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Facts() {
    }

    static Map<String, String> leaves(Partnership p) {
        Map<String, String> out = new TreeMap<>();
        try {
            walk(JSON.readTree(PartnershipJson.write(p)), "", out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void walk(JsonNode n, String path, Map<String, String> out) {
        if (path.equals("factSources") || path.equals("agreement.agreementText") || path.equals("id")) {
            return;
        }
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (JsonNode e : n) {
                if (path.equals("parties")) {
                    walk(e, "parties[" + e.path("orgNumber").asText(e.path("id").asText()) + "]", out);
                } else if (path.equals("resources.contributions")) {
                    walk(e, "resources.contributions[" + e.path("partyId").asText() + ":" + e.path("kind").asText() + "]",
                            out);
                } else if (e.isValueNode()) {
                    out.put(path + "=" + e.asText(), "true");
                } else {
                    walk(e, path + "[]", out);
                }
            }
        } else if (!n.isNull()) {
            String v = n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asText();
            if (path.endsWith("].id") || path.endsWith("].partyId") || path.endsWith("].kind")) {
                return; // part of the key
            }
            out.put(path, v);
        }
    }

    /** @return the fact a leaf belongs to, for the per-fact table: keys and set elements removed */
    static String fact(String leaf) {
        return leaf.replaceAll("\\[[^\\]]*\\]", "[]").replaceAll("=.*$", "");
    }
}
