package se.ioprules.cli;

/** The exit codes of the iop-rules command (documented in --help and the README). */
public final class ExitCode {
    /** Evaluated, and no selected rule set's verdict is DOES_NOT_MEET (or: the command succeeded). */
    public static final int OK = 0;
    /** Evaluated, and at least one selected rule set's verdict is DOES_NOT_MEET; check: errors; test: failures. */
    public static final int DOES_NOT_MEET = 1;
    /** Usage error: unknown option, missing argument, bad option value (also a bad --param value, --out = input). */
    public static final int USAGE = 2;
    /**
     * Invalid input: a file cannot be read, is larger than the input limit, is not UTF-8 or not valid JSON, or
     * describes invalid, implausible or inconsistent facts.
     */
    public static final int INVALID_INPUT = 3;
    /**
     * Rule-set error: an unknown rule set or version was selected, a rule set cannot be loaded, or no version of a
     * selected or always-evaluated rule set (eu-public-contract, state-aid) is in force on the as-of date.
     */
    public static final int RULE_SET_ERROR = 4;
    /** Unexpected internal error (a bug); the only case that prints a stack trace. */
    public static final int INTERNAL_ERROR = 5;
    /** The output could not be written (disk full, closed pipe, --out not writable); a batch stops at once. */
    public static final int OUTPUT_ERROR = 6;
    /** The Java heap ran out (an input or batch too large for the memory given with JAVA_OPTS=-Xmx...). */
    public static final int OUT_OF_MEMORY = 7;

    /** The table shown at the end of --help. */
    static final String[] HELP_TABLE = {
        "",
        "Exit codes:",
        "  0  evaluated, and no selected rule set DOES_NOT_MEET (check: no errors;",
        "     test: every scenario passed; other commands: success)",
        "  1  evaluated, and at least one selected rule set DOES_NOT_MEET (check: errors",
        "     found; test: a scenario failed or could not run)",
        "  2  usage error (unknown option, missing or bad argument)",
        "  3  invalid input (unreadable file, malformed JSON, invalid or inconsistent",
        "     facts)",
        "  4  rule-set error (unknown rule set or version, rule set cannot be loaded or",
        "     fails the safety check, time budget or firing limit reached)",
        "  5  internal error (a bug: please report it with the stack trace)",
        "  6  the output could not be written (disk full, closed pipe, --out not",
        "     writable)",
        "  7  out of memory (give Java more with JAVA_OPTS=-Xmx..., or split the input)",
    };

    private ExitCode() {
    }
}
