package se.ioprules.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ioprules.api.FactGlossary;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Tri;

/**
 * Generates the JSON Schema (draft 2020-12) of the partnership format from the fact records by reflection, so the
 * schema lists exactly the record components. Each fact's {@code title} is its question from the {@link FactGlossary}
 * (English: schema consumers are developers and form builders, who show the title as a field label) and its
 * {@code description} the glossary's help text, the allowed answers with their labels and the Swedish question, for
 * forms shown to Swedish officials; groups keep the description from the records' Javadoc. The shipped schema ({@link PartnershipJson#SCHEMA_RESOURCE}) is this
 * generator's output; a test fails when it is out of date and tells how to regenerate it.
 */
public final class SchemaGenerator {
    /** The schema's $id. */
    public static final String ID = "https://github.com/iop-rules/iop-rules/schema/partnership-1.schema.json";

    /** Whole-number facts whose lower bound is not 0. */
    private static final Map<String, Integer> MINIMUM = Map.of("Governance.evaluationFrequencyMonths", 1);
    /** Sets of whole numbers with a range, as {min, max}. */
    private static final Map<String, int[]> ITEM_RANGE = Map.of("Initiative.processStepsCompleted", new int[] {1, 7});

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private SchemaGenerator() {
    }

    /**
     * @param descriptions "Type" and "Type.component" → description (e.g. from the records' Javadoc); may be empty
     * @return the schema as indented JSON, ending with a newline
     */
    public static String generate(Map<String, String> descriptions) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "IOP partnership facts (iop-rules)");
        root.put("description", "The facts of one idéburet offentligt partnerskap (IOP) agreement, as read by "
                + "iop-rules. Field names follow the criteria catalogue's fact model. A fact that is absent or null "
                + "is unknown; rules report it as missing, never as passed. Tri-state facts are true/false/null; "
                + "dates are ISO-8601 (yyyy-mm-dd); amounts are numbers with at most two decimals.");
        root.put("$ref", "#/$defs/Partnership");
        ObjectNode defs = root.putObject("$defs");
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> done = new LinkedHashSet<>();
        // each record type sits at one place in the tree; its path prefix finds the glossary entries
        Map<Class<?>, String> prefixes = new java.util.HashMap<>();
        prefixes.put(Partnership.class, "");
        todo.add(Partnership.class);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!done.add(type)) {
                continue;
            }
            ObjectNode def = defs.putObject(type.getSimpleName());
            def.put("type", "object");
            String d = descriptions.get(type.getSimpleName());
            if (d != null) {
                def.put("description", d);
            }
            def.put("additionalProperties", false);
            ObjectNode props = def.putObject("properties");
            for (RecordComponent c : type.getRecordComponents()) {
                String key = type.getSimpleName() + "." + c.getName();
                ObjectNode prop = property(c.getGenericType(), key, todo);
                String path = prefixes.get(type) + c.getName();
                Class<?> raw = RecordTypes.raw(c.getGenericType());
                if (raw.isRecord()) {
                    prefixes.putIfAbsent(raw, path + ".");
                } else if (List.class.isAssignableFrom(raw) && RecordTypes.raw(RecordTypes.elementType(c.getGenericType())).isRecord()) {
                    prefixes.putIfAbsent(RecordTypes.raw(RecordTypes.elementType(c.getGenericType())), path + "[].");
                }
                ObjectNode described = NODES.objectNode();
                FactGlossary.Entry entry = FactGlossary.entry(path).orElse(null);
                if (entry != null) {
                    described.put("title", entry.ask().en());
                    described.put("description", describe(entry));
                } else if (descriptions.get(key) != null) {
                    described.put("description", descriptions.get(key));
                }
                described.setAll(prop);
                props.set(c.getName(), described);
            }
        }
        return EvaluationJson.write(root, true);
    }

    /** The help text, the answers with their labels (JSON values: tri-state facts are true/false), the Swedish question. */
    static String describe(FactGlossary.Entry e) {
        StringBuilder sb = new StringBuilder(e.help().en());
        if (!e.answers().isEmpty()) {
            List<String> answers = new java.util.ArrayList<>();
            for (FactGlossary.Answer a : e.answers()) {
                String value = e.type().equals("tri") ? a.value().toLowerCase(java.util.Locale.ROOT) : a.value();
                answers.add(value + " = " + a.label().en());
            }
            sb.append(e.type().equals("set") ? " Any of: " : " Answers: ").append(String.join("; ", answers))
                    .append(e.type().equals("set") ? "; an empty list: none; null: unknown." : "; null: unknown.");
        }
        return sb.append(" sv: ").append(e.ask().sv()).toString();
    }

    private static ObjectNode property(Type type, String key, Deque<Class<?>> todo) {
        Class<?> raw = RecordTypes.raw(type);
        ObjectNode p = NODES.objectNode();
        if (raw == String.class) {
            types(p, "string", "null");
        } else if (raw == Tri.class) {
            types(p, "boolean", "null");
        } else if (raw == LocalDate.class) {
            types(p, "string", "null");
            p.put("format", "date");
            p.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (raw.isEnum()) {
            types(p, "string", "null");
            ArrayNode e = p.putArray("enum");
            for (Object c : raw.getEnumConstants()) {
                e.add(((Enum<?>) c).name());
            }
            e.addNull();
        } else if (raw == Integer.class) {
            types(p, "integer", "null");
            p.put("minimum", MINIMUM.getOrDefault(key, 0));
            p.put("maximum", Integer.MAX_VALUE);
        } else if (raw == BigDecimal.class) {
            money(p);
            p.set("type", NODES.arrayNode().add("number").add("null"));
        } else if (raw.isRecord()) {
            todo.add(raw);
            ArrayNode any = p.putArray("anyOf");
            any.addObject().put("$ref", "#/$defs/" + raw.getSimpleName());
            any.addObject().put("type", "null");
        } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            types(p, "array", "null");
            if (Set.class.isAssignableFrom(raw)) {
                p.put("uniqueItems", true);
            }
            Type element = RecordTypes.elementType(type);
            Class<?> er = RecordTypes.raw(element);
            ObjectNode items;
            if (er.isRecord()) {
                todo.add(er);
                items = NODES.objectNode().put("$ref", "#/$defs/" + er.getSimpleName());
            } else if (er.isEnum()) {
                items = NODES.objectNode().put("type", "string");
                ArrayNode e = items.putArray("enum");
                for (Object c : er.getEnumConstants()) {
                    e.add(((Enum<?>) c).name());
                }
            } else if (er == Integer.class) {
                items = NODES.objectNode().put("type", "integer");
                int[] range = ITEM_RANGE.get(key);
                items.put("minimum", range == null ? 0 : range[0]);
                items.put("maximum", range == null ? Integer.MAX_VALUE : range[1]);
            } else if (er == String.class) {
                items = NODES.objectNode().put("type", "string");
            } else {
                throw new IllegalStateException("unsupported element type " + element + " at " + key);
            }
            p.set("items", items);
        } else {
            throw new IllegalStateException("unsupported fact type " + type + " at " + key);
        }
        return p;
    }

    private static void money(ObjectNode p) {
        p.put("minimum", 0);
        p.put("maximum", new BigDecimal("999999999999999.99"));
        p.put("multipleOf", new BigDecimal("0.01"));
    }

    private static void types(ObjectNode p, String... names) {
        ArrayNode a = p.putArray("type");
        for (String n : names) {
            a.add(n);
        }
    }
}
