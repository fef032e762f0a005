package se.ioprules.drools.dsl;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.api.FactValue;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.facts.FactText;
import se.ioprules.drools.internal.FactResolver;

/**
 * A rule set's messages ({@code messages_sv.properties}, {@code messages_en.properties}), keyed
 * {@code <criterion>.<messageKey>}. A message may name fact paths in braces, e.g.
 * "Avtalet löper {derived.durationMonths} månader", which are filled with the values at evaluation time (yes/no,
 * unknown and missing in the message's language, see {@link #inProse}). {@code {party}} names the party a party-level
 * finding is about (see {@link #party}). Immutable; the messages prepared for findings ({@link #prepared}) are kept
 * per key, so a finding pays neither a lookup of its texts nor the search for its criterion's words.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\[\\]-]+)}");
    /**
     * Message texts split at their placeholders, once per text: filling a message is then appending its parts,
     * with no regular expression per finding. Keyed by the text itself, so it is bounded by the messages loaded.
     */
    private static final Map<String, Template> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();
    /** A criterion without words of its own for codes. */
    private static final Function<String, String> NO_WORDS = code -> null;
    /** The placeholder for the party a party-level finding is about. */
    public static final String PARTY = "party";
    static final String NO_PARTY_SV = "[ingen part i underlaget]";
    static final String NO_PARTY_EN = "[no party in the facts]";
    private static final String PARTIES = "parties[";
    /**
     * Facts whose value is a list of party ids: a message shows the parties' names ({@link #partyNames}), the
     * finding's {@code because} keeps the ids.
     */
    static final java.util.Set<String> PARTY_ID_LISTS = java.util.Set.of("derived.partiesWithoutContribution");

    private final Map<String, String> sv;
    private final Map<String, String> en;
    /** Prepared messages by full key; bounded by the keys rules use. */
    private final Map<String, Prepared> prepared = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param sv Swedish messages @param en English messages */
    public Messages(Map<String, String> sv, Map<String, String> en) {
        this.sv = Map.copyOf(sv);
        this.en = Map.copyOf(en);
    }

    /** @return Swedish messages by key */
    public Map<String, String> sv() {
        return sv;
    }

    /** @return English messages by key */
    public Map<String, String> en() {
        return en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && sv.equals(m.sv) && en.equals(m.en);
    }

    @Override
    public int hashCode() {
        return 31 * sv.hashCode() + en.hashCode();
    }

    @Override
    public String toString() {
        return "Messages[sv=" + sv + ", en=" + en + "]";
    }

    /**
     * @param key full key ({@code <criterion>.<messageKey>})
     * @return the message in both languages split at its placeholders, with its criterion's words for codes; made
     *     once per key
     */
    public Prepared prepared(String key) {
        Prepared p = prepared.get(key);
        if (p == null) {
            String criterion = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            p = new Prepared(this, key, sv.get(key), en.get(key), words(sv, criterion), words(en, criterion));
            prepared.putIfAbsent(key, p);
        }
        return p;
    }

    /** A criterion's words for its codes: {@code <criterion>.value.<CODE>} → text, by code. */
    private static Map<String, String> words(Map<String, String> texts, String criterion) {
        String prefix = criterion + VALUE;
        Map<String, String> out = new java.util.HashMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out.isEmpty() ? Map.of() : out;
    }

    /**
     * One message prepared for filling: both texts split at their placeholders and the words of its criterion.
     * Filling gives what {@link Messages#format} gives for the same key.
     */
    public static final class Prepared {
        private final Messages owner;
        private final String key;
        private final String svText;
        private final String enText;
        private final Template svTemplate;
        private final Template enTemplate;
        private final Function<String, String> svWords;
        private final Function<String, String> enWords;

        Prepared(Messages owner, String key, String svText, String enText, Map<String, String> svWords,
                Map<String, String> enWords) {
            this.owner = owner;
            this.key = key;
            this.svText = svText;
            this.enText = enText;
            this.svTemplate = svText == null ? null : Template.of(svText);
            this.enTemplate = enText == null ? null : Template.of(enText);
            this.svWords = svWords.isEmpty() ? NO_WORDS : svWords::get;
            this.enWords = enWords.isEmpty() ? NO_WORDS : enWords::get;
        }

        /** @param messages a rule set's messages @return whether this message was prepared from them */
        public boolean of(Messages messages) {
            return owner == messages;
        }

        /**
         * @param because resolved facts (used for placeholders first)
         * @param resolver resolves other placeholders
         * @return the text in both languages
         */
        public LocalizedText format(List<FactValue> because, Function<String, FactValue> resolver) {
            return new LocalizedText(sv(because, resolver), en(because, resolver));
        }

        /** @param because resolved facts @param resolver resolves other placeholders @return the Swedish text */
        public String sv(List<FactValue> because, Function<String, FactValue> resolver) {
            return svText == null ? "[meddelande saknas: " + key + "]"
                    : fill(svText, svTemplate, true, because, resolver, svWords);
        }

        /** @param because resolved facts @param resolver resolves other placeholders @return the English text */
        public String en(List<FactValue> because, Function<String, FactValue> resolver) {
            return enText == null ? "[missing message: " + key + "]"
                    : fill(enText, enTemplate, false, because, resolver, enWords);
        }
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
    record Template(String[] literals, String[] paths) {
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
                // interned, as the paths rules name are (string constants): the same fact is then the same object
                paths.add(m.group(1).intern());
                last = m.end();
            }
            literals.add(text.substring(last));
            return new Template(literals.toArray(String[]::new), paths.toArray(String[]::new));
        }
    }

    private static String fill(String template, boolean sv, List<FactValue> because, Function<String, FactValue> resolver,
            Function<String, String> words) {
        return fill(template, Template.of(template), sv, because, resolver, words);
    }

    private static String fill(String template, Template t, boolean sv, List<FactValue> because,
            Function<String, FactValue> resolver, Function<String, String> words) {
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
            int hash = path.hashCode();
            for (FactValue f : because) {
                String p = f.path();
                // most paths differ: their cached hashes tell so without comparing the texts
                if (p == path || p.hashCode() == hash && p.equals(path)) {
                    value = f;
                }
            }
            if (value == null) {
                value = resolver.apply(path);
            }
            if (value.known() && PARTY_ID_LISTS.contains(path)) {
                sb.append(partyNames(value.value(), sv, resolver));
                continue;
            }
            if (words == NO_WORDS && resolver instanceof FactResolver r) {
                // the same fact in several messages of an evaluation reads the same: worded once per language
                String[] memo = r.proseMemo(value);
                int lang = sv ? 0 : 1;
                String text = memo[lang];
                if (text == null) {
                    text = inProse(path, value, sv, words);
                    memo[lang] = text;
                }
                sb.append(text);
            } else {
                sb.append(inProse(path, value, sv, words));
            }
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
            // the first "parties[<id>]…" path (an id runs to the first ']', and is not empty)
            String path = f.path();
            int close = path.startsWith(PARTIES) ? path.indexOf(']', PARTIES.length()) : -1;
            if (close > PARTIES.length()) {
                String id = path.substring(PARTIES.length(), close);
                FactValue name = resolver.apply(PARTIES + id + "].name");
                return name.known() ? name.value() : id;
            }
        }
        return sv ? NO_PARTY_SV : NO_PARTY_EN;
    }

    /**
     * A list of party ids as the parties' names, joined as text ("Göteborgs Stad, Räddningsmissionen och id3"): the
     * id stands alone for a party without a recorded name, and beside the name ("Stiftelsen X (sx1)") for a name that
     * two listed parties share, so every party stays identifiable.
     *
     * @param ids the value as the engine wrote it, {@code [a, b]}
     */
    static String partyNames(String ids, boolean sv, Function<String, FactValue> resolver) {
        String inner = ids.startsWith("[") && ids.endsWith("]") ? ids.substring(1, ids.length() - 1).strip() : ids.strip();
        if (inner.isEmpty()) {
            return sv ? "inga" : "none";
        }
        List<String> list = List.of(inner.split(", "));
        List<String> names = new java.util.ArrayList<>(list.size());
        for (String id : list) {
            FactValue name = resolver.apply(PARTIES + id + "].name");
            names.add(name.known() && name.value() != null && !name.value().isBlank() ? name.value().strip() : null);
        }
        List<String> shown = new java.util.ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                shown.add(list.get(i));
            } else if (java.util.Collections.frequency(names, name) > 1) {
                shown.add(name + " (" + list.get(i) + ")");
            } else {
                shown.add(name);
            }
        }
        return FactText.join(shown, sv ? "sv" : "en");
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
