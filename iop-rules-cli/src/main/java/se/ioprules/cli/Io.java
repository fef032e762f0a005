package se.ioprules.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command uses, so that tests can run the command line in-process.
 *
 * @param in standard input ("-" as a file name)
 * @param out standard output (results)
 * @param err standard error (problems, one per line)
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {
    /** @return the process's own streams */
    public static Io system() {
        return new Io(System.in, System.out, System.err);
    }

    /** Prints one problem line, prefixed with the program name. @param message the problem */
    void problem(String message) {
        err.println("iop-rules: " + message);
    }
}
