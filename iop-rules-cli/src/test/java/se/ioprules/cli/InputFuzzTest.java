package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.ioprules.json.PartnershipJson;
import se.ioprules.json.Utf8Reader;

/**
 * Fuzzes the JSON reader and the batch reader (issue 11) with random byte strings and with mutations of valid
 * inputs: no input may give an exit code other than 0 or 3, a stack trace, or an exception out of the library
 * reader; the batch reader gives one verdict per non-blank line. Inputs come from a seeded generator, so a failure
 * names the seed and case that reproduce it. A short run ({@value #DEFAULT_CASES} cases per test, seed
 * {@value #DEFAULT_SEED}) is part of the normal build; run longer, or with other inputs, with
 * {@code -Diop.fuzz.cases=20000 -Diop.fuzz.seed=N}. Hangs and unbounded memory would show as a build that does not
 * finish: every read is bounded by the size limit.
 */
class InputFuzzTest {
    static final int DEFAULT_CASES = 250;
    static final long DEFAULT_SEED = 20261204L;
    private static final int CASES = Integer.getInteger("iop.fuzz.cases", DEFAULT_CASES);
    private static final long SEED = Long.getLong("iop.fuzz.seed", DEFAULT_SEED);
    private static final byte[] TIMRA = read("probes/d/timra.json");
    private static final byte[] THREE = read("probes/b/three.ndjson");
    private static final Set<Integer> USER_EXITS = Set.of(ExitCode.OK, ExitCode.INVALID_INPUT);
    /** Bytes and tokens that have broken readers before: brackets, quotes, line ends, NUL, bad UTF-8, BOM, bidi. */
    private static final List<byte[]> TOKENS = List.of(bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes("\""),
            bytes(","), bytes(":"), bytes("\\"), bytes("\n"), bytes("\r"), bytes("\r\n"), new byte[] {0},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("\u202E"), bytes("\u001B[2J"), bytes("null"),
            bytes("1e999999999"), bytes("-0.0"), bytes("\"0000-01-01\""), bytes("9".repeat(70)), bytes("{\"a\":".repeat(80)),
            bytes("[".repeat(300)), bytes("\"id\""), bytes("\"parties\":[]"));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try {
            return Files.readAllBytes(CliRunner.resource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit of a valid input. */
    record Mutation(int kind, double at, double length, int token, byte value) {
        byte[] apply(byte[] in) {
            int pos = (int) (at * in.length);
            int len = Math.max(1, (int) (length * Math.min(64, in.length - pos)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
            switch (kind) {
                case 0 -> { // replace one byte
                    out.write(in, 0, in.length);
                    byte[] b = out.toByteArray();
                    if (pos < b.length) {
                        b[pos] = value;
                    }
                    return b;
                }
                case 1 -> { // insert a token
                    out.write(in, 0, pos);
                    out.writeBytes(TOKENS.get(token));
                    out.write(in, pos, in.length - pos);
                }
                case 2 -> { // delete a range
                    out.write(in, 0, pos);
                    int end = Math.min(in.length, pos + len);
                    out.write(in, end, in.length - end);
                }
                case 3 -> { // duplicate a range
                    int end = Math.min(in.length, pos + len);
                    out.write(in, 0, end);
                    out.write(in, pos, end - pos);
                    out.write(in, end, in.length - end);
                }
                default -> out.write(in, 0, pos); // truncate
            }
            return out.toByteArray();
        }
    }

    private static byte[] randomBytes(Random rnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rnd.nextBoolean()) {
            byte[] raw = new byte[rnd.nextInt(3001)];
            rnd.nextBytes(raw);
            out.writeBytes(raw);
        } else {
            int n = rnd.nextInt(201);
            for (int i = 0; i < n; i++) {
                out.writeBytes(TOKENS.get(rnd.nextInt(TOKENS.size())));
            }
        }
        return out.toByteArray();
    }

    private static byte[] mutated(byte[] base, Random rnd) {
        byte[] b = base;
        int n = 1 + rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            b = new Mutation(rnd.nextInt(5), rnd.nextDouble(), rnd.nextDouble(), rnd.nextInt(TOKENS.size()),
                    (byte) rnd.nextInt(256)).apply(b);
        }
        return b;
    }

    /** Runs the check on {@link #CASES} generated inputs; a failure names the seed and case that reproduce it. */
    private static void fuzz(String name, Function<Random, byte[]> generator, Consumer<byte[]> check) {
        Random rnd = new Random(SEED ^ name.hashCode());
        for (int i = 0; i < CASES; i++) {
            byte[] input = generator.apply(rnd);
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                String head = HexFormat.of().formatHex(input, 0, Math.min(input.length, 200));
                throw new AssertionError(name + ": case " + i + " of seed " + SEED + " (-Diop.fuzz.seed=" + SEED
                        + "), " + input.length + " bytes, starting " + head, e);
            }
        }
    }

    @Test
    void jsonReaderOnRandomBytes() {
        fuzz("jsonReaderOnRandomBytes", InputFuzzTest::randomBytes, InputFuzzTest::checkDocument);
    }

    @Test
    void jsonReaderOnMutatedValidInput() {
        fuzz("jsonReaderOnMutatedValidInput", rnd -> mutated(TIMRA, rnd), InputFuzzTest::checkDocument);
    }

    @Test
    void batchReaderOnRandomBytes() {
        fuzz("batchReaderOnRandomBytes", InputFuzzTest::randomBytes, InputFuzzTest::checkBatch);
    }

    @Test
    void batchReaderOnMutatedValidInput() {
        fuzz("batchReaderOnMutatedValidInput", rnd -> mutated(THREE, rnd), InputFuzzTest::checkBatch);
    }

    private static void checkDocument(byte[] input) {
        // The library reader reports problems and never throws anything else.
        PartnershipJson.validate(new Utf8Reader(new ByteArrayInputStream(input)));
        CliRunner.Result r = run(input, "validate", "-");
        assertTrue(USER_EXITS.contains(r.exitCode()), r::toString);
        CliRunner.assertCleanErrors(r);
        assertEquals(r.exitCode() == ExitCode.OK, r.out().equals("<stdin>: OK\n"), r::toString);
    }

    private static void checkBatch(byte[] input) {
        CliRunner.Result r = run(input, "validate", "--batch", "-");
        assertTrue(USER_EXITS.contains(r.exitCode()), r::toString);
        CliRunner.assertCleanErrors(r);
        long lines = nonBlankLines(input);
        String summary = r.out().strip();
        String[] parts = summary.replace("<stdin>: ", "").replace(" valid,", "").replace(" invalid", "").split(" ");
        assertEquals(lines, Long.parseLong(parts[0]) + Long.parseLong(parts[1]), () -> "one verdict per non-blank line\n" + r);
        assertEquals(r.exitCode() == ExitCode.INVALID_INPUT, Long.parseLong(parts[1]) > 0, r::toString);
    }

    /** Lines as NDJSON defines them: split at LF, a CR before it dropped; blank (whitespace only) lines skipped. */
    private static long nonBlankLines(byte[] input) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == '\n') {
                if (i > start || i < input.length) {
                    int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
                    lines.add(java.util.Arrays.copyOfRange(input, start, end));
                }
                start = i + 1;
            }
        }
        long n = 0;
        for (byte[] line : lines) {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
                if (!s.isBlank()) {
                    n++;
                }
            } catch (CharacterCodingException e) {
                n++;
            }
        }
        return n;
    }

    private static CliRunner.Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IopRulesCli.execute(args, new ByteArrayInputStream(stdin), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRunner.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
