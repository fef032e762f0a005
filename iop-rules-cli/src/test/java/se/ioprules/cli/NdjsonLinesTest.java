package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line reader gives the same lines, numbers and errors as the former one, on random streams read in pieces. */
class NdjsonLinesTest {
    /** Hands out at most a few bytes per read, and sometimes none, as a pipe may. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;
        private final Random rnd;

        Trickle(byte[] bytes, Random rnd) {
            this.in = new ByteArrayInputStream(bytes);
            this.rnd = rnd;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = rnd.nextInt(5) == 0 ? 0 : Math.min(len, 1 + rnd.nextInt(rnd.nextBoolean() ? 7 : 100_000));
            return n == 0 && in.available() > 0 ? 0 : in.read(b, off, Math.max(1, n));
        }
    }

    private static List<NdjsonLines.Line> lines(byte[] in, int max, Random rnd) throws IOException {
        List<NdjsonLines.Line> out = new ArrayList<>();
        try (NdjsonLines r = new NdjsonLines(rnd == null ? new ByteArrayInputStream(in) : new Trickle(in, rnd), max)) {
            for (NdjsonLines.Line l; (l = r.next()) != null; ) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<NdjsonLines.Line> old(byte[] in, int max) throws IOException {
        List<NdjsonLines.Line> out = new ArrayList<>();
        try (OldNdjsonLines r = new OldNdjsonLines(new ByteArrayInputStream(in), max)) {
            for (NdjsonLines.Line l; (l = r.next()) != null; ) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void sameLinesAsTheFormerReaderOnRandomStreams() throws IOException {
        Random rnd = new Random(11);
        byte[][] pieces = {"{\"id\": \"a\"}".getBytes(StandardCharsets.UTF_8), "é–€😀".getBytes(StandardCharsets.UTF_8),
            {'\n'}, {'\r'}, {'\r', '\n'}, {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {0}, {' '},
            "x".repeat(70_000).getBytes(StandardCharsets.UTF_8)};
        for (int n = 0; n < 400; n++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int count = rnd.nextInt(40);
            for (int i = 0; i < count; i++) {
                byte[] p = pieces[rnd.nextInt(pieces.length - (rnd.nextInt(20) == 0 ? 0 : 1))];
                b.write(p, 0, p.length);
            }
            byte[] in = b.toByteArray();
            int max = rnd.nextBoolean() ? 10_000_000 : 1 + rnd.nextInt(80);
            List<NdjsonLines.Line> expected = old(in, max);
            assertEquals(expected, lines(in, max, null), "case " + n);
            assertEquals(expected, lines(in, max, rnd), "case " + n + " read in pieces");
        }
    }
}
