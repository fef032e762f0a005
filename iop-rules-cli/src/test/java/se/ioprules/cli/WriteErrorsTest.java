package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 11, defects 2 and 3: every failed write is an error, and --out never empties or half-writes a file. */
class WriteErrorsTest {
    private static final String TIMRA = CliRunner.resource("probes/d/timra.json").toString();
    private static final String THREE = CliRunner.resource("probes/b/three.ndjson").toString();

    static List<List<String>> commands() {
        return List.of(List.of("evaluate", TIMRA), List.of("evaluate", "--format", "html", TIMRA),
                List.of("evaluate", "--format", "md", TIMRA), List.of("evaluate", "--batch", THREE),
                List.of("validate", TIMRA), List.of("validate", "--batch", THREE), List.of("schema"),
                List.of("rule-sets"), List.of("--help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aFullDiskOnStandardOutputIsAnError(List<String> args) throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full (Linux)");
        try (OutputStream out = new FileOutputStream(full.toFile())) {
            CliRunner.Result r = CliRunner.withStreams(InputStream.nullInputStream(), out, args.toArray(String[]::new));
            assertEquals(ExitCode.OUTPUT_ERROR, r.exitCode(), r::toString);
            assertTrue(r.err().contains("cannot write standard output"), r::toString);
            CliRunner.assertCleanErrors(r);
        }
    }

    @Test
    void aFullDiskBehindOutIsAnErrorWithoutTrace() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
        CliRunner.Result r = CliRunner.run("evaluate", "--batch", "--out", "/dev/full", THREE);
        assertEquals(ExitCode.OUTPUT_ERROR, r.exitCode(), r::toString);
        assertTrue(r.err().contains("/dev/full") && r.err().contains("No space left on device"), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    /** A batch piped into {@code head}: the reader goes away after the first line, and the batch stops there. */
    @Test
    void aClosedPipeStopsTheBatch() {
        StringBuilder batch = new StringBuilder();
        String pad = "x".repeat(1000);
        for (int i = 0; i < 400; i++) {
            batch.append("{\"id\":\"p").append(i).append("\",\"title\":\"").append(pad).append("\"}\n");
        }
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        AtomicLong consumed = new AtomicLong();
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                consumed.addAndGet(Math.max(n, 0));
                return n;
            }
        };
        OutputStream closedAfterFirstLine = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written > 0) {
                    throw new IOException("Broken pipe");
                }
                written += len;
            }
        };
        CliRunner.Result r = CliRunner.withStreams(in, closedAfterFirstLine, "evaluate", "--batch", "-");
        assertEquals(ExitCode.OUTPUT_ERROR, r.exitCode(), r::toString);
        assertTrue(r.err().contains("cannot write standard output"), r::toString);
        assertTrue(r.err().contains("batch stopped"), r::toString);
        assertTrue(consumed.get() < bytes.length / 2, "read " + consumed.get() + " of " + bytes.length
                + " bytes: the batch went on after the pipe closed");
        CliRunner.assertCleanErrors(r);
    }

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputKept(@TempDir Path dir) throws IOException {
        Path register = dir.resolve("register.ndjson");
        Files.copy(Path.of(THREE), register);
        byte[] before = Files.readAllBytes(register);
        Path symlink = Files.createSymbolicLink(dir.resolve("link.ndjson"), register);
        Path hardlink = Files.createLink(dir.resolve("hard.ndjson"), register);
        for (Path out : List.of(register, symlink, hardlink)) {
            CliRunner.Result r = CliRunner.run("evaluate", "--batch", "--out", out.toString(), register.toString());
            assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
            assertTrue(r.err().contains("is the input file"), r::toString);
            CliRunner.assertCleanErrors(r);
            assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(register), "input kept");
        }
        CliRunner.Result r = CliRunner.run("evaluate", "--out", symlink.toString(), register.toString());
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(register), "input kept");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputAsItWas(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("results.ndjson");
        Files.writeString(out, "previous results\n");
        CliRunner.Result r = CliRunner.run("evaluate", "--batch", "--rule-sets", "no-such-rule-set", "--out",
                out.toString(), THREE);
        assertEquals(ExitCode.RULE_SET_ERROR, r.exitCode(), r::toString);
        assertEquals("previous results\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
        // and a run that succeeds replaces it
        r = CliRunner.run("evaluate", "--batch", "--out", out.toString(), THREE);
        assertTrue(r.exitCode() == ExitCode.OK || r.exitCode() == ExitCode.DOES_NOT_MEET, r::toString);
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        assertFalse(lines.get(0).contains("previous"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }
}
