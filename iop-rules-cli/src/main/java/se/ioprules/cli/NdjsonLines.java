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
 * Splits an NDJSON stream into lines at LF bytes, then decodes each line on its own as strict UTF-8. So a line's bad
 * bytes or excessive length are that line's error, with its true number, and the lines after it are read as usual.
 * A CR before the LF is dropped (CRLF files); any other CR stays in the line, where JSON reads it as whitespace, so
 * line numbers always match {@code wc -l}. Memory is bounded by the longest line accepted.
 */
final class NdjsonLines implements Closeable {
    /**
     * One line.
     *
     * @param number 1-based line number (counting LF bytes)
     * @param text the decoded line without its line end, or null when {@code error} says why it has none
     * @param error why the line cannot be read (not UTF-8, too long), or null
     */
    record Line(long number, String text, String error) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] buf = new byte[8192];
    private long number;
    private boolean eof;
    /** Reused for every line (reset before each), as is the buffer it decodes into. */
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(8192);

    /**
     * @param in the stream (closed by {@link #close()})
     * @param maxBytes longest line accepted, in bytes; a longer one is skipped to its end and reported
     */
    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** @return the next line, or null at the end of the input */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        int len = 0;
        long total = 0;
        boolean lineEnd = false;
        // Whole runs up to the next LF are found and copied at once: a call per byte was most of the cost.
        while (!lineEnd) {
            if (chunkPos == chunkLen && !fill()) {
                eof = true;
                if (total == 0) {
                    return null; // nothing after the last LF
                }
                break;
            }
            byte[] c = chunk;
            int start = chunkPos;
            int end = chunkLen;
            int i = start;
            while (i < end && c[i] != '\n') {
                i++;
            }
            int n = i - start;
            if (total < maxBytes) {
                int keep = (int) Math.min(n, maxBytes - total);
                if (len + keep > buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(len + keep, (int) Math.min((long) buf.length * 2, (long) maxBytes + 1)));
                }
                System.arraycopy(c, start, buf, len, keep);
                len += keep;
            }
            total += n;
            lineEnd = i < end;
            chunkPos = lineEnd ? i + 1 : i;
        }
        number++;
        if (total > 0 && total <= maxBytes && buf[len - 1] == '\r') {
            len--;
            total--;
        }
        if (total > maxBytes) {
            return new Line(number, null, "the line is longer than the maximum of "
                    + String.format(Locale.ROOT, "%,d", maxBytes) + " bytes");
        }
        return decode(len);
    }

    /** @return whether there are bytes in the chunk now (false at the end of the input) */
    private boolean fill() throws IOException {
        int n = in.read(chunk);
        while (n == 0) {
            n = in.read(chunk);
        }
        if (n < 0) {
            return false;
        }
        chunkPos = 0;
        chunkLen = n;
        return true;
    }

    private Line decode(int len) {
        CharsetDecoder d = decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(buf, 0, len);
        if (chars.capacity() < len) {
            chars = CharBuffer.allocate(Math.max(len, Math.min(2 * chars.capacity(), maxBytes)));
        }
        chars.clear();
        CoderResult r = d.decode(bytes, chars, true);
        if (!r.isError()) {
            r = d.flush(chars);
        }
        if (r.isError()) {
            return new Line(number, null, "not UTF-8 text: invalid byte sequence at column " + (chars.position() + 1)
                    + " (byte " + (bytes.position() + 1) + " of the line)");
        }
        chars.flip();
        return new Line(number, chars.toString(), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
