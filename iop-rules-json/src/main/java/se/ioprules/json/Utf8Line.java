package se.ioprules.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import se.ioprules.api.Citation;

/**
 * A result line written straight to UTF-8 bytes, one per thread and reused line after line: the bytes Jackson's
 * UTF-8 generator writes (compact, with surrogate pairs as four UTF-8 bytes) without its per-call and per-character
 * overhead, which under C1 was most of the cost of writing a line. A batch line is 140-180 kB; its structure is
 * written as pre-encoded fragments (field names with their punctuation), texts are encoded by one loop over their
 * characters, and texts that repeat verbatim across lines (from rule metadata) are encoded once per thread.
 * Which bytes: {@code "} and {@code \} escaped with a backslash; backspace, tab, newline, form feed and carriage
 * return as {@code \b \t \n \f \r}; other characters below U+0020 as {@code \}{@code u00XX} (upper-case hex); every
 * other character as its UTF-8 bytes. A lone surrogate has no UTF-8 form: {@link #failed()} tells the caller to
 * write the text form instead.
 */
final class Utf8Line {
    /** A table that grows past this (texts that were not constant after all) starts again. */
    static final int MAX_ENTRIES = 20_000;
    /** Buffers above this are not kept for the next line (an exceptionally long line). */
    private static final int KEEP_BYTES = 1 << 22;

    /** For the characters below 128: 0 written as is, else the letter after the backslash, or 'u' for u00XX. */
    private static final byte[] ESCAPE = new byte[128];
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    /** The bytes being written: {@link #own}, or a buffer handed to the caller by {@link #handOff}. */
    private byte[] buf;
    /** This thread's buffer for lines that are copied out ({@link #toByteArray}). */
    private byte[] own = new byte[1 << 18];
    /** The length of the last line handed off: the size of a new buffer for the next. */
    private int lastHandedOff = 1 << 17;
    private int pos;
    /** A text's characters, a chunk at a time. */
    private final char[] chars = new char[1 << 13];
    private boolean lone;

    /** Starts a new line in this thread's buffer, to be copied out. */
    void reset() {
        if (own.length > KEEP_BYTES) {
            own = new byte[1 << 18]; // an exceptionally long line's buffer is not kept
        }
        buf = own;
        pos = 0;
        lone = false;
    }

    /**
     * Starts a new line to be handed off.
     *
     * @param into a buffer to write it in (grown if too small), or null for a new one
     */
    void reset(byte[] into) {
        buf = into != null && into.length <= KEEP_BYTES ? into
                : new byte[Math.max(1 << 16, lastHandedOff + (lastHandedOff >> 3))];
        pos = 0;
        lone = false;
    }

    /** The line's bytes without a copy: the buffer is the caller's now. */
    java.nio.ByteBuffer handOff() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buf, 0, pos);
        lastHandedOff = pos;
        buf = own;
        return b;
    }

    /** Whether a text held a lone surrogate (the bytes are not the line then). */
    boolean failed() {
        return lone;
    }

    /** The line's bytes, copied from this thread's buffer. */
    byte[] toByteArray() {
        own = buf; // as grown
        return Arrays.copyOf(buf, pos);
    }

    int size() {
        return pos;
    }

    /** Where the next byte goes: with {@link #copy} a text written once is written again. */
    int position() {
        return pos;
    }

    /** Writes again the bytes written from {@code from} to {@code to}. */
    void copy(int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(buf, from, buf, pos, n);
        pos += n;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Pre-encoded bytes: punctuation and field names. */
    void raw(byte[] b) {
        int n = b.length;
        ensure(n);
        System.arraycopy(b, 0, buf, pos, n);
        pos += n;
    }

    void raw(byte b) {
        ensure(1);
        buf[pos++] = b;
    }

    void bool(boolean b) {
        raw(b ? TRUE : FALSE);
    }

    void nul() {
        raw(NULL);
    }

    void number(long v) {
        if (v >= 0 && v < 10) {
            raw((byte) ('0' + v));
            return;
        }
        asciiText(Long.toString(v));
    }

    /** As Jackson writes it with WRITE_BIGDECIMAL_AS_PLAIN, or null. */
    void number(BigDecimal v) {
        if (v == null) {
            nul();
        } else {
            asciiText(v.toPlainString());
        }
    }

    private void asciiText(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i); // digits, sign, point
        }
    }

    /** A text as a JSON string (quoted and escaped), or null. */
    void string(String s) {
        if (s == null) {
            nul();
            return;
        }
        raw((byte) '"');
        int n = s.length();
        char[] cs = chars;
        for (int from = 0; from < n; ) {
            int m = Math.min(n - from, cs.length);
            s.getChars(from, from + m, cs, 0); // one bulk copy instead of a checked charAt per character
            if (from + m < n && Character.isHighSurrogate(cs[m - 1])) {
                m--; // a pair is not split between two chunks
            }
            encode(cs, m);
            from += m;
        }
        raw((byte) '"');
    }

    private void encode(char[] cs, int n) {
        ensure(6L * n); // at most six bytes per character (an escape; UTF-8 takes at most three per char)
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80) {
                byte e = ESCAPE[c];
                if (e == 0) {
                    b[p++] = (byte) c;
                } else {
                    b[p++] = '\\';
                    b[p++] = e;
                    if (e == 'u') {
                        b[p++] = '0';
                        b[p++] = '0';
                        b[p++] = HEX[c >> 4];
                        b[p++] = HEX[c & 0xF];
                    }
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (c <= Character.MAX_HIGH_SURROGATE && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
                int cp = Character.toCodePoint(c, cs[++i]);
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                lone = true; // no UTF-8 for it: the caller writes the text form
                b[p++] = '?';
            }
        }
        pos = p;
    }

    /** A text from rule metadata, the same in every result: its bytes from the table, encoded the first time. */
    void constant(String s) {
        if (s == null) {
            nul();
            return;
        }
        String[] keys = texts;
        int mask = keys.length - 1;
        int i = slot(s.hashCode(), mask);
        for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == s || k.equals(s)) {
                raw(textBytes[i]);
                return;
            }
        }
        int from = pos;
        string(s);
        if (!lone) { // a text without UTF-8 is not kept: the next line with it must fail too
            if (textCount >= MAX_ENTRIES) {
                Arrays.fill(texts, null);
                Arrays.fill(textBytes, null);
                textCount = 0;
            } else if (2 * (textCount + 1) > keys.length) {
                growTexts();
            }
            putText(s, Arrays.copyOfRange(buf, from, pos));
        }
    }

    /** A citation object from rule metadata: {@code {"key":..,"document":..,"locator":..}}. */
    void citation(Citation c, byte[] key, byte[] document, byte[] locator) {
        Citation[] keys = citations;
        int mask = keys.length - 1;
        int i = slot(hash(c), mask);
        for (Citation k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == c || same(k, c)) {
                raw(citationBytes[i]);
                return;
            }
        }
        int from = pos;
        raw(key);
        string(c.key());
        raw(document);
        string(c.document());
        raw(locator);
        string(c.locator());
        raw((byte) '}');
        if (!lone) {
            if (citationCount >= MAX_ENTRIES) {
                Arrays.fill(citations, null);
                Arrays.fill(citationBytes, null);
                citationCount = 0;
            } else if (2 * (citationCount + 1) > keys.length) {
                growCitations();
            }
            putCitation(c, Arrays.copyOfRange(buf, from, pos));
        }
    }

    // Open-addressing tables (linear probing, at most half full) rather than HashMaps: under C1 a HashMap lookup is
    // several calls, a virtual hashCode and equals; here String's and the citation's own are called directly, and a
    // text that is the very same object (most are) is found by reference.
    private String[] texts = new String[1 << 10];
    private byte[][] textBytes = new byte[1 << 10][];
    private int textCount;
    private Citation[] citations = new Citation[1 << 10];
    private byte[][] citationBytes = new byte[1 << 10][];
    private int citationCount;

    private static int slot(int h, int mask) {
        return (h ^ (h >>> 16)) & mask;
    }

    private static int hash(Citation c) {
        return (31 * java.util.Objects.hashCode(c.key()) + java.util.Objects.hashCode(c.document())) * 31
                + java.util.Objects.hashCode(c.locator());
    }

    private static boolean same(Citation a, Citation b) {
        return java.util.Objects.equals(a.key(), b.key()) && java.util.Objects.equals(a.document(), b.document())
                && java.util.Objects.equals(a.locator(), b.locator());
    }

    private void putText(String s, byte[] b) {
        int mask = texts.length - 1;
        int i = slot(s.hashCode(), mask);
        while (texts[i] != null) {
            i = (i + 1) & mask;
        }
        texts[i] = s;
        textBytes[i] = b;
        textCount++;
    }

    private void growTexts() {
        String[] oldKeys = texts;
        byte[][] oldBytes = textBytes;
        texts = new String[oldKeys.length * 2];
        textBytes = new byte[oldKeys.length * 2][];
        textCount = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                putText(oldKeys[i], oldBytes[i]);
            }
        }
    }

    private void putCitation(Citation c, byte[] b) {
        int mask = citations.length - 1;
        int i = slot(hash(c), mask);
        while (citations[i] != null) {
            i = (i + 1) & mask;
        }
        citations[i] = c;
        citationBytes[i] = b;
        citationCount++;
    }

    private void growCitations() {
        Citation[] oldKeys = citations;
        byte[][] oldBytes = citationBytes;
        citations = new Citation[oldKeys.length * 2];
        citationBytes = new byte[oldKeys.length * 2][];
        citationCount = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                putCitation(oldKeys[i], oldBytes[i]);
            }
        }
    }

    private void ensure(long n) {
        if (pos + n > buf.length) {
            long want = Math.max(pos + n, 2L * buf.length);
            if (want > Integer.MAX_VALUE - 16) {
                if (pos + n > Integer.MAX_VALUE - 16) {
                    throw new OutOfMemoryError("result line too long");
                }
                want = Integer.MAX_VALUE - 16;
            }
            buf = Arrays.copyOf(buf, (int) want);
        }
    }
}
