package se.ioprules.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Passes at most a given number of characters through, then fails: bounds what one document may make us read. */
final class LimitedReader extends FilterReader {
    /** The input went past the limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("input too large");
        }
    }

    private final long limit;
    private long count;

    LimitedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException();
        }
    }

    @Override
    public void close() {
        // the caller owns the underlying reader
    }
}
