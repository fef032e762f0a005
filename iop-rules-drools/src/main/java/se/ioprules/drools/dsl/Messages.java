package se.ioprules.drools.dsl;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.api.FactValue;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.facts.FactText;

/**
 * A rule set's messages ({@code messages_sv.properties}, {@code messages_en.properties}), keyed
 * {@code <criterion>.<messageKey>}. A message may name fact paths in braces, e.g.
 * "Avtalet löper {derived.durationMonths} månader", which are filled with the values at evaluation time (yes/no,
 * unknown and missing in the message's language, see {@link #inProse}). {@code {party}} names the party a party-level
 * finding is about (see {@link #party}).
 *
 * @param sv Swedish messages
 * @param en English messages
 */
public record Messages(Map<String, String> sv, Map<String, String> en) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\[\\]-]+)}");
    /**
     * Message texts split at their placeholders, once per text: filling a message is then appending its parts,
     * with no regular expression per finding. Keyed by the text itself, so it is bounded by the messages loaded.
     */
    private static final Map<String, Template> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern PARTY_PATH = Pattern.compile("^parties\\[([^\\]]+)]");
    /** The placeholder for the party a party-level finding is about. */
    public static final String PARTY = "party";
    static final String NO_PARTY_SV = "[ingen part i underlaget]";
    static final String NO_PARTY_EN = "[no party in the facts]";

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
        String criterion = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return new LocalizedText(s == null ? "[meddelande saknas: " + key + "]"
                        : fill(s, true, because, resolver, code -> sv.get(criterion + VALUE + code)),
                e == null ? "[missing message: " + key + "]"
                        : fill(e, false, because, resolver, code -> en.get(criterion + VALUE + code)));
    }

    /**
     * Infix of the message keys that name a criterion's own codes in words ({@code <criterion>.value.<CODE>}), for
     * codes its rules report in detail values, e.g. {@code amn-steering-group.value.JOINT_DECISIONS}.
     */
    public static final String VALUE = ".value.";

    /**
     * A message text split at its placeholders: {@code literals[0] {paths[0]} literals[1] … literals[n]}.
     *
     * @param literals the text around the placeholders, one more than the placeholders
     * @param paths the placeholders' fact paths, in order
     */
    private record Template(String[] literals, String[] paths) {
        static Template of(String text) {
            Template t = TEMPLATES.get(text);
            if (t == null) {
                t = parse(text);
                TEMPLATES.putIfAbsent(text, t);
            }
            return t;
        }

        private static Template parse(String text) {
            List<String> literals = new java.util.ArrayList<>();
            List<String> paths = new java.util.ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int last = 0;
            while (m.find()) {
                literals.add(text.substring(last, m.start()));
                paths.add(m.group(1));
                last = m.end();
            }
            literals.add(text.substring(last));
            return new Template(literals.toArray(String[]::new), paths.toArray(String[]::new));
        }
    }

    private static String fill(String template, boolean sv, List<FactValue> because, Function<String, FactValue> resolver,
            Function<String, String> words) {
        Template t = Template.of(template);
        if (t.paths().length == 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 64);
        for (int i = 0; i < t.paths().length; i++) {
            sb.append(t.literals()[i]);
            String path = t.paths()[i];
            if (path.equals(PARTY)) {
                sb.append(party(sv, because, resolver));
                continue;
            }
            FactValue value = null;
            for (FactValue f : because) {
                if (f.path().equals(path)) {
                    value = f;
                }
            }
            if (value == null) {
                value = resolver.apply(path);
            }
            sb.append(inProse(path, value, sv, words));
        }
        sb.append(t.literals()[t.paths().length]);
        return sb.toString();
    }

    /**
     * The party a party-level finding is about: the name (else the id) of the party in the finding's first
     * {@code parties[<id>]…} fact. A finding without such a fact shows {@value #NO_PARTY_SV} / {@value #NO_PARTY_EN},
     * which the rule-set invariant tests reject.
     */
    private static String party(boolean sv, List<FactValue> because, Function<String, FactValue> resolver) {
        for (FactValue f : because) {
            Matcher m = PARTY_PATH.matcher(f.path());
            if (m.find()) {
                FactValue name = resolver.apply("parties[" + m.group(1) + "].name");
                return name.known() ? name.value() : m.group(1);
            }
        }
        return sv ? NO_PARTY_SV : NO_PARTY_EN;
    }

    /**
     * A value as it reads in a sentence: yes/no/unknown/missing in the message's language instead of the enum and
     * null spellings, the fact model's enum constants as words and lists joined as text ({@link FactText}); the
     * finding's {@code because} list keeps the raw values. Numbers, dates and free text stay as they are.
     */
    static String inProse(String path, FactValue f, boolean sv, Function<String, String> words) {
        if (!f.known()) {
            return "UNKNOWN".equals(f.value()) ? (sv ? "okänt" : "unknown") : (sv ? "saknas" : "missing");
        }
        return FactText.prose(path, f.value(), sv ? "sv" : "en", words);
    }
}
