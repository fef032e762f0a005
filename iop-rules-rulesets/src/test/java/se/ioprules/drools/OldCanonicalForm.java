package se.ioprules.drools;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import se.ioprules.api.facts.Tri;

/**
 * The canonical form and input hash as {@code FactPaths} computed them before the per-thread byte writer (main at
 * 2fda2c5), kept as the reference that {@link CanonicalFormDifferentialTest} compares the current one with.
 */
final class OldCanonicalForm {
    private OldCanonicalForm() {
    }

    static String canonical(Object root) {
        Canonical out = new Canonical(null);
        walk(root, new StringBuilder(64), out);
        return out.text.toString();
    }

    static String sha256(Object root) {
        try {
            Canonical out = new Canonical(MessageDigest.getInstance("SHA-256"));
            walk(root, new StringBuilder(64), out);
            out.flush();
            return HexFormat.of().formatHex(out.digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Canonical {
        private static final int PIECE = 4096;
        private final MessageDigest digest;
        private StringBuilder text;

        Canonical(MessageDigest digest) {
            this.digest = digest;
            this.text = new StringBuilder(digest == null ? 4096 : PIECE + 256);
        }

        void line(CharSequence path, String value) {
            text.append(path).append('=');
            if (digest != null && value.length() > PIECE) {
                flush();
                digest.update(value.getBytes(StandardCharsets.UTF_8));
            } else {
                text.append(value);
            }
            text.append('\n');
            if (digest != null && text.length() > PIECE) {
                flush();
            }
        }

        void size(CharSequence path, int size) {
            text.append(path).append(".size=").append(size).append('\n');
        }

        void flush() {
            if (text.length() > 0) {
                digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
                text = new StringBuilder(PIECE + 256);
            }
        }
    }

    private static Object get(Object record, RecordComponent rc) {
        try {
            rc.getAccessor().setAccessible(true);
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(OldCanonicalForm::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Record) {
            StringBuilder sb = new StringBuilder(value.getClass().getSimpleName()).append('{');
            boolean first = true;
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                Object v = get(value, rc);
                if (recorded(v) && !(v instanceof Collection<?> col && col.isEmpty())) {
                    sb.append(first ? "" : ", ").append(rc.getName()).append('=').append(text(v));
                    first = false;
                }
            }
            return sb.append('}').toString();
        }
        return String.valueOf(value);
    }

    private static boolean recorded(Object v) {
        if (v == null || v == Tri.UNKNOWN || (v instanceof String t && t.isBlank()) || (v instanceof List<?> l && l.isEmpty())) {
            return false;
        }
        if (v instanceof Record) {
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                if (recorded(get(v, rc))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static void walk(Object node, StringBuilder path, Canonical out) {
        if (node == null || node == Tri.UNKNOWN) {
            return;
        }
        int at = path.length();
        if (node instanceof Record) {
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                (at == 0 ? path : path.append('.')).append(rc.getName());
                walk(get(node, rc), path, out);
                path.setLength(at);
            }
        } else if (node instanceof List<?> list) {
            out.size(path, list.size());
            for (int i = 0; i < list.size(); i++) {
                path.append('[').append(i).append(']');
                walk(list.get(i), path, out);
                path.setLength(at);
            }
        } else {
            out.line(path, text(node));
        }
    }
}
