package se.ioprules.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** Runs the command line in-process with captured streams. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private CliRunner() {
    }

    static Result withStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IopRulesCli.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs with the given standard input and standard output; the result's {@code out} is empty (the caller owns
     * the output stream).
     */
    static Result withStreams(java.io.InputStream stdin, java.io.OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IopRulesCli.execute(args, stdin, new PrintStream(stdout, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, "", err.toString(StandardCharsets.UTF_8));
    }

    /** Asserts what every user error must look like on stderr: one "iop-rules: " line each, no stack trace. */
    static void assertCleanErrors(Result r) {
        org.junit.jupiter.api.Assertions.assertTrue(r.err().lines().allMatch(l -> l.startsWith("iop-rules: ")
                || l.startsWith("Try 'iop-rules")), r::toString);
        org.junit.jupiter.api.Assertions.assertFalse(r.err().contains("Exception") || r.err().contains("\tat "),
                r::toString);
    }

    static Result run(String... args) {
        return withStdin("", args);
    }

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(CliRunner.class.getResource("/" + name), name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
