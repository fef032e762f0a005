package se.ioprules.drools.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ioprules.api.FactValue;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * Messages are split at their placeholders once and then filled by appending parts; every message of every built-in
 * rule set must read exactly as with the regular-expression fill it replaced (reimplemented here as the reference),
 * with values from the finding's explanation, from the resolver, unknown and missing values, and party names.
 */
class MessageTemplatesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\[\\]-]+)}");

    @Test
    void everyBuiltInMessageFillsAsWithTheRegularExpression() {
        int filled = 0;
        int withPlaceholders = 0;
        for (RuleSetDefinition def : RuleSetLoader.builtIn()) {
            Messages m = def.messages();
            for (Map<String, String> lang : List.of(m.sv(), m.en())) {
                for (String key : lang.keySet()) {
                    for (int variant = 0; variant < 3; variant++) {
                        List<FactValue> because = because(lang.get(key), variant);
                        Function<String, FactValue> resolver = resolver(variant);
                        var actual = m.format(key, because, resolver);
                        String criterion = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                        String sv = m.sv().get(key);
                        String en = m.en().get(key);
                        if (sv != null) {
                            assertEquals(reference(sv, true, because, resolver, c -> m.sv().get(criterion + Messages.VALUE + c)),
                                    actual.sv(), key);
                        }
                        if (en != null) {
                            assertEquals(reference(en, false, because, resolver, c -> m.en().get(criterion + Messages.VALUE + c)),
                                    actual.en(), key);
                        }
                        filled++;
                    }
                    withPlaceholders += PLACEHOLDER.matcher(lang.get(key)).find() ? 1 : 0;
                }
            }
        }
        assertTrue(filled > 1000, "messages filled: " + filled);
        assertTrue(withPlaceholders > 100, "messages with placeholders: " + withPlaceholders);
    }

    /** Half the message's placeholders come from the explanation (variant 1: a party fact first), the rest resolve. */
    private static List<FactValue> because(String text, int variant) {
        List<FactValue> out = new java.util.ArrayList<>();
        if (variant == 1) {
            out.add(new FactValue("parties[forening].sector", "IDEA_BASED", true));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        int i = 0;
        while (m.find()) {
            if (i++ % 2 == 0 && !m.group(1).equals(Messages.PARTY)) {
                out.add(new FactValue(m.group(1), variant == 2 ? "UNKNOWN" : "TRUE", variant != 2));
            }
        }
        return out;
    }

    private static Function<String, FactValue> resolver(int variant) {
        return path -> switch (variant) {
            case 0 -> new FactValue(path, "[GOALS, VISION]", true);
            case 1 -> path.endsWith(".name") ? new FactValue(path, "Föreningen $1 \\ {x}", true)
                    : new FactValue(path, "12.5", true);
            default -> new FactValue(path, "null", false);
        };
    }

    /** The fill as it was: a regular expression over the text, appendReplacement with quoted values. */
    private static String reference(String template, boolean sv, List<FactValue> because,
            Function<String, FactValue> resolver, Function<String, String> words) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String path = m.group(1);
            if (path.equals(Messages.PARTY)) {
                m.appendReplacement(sb, Matcher.quoteReplacement(party(sv, because, resolver)));
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
            if (value.known() && Messages.PARTY_ID_LISTS.contains(path)) {
                m.appendReplacement(sb, Matcher.quoteReplacement(Messages.partyNames(value.value(), sv, resolver)));
                continue;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(Messages.inProse(path, value, sv, words)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String party(boolean sv, List<FactValue> because, Function<String, FactValue> resolver) {
        for (FactValue f : because) {
            Matcher m = Pattern.compile("^parties\\[([^\\]]+)]").matcher(f.path());
            if (m.find()) {
                FactValue name = resolver.apply("parties[" + m.group(1) + "].name");
                return name.known() ? name.value() : m.group(1);
            }
        }
        return sv ? Messages.NO_PARTY_SV : Messages.NO_PARTY_EN;
    }
}
