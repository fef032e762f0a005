package se.ioprules.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import se.ioprules.api.facts.FactText;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Tri;

/**
 * The fact glossary: for every fact path of the input, the question a person would ask to learn it (Swedish and
 * English), a short help text and the answers it allows. One source of truth, kept beside the fact model
 * ({@code se/ioprules/api/facts/fact-glossary.properties}); it feeds the JSON Schema's titles and descriptions, the
 * generated fact reference, the open questions and the interview. Thread-safe.
 */
public final class FactGlossary {
    private static final String RESOURCE = "/se/ioprules/api/facts/fact-glossary.properties";
    private static final Pattern SELECTOR = Pattern.compile("\\[[^\\]]*\\]");
    private static final Map<String, Entry> ENTRIES = load();

    private FactGlossary() {
    }

    /**
     * One allowed answer.
     *
     * @param value the value as written in the input JSON ("TRUE", an enum constant, "true")
     * @param label how a person reads it
     */
    public record Answer(String value, LocalizedText label) {
    }

    /**
     * One fact's entry.
     *
     * @param path the fact path with list selectors left empty, e.g. {@code parties[].idea.registeredIn2022_900}
     * @param ask the question, as a person would ask it
     * @param help a short help text: what counts, where to find it in the agreement
     * @param type the value's kind: "tri", "boolean", "enum", "number", "date", "text", "set" or "list"
     * @param answers the allowed answers for tri-state, boolean and enum facts, and the values a set of enum
     *     constants may hold (several may be chosen); empty for the others
     */
    public record Entry(String path, LocalizedText ask, LocalizedText help, String type, List<Answer> answers) {
        /**
         * Copies the answers.
         *
         * @param path the fact path
         * @param ask the question
         * @param help the help text
         * @param type the value's kind
         * @param answers the allowed answers
         */
        public Entry {
            answers = List.copyOf(answers);
        }
    }

    /**
     * {@return the path with every list selector emptied: {@code parties[fh].idea} → {@code parties[].idea}}
     *
     * @param path a fact path
     */
    public static String normalize(String path) {
        return SELECTOR.matcher(path).replaceAll("[]");
    }

    /**
     * {@return the entry for a fact path (selectors allowed), if the glossary has one}
     *
     * @param path a fact path
     */
    public static Optional<Entry> entry(String path) {
        return Optional.ofNullable(ENTRIES.get(normalize(path)));
    }

    /** {@return every entry, in the order of {@link #paths()}} */
    public static Collection<Entry> entries() {
        return ENTRIES.values();
    }

    /**
     * {@return every leaf fact path of the input model, with list selectors left empty, in component order}
     */
    public static List<String> paths() {
        return List.copyOf(leaves().keySet());
    }

    /** Every leaf path with its declared (generic) type, in component order. */
    private static Map<String, Type> leaves() {
        Map<String, Type> out = new LinkedHashMap<>();
        walk(Partnership.class, "", out);
        return out;
    }

    private static void walk(Class<?> type, String prefix, Map<String, Type> out) {
        for (RecordComponent rc : type.getRecordComponents()) {
            String path = prefix + rc.getName();
            Class<?> raw = rc.getType();
            Type generic = rc.getGenericType();
            if (List.class.equals(raw) && generic instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                walk(element, path + "[].", out);
            } else if (raw.isRecord()) {
                walk(raw, path + ".", out);
            } else {
                out.put(path, generic);
            }
        }
    }

    private static Map<String, Entry> load() {
        Properties p = new Properties();
        try (InputStream in = FactGlossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Map.Entry<String, Type> leaf : leaves().entrySet()) {
            String path = leaf.getKey();
            String ask = p.getProperty(path + ".ask");
            if (ask == null) {
                continue;
            }
            String help = p.getProperty(path + ".help", "|");
            Class<?> type = se.ioprules.api.facts.FactPaths.typeOf(Partnership.class, path).orElse(Object.class);
            out.put(path, new Entry(path, text(ask), text(help), kind(type), answers(answerType(type, leaf.getValue()))));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static LocalizedText text(String svBarEn) {
        int bar = svBarEn.indexOf('|');
        return bar < 0 ? new LocalizedText(svBarEn, svBarEn)
                : new LocalizedText(svBarEn.substring(0, bar).trim(), svBarEn.substring(bar + 1).trim());
    }

    private static String kind(Class<?> type) {
        if (type == Tri.class) {
            return "tri";
        } else if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        } else if (type.isEnum()) {
            return "enum";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        } else if (type == java.time.LocalDate.class) {
            return "date";
        } else if (java.util.Set.class.isAssignableFrom(type)) {
            return "set";
        } else if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        return "text";
    }

    /** A set of enum constants offers its constants as choices; any other type answers for itself. */
    private static Class<?> answerType(Class<?> type, Type generic) {
        if (java.util.Set.class.isAssignableFrom(type) && generic instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
            return element;
        }
        return type;
    }

    private static List<Answer> answers(Class<?> type) {
        List<Answer> out = new ArrayList<>();
        if (type == Boolean.class || type == boolean.class) {
            out.add(new Answer("true", new LocalizedText("ja", "yes")));
            out.add(new Answer("false", new LocalizedText("nej", "no")));
        } else if (type == Tri.class) {
            // UNKNOWN is not an answer: "vet inte" leaves the fact unrecorded.
            out.add(new Answer("TRUE", new LocalizedText("ja", "yes")));
            out.add(new Answer("FALSE", new LocalizedText("nej", "no")));
        } else if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) c;
                out.add(new Answer(e.name(), new LocalizedText(FactText.label(e, "sv"), FactText.label(e, "en"))));
            }
        }
        return out;
    }
}
