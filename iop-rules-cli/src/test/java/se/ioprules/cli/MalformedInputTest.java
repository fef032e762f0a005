package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus in src/test/resources/malformed: each file must give exit 3 and a message naming the JSON path listed
 * in expected.tsv, with no stack trace, from both evaluate and validate.
 */
class MalformedInputTest {

    static Stream<Arguments> corpus() throws IOException {
        Path dir = CliRunner.resource("malformed");
        List<String> lines = Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .map(a -> Arguments.of(a[0], a[1], dir.resolve(a[0])));
    }

    @Test
    void corpusIsLargeAndComplete() throws IOException {
        List<Arguments> cases = corpus().toList();
        assertTrue(cases.size() >= 30, "at least 30 malformed inputs, found " + cases.size());
        try (Stream<Path> files = Files.list(CliRunner.resource("malformed"))) {
            assertEquals(cases.size(), files.filter(p -> p.toString().endsWith(".json")).count(),
                    "every .json file in malformed/ is listed in expected.tsv");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void evaluateRejectsWithPath(String name, String path, Path file) {
        CliRunner.Result r = CliRunner.run("evaluate", file.toString());
        assertRejected(r, path);
        assertEquals("", r.out(), "nothing is evaluated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateRejectsWithPathFromStdin(String name, String path, Path file) throws IOException {
        CliRunner.Result r = CliRunner.withStdin(Files.readString(file, StandardCharsets.UTF_8), "validate", "-");
        assertRejected(r, path);
    }

    private static void assertRejected(CliRunner.Result r, String path) {
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains(": " + path + ": ") || r.err().contains(": " + path + "[")
                || r.err().contains(": " + path + "."), () -> "names " + path + " (or a field within it)\n" + r);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("at se."), r::toString);
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("iop-rules: ")), r::toString);
    }
}
