package se.ioprules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ioprules.api.facts.Tri;

/**
 * Reads one JSON document into a record type, token by token, checking every value against the record component's
 * type and collecting every problem with its JSON path and position instead of stopping at the first. Only a
 * syntax error (truncated or malformed JSON) ends the reading early, because nothing after it can be trusted.
 * Not thread-safe; one instance per document.
 */
final class StrictReader {
    /** Largest money amount accepted: 15 digits before the decimal point. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Money is recorded to the öre (cent): at most two decimals. */
    static final int MAX_DECIMALS = 2;

    /** Deepest nesting of objects and arrays accepted; the fact model itself is at most 5 levels deep. */
    static final int MAX_DEPTH = 64;
    /** Longest field name accepted (every real field name is far shorter). */
    static final int MAX_NAME_LENGTH = 1_000;

    // Jackson's own limits are a backstop set above ours: our checks come first and know the path and position.
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(4 * MAX_DEPTH)
                    .maxNumberLength(64)
                    .maxStringLength(5_000_000)
                    .maxNameLength(PartnershipJson.MAX_INPUT_CHARS)
                    .build())
            .build();

    /** Thrown to stop reading after a problem that makes the rest untrustworthy (already recorded). */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private final List<JsonProblem> problems = new ArrayList<>();
    /**
     * Where each value was read, in reading order: a path may occur more than once (a duplicate field), the first
     * counts. Only a validation problem or an inconsistent group asks for a position, so the lookup table is built
     * then, instead of hashing every path of every document.
     */
    private String[] locationPaths = new String[256];
    private JsonLocation[] locationValues = new JsonLocation[256];
    private int located;
    private Map<String, JsonLocation> locations;
    /** How many of the positions are in {@link #locations}. */
    private int indexed;
    private final Deque<String> pathStack = new ArrayDeque<>();
    private JsonParser p;
    private int depth;

    /** @return the problems found so far */
    List<JsonProblem> problems() {
        return problems;
    }

    /**
     * @param path a JSON path
     * @return the position recorded for it or for its nearest recorded ancestor, or null
     */
    JsonLocation locationOf(String path) {
        String at = path;
        while (at != null) {
            JsonLocation l = location(at);
            if (l != null) {
                return l;
            }
            at = parent(at);
        }
        return null;
    }

    /** @return the position recorded first for exactly this path, or null */
    private JsonLocation location(String path) {
        if (locations == null) {
            locations = new HashMap<>();
        }
        for (; indexed < located; indexed++) {
            locations.putIfAbsent(locationPaths[indexed], locationValues[indexed]);
        }
        return locations.get(path);
    }

    private void located(String path, JsonLocation where) {
        if (located == locationPaths.length) {
            locationPaths = java.util.Arrays.copyOf(locationPaths, 2 * located);
            locationValues = java.util.Arrays.copyOf(locationValues, 2 * located);
        }
        locationPaths[located] = path;
        locationValues[located++] = where;
    }

    /**
     * @param in the document
     * @param type the root record type
     * @return the value read (possibly partial when there are problems), or null after a syntax error
     */
    <T> T read(Reader in, Class<T> type) {
        pathStack.clear();
        pathStack.push("$");
        depth = 0;
        LimitedReader limited = new LimitedReader(in, PartnershipJson.MAX_INPUT_CHARS);
        try (JsonParser parser = FACTORY.createParser(limited)) {
            this.p = parser;
            JsonToken first = p.nextToken();
            if (first == null) {
                problem("$", null, "the input is empty; expected a JSON object");
                return null;
            }
            Object value = readValue(type, "$");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                problem("$", p.currentTokenLocation(), "unexpected content after the end of the top-level object");
            }
            if (value == null && problems.isEmpty()) {
                problem("$", p.currentTokenLocation(), "expected a JSON object, found null");
            }
            return type.cast(value);
        } catch (Abort e) {
            return null;
        } catch (LimitedReader.TooLargeException e) {
            problem("$", null, "the input is larger than the maximum of " + String.format(Locale.ROOT, "%,d",
                    PartnershipJson.MAX_INPUT_CHARS) + " characters");
            return null;
        } catch (Utf8Reader.MalformedException e) {
            problems.add(new JsonProblem(pathStack.isEmpty() ? "$" : pathStack.peek(), e.line(), e.column(),
                    "not UTF-8 text: invalid byte sequence here"));
            return null;
        } catch (CharacterCodingException e) {
            // Where the decoder stopped: the parser has consumed everything before the bad bytes.
            problem(pathStack.isEmpty() ? "$" : pathStack.peek(), p == null ? null : p.currentLocation(),
                    "not UTF-8 text: invalid byte sequence here");
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : (p == null ? null : p.currentLocation());
            String path = p != null && p.getParsingContext() != null ? pathOf(p.getParsingContext())
                    : pathStack.isEmpty() ? "$" : pathStack.peek();
            problem(path, loc, syntaxMessage(e));
            return null;
        } catch (IOException e) {
            problem("$", null, "could not read the input: " + e.getMessage());
            return null;
        }
    }

    /**
     * Counts one level of nesting for the object or array the parser is at; past {@link #MAX_DEPTH} records the
     * problem at that bracket and stops reading (a structure this deep is never a partnership).
     */
    private void enter(String path) {
        if (++depth > MAX_DEPTH) {
            problem(path, p.currentTokenLocation(), "nested more than " + MAX_DEPTH + " levels deep");
            throw new Abort();
        }
    }

    /** Skips the value the parser is at (an unknown or duplicate field's), checking its depth as it goes. */
    private void skipValue(String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        int base = depth;
        enter(path);
        while (depth > base) {
            JsonToken n = p.nextToken();
            if (n == null) {
                return; // the parser reports the truncation on the next read
            }
            if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
                enter(path);
            } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                depth--;
            } else if (n == JsonToken.FIELD_NAME) {
                checkName(path);
            }
        }
    }

    /** A field name longer than any real one is reported at the object holding it, then reading stops. */
    private void checkName(String objectPath) throws IOException {
        String name = p.currentName();
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            problem(objectPath, p.currentTokenLocation(), "a field name of " + name.length()
                    + " characters is longer than the maximum of " + MAX_NAME_LENGTH);
            throw new Abort();
        }
    }

    private Object readValue(Type type, String path) throws IOException {
        JsonToken t = p.currentToken();
        located(path, p.currentTokenLocation());
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Class<?> raw = RecordTypes.raw(type);
        if (raw == String.class) {
            if (t != JsonToken.VALUE_STRING) {
                return typeError(path, "a string");
            }
            return p.getText();
        }
        if (raw == Tri.class) {
            if (t == JsonToken.VALUE_TRUE) {
                return Tri.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Tri.FALSE;
            }
            return typeError(path, "true, false or null (null or absent means unknown)");
        }
        if (raw == LocalDate.class) {
            if (t != JsonToken.VALUE_STRING) {
                return typeError(path, "a date as a string \"yyyy-mm-dd\"");
            }
            return date(p.getText(), path);
        }
        if (raw.isEnum()) {
            if (t != JsonToken.VALUE_STRING) {
                return typeError(path, "one of " + constants(raw));
            }
            return enumValue(raw, p.getText(), path);
        }
        if (raw == Integer.class || raw == int.class) {
            return integer(t, path);
        }
        if (raw == BigDecimal.class) {
            return money(t, path);
        }
        if (raw.isRecord()) {
            if (t != JsonToken.START_OBJECT) {
                return typeError(path, "an object");
            }
            return readRecord(raw, path);
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            if (t != JsonToken.START_ARRAY) {
                return typeError(path, "an array");
            }
            return readCollection(RecordTypes.elementType(type), Set.class.isAssignableFrom(raw), path);
        }
        throw new IllegalStateException("unsupported fact type " + type + " at " + path);
    }

    private Object readRecord(Class<?> type, String path) throws IOException {
        RecordTypes.Info info = RecordTypes.of(type);
        Object[] args = new Object[info.components.length];
        // where each field was first given: known fields by index, others (rare) by name
        JsonLocation[] seenKnown = new JsonLocation[info.components.length];
        Map<String, JsonLocation> seenOther = null;
        enter(path);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            checkName(path);
            String name = p.currentName();
            JsonLocation nameLoc = p.currentTokenLocation();
            Integer i = info.index.get(name);
            String child = i == null ? child(path, name) : knownChild(info, path, i);
            pathStack.push(child);
            p.nextToken();
            JsonLocation first;
            if (i != null) {
                first = seenKnown[i];
                if (first == null) {
                    seenKnown[i] = nameLoc;
                }
            } else {
                if (seenOther == null) {
                    seenOther = new HashMap<>();
                }
                first = seenOther.putIfAbsent(name, nameLoc);
            }
            if (first != null) {
                problem(child, nameLoc, "duplicate field '" + name + "' (first given at line " + first.getLineNr()
                        + ", column " + first.getColumnNr() + ")");
                skipValue(child);
            } else if (i == null) {
                located(child, nameLoc);
                problem(child, nameLoc, "unknown field '" + name + "'" + suggestion(name, info.names())
                        + "; allowed fields of " + type.getSimpleName() + ": " + String.join(", ", info.names()));
                skipValue(child);
            } else {
                args[i] = readValue(info.genericTypes[i], child);
            }
            pathStack.pop();
        }
        depth--;
        try {
            return info.construct(args);
        } catch (RuntimeException e) {
            if (problems.isEmpty()) {
                problem(path, location(path), "inconsistent values: " + e.getMessage());
            }
            return null;
        }
    }

    private Object readCollection(Type elementType, boolean set, String path) throws IOException {
        Collection<Object> out = set ? new LinkedHashSet<>() : new ArrayList<>();
        enter(path);
        int i = 0;
        while (true) {
            String child = element(path, i);
            pathStack.push(child);
            if (p.nextToken() == JsonToken.END_ARRAY) {
                pathStack.pop();
                break;
            }
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                located(child, p.currentTokenLocation());
                problem(child, p.currentTokenLocation(), "an element must not be null; leave it out instead");
            } else {
                Object v = readValue(elementType, child);
                if (v != null && !out.add(v)) {
                    problem(child, p.currentTokenLocation(), "duplicate value '" + v + "'; each value may be listed once");
                }
            }
            pathStack.pop();
            i++;
        }
        depth--;
        return set ? (Object) out : (Object) List.copyOf(out);
    }

    private Object integer(JsonToken t, String path) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return problem(path, p.currentTokenLocation(), "must be a whole number, found " + p.getText());
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            return typeError(path, "a whole number");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            return problem(path, p.currentTokenLocation(), "number " + abbreviate(p.getText())
                    + " is out of range (at most " + Integer.MAX_VALUE + ")");
        }
        return p.getIntValue();
    }

    private Object money(JsonToken t, String path) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return typeError(path, "a number (an amount as a decimal, e.g. 125000.50)");
        }
        String text = p.getText();
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return problem(path, p.currentTokenLocation(), "number " + abbreviate(text) + " is out of range");
        }
        if (d.signum() != 0 && d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            return problem(path, p.currentTokenLocation(), "number " + abbreviate(text) + " is too large (at most "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point)");
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return problem(path, p.currentTokenLocation(), "amount " + abbreviate(text) + " has more than "
                    + MAX_DECIMALS + " decimals (amounts are recorded to the öre)");
        }
        if (d.signum() == 0) {
            d = BigDecimal.ZERO.setScale(Math.max(0, Math.min(d.scale(), MAX_DECIMALS)));
        } else if (d.scale() < 0) {
            d = d.setScale(0);
        } else if (d.scale() > MAX_DECIMALS) {
            d = d.setScale(MAX_DECIMALS);
        }
        return d;
    }

    private Object date(String text, String path) {
        if (!dateShaped(text)) {
            return problem(path, p.currentTokenLocation(), "'" + abbreviate(text)
                    + "' is not an ISO-8601 date; write it as yyyy-mm-dd, e.g. 2024-03-31");
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return problem(path, p.currentTokenLocation(), "'" + text + "' is not a valid calendar date");
        }
    }

    /** @return whether the text matches {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} (a loop instead of a regex per date) */
    static boolean dateShaped(String text) {
        if (text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(Class<?> raw, String text, String path) {
        try {
            return Enum.valueOf((Class) raw, text);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (Object c : raw.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return problem(path, p.currentTokenLocation(), "unknown value '" + abbreviate(text) + "'"
                    + suggestion(text, names) + "; allowed: " + String.join(", ", names));
        }
    }

    private static String constants(Class<?> raw) {
        List<String> names = new ArrayList<>();
        for (Object c : raw.getEnumConstants()) {
            names.add("\"" + ((Enum<?>) c).name() + "\"");
        }
        return String.join(", ", names);
    }

    private Object typeError(String path, String expected) throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation loc = p.currentTokenLocation();
        String found = switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + abbreviate(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            default -> t.asString() == null ? t.name() : t.asString();
        };
        skipValue(path);
        return problem(path, loc, "expected " + expected + ", found " + found);
    }

    /** Records a problem; returns null so callers can {@code return problem(...)} as the value. */
    Object problem(String path, JsonLocation loc, String message) {
        int line = loc == null || loc.getLineNr() < 0 ? 0 : loc.getLineNr();
        int col = loc == null || loc.getColumnNr() < 0 ? 0 : loc.getColumnNr();
        problems.add(new JsonProblem(path, line, col, message));
        return null;
    }

    /**
     * Paths of known fields and of list elements, made once: every document of a batch has the same few hundred
     * paths, and building each anew was a tenth of reading. Bounded (paths are per list index): past the bound a
     * path is made anew.
     */
    private static final Map<String, String[]> ELEMENT_PATHS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_PATHS = 10_000;

    /** @return {@code child(path, name)} of the record's component {@code i}, cached per record type */
    private static String knownChild(RecordTypes.Info info, String path, int i) {
        String[] children = info.childPaths.get(path);
        if (children == null) {
            children = new String[info.components.length];
            if (info.childPaths.size() < MAX_CACHED_PATHS) {
                String[] raced = info.childPaths.putIfAbsent(path, children);
                children = raced != null ? raced : children;
            }
        }
        String c = children[i];
        if (c == null) {
            c = child(path, info.components[i].getName());
            children[i] = c; // a race writes an equal string
        }
        return c;
    }

    /** @return {@code path[i]} */
    private static String element(String path, int i) {
        String[] elements = ELEMENT_PATHS.get(path);
        if (elements == null || elements.length <= i) {
            if (i >= 64 || ELEMENT_PATHS.size() >= MAX_CACHED_PATHS) {
                return path + "[" + i + "]";
            }
            String[] grown = new String[Math.max(8, Math.min(64, 2 * (i + 1)))];
            if (elements != null) {
                System.arraycopy(elements, 0, grown, 0, elements.length);
            }
            elements = grown;
            ELEMENT_PATHS.put(path, elements);
        }
        String e = elements[i];
        if (e == null) {
            e = path + "[" + i + "]";
            elements[i] = e; // a race writes an equal string
        }
        return e;
    }

    static String child(String path, String name) {
        if (identifier(name)) {
            return path + "." + name;
        }
        return path + "['" + abbreviate(name).replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** @return whether the name matches {@code [A-Za-z_][A-Za-z0-9_]*} (a loop: a regex per field was a fifth of reading) */
    static boolean identifier(String name) {
        int n = name.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** The path of the value the parser was at; Jackson reads a field's value together with its name. */
    static String pathOf(com.fasterxml.jackson.core.JsonStreamContext ctx) {
        if (ctx == null || ctx.inRoot()) {
            return "$";
        }
        String base = pathOf(ctx.getParent());
        if (ctx.inArray()) {
            return ctx.getCurrentIndex() >= 0 ? base + "[" + ctx.getCurrentIndex() + "]" : base;
        }
        return ctx.getCurrentName() == null ? base : child(base, ctx.getCurrentName());
    }

    static String parent(String path) {
        if (path.equals("$")) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    static String abbreviate(String s) {
        String oneLine = s.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }

    private static String suggestion(String given, List<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = a.equalsIgnoreCase(given) ? 0 : distance(a.toLowerCase(Locale.ROOT), given.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        int limit = given.length() <= 3 ? 1 : given.length() < 10 ? 2 : 3;
        return best != null && bestDistance <= limit ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }

    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

    private static String syntaxMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = e.getClass().getSimpleName();
        }
        Matcher start = START_MARKER.matcher(m);
        m = start.replaceAll(" (opened at line $1, column $2)");
        m = SOURCE.matcher(m).replaceAll("");
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        m = m.replaceAll(",? from `[^`]*`", "").replaceAll(": enable `[^`]*` to allow", "");
        m = m.replace("(code ", "(char ").trim();
        if (m.length() > 300) {
            m = m.substring(0, 297) + "...";
        }
        return "malformed JSON: " + m;
    }
}
