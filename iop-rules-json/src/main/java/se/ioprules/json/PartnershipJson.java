package se.ioprules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.Problem;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Tri;

/**
 * The JSON format of partnership facts: one object whose field names are the components of
 * {@link Partnership} and its nested records (camelCase, as in the criteria catalogue's fact model).
 * <ul>
 *   <li>tri-state facts are {@code true}, {@code false} or {@code null}; a fact that is absent or null is unknown;</li>
 *   <li>dates are ISO-8601 strings {@code "yyyy-mm-dd"};</li>
 *   <li>amounts are JSON numbers (SEK, or EUR where the field name says so), at most two decimals, never negative;</li>
 *   <li>enumerations are their constant names, e.g. {@code "IDEA_BASED"}; sets are arrays without repeats.</li>
 * </ul>
 * Reading is strict: unknown fields, wrong types, invalid dates, out-of-range numbers, duplicate keys and inconsistent
 * facts (checked by {@link PartnershipValidator}) are all reported together in one {@link InvalidJsonException},
 * each with a JSON path and line/column. Writing is canonical: fields in record order, unknown values left out,
 * so that JSON &rarr; facts &rarr; JSON gives the same facts. The JSON Schema is {@link #schema()}.
 * Thread-safe.
 */
public final class PartnershipJson {
    /** Classpath location of the JSON Schema (draft 2020-12) of the input format. */
    public static final String SCHEMA_RESOURCE = "/se/ioprules/json/partnership.schema.json";

    /**
     * Largest document read, in characters (10 million, about 10 MB of UTF-8): counted while reading, so a larger
     * or endless input is refused without being held in memory. A real partnership is a few kilobytes; one with
     * thousands of parties stays under a megabyte.
     */
    public static final int MAX_INPUT_CHARS = 10_000_000;

    private PartnershipJson() {
    }

    /**
     * @param json the document
     * @return the facts
     * @throws InvalidJsonException listing every problem
     */
    public static Partnership read(String json) {
        return read(new StringReader(json));
    }

    /**
     * @param in the document, strict UTF-8 (an invalid byte sequence is a problem with its line and column)
     * @return the facts
     * @throws InvalidJsonException listing every problem
     */
    public static Partnership read(InputStream in) {
        return read(new Utf8Reader(in));
    }

    /**
     * Reads and checks one partnership document (the reader is consumed but not closed).
     *
     * @param in the document
     * @return the facts
     * @throws InvalidJsonException listing every problem
     */
    public static Partnership read(Reader in) {
        Result r = check(in);
        if (!r.problems().isEmpty()) {
            throw new InvalidJsonException(r.problems());
        }
        return r.partnership();
    }

    private record Result(Partnership partnership, List<JsonProblem> problems) {
    }

    /**
     * Checks a document without throwing.
     *
     * @param json the document
     * @return every problem; empty when the document is a valid partnership
     */
    public static List<JsonProblem> validate(String json) {
        return check(new StringReader(json)).problems();
    }

    /**
     * Checks a document without throwing (the reader is consumed but not closed).
     *
     * @param in the document
     * @return every problem; empty when the document is a valid partnership
     */
    public static List<JsonProblem> validate(Reader in) {
        return check(in).problems();
    }

    private static Result check(Reader in) {
        StrictReader reader = new StrictReader();
        Partnership p = reader.read(in, Partnership.class);
        List<JsonProblem> problems = new ArrayList<>(reader.problems());
        if (p != null) {
            for (Problem problem : PartnershipValidator.validate(p)) {
                String path = problem.path().equals("$") ? "$" : "$." + problem.path();
                if (coveredByEarlier(path, reader.problems())) {
                    continue;
                }
                JsonLocation loc = reader.locationOf(path);
                int line = loc == null ? 0 : loc.getLineNr();
                int col = loc == null ? 0 : loc.getColumnNr();
                problems.add(new JsonProblem(path, line, col, problem.message()));
            }
        }
        return new Result(problems.isEmpty() ? p : null, List.copyOf(problems));
    }

    /** A value that could not be read is null in the facts; don't also report it as "required". */
    private static boolean coveredByEarlier(String path, List<JsonProblem> structural) {
        for (JsonProblem s : structural) {
            if (path.equals(s.path()) || path.startsWith(s.path() + ".") || path.startsWith(s.path() + "[")
                    || s.path().startsWith(path + ".") || s.path().startsWith(path + "[")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param p the facts
     * @return canonical, indented JSON (fields in record order, unknown values left out), ending with a newline
     */
    public static String write(Partnership p) {
        StringWriter w = new StringWriter();
        write(p, w, true);
        w.write('\n');
        return w.toString();
    }

    /**
     * @param p the facts
     * @return canonical JSON on one line (for NDJSON)
     */
    public static String writeCompact(Partnership p) {
        StringWriter w = new StringWriter();
        write(p, w, false);
        return w.toString();
    }

    /**
     * @param p the facts
     * @param out where to write
     * @param pretty indented (true) or on one line
     */
    public static void write(Partnership p, Writer out, boolean pretty) {
        Objects.requireNonNull(p, "partnership");
        try (JsonGenerator g = StrictReader.FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            if (pretty) {
                g.setPrettyPrinter(prettyPrinter());
            }
            writeValue(g, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON Schema (draft 2020-12) of the input format */
    public static String schema() {
        try (InputStream in = PartnershipJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withRootSeparator("")
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Tri t) {
            if (t == Tri.UNKNOWN) {
                g.writeNull();
            } else {
                g.writeBoolean(t == Tri.TRUE);
            }
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof LocalDate d) {
            g.writeString(d.toString());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Record r) {
            RecordTypes.Info info = RecordTypes.of(r.getClass());
            g.writeStartObject();
            for (int i = 0; i < info.components.length; i++) {
                Object value = info.get(r, i);
                if (Objects.equals(value, info.defaultValue(i))) {
                    continue;
                }
                g.writeFieldName(info.components[i].getName());
                writeValue(g, value);
            }
            g.writeEndObject();
        } else {
            throw new IllegalStateException("unsupported fact value " + v.getClass());
        }
    }
}
