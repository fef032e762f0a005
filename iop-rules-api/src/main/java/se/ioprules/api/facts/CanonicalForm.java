package se.ioprules.api.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of a fact tree ({@link FactPaths#canonical}) and its SHA-256 ({@link FactPaths#sha256}), which
 * every evaluation computes. Batches run with C1 only (no escape analysis, no SHA intrinsic), so the hash walks the
 * tree once with a plan per record class, writes the UTF-8 of the canonical lines straight into a reusable byte
 * buffer of the thread and hashes that buffer in place: no strings per path or line, no copies of the text.
 * The bytes are exactly those of {@code canonical(root).getBytes(UTF_8)} (a lone surrogate becomes {@code ?}).
 */
final class CanonicalForm {
    /** Per record class: its components in order, their names as UTF-8 and accessors. */
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return new Plan(type);
        }
    };

    /** One writer per thread, reused: its buffers grow to the largest input and stay. */
    private static final ThreadLocal<Writer> WRITERS = ThreadLocal.withInitial(Writer::new);

    private CanonicalForm() {
    }

    static String canonical(Object root) {
        Writer w = new Writer();
        w.text = new StringBuilder(4096);
        w.walk(root);
        return w.text.toString();
    }

    static String sha256(Object root) {
        Writer w = WRITERS.get();
        if (w.busy) { // only if a value's toString hashed a tree itself
            w = new Writer();
        }
        w.busy = true;
        try {
            w.start();
            w.walk(root);
            w.digest.update(w.buf, 0, w.len);
            return HexFormat.of().formatHex(w.digest.digest()); // digest() resets it
        } finally {
            w.busy = false;
            w.len = 0;
            w.pathLength = 0;
        }
    }

    /** SHA-256 from the JDK (every Java runtime has it), fed from the writer's buffer without copies. */
    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Plan {
        final byte[][] names;
        /** The accessors {@link FactPaths} reads facts with (plain functions for the fact model's records). */
        final FactPaths.Accessor[] accessors;

        Plan(Class<?> type) {
            accessors = FactPaths.accessors(type);
            names = new byte[accessors.length][];
            for (int i = 0; i < accessors.length; i++) {
                names[i] = accessors[i].rc().getName().getBytes(StandardCharsets.UTF_8);
            }
        }

        Object get(int i, Object record) {
            return accessors[i].of(record);
        }
    }

    /**
     * Walks a tree and writes its canonical lines: to {@link #text} when set, otherwise as UTF-8 into {@link #buf},
     * which goes to the digest whenever it fills.
     */
    private static final class Writer {
        /** Longest run of a value's characters encoded at once (at most 3 bytes each). */
        private static final int CHUNK = 2048;
        private static final byte[] SIZE = ".size=".getBytes(StandardCharsets.US_ASCII);

        final MessageDigest digest = newSha256();
        StringBuilder text;
        byte[] buf = new byte[16384];
        int len;
        /** The path of the node being walked, as UTF-8. */
        byte[] path = new byte[256];
        int pathLength;
        final char[] chars = new char[CHUNK + 1];
        boolean busy;

        void start() {
            digest.reset();
            len = 0;
            pathLength = 0;
        }

        /** Writes the lines under {@code node}; the path is as it was on return. */
        void walk(Object node) {
            if (node == null || node == Tri.UNKNOWN) {
                return;
            }
            int at = pathLength;
            if (node instanceof Record) {
                Plan plan = PLANS.get(node.getClass());
                byte[][] names = plan.names;
                for (int i = 0; i < names.length; i++) {
                    if (at > 0) {
                        pathByte((byte) '.');
                    }
                    pathBytes(names[i]);
                    walk(plan.get(i, node));
                    pathLength = at;
                }
            } else if (node instanceof List<?> list) {
                int size = list.size();
                sizeLine(size);
                for (int i = 0; i < size; i++) {
                    pathByte((byte) '[');
                    pathNumber(i);
                    pathByte((byte) ']');
                    walk(list.get(i));
                    pathLength = at;
                }
            } else {
                line(node instanceof String s ? s : node instanceof Enum<?> e ? e.toString() : FactPaths.text(node));
            }
        }

        private void pathByte(byte b) {
            if (pathLength == path.length) {
                path = java.util.Arrays.copyOf(path, path.length * 2);
            }
            path[pathLength++] = b;
        }

        private void pathBytes(byte[] b) {
            if (pathLength + b.length > path.length) {
                path = java.util.Arrays.copyOf(path, Math.max(path.length * 2, pathLength + b.length));
            }
            System.arraycopy(b, 0, path, pathLength, b.length);
            pathLength += b.length;
        }

        private void pathNumber(int n) {
            if (n < 10) {
                pathByte((byte) ('0' + n));
            } else {
                pathNumber(n / 10);
                pathByte((byte) ('0' + n % 10));
            }
        }

        private String pathText() {
            return new String(path, 0, pathLength, StandardCharsets.UTF_8);
        }

        private void sizeLine(int size) {
            if (text != null) {
                text.append(pathText()).append(".size=").append(size).append('\n');
                return;
            }
            writePath();
            ensure(SIZE.length + 12);
            System.arraycopy(SIZE, 0, buf, len, SIZE.length);
            len += SIZE.length;
            String digits = Integer.toString(size);
            for (int i = 0; i < digits.length(); i++) {
                buf[len++] = (byte) digits.charAt(i);
            }
            buf[len++] = '\n';
        }

        private void line(String value) {
            if (text != null) {
                text.append(pathText()).append('=').append(value).append('\n');
                return;
            }
            writePath();
            ensure(1);
            buf[len++] = '=';
            encode(value);
            ensure(1);
            buf[len++] = '\n';
        }

        private void writePath() {
            ensure(pathLength);
            System.arraycopy(path, 0, buf, len, pathLength);
            len += pathLength;
        }

        /** Makes room for {@code n} more bytes, hashing what was written so far. */
        private void ensure(int n) {
            if (len + n > buf.length) {
                digest.update(buf, 0, len);
                len = 0;
                if (n > buf.length) {
                    buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
                }
            }
        }

        /** Appends the UTF-8 of {@code s} exactly as {@code String.getBytes(UTF_8)} gives it. */
        private void encode(String s) {
            int n = s.length();
            char[] cs = chars;
            for (int start = 0; start < n; ) {
                int end = Math.min(n, start + CHUNK);
                if (end < n && Character.isHighSurrogate(s.charAt(end - 1))) {
                    end++; // keep a pair together
                }
                int count = end - start;
                s.getChars(start, end, cs, 0);
                ensure(3 * count);
                byte[] b = buf;
                int p = len;
                int i = 0;
                while (i < count) {
                    char c = cs[i++];
                    if (c < 0x80) {
                        b[p++] = (byte) c;
                    } else if (c < 0x800) {
                        b[p++] = (byte) (0xc0 | (c >> 6));
                        b[p++] = (byte) (0x80 | (c & 0x3f));
                    } else if (!Character.isSurrogate(c)) {
                        b[p++] = (byte) (0xe0 | (c >> 12));
                        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                        b[p++] = (byte) (0x80 | (c & 0x3f));
                    } else if (Character.isHighSurrogate(c) && i < count && Character.isLowSurrogate(cs[i])) {
                        int cp = Character.toCodePoint(c, cs[i++]);
                        b[p++] = (byte) (0xf0 | (cp >> 18));
                        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                        b[p++] = (byte) (0x80 | (cp & 0x3f));
                    } else {
                        b[p++] = '?'; // a lone surrogate, as String.getBytes(UTF_8) writes it
                    }
                }
                len = p;
                start = end;
            }
        }
    }
}
