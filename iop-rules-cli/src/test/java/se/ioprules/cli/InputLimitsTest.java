package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ioprules.json.PartnershipJson;

/** Issue 11, defect 6: what is read is bounded, parameter values are checked, every failure has its exit code. */
class InputLimitsTest {
    private static final String TIMRA = CliRunner.resource("probes/d/timra.json").toString();

    /** An endless stream of one byte, like /dev/zero, without holding it in memory. */
    private static InputStream endless(byte b) {
        return new InputStream() {
            @Override
            public int read() {
                return b & 0xFF;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, b);
                return len;
            }
        };
    }

    @ParameterizedTest
    @ValueSource(bytes = {' ', 0})
    void anEndlessInputStopsAtTheDocumentedLimit(byte fill) {
        CliRunner.Result r = CliRunner.withStreams(endless(fill), OutputStream.nullOutputStream(), "validate", "-");
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    @Test
    void anInputOverTheLimitIsRefusedEvenWhenItIsValidJson() {
        // Spaces are valid JSON whitespace: only the size limit can refuse this document.
        InputStream big = new java.io.SequenceInputStream(
                new InputStream() {
                    private long left = PartnershipJson.MAX_INPUT_CHARS + 1L;

                    @Override
                    public int read() {
                        return left-- > 0 ? ' ' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                        left -= n;
                        return n;
                    }
                },
                new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result r = CliRunner.withStreams(big, OutputStream.nullOutputStream(), "validate", "-");
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("larger than the maximum of 10,000,000 characters"), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    /**
     * A 50 MB string in a JVM with 64 MB of heap: refused by the limits while streaming, not an out-of-memory crash
     * reported as exit 1 with a trace.
     */
    @Test
    void aHugeStringInASmallHeapIsInvalidInputNotACrash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\":\"a\",\"title\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        for (List<String> command : List.of(List.of("validate"), List.of("evaluate"), List.of("validate", "--batch"))) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-cp", System.getProperty("java.class.path"), IopRulesCli.class.getName()));
            cmd.addAll(command);
            cmd.add(file.toString());
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES));
            CliRunner.Result r = new CliRunner.Result(p.exitValue(), "", err);
            assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), () -> command + "\n" + r);
            CliRunner.assertCleanErrors(r);
        }
    }

    /** Too little heap even to compile the rules: its own message and exit code, not exit 1 or 5 with a trace. */
    @Test
    void runningOutOfMemoryHasItsOwnExitCodeAndOneLine() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx8m",
                "-cp", System.getProperty("java.class.path"), IopRulesCli.class.getName(), "evaluate", TIMRA)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        CliRunner.Result r = new CliRunner.Result(p.exitValue(), "", err);
        assertEquals(ExitCode.OUT_OF_MEMORY, r.exitCode(), r::toString);
        assertEquals(1, err.lines().count(), r::toString);
        assertTrue(err.contains("out of memory") && err.contains("-Xmx"), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-5", "0.5", "1e-999999999", "12345678901234567890"})
    void parameterValuesAreCheckedBeforeAnythingRuns(String value) {
        CliRunner.Result r = CliRunner.run("evaluate", "--param", "longTermMonths=" + value, TIMRA);
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains("longTermMonths"), r::toString);
        CliRunner.assertCleanErrors(r);
    }

    @Test
    void aShareParameterTakesAShareAndAWholeNumberIsAccepted() {
        CliRunner.Result share = CliRunner.run("evaluate", "--as-of", "2024-06-30", "--param",
                "deMinimisMargin=1.5", TIMRA);
        assertEquals(ExitCode.USAGE, share.exitCode(), share::toString);
        assertTrue(share.err().contains("between 0 and 1"), share::toString);
        CliRunner.Result ok = CliRunner.run("evaluate", "--param", "longTermMonths=36.0", TIMRA);
        assertTrue(ok.exitCode() == ExitCode.OK || ok.exitCode() == ExitCode.DOES_NOT_MEET, ok::toString);
        assertTrue(ok.out().contains("\"longTermMonths\""), "the override is recorded");
    }

    @Test
    void anUnreadableFileSaysWhy() throws IOException {
        assertEquals("permission denied", Inputs.reason(new java.nio.file.AccessDeniedException("/x/a.json")));
        assertEquals("no such file", Inputs.reason(new java.nio.file.NoSuchFileException("/x/a.json")));
        assertEquals("Is a directory",
                Inputs.reason(new java.nio.file.FileSystemException("/x/a.json", null, "Is a directory")));
    }

    @Test
    void anUnreadableFileSaysPermissionDenied(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("secret.json"), "{}");
        assertTrue(f.toFile().setReadable(false, false));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f), "root reads every file");
        CliRunner.Result r = CliRunner.run("validate", f.toString());
        assertEquals(ExitCode.INVALID_INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("permission denied"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }
}
