package se.ioprules.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
     * JSON syntax or type error).
     */
    static String lineProblem(String file, long line, se.ioprules.json.JsonProblem p) {
        return name(file) + ":" + line + (p.column() > 0 ? ":" + p.column() : "") + ": " + p.path() + ": " + p.message();
    }

    static String name(String file) {
        return "-".equals(file) ? "<stdin>" : file;
    }

    /** @return the whole text of the file */
    static String readAll(String file, Io io) {
        try (BufferedReader r = open(file, io)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) >= 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (CharacterCodingException e) {
            throw new CliException(ExitCode.INVALID_INPUT, name(file) + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, name(file) + ": cannot read: " + e.getMessage());
        }
    }

    /** @return a buffered strict-UTF-8 reader (the caller closes it; closing stdin's reader is harmless here) */
    static BufferedReader open(String file, Io io) {
        InputStream in;
        if ("-".equals(file)) {
            in = new java.io.FilterInputStream(io.in()) {
                @Override
                public void close() {
                    // leave the process's stdin open
                }
            };
        } else {
            Path p = Path.of(file);
            if (Files.isDirectory(p)) {
                throw new CliException(ExitCode.INVALID_INPUT, file + ": is a directory, expected a JSON file");
            }
            try {
                in = Files.newInputStream(p);
            } catch (NoSuchFileException e) {
                throw new CliException(ExitCode.INVALID_INPUT, file + ": no such file");
            } catch (IOException e) {
                throw new CliException(ExitCode.INVALID_INPUT, file + ": cannot open: " + e.getMessage());
            }
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }
}
