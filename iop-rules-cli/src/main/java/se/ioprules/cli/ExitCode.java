package se.ioprules.cli;

/** The exit codes of the iop-rules command (documented in --help and the README). */
public final class ExitCode {
    /** Evaluated, and no selected rule set's verdict is DOES_NOT_MEET (or: the command succeeded). */
    public static final int OK = 0;
    /** Evaluated, and at least one selected rule set's verdict is DOES_NOT_MEET; check: errors; test: failures. */
    public static final int DOES_NOT_MEET = 1;
    /** Usage error: unknown option, missing argument, bad option value. */
    public static final int USAGE = 2;
    /** Invalid input: a file cannot be read, is not valid JSON, or describes invalid or inconsistent facts. */
    public static final int INVALID_INPUT = 3;
    /** Rule-set error: an unknown rule set or version was selected, or a rule set cannot be loaded. */
    public static final int RULE_SET_ERROR = 4;
    /** Unexpected internal error (a bug); the only case that prints a stack trace. */
    public static final int INTERNAL_ERROR = 5;

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
        "  4  rule-set error (unknown rule set or version, rule set cannot be loaded)",
        "  5  internal error (a bug: please report it with the stack trace)",
    };

    private ExitCode() {
    }
}
