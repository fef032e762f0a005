package se.ioprules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 and, at the first invalid byte sequence, fails with the line and column where it starts,
 * so the error points at the bad bytes rather than at wherever the parser's buffer happened to end.
 */
public final class Utf8Reader extends Reader {
    /** The input is not UTF-8 at {@link #line()}:{@link #column()}. */
    public static final class MalformedException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        MalformedException(int line, int column) {
            this.line = line;
            this.column = column;
        }

        /** @return 1-based line of the first bad byte */
        public int line() {
            return line;
        }

        /** @return 1-based column (in characters) of the first bad byte */
        public int column() {
            return column;
        }

        @Override
        public String getMessage() {
            return "not UTF-8 text: invalid byte sequence at line " + line + ", column " + column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean done;
    private int line = 1;
    private int column = 1;

    /** @param in UTF-8 bytes (closed with this reader) */
    public Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (done) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!eof && bytes.remaining() < 4) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        int start = chars.position();
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (!r.isError() && eof && !bytes.hasRemaining()) {
            r = decoder.flush(chars);
            done = !r.isOverflow();
        }
        count(start, chars.position());
        if (r.isError()) {
            throw new MalformedException(line, column);
        }
        chars.flip();
    }

    private void count(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
