package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rule-sets} says which version is in force and when a version was superseded. */
class RuleSetsCommandTest {
    static final Path WORKED = Path.of("../iop-rules-authoring/src/test/resources/worked-example/rules");

    /**
     * The worked example's two versions, with the first one's end date removed: as with two municipal guideline
     * versions, both then "apply" from their start, and only the later one is in force.
     */
    static Path openEnded(Path tmp) throws IOException {
        try (Stream<Path> files = Files.walk(WORKED)) {
            for (Path f : files.toList()) {
                Path to = tmp.resolve(WORKED.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path manifest = tmp.resolve("test-long-term/2024.1/manifest.properties");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        assertTrue(text.contains("effectiveTo=2024-12-31"), text);
        Files.writeString(manifest, text.replace("effectiveTo=2024-12-31", "effectiveTo="), StandardCharsets.UTF_8);
        return tmp;
    }

    static String line(String out, String ref) {
        return out.lines().filter(l -> l.startsWith(ref + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not listed:\n" + out));
    }

    @Test
    void laterVersionSupersedesAnOpenEndedOne(@TempDir Path tmp) throws Exception {
        String dir = openEnded(tmp).toString();
        CliRunner.Result r = CliRunner.run("rule-sets", "--no-builtin", "--rules-dir", dir, "--as-of", "2025-06-01");
        assertEquals(0, r.exitCode(), r::toString);
        String old = line(r.out(), "test-long-term@2024.1");
        assertTrue(old.matches("test-long-term@2024\\.1 +guidance +no +2024-01-01 +superseded by 2025\\.1 on 2025-01-01"),
                old);
        assertTrue(line(r.out(), "test-long-term@2025.1").matches("test-long-term@2025\\.1 +guidance +yes +2025-01-01"),
                r.out());
        assertTrue(r.out().contains("In force on 2025-06-01: "), r.out());

        CliRunner.Result before = CliRunner.run("rule-sets", "--no-builtin", "--rules-dir", dir, "--as-of", "2024-06-01");
        assertTrue(line(before.out(), "test-long-term@2024.1").contains(" yes "), before.out());
        assertTrue(line(before.out(), "test-long-term@2025.1").contains(" no "), before.out());
    }

    @Test
    void jsonNamesTheSuccessor(@TempDir Path tmp) throws Exception {
        CliRunner.Result r = CliRunner.run("rule-sets", "--no-builtin", "--rules-dir", openEnded(tmp).toString(),
                "--as-of", "2025-06-01", "--format", "json");
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals(2, all.size(), r.out());
        JsonNode old = all.get(0);
        assertEquals("2024.1", old.get("version").asText());
        assertEquals("2025.1", old.get("supersededBy").asText());
        assertEquals("2025-01-01", old.get("supersededOn").asText());
        assertEquals(false, old.get("inForce").asBoolean());
        assertTrue(all.get(1).get("supersededBy").isNull());
        assertEquals(true, all.get(1).get("inForce").asBoolean());
    }
}
