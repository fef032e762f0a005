package se.ioprules.api.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Fact values as a person reads them, in Swedish or English: the fact model's enum constants as words
 * ({@code IDEELL_FORENING} → "ideell förening"), yes/no/unknown/missing instead of {@code TRUE}/{@code FALSE}/
 * {@code UNKNOWN}/{@code null}, and lists joined as text ("mål, vision och värdegrund") instead of
 * {@code [GOALS, VISION, VALUES]}. Messages and reports use it, so no code reaches a sentence. Thread-safe.
 */
public final class FactText {
    private static final String RESOURCE = "value-labels.properties";
    /** "Enum.CONSTANT" → {sv, en}. */
    private static final Map<String, String[]> LABELS = load();
    /**
     * Per enum type, "CONSTANT" → {sv, en}: the entries of {@link #LABELS} under its simple name, so a value's words
     * are one lookup instead of building the key "Enum.CONSTANT" for each value.
     */
    private static final ClassValue<Map<String, String[]>> ENUM_LABELS = new ClassValue<>() {
        @Override
        protected Map<String, String[]> computeValue(Class<?> type) {
            String prefix = type.getSimpleName() + ".";
            Map<String, String[]> out = new HashMap<>();
            LABELS.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    out.put(k.substring(prefix.length()), v);
                }
            });
            return out;
        }
    };
    /** "CONSTANT" → labels of every enum that has it, for values whose path gives no type. */
    private static final Map<String, List<String[]>> BY_NAME = byName();
    /**
     * Record components per class: {@code getRecordComponents()} copies and re-parses on every call, and every
     * message placeholder asks for its path's type.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        }
    };
    /**
     * The type at a path, by the path with its list selectors emptied ({@code parties[].name}): the selectors do not
     * change the type, and leaving them out keeps the cache as small as the fact model, whatever ids inputs use.
     */
    private static final Map<String, java.util.Optional<Class<?>>> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    private FactText() {
    }

    /**
     * {@return its word in that language; the constant's name if it has none}
     *
     * @param value an enum constant of the fact model (or any enum)
     * @param lang "sv" (default) or "en"
     */
    public static String label(Enum<?> value, String lang) {
        String[] l = LABELS.get(value.getDeclaringClass().getSimpleName() + "." + value.name());
        return l == null ? value.name() : l[en(lang) ? 1 : 0];
    }

    /**
     * {@return true if every constant of it has a word in both languages}
     *
     * @param type an enum type
     */
    public static boolean labelled(Class<? extends Enum<?>> type) {
        for (Enum<?> c : type.getEnumConstants()) {
            if (!LABELS.containsKey(type.getSimpleName() + "." + c.name())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A fact value as text in a sentence.
     *
     * @param path the fact path it was read from (gives the enum type; may be null)
     * @param text the value as the engine wrote it ({@link FactPaths.Resolved#text()})
     * @param lang "sv" (default) or "en"
     * @return the value in words; numbers, dates and free text unchanged
     */
    public static String prose(String path, String text, String lang) {
        return prose(path, text, lang, code -> null);
    }

    /**
     * A fact value as text in a sentence, with a rule set's own words for the codes its rules report (for example
     * the shortfalls a rule lists in a detail value).
     *
     * @param path the fact path it was read from (gives the enum type; may be null)
     * @param text the value as the engine wrote it
     * @param lang "sv" (default) or "en"
     * @param words a code's word in {@code lang}, or null when the rule set has none
     * @return the value in words
     */
    public static String prose(String path, String text, String lang, java.util.function.Function<String, String> words) {
        if (text == null) {
            return missing(lang);
        }
        boolean en = en(lang);
        if (path != null && path.startsWith("conclusion.")) {
            String[] l = LABELS.get("Conclusion." + text);
            if (l != null) {
                return l[en ? 1 : 0];
            }
        }
        Class<?> type = path == null ? null : typeAt(path);
        if (text.length() >= 2 && text.startsWith("[") && text.endsWith("]")) {
            String inner = text.substring(1, text.length() - 1).strip();
            if (inner.isEmpty()) {
                return en ? "none" : "inga";
            }
            List<String> items = new ArrayList<>();
            for (String item : topLevel(inner)) {
                items.add(value(type, item, en, words));
            }
            return join(items, lang);
        }
        if (text.indexOf(',') < 0 && text.indexOf('{') < 0) {
            return single(type, text, en, words); // one plain value: what the general route below gives it
        }
        List<String> parts = topLevel(text);
        if (parts.size() > 1 && parts.stream().allMatch(x -> BY_NAME.containsKey(x) || words.apply(x) != null)) {
            // a list a rule joined itself ("VALUES, RESCISSION"): the same words, joined as text
            List<String> items = new ArrayList<>();
            for (String item : parts) {
                items.add(single(type, item, en, words));
            }
            return join(items, lang);
        }
        return value(type, text, en, words);
    }

    /** One list item: a record ({@code Party{id=…, name=…}}) reads as its values, anything else as {@link #single}. */
    private static String value(Class<?> type, String text, boolean en,
            java.util.function.Function<String, String> words) {
        int brace = text.indexOf('{');
        if (brace > 0 && text.endsWith("}") && text.substring(0, brace).matches("[A-Z][A-Za-z]*")) {
            Class<?> record = recordType(text.substring(0, brace));
            List<String> values = new ArrayList<>();
            for (String component : topLevel(text.substring(brace + 1, text.length() - 1))) {
                int eq = component.indexOf('=');
                String name = eq < 0 ? null : component.substring(0, eq);
                String v = eq < 0 ? component : component.substring(eq + 1);
                Class<?> componentType = record == null || name == null ? null : typeAt(record, name);
                values.add(prose(componentType, v, en, words));
            }
            if (values.isEmpty()) {
                return "";
            }
            return values.size() == 1 ? values.get(0)
                    : values.get(0) + " (" + String.join(", ", values.subList(1, values.size())) + ")";
        }
        return single(type, text, en, words);
    }

    private static String prose(Class<?> type, String text, boolean en,
            java.util.function.Function<String, String> words) {
        if (text.length() >= 2 && text.startsWith("[") && text.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : topLevel(text.substring(1, text.length() - 1))) {
                items.add(value(type, item, en, words));
            }
            return join(items, en ? "en" : "sv");
        }
        return value(type, text, en, words);
    }

    /** Splits "a, B{x, y}, [c, d]" at the commas outside braces and brackets. */
    private static List<String> topLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0 && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                out.add(s.substring(start, i).strip());
                start = i + 2;
            }
        }
        String last = s.substring(start).strip();
        if (!last.isEmpty() || !out.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static Class<?> recordType(String simpleName) {
        try {
            Class<?> c = Class.forName(FactText.class.getPackageName() + "." + simpleName);
            return c.isRecord() ? c : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Class<?> typeAt(Class<?> record, String component) {
        for (RecordComponent rc : COMPONENTS.get(record)) {
            if (rc.getName().equals(component)) {
                return elementType(rc.getGenericType());
            }
        }
        return null;
    }

    /**
     * {@return "a", "a och b", "a, b och c" (English "and")}
     *
     * @param items words
     * @param lang "sv" (default) or "en"
     */
    public static String join(List<String> items, String lang) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + (en(lang) ? " and " : " och ")
                + items.get(items.size() - 1);
    }

    private static String single(Class<?> type, String text, boolean en,
            java.util.function.Function<String, String> words) {
        String own = words.apply(text);
        if (own != null) {
            return own;
        }
        switch (text) {
            case "TRUE", "true":
                return en ? "yes" : "ja";
            case "FALSE", "false":
                return en ? "no" : "nej";
            case "UNKNOWN":
                return en ? "unknown" : "okänt";
            case "null":
                return en ? "missing" : "saknas";
            default:
                break;
        }
        if (type != null && type.isEnum()) {
            String[] l = ENUM_LABELS.get(type).get(text);
            if (l != null) {
                return l[en ? 1 : 0];
            }
        }
        List<String[]> candidates = BY_NAME.get(text);
        return candidates == null ? text : candidates.get(0)[en ? 1 : 0];
    }

    private static String missing(String lang) {
        return en(lang) ? "missing" : "saknas";
    }

    private static boolean en(String lang) {
        if (lang == null || lang.length() != 2) {
            return false;
        }
        char a = lang.charAt(0);
        char b = lang.charAt(1);
        if ((a == 'e' || a == 'E') && (b == 'n' || b == 'N')) {
            return true;
        }
        // two ASCII letters other than those are not "en" in any case ("sv" on every Swedish placeholder): no
        // case-insensitive comparison, which calls the case tables per character
        return (a >= 128 || b >= 128) && "en".equalsIgnoreCase(lang);
    }

    /** The declared type at a fact path (element type for lists and sets), or null when it is not a fact of the model. */
    static Class<?> typeAt(String path) {
        String key = withoutSelectors(path);
        if (key == null) {
            return findTypeAt(path); // a selector with a dot in it: read as it always was, not cached
        }
        java.util.Optional<Class<?>> type = TYPES.get(key);
        if (type == null) {
            type = java.util.Optional.ofNullable(findTypeAt(key));
            TYPES.putIfAbsent(key, type);
        }
        return type.orElse(null);
    }

    /**
     * {@return the path with the text inside each pair of brackets removed (parties[fh].name → parties[].name), or
     * null when a selector holds a dot}
     */
    private static String withoutSelectors(String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        StringBuilder sb = new StringBuilder(path.length());
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') {
                if (depth++ == 0) {
                    sb.append(c);
                }
            } else if (c == ']' && depth > 0) {
                if (--depth == 0) {
                    sb.append(c);
                }
            } else if (depth == 0) {
                sb.append(c);
            } else if (c == '.') {
                return null;
            }
        }
        return sb.toString();
    }

    private static Class<?> findTypeAt(String path) {
        Class<?> current;
        String rest;
        if (path.startsWith("derived.")) {
            current = Derived.class;
            rest = path.substring("derived.".length());
        } else {
            current = Partnership.class;
            rest = path;
        }
        for (String segment : rest.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket >= 0 ? segment.substring(0, bracket) : segment;
            if (current == null || !current.isRecord()) {
                return null;
            }
            RecordComponent found = null;
            for (RecordComponent rc : COMPONENTS.get(current)) {
                if (rc.getName().equals(name)) {
                    found = rc;
                }
            }
            if (found == null) {
                return null;
            }
            current = elementType(found.getGenericType());
        }
        return current;
    }

    private static Class<?> elementType(Type t) {
        if (t instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return t instanceof Class<?> c ? c : null;
    }

    private static Map<String, String[]> load() {
        Properties p = new Properties();
        try (InputStream in = FactText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> out = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String[] both = p.getProperty(key).split("\\|", 2);
            out.put(key, new String[] {both[0].strip(), both.length > 1 ? both[1].strip() : both[0].strip()});
        }
        return Map.copyOf(out);
    }

    private static Map<String, List<String[]>> byName() {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        LABELS.keySet().stream().sorted().forEach(k -> out.computeIfAbsent(k.substring(k.indexOf('.') + 1),
                x -> new ArrayList<>()).add(LABELS.get(k)));
        return out;
    }
}
