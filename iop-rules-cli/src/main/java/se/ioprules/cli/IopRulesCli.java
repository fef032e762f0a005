package se.ioprules.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import se.ioprules.api.InvalidParameterException;
import se.ioprules.api.InvalidPartnershipException;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.Problem;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetException;

/**
 * The {@code iop-rules} command line. {@link #execute} runs it in-process (tests), {@link #main} as a program.
 * User errors print one line per problem on stderr and never a stack trace; see {@link ExitCode}.
 */
@Command(name = "iop-rules", mixinStandardHelpOptions = true, versionProvider = IopRulesCli.Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Checks Swedish IOP agreements (idéburet offentligt partnerskap) against the published criteria.",
            "Input: partnership facts as JSON (see 'iop-rules schema'). Not legal advice."},
        // Help is printed 80 columns wide when not on a terminal: every line here fits, so none is cut.
        footer = {
            "",
            "Examples (the distribution's samples/ holds three agreements to try):",
            "  iop-rules evaluate samples/laholm.json",
            "  iop-rules evaluate --format html --out report.html samples/timra.json",
            "  iop-rules evaluate --rule-sets sou-2019-56,skl-2018 samples/sormland.json",
            "  iop-rules evaluate --batch register.ndjson > results.ndjson",
            "  iop-rules validate samples/laholm.json",
            "  iop-rules extract agreement.docx --out facts.json",
            "  iop-rules rule-sets",
            "  iop-rules check my-rules/",
            "  iop-rules test --rules-dir my-rules/ my-scenarios/",
            "  iop-rules diff --rules-dir my-rules/ --from my@2024.1 --to my@2025.1 corpus/",
            ""})
public final class IopRulesCli implements Runnable {
    private final Io io;

    IopRulesCli(Io io) {
        this.io = io;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (evaluate, validate, "
                + "rule-sets, schema, ...)");
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        // Out of memory, every thread that fails would print its own error and trace (and printing may fail again,
        // adding a JVM line); the command reports it once, in one line, from the thread that waits for the work.
        Thread.setDefaultUncaughtExceptionHandler(QUIET_ABOUT_MEMORY);
        System.exit(execute(args, Io.system()));
    }

    /**
     * Runs the command line in-process.
     *
     * @param args arguments
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return execute(args, new Io(in, out, err));
    }

    static int execute(String[] args, Io io) {
        int code;
        try {
            code = commandLine(io).execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(io);
        }
        try {
            Output.checkStdout(io); // a command that printed straight to standard output: was it written?
        } catch (Output.Failure f) {
            if (code != ExitCode.OUTPUT_ERROR) {
                io.problem(f.getMessage());
            }
            return ExitCode.OUTPUT_ERROR;
        }
        return code;
    }

    private static final Thread.UncaughtExceptionHandler QUIET_ABOUT_MEMORY = (thread, failure) -> {
        if (!causedByOutOfMemory(failure)) {
            // as the JVM's own handler would (the thread group would call this handler again)
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace(System.err);
        }
    };

    /** The heap is free again once the failed work is unwound; a short message needs little. */
    private static int outOfMemory(Io io) {
        io.problem("out of memory: Java was given " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB, too little for this run; give it more with JAVA_OPTS=-Xmx... (e.g. -Xmx512m), or split the input");
        return ExitCode.OUT_OF_MEMORY;
    }

    /** Libraries (the rule compiler) may wrap an OutOfMemoryError in their own exception. */
    private static boolean causedByOutOfMemory(Throwable t) {
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static CommandLine commandLine(Io io) {
        CommandLine cl = new CommandLine(new IopRulesCli(io));
        for (Object sub : Subcommands.all(io)) {
            cl.addSubcommand(sub);
        }
        cl.registerConverter(LocalDate.class, IopRulesCli::date);
        cl.registerConverter(java.math.BigDecimal.class, IopRulesCli::number);
        cl.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, io));
        cl.setParameterExceptionHandler((ex, args) -> {
            io.problem(ex.getMessage());
            CommandLine c = ex.getCommandLine();
            io.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        addExitCodeTable(cl);
        return cl;
    }

    private static void addExitCodeTable(CommandLine cl) {
        String[] footer = cl.getCommandSpec().usageMessage().footer();
        String[] all = new String[footer.length + ExitCode.HELP_TABLE.length];
        System.arraycopy(footer, 0, all, 0, footer.length);
        System.arraycopy(ExitCode.HELP_TABLE, 0, all, footer.length, ExitCode.HELP_TABLE.length);
        cl.getCommandSpec().usageMessage().footer(all);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().footer(ExitCode.HELP_TABLE);
        }
    }

    static int handle(Exception ex, Io io) {
        if (ex instanceof CliException c) {
            c.messages().forEach(io::problem);
            return c.exitCode();
        }
        if (ex instanceof Output.Failure f) {
            io.problem(f.getMessage());
            return ExitCode.OUTPUT_ERROR;
        }
        if (ex instanceof java.io.UncheckedIOException u && u.getCause() instanceof Output.Failure f) {
            io.problem(f.getMessage());
            return ExitCode.OUTPUT_ERROR;
        }
        if (ex instanceof InvalidParameterException ip) {
            io.problem(ip.getMessage());
            return ExitCode.USAGE;
        }
        if (ex instanceof CommandLine.ParameterException p) {
            io.problem(p.getMessage());
            return ExitCode.USAGE;
        }
        if (ex instanceof InvalidPartnershipException ip) {
            for (Problem p : ip.problems()) {
                io.problem("$." + p.path() + ": " + p.message());
            }
            return ExitCode.INVALID_INPUT;
        }
        if (ex instanceof RuleSetException rs) {
            String first = rs.getMessage().lines().findFirst().orElse("rule-set error");
            io.problem(first);
            for (RuleSetDiagnostic d : rs.diagnostics()) {
                io.problem(d.toString());
            }
            return ExitCode.RULE_SET_ERROR;
        }
        if (ex instanceof IopRulesException e) {
            e.getMessage().lines().forEach(io::problem);
            return ExitCode.RULE_SET_ERROR;
        }
        if (causedByOutOfMemory(ex)) {
            return outOfMemory(io);
        }
        io.problem("internal error: " + ex + " (a bug; please report it with the trace below)");
        ex.printStackTrace(io.err());
        return ExitCode.INTERNAL_ERROR;
    }

    private static java.math.BigDecimal number(String text) {
        try {
            return new java.math.BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a number; write e.g. 24 or 0.9");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date; write yyyy-mm-dd, e.g. 2024-03-31");
        }
    }

    /** Version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = IopRulesCli.class.getPackage().getImplementationVersion();
            return new String[] {"iop-rules " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version")};
        }
    }
}
