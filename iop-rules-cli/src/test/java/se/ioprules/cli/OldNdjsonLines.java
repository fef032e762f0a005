package se.ioprules.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The former line reader (main at 2fda2c5, a call per byte), kept as the reference of {@link NdjsonLinesTest}.
 * Splits an NDJSON stream into lines at LF bytes, then decodes each line on its own as strict UTF-8. So a line's bad
 * bytes or excessive length are that line's error, with its true number, and the lines after it are read as usual.
 * A CR before the LF is dropped (CRLF files); any other CR stays in the line, where JSON reads it as whitespace, so
 * line numbers always match {@code wc -l}. Memory is bounded by the longest line accepted.
 */
final class OldNdjsonLines implements Closeable {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] buf = new byte[8192];
    private long number;
    private boolean eof;

    /**
     * @param in the stream (closed by {@link #close()})
     * @param maxBytes longest line accepted, in bytes; a longer one is skipped to its end and reported
     */
    OldNdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** @return the next line, or null at the end of the input */
    NdjsonLines.Line next() throws IOException {
        if (eof) {
            return null;
        }
        int len = 0;
        long total = 0;
        int b;
        while ((b = read()) >= 0 && b != '\n') {
            total++;
            if (total <= maxBytes) {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, (long) maxBytes + 1));
                }
                buf[len++] = (byte) b;
            }
        }
        if (b < 0) {
            eof = true;
            if (total == 0) {
                return null; // nothing after the last LF
            }
        }
        number++;
        if (total > 0 && total <= maxBytes && buf[len - 1] == '\r') {
            len--;
            total--;
        }
        if (total > maxBytes) {
            return new NdjsonLines.Line(number, null, "the line is longer than the maximum of "
                    + String.format(Locale.ROOT, "%,d", maxBytes) + " bytes");
        }
        return decode(len);
    }

    private int read() throws IOException {
        if (chunkPos == chunkLen) {
            int n = in.read(chunk);
            while (n == 0) {
                n = in.read(chunk);
            }
            if (n < 0) {
                return -1;
            }
            chunkPos = 0;
            chunkLen = n;
        }
        return chunk[chunkPos++] & 0xFF;
    }

    private NdjsonLines.Line decode(int len) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(buf, 0, len);
        CharBuffer chars = CharBuffer.allocate(len);
        CoderResult r = d.decode(bytes, chars, true);
        if (!r.isError()) {
            r = d.flush(chars);
        }
        if (r.isError()) {
            return new NdjsonLines.Line(number, null, "not UTF-8 text: invalid byte sequence at column " + (chars.position() + 1)
                    + " (byte " + (bytes.position() + 1) + " of the line)");
        }
        chars.flip();
        return new NdjsonLines.Line(number, chars.toString(), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
