package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11, defects 4 and 5: a bad NDJSON line is that line's error, and line numbers follow LF bytes. */
class BatchReaderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BAD_UTF8 = CliRunner.resource("probes/b/badutf8-small-line150.ndjson").toString();
    private static final String CR_IN_LINE = CliRunner.resource("probes/b/cr-in-line.ndjson").toString();
    private static final String CRLF = CliRunner.resource("probes/b/crlf.ndjson").toString();

    @Test
    void invalidUtf8IsThatLinesErrorWithItsTrueNumberAndTheBatchGoesOn() throws IOException {
        CliRunner.Result r = CliRunner.run("evaluate", "--batch", "--findings", "notable", BAD_UTF8);
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(200, lines.size(), "one output line per input line");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = MAPPER.readTree(lines.get(i));
            assertEquals(i + 1, n.at("/input/line").asInt(), "line numbers follow the input");
            assertEquals(i + 1 == 150, n.has("error"), () -> "only line 150 is an error: " + n);
        }
        assertTrue(r.err().contains("badutf8-small-line150.ndjson:150: $: not UTF-8 text"), r::toString);
        assertTrue(r.err().contains("199 evaluated"), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    @Test
    void validateBatchReportsTheBadLineWithoutARawException() {
        CliRunner.Result r = CliRunner.run("validate", "--batch", BAD_UTF8);
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains(":150: $: not UTF-8 text"), r::toString);
        assertTrue(r.out().contains("199 valid, 1 invalid"), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    @Test
    void aLoneCrIsWhitespaceInsideTheLine() throws IOException {
        CliRunner.Result r = CliRunner.run("evaluate", "--batch", "--findings", "notable", CR_IN_LINE);
        assertTrue(r.exitCode() == ExitCode.OK || r.exitCode() == ExitCode.DOES_NOT_MEET, r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), "as many results as `wc -l` counts lines");
        assertEquals("b", MAPPER.readTree(lines.get(1)).at("/partnershipId").asText(), lines.get(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, MAPPER.readTree(lines.get(i)).at("/input/line").asInt());
        }
        CliRunner.Result v = CliRunner.run("validate", "--batch", CR_IN_LINE);
        assertEquals(ExitCode.OK, v.exitCode(), v::toString);
        assertTrue(v.out().contains("3 valid, 0 invalid"), v::toString);
        // while a CR before the LF still ends the line with it
        CliRunner.Result crlf = CliRunner.run("validate", "--batch", CRLF);
        assertEquals(ExitCode.OK, crlf.exitCode(), crlf::toString);
        assertTrue(crlf.out().contains("2 valid, 0 invalid"), crlf::toString);
    }

    @Test
    void aLineOverTheLimitIsThatLinesErrorAndTheNextLineIsRead() throws IOException {
        String longLine = "{\"id\":\"" + "x".repeat(100) + "\"}";
        byte[] in = ("{\"id\":\"a\"}\n" + longLine + "\r\n\n{\"id\":\"c\"}").getBytes(StandardCharsets.UTF_8);
        List<NdjsonLines.Line> lines = new ArrayList<>();
        try (NdjsonLines r = new NdjsonLines(new ByteArrayInputStream(in), 50)) {
            NdjsonLines.Line l;
            while ((l = r.next()) != null) {
                lines.add(l);
            }
        }
        assertEquals(4, lines.size());
        assertEquals("{\"id\":\"a\"}", lines.get(0).text());
        assertNull(lines.get(1).text());
        assertTrue(lines.get(1).error().contains("longer than the maximum of 50 bytes"), lines.get(1).error());
        assertEquals("", lines.get(2).text());
        assertEquals(4, lines.get(3).number());
        assertEquals("{\"id\":\"c\"}", lines.get(3).text(), "a last line without LF is read");
    }

    @Test
    void aStdinThatCannotBeReadIsInvalidInputWithoutTrace() {
        java.io.InputStream closed = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Bad file descriptor");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("Bad file descriptor");
            }
        };
        for (String command : List.of("evaluate", "validate")) {
            CliRunner.Result r = CliRunner.withStreams(closed, java.io.OutputStream.nullOutputStream(), command,
                    "--batch", "-");
            assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
            assertTrue(r.err().contains("<stdin>") && r.err().contains("Bad file descriptor"), r::toString);
            assertFalse(r.err().contains("Exception"), r::toString);
            CliRunner.assertCleanErrors(r);
        }
    }
}
