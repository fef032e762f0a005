package se.ioprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * The bundled JSON samples ({@code src/main/resources/samples/*.json}) are the Java-built samples in the JSON input
 * format: parsing each gives exactly the same Partnership, and each file is the canonical JSON of it.
 *
 * <p>After changing {@link Samples}, regenerate the files with
 * {@code mvn -B -q test -pl iop-rules-samples -am -Dtest=SamplesJsonTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsamples.regenerate=true} (run from the repository root).
 */
class SamplesJsonTest {
    private static final Map<String, Partnership> SAMPLES = Map.of(
            "laholm", Samples.laholm(),
            "timra", Samples.timra(),
            "sormland", Samples.sormland());

    @Test
    void jsonFilesParseToTheJavaBuiltSamples() throws IOException {
        if (Boolean.getBoolean("samples.regenerate")) {
            Path dir = Path.of(System.getProperty("basedir", "."), "src/main/resources/samples");
            Files.createDirectories(dir);
            for (Map.Entry<String, Partnership> s : SAMPLES.entrySet()) {
                Files.writeString(dir.resolve(s.getKey() + ".json"), PartnershipJson.write(s.getValue()),
                        StandardCharsets.UTF_8);
            }
            return;
        }
        for (Map.Entry<String, Partnership> s : SAMPLES.entrySet()) {
            String json = resource("/samples/" + s.getKey() + ".json");
            Partnership parsed = PartnershipJson.read(json);
            assertEquals(s.getValue(), parsed, s.getKey() + ".json parses to a different Partnership than Samples."
                    + s.getKey() + "(); regenerate the file (see class comment)");
            assertEquals(PartnershipJson.write(s.getValue()), json, s.getKey() + ".json is not the canonical JSON of "
                    + "the Java sample; regenerate it (see class comment)");
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SamplesJsonTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
