package se.ioprules.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * Three illustrative models of the agreement types SKL annexed to its 2018 report (S3, appendices 3–5): Laholm
 * (a municipality and several associations, multi-year), Timrå (two parties, one calendar year) and Sörmland (two
 * public parties and study associations).
 *
 * <p>The source of truth is the JSON files on the classpath ({@code /samples/laholm.json}, {@code timra.json},
 * {@code sormland.json}), in the input format of {@code iop-rules-json} and the CLI, so the samples a reader edits
 * are the ones the CLI evaluates. {@link SampleBuilderExample} shows the same Timrå sample built in Java.
 *
 * <p><b>These are not the real agreements.</b> Their texts are not public in full. What public sources document is
 * recorded as DOCUMENTED with the source; everything a realistic sample had to invent is recorded as ASSUMED with the
 * reason (see the research notes summarised in the module README). The agreement texts were written
 * for these samples and are not copied from anywhere.
 */
public final class Samples {

    /** The sample names, in the order of SKL's appendices; each is a file {@code /samples/<name>.json}. */
    public static final List<String> NAMES = List.of("laholm", "timra", "sormland");

    private Samples() {
    }

    /** @return the three samples: Laholm, Timrå, Sörmland */
    public static List<Partnership> all() {
        return NAMES.stream().map(Samples::byName).toList();
    }

    /** @return Laholm: a municipality and several associations, multi-year (S3 appendix 3) */
    public static Partnership laholm() {
        return byName("laholm");
    }

    /** @return Timrå: two parties, calendar year 2018 (S3 appendix 4) */
    public static Partnership timra() {
        return byName("timra");
    }

    /** @return Sörmland: two public parties and two study associations (S3 appendix 5) */
    public static Partnership sormland() {
        return byName("sormland");
    }

    /**
     * @param id "laholm", "timra" or "sormland" (or the sample's id)
     * @return the sample, read from its JSON file
     * @throws IllegalArgumentException for an unknown name
     */
    public static Partnership byName(String id) {
        String name = switch (id) {
            case "laholm", "laholm-2017" -> "laholm";
            case "timra", "timra-2018" -> "timra";
            case "sormland", "sormland-2017" -> "sormland";
            default -> throw new IllegalArgumentException("Unknown sample '" + id + "'. Known: laholm, timra, sormland");
        };
        return PartnershipJson.read(json(name));
    }

    /**
     * @param name one of {@link #NAMES}
     * @return the text of the sample's JSON file
     */
    static String json(String name) {
        String resource = "/samples/" + name + ".json";
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                // A packaging error, not user input: the files are part of this module.
                throw new IllegalStateException("sample resource missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
