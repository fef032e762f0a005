package se.ioprules.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;

/** Keys that identify a finding across evaluations: the criterion, and the party for per-party criteria. */
final class DiffKeys {
    private static final Pattern PARTY = Pattern.compile("^parties\\[([^\\]]+)]");

    private DiffKeys() {
    }

    /**
     * @param f a finding
     * @return the id of the party it is about (the first {@code parties[<id>]} fact it cites), or null
     */
    static String party(Finding f) {
        for (FactValue v : f.because()) {
            Matcher m = PARTY.matcher(v.path());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * @param findings a rule set's findings
     * @return them by key {@code criterionId} or {@code criterionId[partyId]} (a repeated key gets {@code #2}, …)
     */
    static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            String party = party(f);
            String key = party == null ? f.criterionId() : f.criterionId() + "[" + party + "]";
            String k = key;
            for (int n = 2; out.containsKey(k); n++) {
                k = key + "#" + n;
            }
            out.put(k, f);
        }
        return out;
    }
}
