package se.ioprules.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Where results go: standard output, or the file named by --out (UTF-8). Every failed write is an error
 * ({@link Failure}, exit code {@link ExitCode#OUTPUT_ERROR}): standard output is checked on every flush, because a
 * {@link PrintStream} only records its errors, so a closed pipe stops the work at the next line. A file is written
 * to a temporary file beside it and renamed into place by {@link #commit()}: a run that fails leaves the previous
 * file as it was, never half-written or emptied. An output that is one of the inputs is refused before anything is
 * read or written.
 */
final class Output extends Writer {
    /** Writing the output failed; the message names where and why, ready to print. */
    static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private final Writer delegate;
    /** The bytes under {@link #delegate}: {@link #writeUtf8} writes there, after flushing the text before it. */
    private final java.io.OutputStream bytes;
    private final Io io;
    /** What the messages call the output. */
    private final String name;
    /** Null for standard output and for a device written directly. */
    private final Path target;
    private final Path temp;
    private boolean committed;

    private Output(Writer delegate, java.io.OutputStream bytes, Io io, String name, Path target, Path temp) {
        this.delegate = delegate;
        this.bytes = bytes;
        this.io = io;
        this.name = name;
        this.target = target;
        this.temp = temp;
    }

    /** @return standard output (null), or --out FILE when no input is read */
    static Output open(Path out, Io io) {
        return open(out, io, List.of());
    }

    /**
     * @param out the --out file, or null for standard output
     * @param inputs the input file names of the command ("-" is standard input), none of which may be the output
     * @return the output; the caller calls {@link #commit()} once everything is written, and closes it
     */
    static Output open(Path out, Io io, List<String> inputs) {
        if (out == null) {
            return new Output(new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), 1 << 16),
                    io.out(), io, null, null, null);
        }
        check(out, inputs);
        if (Files.isDirectory(out)) {
            throw new CliException(ExitCode.USAGE, "--out " + out + ": is a directory");
        }
        try {
            Path real = Files.exists(out) ? out.toRealPath() : out.toAbsolutePath();
            if (Files.exists(real) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                // A device or pipe (/dev/stdout, a FIFO) is written directly: it cannot be replaced by a rename.
                java.io.OutputStream os = Files.newOutputStream(real);
                return new Output(writer(os), os, io, out.toString(), null, null);
            }
            // Created like the file itself (umask permissions), not as createTempFile's owner-only file; an
            // existing file's permissions carry over to its replacement.
            Path tmp = real.resolveSibling("." + real.getFileName() + "." + Long.toUnsignedString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            java.io.OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Writer w = writer(os);
            if (Files.exists(real)) {
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(real));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system, or not ours to change: the default permissions stay
                }
            }
            return new Output(w, os, io, out.toString(), real, tmp);
        } catch (IOException e) {
            throw new CliException(ExitCode.OUTPUT_ERROR, "--out " + out + ": cannot write: " + Inputs.reason(e));
        }
    }

    /** What {@link Files#newBufferedWriter} gives (an encoder that reports what UTF-8 cannot encode), over {@code os}. */
    private static Writer writer(java.io.OutputStream os) {
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8.newEncoder()));
    }

    /**
     * Checks --out before anything is read: it is not an input and its directory exists.
     *
     * @param out the --out file, or null
     * @param inputs the command's input file names
     */
    static void check(Path out, List<String> inputs) {
        if (out != null) {
            refuseInput(out, inputs);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new CliException(ExitCode.USAGE, "--out " + out + ": directory " + parent + " does not exist");
            }
        }
    }

    /** The output may not be an input: through a link or not, it would be replaced before or while it is read. */
    private static void refuseInput(Path out, List<String> inputs) {
        if (!Files.exists(out)) {
            return;
        }
        for (String in : inputs) {
            if ("-".equals(in)) {
                continue;
            }
            try {
                if (Files.exists(Path.of(in)) && Files.isSameFile(out, Path.of(in))) {
                    throw new CliException(ExitCode.USAGE, "--out " + out + " is the input file " + in
                            + "; write the output to another file");
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // an input that cannot be inspected is reported when it is read
            }
        }
    }

    private boolean stdout() {
        return name == null;
    }

    private String where() {
        return stdout() ? "standard output" : name;
    }

    private Failure failure(IOException e) {
        return e instanceof Failure f ? f : new Failure("cannot write " + where() + ": " + Inputs.reason(e));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        try {
            delegate.write(buf, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(String s) throws IOException {
        try {
            delegate.write(s);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Writes bytes that are already UTF-8 (a batch's result lines), after the text written before them; no encoding.
     *
     * @param buf the bytes
     * @param off where they start
     * @param len how many
     */
    void writeUtf8(byte[] buf, int off, int len) throws IOException {
        try {
            delegate.flush();
            bytes.write(buf, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Flushes, and for standard output checks that everything so far was written. */
    @Override
    public void flush() throws IOException {
        try {
            delegate.flush();
        } catch (IOException e) {
            throw failure(e);
        }
        if (stdout()) {
            checkStdout(io);
        }
    }

    /**
     * @throws Failure when standard output has failed a write so far (disk full, closed pipe)
     */
    static void checkStdout(Io io) throws Failure {
        PrintStream out = io.out();
        if (out.checkError()) {
            String reason = out instanceof Io.ReasonPrintStream r && r.reason() != null ? r.reason()
                    : "the write failed (closed pipe or full disk?)";
            throw new Failure("cannot write standard output: " + reason);
        }
    }

    /** Everything is written: flush, and move the temporary file into place. */
    void commit() throws IOException {
        flush();
        try {
            if (!stdout()) {
                delegate.close(); // a full disk may show only now
            }
            if (temp != null) {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Standard output is flushed and checked (and stays open). A file not committed is closed and its temporary
     * file removed, so the previous file stays as it was.
     */
    @Override
    public void close() throws IOException {
        if (stdout()) {
            flush();
            return;
        }
        if (!committed) {
            try {
                delegate.close();
            } catch (IOException e) {
                // the run failed already; the temporary file goes either way
            }
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
