package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defects 10 (stderr) and 11: errors point at the offending bracket, byte or object, and what is echoed on
 * stderr cannot act on the terminal.
 */
class ErrorPositionTest {
    private static Path probe(String name) {
        return CliRunner.resource("probes/" + name);
    }

    /** Column (1-based) of the bracket that opens nesting level {@code level}, counting the top-level object as 1. */
    private static int bracketColumn(String oneLine, int level) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (c == '"' && (i == 0 || oneLine.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == '{' || c == '[') && ++depth == level) {
                return i + 1;
            } else if (!inString && (c == '}' || c == ']')) {
                depth--;
            }
        }
        throw new IllegalArgumentException("not nested " + level + " deep");
    }

    @Test
    void tooDeepNestingPointsAtTheBracket() throws IOException {
        for (String name : new String[] {"m/deep-obj-1e4.json", "m/deep-unknown-1e4.json"}) {
            String text = Files.readString(probe(name), StandardCharsets.UTF_8);
            CliRunner.Result r = CliRunner.run("validate", probe(name).toString());
            assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
            String expected = ":1:" + bracketColumn(text, 65) + ": $.zzz";
            assertTrue(r.err().contains(expected) && r.err().contains("nested more than 64 levels deep"),
                    () -> "expected " + expected + "\n" + r);
            CliRunner.assertCleanErrors(r);
        }
    }

    @Test
    void aHugeFieldNameIsReportedAtItsObjectNotAtTheFieldBefore() {
        String doc = "{\"id\":\"a\",\"parties\":[{\"id\":\"k\",\"" + "n".repeat(60_000) + "\":1}]}";
        CliRunner.Result r = CliRunner.withStdin(doc, "validate", "-");
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains(": $.parties[0]: a field name of 60000 characters"), r::toString);
        assertFalse(r.err().contains("$.id") || r.err().contains("$.parties[0].id"), r::toString);
        assertTrue(r.err().length() < 1000, "the name itself is not echoed");
    }

    @Test
    void invalidUtf8PointsAtTheBadBytes() {
        CliRunner.Result r = CliRunner.run("validate", probe("m/bad-utf8-in-string.json").toString());
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("bad-utf8-in-string.json:3:66: $: not UTF-8 text"), r::toString);
    }

    @Test
    void controlAndBidiCharactersAreEscapedOnStderr() {
        CliRunner.Result r = CliRunner.run("validate", probe("m/ctrl-esc-in-unknown-field.json").toString());
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("\\u001B[2J"), r::toString);
        // JSON escapes: the parser turns them into the raw characters that the message would echo
        String rlo = "{\"id\":\"a\",\"x\\u202Ey\\u0007\\u0000\":1,\"parties\":[{\"id\":\"k\",\"sector\":\"\\u2066t\\u2028\"}]}";
        CliRunner.Result b = CliRunner.withStdin(rlo, "validate", "-");
        assertTrue(b.err().contains("x\\u202Ey\\u0007\\u0000"), b::toString);
        assertTrue(b.err().contains("'\\u2066t\\u2028'"), b::toString);
        for (CliRunner.Result each : new CliRunner.Result[] {r, b}) {
            assertTrue(each.err().chars().noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x7F || c == 0x202E
                    || c == 0x2066 || c == 0x2028), () -> "raw control or bidi character on stderr:\n" + each);
        }
    }
}
