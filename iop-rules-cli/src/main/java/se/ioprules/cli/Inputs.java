package se.ioprules.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Opens input files ("-" is standard input) as strict UTF-8, with user-level error messages. */
final class Inputs {
    private Inputs() {
    }

    /**
     * Fails with a usage error for the first path that does not pass the test.
     *
     * @param paths path arguments of a command
     * @param ok what each must be, e.g. {@code Files::exists}
     * @param problem what the error says otherwise, e.g. "no such file or directory"
     */
    static void requireEach(List<Path> paths, Predicate<Path> ok, String problem) {
        for (Path p : paths) {
            if (!ok.test(p)) {
                throw new CliException(ExitCode.USAGE, p + ": " + problem);
            }
        }
    }

    /**
     * One problem of one NDJSON line, as {@code evaluate --batch} and {@code validate --batch} print it:
     * {@code file:line:column: path: message}, the column left out when the problem has none (a fact check, not a
     * JSON syntax or type error) or when a carriage return inside the line made the parser count a new line.
     */
    static String lineProblem(String file, long line, se.ioprules.json.JsonProblem p) {
        return name(file) + ":" + line + (p.column() > 0 && p.line() <= 1 ? ":" + p.column() : "") + ": " + p.path()
                + ": " + p.message();
    }

    /**
     * The input's warnings ({@link se.ioprules.api.PartnershipValidator#warnings}) as lines for standard error:
     * facts that contradict each other but do not stop the evaluation, e.g. {@code f.json: warning:
     * parties[1].legalForm, parties[1].idea.distributesProfit: ...}.
     *
     * @param file the input's name
     * @param line its 1-based line in a batch, or 0 for a whole file
     * @param p the facts read
     * @param lang "sv" or "en": the message's language
     * @return a line per warning; empty when none
     */
    static java.util.List<String> warnings(String file, long line, se.ioprules.api.facts.Partnership p, String lang) {
        return warnings(file, line, se.ioprules.api.PartnershipValidator.warnings(p), lang);
    }

    /**
     * @param file the input's name
     * @param line its 1-based line in a batch, or 0 for a whole file
     * @param ws the input's warnings
     * @param lang "sv" or "en": the message's language; null for both (as {@code validate} tells them)
     * @return a line per warning; empty when none
     */
    static java.util.List<String> warnings(String file, long line, java.util.List<se.ioprules.api.InputWarning> ws,
            String lang) {
        if (ws.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>(ws.size());
        for (se.ioprules.api.InputWarning w : ws) {
            out.add(name(file) + (line > 0 ? ":" + line : "") + ": warning: "
                    + (lang == null ? w.toString() : w.toString(lang)));
        }
        return out;
    }

    static String name(String file) {
        return "-".equals(file) ? "<stdin>" : file;
    }

    /**
     * Why an I/O operation failed, in words: "permission denied", "no such file", or the system's own reason, never
     * just the file name (which is all some exceptions carry as their message).
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** @return the raw bytes of the file (the caller closes the stream; closing stdin's is harmless here) */
    static InputStream openStream(String file, Io io) {
        if ("-".equals(file)) {
            return new FilterInputStream(io.in()) {
                @Override
                public void close() {
                    // leave the process's stdin open
                }
            };
        }
        Path p;
        try {
            p = Path.of(file);
        } catch (InvalidPathException e) {
            throw new CliException(ExitCode.INVALID_INPUT, file + ": not a valid file name");
        }
        if (Files.isDirectory(p)) {
            throw new CliException(ExitCode.INVALID_INPUT, file + ": is a directory, expected a JSON file");
        }
        try {
            return Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, file + ": cannot open: " + reason(e));
        }
    }

    /** @return a buffered strict-UTF-8 reader (the caller closes it; closing stdin's reader is harmless here) */
    static BufferedReader open(String file, Io io) {
        return new BufferedReader(new se.ioprules.json.Utf8Reader(openStream(file, io)), 1 << 16);
    }
}
