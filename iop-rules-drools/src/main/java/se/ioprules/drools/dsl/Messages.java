package se.ioprules.drools.dsl;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.api.FactValue;
import se.ioprules.api.LocalizedText;

/**
 * A rule set's messages ({@code messages_sv.properties}, {@code messages_en.properties}), keyed
 * {@code <criterion>.<messageKey>}. A message may name fact paths in braces, e.g.
 * "Avtalet löper {derived.durationMonths} månader", which are filled with the values at evaluation time.
 *
 * @param sv Swedish messages
 * @param en English messages
 */
public record Messages(Map<String, String> sv, Map<String, String> en) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\[\\]-]+)}");

    public Messages {
        sv = Map.copyOf(sv);
        en = Map.copyOf(en);
    }

    /**
     * @param key full key
     * @param because resolved facts (used for placeholders first)
     * @param resolver resolves other placeholders
     * @return the text in both languages; a visible marker if the key is missing (lint and tests catch this)
     */
    public LocalizedText format(String key, List<FactValue> because, Function<String, FactValue> resolver) {
        String s = sv.get(key);
        String e = en.get(key);
        return new LocalizedText(s == null ? "[meddelande saknas: " + key + "]" : fill(s, because, resolver),
                e == null ? "[missing message: " + key + "]" : fill(e, because, resolver));
    }

    private static String fill(String template, List<FactValue> because, Function<String, FactValue> resolver) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String path = m.group(1);
            String value = null;
            for (FactValue f : because) {
                if (f.path().equals(path)) {
                    value = f.value();
                }
            }
            if (value == null) {
                value = resolver.apply(path).value();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
