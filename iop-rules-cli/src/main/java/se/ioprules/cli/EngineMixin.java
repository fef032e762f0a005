package se.ioprules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetInfo;

/** Options that choose which rule sets the engine loads, and how far their code is trusted. */
final class EngineMixin {
    @Option(names = {"--rules-dir", "--rule-dir"}, paramLabel = "DIR",
            description = "Also load rule sets from DIR (layout <id>/<version>/manifest.properties). Repeatable. Their "
                    + "code must pass the safety check (only the rule DSL and pure operations) unless --trust-rule-code.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Do not load the rule sets shipped with iop-rules.")
    boolean noBuiltIn;

    @Option(names = "--trust-rule-code", description = "Run the code of --rules-dir rule sets even when it fails the "
            + "safety check. Trusted code runs with your rights (files, processes, network): only for rule sets you "
            + "have reviewed.")
    boolean trustRuleCode;

    @Option(names = "--allow-superseding-builtin", description = "Let a --rules-dir version of a built-in rule set "
            + "supersede it by default (otherwise it is used only when named as id@version).")
    boolean allowSupersedingBuiltIn;

    @Option(names = "--time-budget", paramLabel = "SECONDS", description = "Stop an evaluation that takes longer, "
            + "with an error (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double timeBudgetSeconds = 10;

    /** An engine being created by {@link #startEngine()}, taken by the next {@link #engine()}. */
    private java.util.concurrent.FutureTask<IopRulesEngine> starting;
    /** The thread creating {@link #starting}. */
    private Thread startingThread;

    /**
     * Starts creating the engine (reading the rule sets) on another thread, so that it overlaps with reading and
     * checking the input: a one-file evaluation's start-up. Options that are wrong are not reported here but where
     * the engine is taken, as without this call.
     */
    void startEngine() {
        EngineOptions o;
        try {
            o = options();
        } catch (CliException e) {
            return;
        }
        starting = new java.util.concurrent.FutureTask<>(() -> {
            IopRulesEngine engine = IopRules.engine(o);
            engine.prepare(); // the assessment rule sets load while the input is read
            return engine;
        });
        Thread t = new Thread(starting, "iop-rules-engine-start");
        t.setDaemon(true);
        // Out of memory, the task can fail even to record its failure (the first use of its state handle allocates);
        // the default handler would then print a second error and trace. engine() notices the thread ended without
        // a result and creates the engine on the calling thread, whose failure the command reports in one line.
        t.setUncaughtExceptionHandler(QUIET);
        startingThread = t;
        t.start();
    }

    private static final Thread.UncaughtExceptionHandler QUIET = (thread, failure) -> { };

    IopRulesEngine engine() {
        java.util.concurrent.FutureTask<IopRulesEngine> s = starting;
        Thread t = startingThread;
        starting = null;
        startingThread = null;
        if (s != null) {
            try {
                t.join();
                if (!s.isDone()) {
                    return IopRules.engine(options());
                }
                return s.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw Tasks.failure(e);
            }
        }
        return IopRules.engine(options());
    }

    /**
     * @param io where to announce external versions of built-in rule sets
     * @return the engine
     */
    IopRulesEngine engine(Io io) {
        IopRulesEngine engine = engine();
        List<RuleSetInfo> all = engine.ruleSets();
        for (RuleSetInfo i : all) {
            boolean external = !i.location().startsWith("classpath:");
            if (external && all.stream().anyMatch(b -> b.id().equals(i.id()) && b.location().startsWith("classpath:"))) {
                io.problem("note: " + i.location() + " is a version of the built-in rule set " + i.id() + "; "
                        + (allowSupersedingBuiltIn
                                ? "it supersedes the built-in one where it is in force (--allow-superseding-builtin)"
                                : "it is used only when named: --rule-sets " + i.ref()));
            }
        }
        return engine;
    }

    /** @return the engine options these flags describe (checks that every directory exists) */
    EngineOptions options() {
        for (Path d : ruleDirs) {
            if (!Files.isDirectory(d)) {
                throw new CliException(ExitCode.USAGE, "--rules-dir " + d + ": not a directory");
            }
        }
        if (!(timeBudgetSeconds > 0) || timeBudgetSeconds > 86_400) {
            throw new CliException(ExitCode.USAGE, "--time-budget " + timeBudgetSeconds
                    + ": must be more than 0 and at most 86400 seconds");
        }
        return EngineOptions.DEFAULT.withRuleDirs(ruleDirs).withBuiltIn(!noBuiltIn).trustRuleCode(trustRuleCode)
                .allowSupersedingBuiltIn(allowSupersedingBuiltIn)
                .withTimeBudget(Duration.ofMillis(Math.max(1, Math.round(timeBudgetSeconds * 1000))));
    }
}
