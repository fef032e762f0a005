package se.ioprules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command uses, so that tests can run the command line in-process.
 *
 * @param in standard input ("-" as a file name)
 * @param out standard output (results)
 * @param err standard error (problems, one per line)
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {
    /** @return the process's own streams; standard output keeps the reason of a failed write for the message */
    public static Io system() {
        return new Io(System.in, new ReasonPrintStream(new java.io.BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 13)), System.err);
    }

    /** Prints one problem line, prefixed with the program name, with control and bidi characters escaped. */
    void problem(String message) {
        err.println("iop-rules: " + printable(message));
    }

    /**
     * Escapes what a terminal would act on instead of showing: C0 and C1 control characters (ESC, BEL, NUL, line
     * breaks), DEL, and the Unicode bidi controls and line separators, which can reorder or split the line. Each
     * becomes {@code \\uXXXX}, so a message stays one line and reads as the input spelled it.
     *
     * @param s text that may hold user input
     * @return the text safe to print on a terminal
     */
    static String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u2028' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** A print stream that, like every one, records that a write failed, and also why (for the error message). */
    static final class ReasonPrintStream extends PrintStream {
        private final Reason reason;

        ReasonPrintStream(OutputStream out) {
            this(new Reason(out));
        }

        private ReasonPrintStream(Reason reason) {
            super(reason, false, StandardCharsets.UTF_8);
            this.reason = reason;
        }

        /** @return the message of the last failed write, or null */
        String reason() {
            return reason.last;
        }
    }

    private static final class Reason extends FilterOutputStream {
        private volatile String last;

        Reason(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                last = e.getMessage();
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                last = e.getMessage();
                throw e;
            }
        }
    }
}
