package se.ioprules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.ioprules.api.Assessment;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.InvalidPartnershipException;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Lean;
import se.ioprules.api.FactValue;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.Problem;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetNotInForceException;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetRef;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.dsl.Conclusion;
import se.ioprules.drools.dsl.Findings;
import se.ioprules.drools.dsl.Params;
import se.ioprules.drools.internal.ConclusionReads;
import se.ioprules.drools.internal.FactResolver;
import se.ioprules.drools.internal.SessionFacts;
import se.ioprules.drools.internal.SessionPool;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.load.RuleCodeSafety;
import se.ioprules.drools.load.ParameterOverrides;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * The Drools implementation of {@link IopRulesEngine}. Rule sets are compiled lazily, once per version, and shared;
 * every evaluation runs in sessions of its own (reset sessions of earlier evaluations, {@link SessionPool}), so the
 * engine is safe to call from many threads.
 */
public final class DroolsEngine implements IopRulesEngine {
    /** Rule set giving the public-contract assessment. */
    public static final String PUBLIC_CONTRACT_SET = "eu-public-contract";
    /** Rule set giving the state-aid assessment. */
    public static final String STATE_AID_SET = "state-aid";
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);
    /**
     * Rule firings allowed per rule set and evaluation: a base plus a share per fact. The built-in rule sets fire a
     * few times per fact; a rule set that goes past this keeps re-triggering itself, and is stopped with an error
     * (never cut short silently).
     */
    static final int BASE_RULE_FIRINGS = 10_000;
    /** Rule firings allowed per fact inserted, on top of {@link #BASE_RULE_FIRINGS}. */
    static final int RULE_FIRINGS_PER_FACT = 100;
    /** How long a stopped evaluation gets to give its thread back before the thread is stopped by force. */
    private static final long GRACE_MILLIS = 1_000;

    private final EngineOptions options;
    /**
     * Every rule-set version by "id@version"; fixed at construction. Built-in versions are read when first used
     * (their manifests and build-time hashes are known at start); external ones are read and checked at construction.
     */
    private final Map<String, RuleSetLoader.Deferred> definitions;
    /** The same, sorted by id and effective date: what {@link #ruleSets()} returns and version selection scans. */
    private final List<RuleSetInfo> infos;
    private final Map<String, CompletableFuture<CompiledRuleSet>> compiled = new ConcurrentHashMap<>();
    /** Per compiled rule set ("id@version"): its rules' metadata and citations, prepared on first use. */
    private final Map<String, se.ioprules.drools.dsl.RuleMeta.Cache> ruleMeta = new ConcurrentHashMap<>();
    /** Per compiled rule set ("id@version"): its sessions, reused from one evaluation to the next. */
    private final Map<String, SessionPool> sessionPools = new ConcurrentHashMap<>();
    /** Idle sessions kept per rule set; 0 (tests only) for a new session every time. */
    private final int maxIdleSessions;
    /** Makes the time budget of an evaluation (tests give their own clocks). */
    private final java.util.function.LongFunction<Running> budgetClocks;
    /** Per compiled rule set: the earlier conclusions its patterns can match (the others are not inserted). */
    private final Map<String, java.util.function.Predicate<Conclusion>> conclusionReads = new ConcurrentHashMap<>();
    private final String version;
    private final RuleFiringListener firingListener;
    /** Ids that have a built-in version: an external version of one of them supersedes it only when allowed. */
    private final Set<String> builtInIds;
    /** The versions ("id@version") read from the engine's class path: only these may use a precompiled model. */
    private final Set<String> builtInRefs = new java.util.HashSet<>();
    /** Whether built-in rule sets load their precompiled model (read once, when the engine is created). */
    private final boolean precompiled = RuleSetCompiler.precompiledEnabled();
    /** External versions ("id@version") with trusted code beyond the rule DSL: evaluations that use one run on a worker thread. */
    private final Set<String> beyondDsl = new java.util.HashSet<>();
    /**
     * Evaluations of trusted code beyond the DSL run here, so the caller can stop waiting when the time budget is
     * spent; created on first use (most engines never need it).
     */
    private ExecutorService workers;
    private boolean closed;

    private synchronized ExecutorService workers() {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        if (workers == null) {
            workers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "iop-rules-evaluation");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    /**
     * @param options engine options
     * @throws RuleSetException if a rule-set directory is malformed
     */
    public DroolsEngine(EngineOptions options) {
        this(options, null);
    }

    /**
     * An engine that reports every rule firing, for tools (rule coverage). Evaluations are otherwise identical.
     *
     * @param options engine options
     * @param firingListener told of every rule that fires; null for none
     * @throws RuleSetException if a rule-set directory is malformed
     */
    public DroolsEngine(EngineOptions options, RuleFiringListener firingListener) {
        this(options, firingListener, true, Running::new);
    }

    /**
     * For tests: whether sessions are reused ({@link SessionPool}; without, every rule set runs in a new session),
     * and the time budget's clocks of each evaluation.
     */
    DroolsEngine(EngineOptions options, RuleFiringListener firingListener, boolean reuseSessions,
            java.util.function.LongFunction<Running> budgetClocks) {
        this.options = options;
        this.firingListener = firingListener;
        this.maxIdleSessions = reuseSessions ? SessionPool.MAX_IDLE : 0;
        this.budgetClocks = budgetClocks;
        List<RuleSetLoader.Deferred> defs = new ArrayList<>();
        if (options.includeBuiltIn()) {
            defs.addAll(RuleSetLoader.builtInDeferred());
            defs.forEach(d -> builtInRefs.add(d.info().ref()));
        }
        this.builtInIds = defs.stream().map(d -> d.info().id()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (var dir : options.ruleDirs()) {
            List<RuleSetDefinition> external = RuleSetLoader.fromRoot(dir, dir.toString() + "/");
            if (!options.trustedRuleCode()) {
                refuseUnsafe(dir, external);
            } else {
                for (RuleSetDefinition def : external) {
                    if (!RuleCodeSafety.check(def).isEmpty()) {
                        beyondDsl.add(def.info().ref());
                    }
                }
            }
            external.forEach(d -> defs.add(RuleSetLoader.Deferred.of(d)));
        }
        Map<String, RuleSetLoader.Deferred> byRef = new LinkedHashMap<>();
        for (RuleSetLoader.Deferred d : defs) {
            RuleSetLoader.Deferred prev = byRef.put(d.info().ref(), d);
            if (prev != null) {
                throw new RuleSetException("Rule set " + d.info().ref() + " is defined twice: " + prev.info().location()
                        + " and " + d.info().location());
            }
        }
        this.definitions = Map.copyOf(byRef);
        this.infos = byRef.values().stream().map(RuleSetLoader.Deferred::info)
                .sorted(Comparator.comparing(RuleSetInfo::id).thenComparing(RuleSetInfo::effectiveFrom,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        this.version = engineVersion();
    }

    /** External rule code runs only when it passes the safety check or the embedder trusts it. */
    private static void refuseUnsafe(java.nio.file.Path dir, List<RuleSetDefinition> external) {
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (RuleSetDefinition def : external) {
            List<RuleSetDiagnostic> p = RuleCodeSafety.check(def);
            if (!p.isEmpty()) {
                refs.add(def.info().ref());
                problems.addAll(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Regelverk i " + dir + " kör kod utanför regelspråket och laddas inte: " + refs
                    + " / Rule sets in " + dir + " run code beyond the rule DSL and are refused: " + refs
                    + ". Only if you have reviewed that code, trust it (EngineOptions.trustRuleCode(true), "
                    + "command line --trust-rule-code).", problems);
        }
    }

    /**
     * @param info a rule-set version
     * @return true if it comes from an external directory and has the id of a built-in rule set
     */
    public boolean supersedesBuiltIn(RuleSetInfo info) {
        return !info.location().startsWith("classpath:") && builtInIds.contains(info.id());
    }

    @Override
    public List<RuleSetInfo> ruleSets() {
        return infos;
    }

    /**
     * Compiles a rule set (or returns the shared compiled copy).
     *
     * @param ref id@version
     * @return the compiled rule set
     */
    public CompiledRuleSet compiled(RuleSetInfo ref) {
        RuleSetLoader.Deferred deferred = definitions.get(ref.ref());
        if (deferred == null) {
            throw new RuleSetException("Unknown rule set " + ref.ref());
        }
        CompletableFuture<CompiledRuleSet> mine = new CompletableFuture<>();
        CompletableFuture<CompiledRuleSet> existing = compiled.putIfAbsent(ref.ref(), mine);
        if (existing == null) {
            long t0 = System.nanoTime();
            try {
                RuleSetDefinition def = deferred.definition();
                mine.complete(RuleSetCompiler.compile(def, precompiled && builtInRefs.contains(ref.ref())));
                LOG.debug("compiled {} in {} ms", ref.ref(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e); // never left pending: others wait on it (compileAll)
            }
            existing = mine;
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleSetException("Interrupted while compiling " + ref.ref());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new RuleSetException("Cannot compile " + ref.ref() + ": " + e.getCause());
        }
    }

    /**
     * Loads the versions of the two assessment rule sets in force today on the common fork-join pool (see
     * {@link IopRulesEngine#prepare()}); an evaluation as of another date loads its own.
     */
    @Override
    public void prepare() {
        LocalDate today = LocalDate.now(options.clock());
        ClassLoader callers = Thread.currentThread().getContextClassLoader();
        for (String core : List.of(PUBLIC_CONTRACT_SET, STATE_AID_SET)) {
            RuleSetInfo info = newestOrNull(core, today);
            if (info == null || compiled.containsKey(info.ref())) {
                continue;
            }
            java.util.concurrent.ForkJoinPool.commonPool().execute(() -> {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                }
                inContext(callers, () -> compiled(info));
            });
        }
    }

    /** Runs on a pool thread with the given context class loader (Drools finds its services through it). */
    private static void inContext(ClassLoader loader, Runnable task) {
        Thread t = Thread.currentThread();
        ClassLoader own = t.getContextClassLoader();
        try {
            t.setContextClassLoader(loader);
            task.run();
        } catch (RuntimeException | Error e) {
            // kept in its future: the evaluation that needs the rule set reports it
        } finally {
            try {
                t.setContextClassLoader(own);
            } catch (SecurityException e) {
                // an innocuous pool thread: it never had another
            }
        }
    }

    /**
     * Compiles (or loads) the plan's rule sets that are not compiled yet, several at once: on a first evaluation that
     * is most of its time, and the rule sets are independent until they run. The caller's thread takes them in plan
     * order; the common fork-join pool helps with the others from the end. Whichever thread comes first to a rule set
     * compiles it and the other waits for it ({@link #compiled}); problems are reported in plan order, as before.
     */
    private void compileAll(List<Selected> plan) {
        List<RuleSetInfo> missing = new ArrayList<>();
        for (Selected s : plan) {
            if (!compiled.containsKey(s.info().ref())) {
                missing.add(s.info());
            }
        }
        if (missing.size() > 1) {
            // Drools finds its services through the context class loader: the helpers use the caller's.
            ClassLoader callers = Thread.currentThread().getContextClassLoader();
            for (int i = missing.size() - 1; i > 0; i--) {
                RuleSetInfo info = missing.get(i);
                // a failure stays in its future (compiled() below reports it on the caller's thread); a helper
                // that could not start leaves the rule set to the caller
                java.util.concurrent.ForkJoinPool.commonPool().execute(() -> inContext(callers, () -> compiled(info)));
            }
        }
        // First what no other thread has started (rather than wait for one that is loading, e.g. after prepare()),
        // then wait for the rest; problems are reported in plan order.
        for (Selected s : plan) {
            if (!compiled.containsKey(s.info().ref())) {
                try {
                    compiled(s.info());
                } catch (RuntimeException | Error e) {
                    // kept in its future: reported in plan order below
                }
            }
        }
        for (Selected s : plan) {
            compiled(s.info());
        }
    }

    @Override
    public Evaluation evaluate(Partnership partnership, EvaluationRequest request) {
        List<Problem> problems = PartnershipValidator.validate(partnership);
        if (!problems.isEmpty()) {
            throw new InvalidPartnershipException(problems);
        }
        String basis;
        LocalDate asOf;
        if (request.asOf() != null) {
            asOf = request.asOf();
            basis = "request";
        } else if (partnership.decisionDate() != null) {
            asOf = partnership.decisionDate();
            basis = "decisionDate";
        } else if (partnership.signingDate() != null) {
            asOf = partnership.signingDate();
            basis = "signingDate";
        } else if (partnership.term().startDate() != null) {
            asOf = partnership.term().startDate();
            basis = "term.startDate";
        } else {
            asOf = LocalDate.now(options.clock());
            basis = "today";
        }
        List<Selected> plan = plan(request, asOf);
        checkOverrides(request, plan);
        compileAll(plan); // compiling is not part of the time budget
        Derived derived = Derived.of(partnership);
        List<RuleSetResult> results = runWithinBudget(plan, partnership, derived, asOf, request);
        Finding pc = aggregate(results, PUBLIC_CONTRACT_SET, "eupc-aggregate");
        Finding sa = aggregate(results, STATE_AID_SET, "sa-aggregate");
        Likelihood pcl = likelihood(pc, "PUBLIC_CONTRACT", "NOT_PUBLIC_CONTRACT");
        Likelihood sal = likelihood(sa, "STATE_AID", "NOT_STATE_AID");
        Lean pcLean = lean(pc, pcl);
        Lean saLean = lean(sa, sal);
        Assessment assessment = new Assessment(pcl, sal, pcLean, saLean,
                pc == null ? null : pc.message(), sa == null ? null : sa.message(),
                Disagreements.of(results, pcLean, saLean));
        return new Evaluation(partnership.id(), asOf, basis, version, FactPaths.sha256(partnership), assessment, results);
    }

    /** Decisive unknowns by evaluating the alternatives: see {@link OpenQuestionFinder}. */
    @Override
    public OpenQuestions openQuestions(Partnership partnership, EvaluationRequest request, OpenQuestions.Bounds bounds) {
        return OpenQuestionFinder.find(this, partnership, request, bounds);
    }

    private record Selected(RuleSetInfo info, boolean dependency) {
    }

    /** What the evaluation is doing, for the deadline check and the watchdog. */
    static final class Running {
        final AtomicReference<KieSession> session = new AtomicReference<>();
        /** The worker thread while it runs this evaluation; null before and after (pool threads are reused). */
        final AtomicReference<Thread> thread = new AtomicReference<>();
        final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        volatile String ruleSet = "";
        /**
         * {@link System#nanoTime()} when the budget is spent if the evaluation has a processor all along; checked before
         * each firing on the caller's thread, and moved on by {@link #spent()} by the time it waited for one.
         */
        long deadline;
        /** Set when the deadline check halted the session. */
        boolean expired;
        private final long budget;
        private final java.util.function.LongSupplier wall;
        private final java.util.function.LongSupplier cpu;
        /** The evaluating thread's CPU time at the start, or -1 when the JVM does not measure it. */
        private final long cpuAtStart;

        Running(long budgetNanos) {
            this(budgetNanos, System::nanoTime, Running::threadCpu);
        }

        /** With the clocks given: {@code cpu} reads the evaluating thread's CPU time (nanoseconds), or -1. */
        Running(long budgetNanos, java.util.function.LongSupplier wall, java.util.function.LongSupplier cpu) {
            this.budget = budgetNanos;
            this.wall = wall;
            this.cpu = cpu;
            this.deadline = wall.getAsLong() + budgetNanos;
            this.cpuAtStart = cpu.getAsLong();
        }

        /**
         * On the evaluating thread: whether the budget is spent. It is the time the evaluation ran, not the time it
         * waited: with more evaluations at once than processors ({@code evaluate --batch --jobs N}) a thread waits
         * for a processor, and that waiting is not the rule set's doing. So one clock read while the wall-clock
         * deadline is ahead; once it has passed, the thread's CPU time since the start decides, and the deadline
         * moves on by what is left. Where the JVM measures no thread CPU time, the wall clock alone decides.
         */
        boolean spent() {
            long now = wall.getAsLong();
            if (now - deadline <= 0) {
                return false;
            }
            long used = cpuAtStart < 0 ? -1 : cpu.getAsLong() - cpuAtStart;
            if (used >= 0 && used < budget) {
                deadline = now + (budget - used);
                return false;
            }
            return true;
        }

        private static long threadCpu() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
        }
    }

    /**
     * Runs the rule sets within the time budget; nothing partial is returned when it is spent.
     *
     * <p>Rule sets within the rule DSL (every built-in one, and external ones that pass the safety check) run on the
     * caller's thread: before each rule firing the deadline is checked, and when it has passed the session is halted
     * and the evaluation fails with an error naming the rule set. Handing every evaluation to another thread cost
     * about a fifth of a warm evaluation (JMH, docs/benchmarks.md). Trusted rule code beyond the DSL may loop
     * without ever reaching a firing, so a plan that has some runs on a worker thread, as before.
     */
    private List<RuleSetResult> runWithinBudget(List<Selected> plan, Partnership p, Derived derived, LocalDate asOf,
            EvaluationRequest request) {
        java.time.Duration budget = options.timeBudget();
        Running running = budgetClocks.apply(budget.toNanos());
        for (Selected s : plan) {
            if (beyondDsl.contains(s.info().ref())) {
                return runOnWorker(plan, p, derived, asOf, request, running, budget);
            }
        }
        try {
            List<RuleSetResult> results = runAll(plan, p, derived, asOf, request, running);
            if (running.expired) {
                throw budgetSpent(budget, running);
            }
            return results;
        } catch (RuleSetException e) {
            throw running.expired ? budgetSpent(budget, running) : e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (running.expired) {
                throw budgetSpent(budget, running);
            }
            throw failure(e, running);
        }
    }

    private List<RuleSetResult> runAll(List<Selected> plan, Partnership p, Derived derived, LocalDate asOf,
            EvaluationRequest request, Running running) {
        Map<String, Conclusion> conclusions = new LinkedHashMap<>();
        // facts resolved for explanations, shared by the rule sets (the partnership and derived values are fixed)
        // (sized for the few hundred facts an evaluation's explanations name, so it never grows on the way)
        Map<String, FactValue> resolved = new HashMap<>(1024);
        List<RuleSetResult> results = new ArrayList<>();
        for (Selected s : plan) {
            running.ruleSet = s.info().ref();
            if (running.thread.get() == null && running.spent()) {
                running.expired = true;
                return results;
            }
            results.add(run(s, p, derived, asOf, request, conclusions, resolved, running));
            if (running.expired) {
                return results;
            }
        }
        return results;
    }

    /**
     * The worker-thread route, for trusted code beyond the DSL: the caller waits at most the time budget; then the
     * session is halted, and code that ignores the halt (a loop in trusted Java code) gets a grace period, then its
     * thread is stopped where the JVM still allows it (Java 17–19); on later JVMs it keeps running until the
     * application exits.
     */
    private List<RuleSetResult> runOnWorker(List<Selected> plan, Partnership p, Derived derived, LocalDate asOf,
            EvaluationRequest request, Running running, java.time.Duration budget) {
        Future<List<RuleSetResult>> task = workers().submit(() -> {
            running.thread.set(Thread.currentThread());
            try {
                return runAll(plan, p, derived, asOf, request, running);
            } finally {
                running.thread.set(null);
                running.done.countDown();
            }
        });
        try {
            return task.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(task, running);
            throw budgetSpent(budget, running);
        } catch (InterruptedException e) {
            stop(task, running);
            Thread.currentThread().interrupt();
            throw new RuleSetException("Evaluation interrupted while running rule set " + running.ruleSet);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), running);
        }
    }

    private static RuleSetException budgetSpent(java.time.Duration budget, Running running) {
        return new RuleSetException("Utvärderingen avbröts efter tidsgränsen " + seconds(budget) + ": regelverket "
                + running.ruleSet + " blev inte klart. / Evaluation stopped after its time budget of "
                + seconds(budget) + ": rule set " + running.ruleSet + " did not finish (a rule that never ends?). "
                + "For a larger budget: EngineOptions.withTimeBudget, command line --time-budget.");
    }

    /** What a failure inside a rule set is reported as. */
    private static RuntimeException failure(Throwable cause, Running running) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof VirtualMachineError)) {
            root = root.getCause();
        }
        if (root instanceof VirtualMachineError vme) {
            // The session is gone with its memory; the engine itself is fine.
            return new RuleSetException("Regelverket " + running.ruleSet + " tog slut på minne eller stack. / Rule set "
                    + running.ruleSet + " ran out of " + (vme instanceof StackOverflowError ? "stack" : "memory")
                    + " and was stopped.");
        }
        boolean ruleCode = cause.getClass().getName().startsWith("org.drools.")
                || cause.getClass().getName().startsWith("org.kie.");
        if (cause instanceof RuntimeException re && !ruleCode) {
            return re;
        }
        // An exception thrown by a rule's condition or consequence is a fault of the rule set.
        return new RuleSetException("Regelverket " + running.ruleSet + " avbröts av ett fel i sin regelkod. / Rule set "
                + running.ruleSet + " failed in its rule code: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("")));
    }

    private static String seconds(java.time.Duration budget) {
        long millis = budget.toMillis();
        if (millis == 0) {
            return budget.toNanos() + " ns";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stop(Future<?> task, Running running) {
        KieSession s = running.session.get();
        if (s != null) {
            s.halt();
        }
        task.cancel(true);
        try {
            if (running.done.await(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread t = running.thread.get();
        if (t != null) {
            LOG.warn("rule set {} ignored the halt; stopping its thread", running.ruleSet);
            try {
                t.stop();
            } catch (UnsupportedOperationException unsupported) {
                LOG.warn("this JVM cannot stop a thread: rule set {} keeps running until the application exits",
                        running.ruleSet);
            }
        }
    }

    /** Picks the versions, adds required rule sets and the two assessment rule sets, and orders by dependency. */
    private List<Selected> plan(EvaluationRequest request, LocalDate asOf) {
        Map<String, Selected> chosen = new LinkedHashMap<>();
        if (request.ruleSets().isEmpty()) {
            for (RuleSetInfo info : ruleSets()) {
                // A municipality's guidelines bind only that municipality: evaluated when named, never by default.
                RuleSetInfo newest = newestOrNull(info.id(), asOf);
                if (info.inForceOn(asOf) && info.status() != RuleSetStatus.MUNICIPAL_GUIDELINE && newest != null) {
                    chosen.putIfAbsent(info.id(), new Selected(newest, false));
                }
            }
        } else {
            for (RuleSetRef ref : request.ruleSets()) {
                RuleSetInfo info = resolve(ref, asOf);
                Selected prev = chosen.put(info.id(), new Selected(info, false));
                if (prev != null && !prev.info().ref().equals(info.ref())) {
                    throw new RuleSetException("Two versions of " + info.id() + " requested: " + prev.info().version()
                            + " and " + info.version());
                }
            }
        }
        for (String core : List.of(PUBLIC_CONTRACT_SET, STATE_AID_SET)) {
            if (!chosen.containsKey(core)) {
                RuleSetInfo info = newestOrNull(core, asOf);
                if (info != null) {
                    chosen.put(core, new Selected(info, true));
                } else {
                    requireCoreKnown(core, asOf);
                }
            }
        }
        List<Selected> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (Selected s : new ArrayList<>(chosen.values())) {
            visit(s, chosen, ordered, visiting, asOf);
        }
        return ordered;
    }

    /**
     * The two assessment rule sets are always evaluated: when the engine has one but no version is in force on the
     * as-of date, there is no assessment to give, so this fails as a named rule set not in force does, instead of
     * returning an evaluation without them. (Without it at all, e.g. no built-in rule sets, there is nothing to say.)
     */
    private void requireCoreKnown(String core, LocalDate asOf) {
        List<RuleSetInfo> versions = ruleSets().stream().filter(i -> i.id().equals(core)).toList();
        if (!versions.isEmpty()) {
            throw new RuleSetNotInForceException("No version of rule set " + core + " is in force on " + asOf
                    + " (it gives the overall assessment and is always evaluated). Versions: "
                    + versions.stream().map(i -> i.version() + " (" + i.effectiveFrom() + "–"
                            + (i.effectiveTo() == null ? "" : i.effectiveTo()) + ")").toList());
        }
    }

    private void visit(Selected s, Map<String, Selected> chosen, List<Selected> ordered, Set<String> visiting, LocalDate asOf) {
        if (ordered.stream().anyMatch(o -> o.info().id().equals(s.info().id()))) {
            return;
        }
        if (!visiting.add(s.info().id())) {
            throw new RuleSetException("Rule sets require each other in a cycle: " + visiting);
        }
        for (String req : s.info().requires()) {
            Selected dep = chosen.get(req);
            if (dep == null) {
                RuleSetInfo info = newestOrNull(req, asOf);
                if (info == null) {
                    throw new RuleSetNotInForceException("Rule set " + s.info().ref() + " requires " + req
                            + ", but no version of it is in force on " + asOf);
                }
                dep = new Selected(info, true);
                chosen.put(req, dep);
            }
            visit(dep, chosen, ordered, visiting, asOf);
        }
        visiting.remove(s.info().id());
        ordered.add(s);
    }

    private RuleSetInfo resolve(RuleSetRef ref, LocalDate asOf) {
        List<RuleSetInfo> versions = ruleSets().stream().filter(i -> i.id().equals(ref.id())).toList();
        if (versions.isEmpty()) {
            throw new RuleSetException("Unknown rule set '" + ref.id() + "'. Known: "
                    + ruleSets().stream().map(RuleSetInfo::id).distinct().toList());
        }
        if (ref.version() != null) {
            return versions.stream().filter(i -> i.version().equals(ref.version())).findFirst()
                    .orElseThrow(() -> new RuleSetException("Rule set " + ref.id() + " has no version " + ref.version()
                            + ". Versions: " + versions.stream().map(RuleSetInfo::version).toList()));
        }
        RuleSetInfo inForce = newestOrNull(ref.id(), asOf);
        if (inForce != null) {
            return inForce;
        }
        List<RuleSetInfo> drafts = versions.stream().filter(i -> i.status() == RuleSetStatus.DRAFT).toList();
        if (!drafts.isEmpty()) {
            return drafts.get(drafts.size() - 1);
        }
        throw new RuleSetNotInForceException("No version of rule set " + ref.id() + " is in force on " + asOf + ". Versions: "
                + versions.stream().map(i -> i.version() + " (" + i.effectiveFrom() + "–"
                        + (i.effectiveTo() == null ? "" : i.effectiveTo()) + ")").toList());
    }

    /** The version in force with the latest effective date supersedes the others. */
    private RuleSetInfo newestOrNull(String id, LocalDate asOf) {
        RuleSetInfo best = null;
        for (RuleSetInfo i : ruleSets()) {
            if (supersedesBuiltIn(i) && !options.supersedingBuiltIn()) {
                continue; // used only when named with its version
            }
            if (i.id().equals(id) && i.inForceOn(asOf) && (best == null || !i.effectiveFrom().isBefore(best.effectiveFrom()))) {
                best = i;
            }
        }
        return best;
    }

    private void checkOverrides(EvaluationRequest request, List<Selected> plan) {
        List<String> unknown = new ArrayList<>();
        for (String key : request.parameterOverrides().keySet()) {
            boolean known = false;
            for (Selected s : plan) {
                var names = definition(s.info()).parameters().names();
                String name = key.startsWith(s.info().id() + ".") ? key.substring(s.info().id().length() + 1) : key;
                known |= names.contains(name);
                if (names.contains(name)) {
                    ParameterOverrides.check(key, request.parameterOverrides().get(key),
                            definition(s.info()).parameters().all().get(name));
                }
            }
            if (!known) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleSetException("Unknown parameter override(s) " + unknown + " for rule sets "
                    + plan.stream().map(s -> s.info().ref()).toList());
        }
    }

    private RuleSetDefinition definition(RuleSetInfo info) {
        return definitions.get(info.ref()).definition();
    }

    private RuleSetResult run(Selected s, Partnership p, Derived derived, LocalDate asOf, EvaluationRequest request,
            Map<String, Conclusion> conclusions, Map<String, FactValue> resolved, Running running) {
        CompiledRuleSet crs = compiled(s.info());
        RuleSetDefinition def = crs.definition();
        Map<String, BigDecimal> overrides = new HashMap<>();
        request.parameterOverrides().forEach((k, v) -> {
            if (!k.contains(".")) {
                overrides.putIfAbsent(k, v);
            }
        });
        request.parameterOverrides().forEach((k, v) -> {
            if (k.startsWith(def.info().id() + ".")) {
                overrides.put(k.substring(def.info().id().length() + 1), v);
            }
        });
        Map<String, ParameterValue> params = def.parameters().inForce(asOf, overrides);
        Map<String, Conclusion> visible = new HashMap<>(conclusions);
        FactResolver resolver = new FactResolver(p, derived, params, visible, resolved);
        SessionPool pool = sessionPools.computeIfAbsent(def.info().ref(),
                k -> new SessionPool(crs.kieBase(), maxIdleSessions));
        KieSession session = pool.take();
        running.session.set(session);
        Findings out;
        boolean normal = false;
        try {
            var rules = ruleMeta.computeIfAbsent(def.info().ref(),
                    k -> new se.ioprules.drools.dsl.RuleMeta.Cache(def.info().sources()));
            var reads = conclusionReads.computeIfAbsent(def.info().ref(), k -> ConclusionReads.of(crs.kieBase()));
            out = new Findings(def.info().id(), resolver, def.messages(), rules, session,
                    c -> visible.put(c.criterionId(), c), reads);
            session.setGlobal("out", out);
            // On the caller's thread the budget is checked before each firing (one clock read), by an agenda filter
            // rather than an event listener: with no listener, Drools creates no event objects at all (for every
            // match created, cancelled, fired) unless a firing listener is asked for.
            AgendaFilter budgetCheck = running.thread.get() != null ? null : match -> {
                if (!running.expired && running.spent()) {
                    running.expired = true;
                    session.halt();
                }
                return !running.expired; // a match after the budget is spent does not fire
            };
            if (firingListener != null) {
                RuleSetInfo info = def.info();
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        firingListener.fired(info, event.getMatch().getRule().getName());
                    }
                });
            }
            int left = SessionFacts.insert(session, p, derived, new Params(asOf, params), conclusions.values(), reads);
            for (var table : def.tables().values()) {
                session.insert(table);
            }
            // the earlier conclusions left out count as they did when every one was inserted
            long facts = session.getFactCount() + left;
            int limit = (int) Math.min(Integer.MAX_VALUE, BASE_RULE_FIRINGS + RULE_FIRINGS_PER_FACT * facts);
            int fired = budgetCheck == null ? session.fireAllRules(limit) : session.fireAllRules(budgetCheck, limit);
            if (running.expired) {
                return null; // the caller reports the spent budget
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new RuleSetException("Rule set " + def.info().ref() + " was stopped");
            }
            if (fired >= limit) {
                throw new RuleSetException("Regelverket " + def.info().ref() + " stoppades efter " + fired
                        + " regelkörningar. / Rule set " + def.info().ref() + " was stopped after " + fired
                        + " rule firings (" + BASE_RULE_FIRINGS + " + " + RULE_FIRINGS_PER_FACT + " per fact, "
                        + facts + " facts): a rule keeps triggering itself. Nothing of the evaluation is reported.");
            }
            normal = true;
        } finally {
            running.session.set(null);
            if (normal && running.thread.get() == null) {
                pool.giveBack(session);
            } else {
                // stopped, halted or failed: not reused; nor on the worker route, where the watchdog may still halt
                // the session it saw after this thread has finished with it
                pool.discard(session);
            }
        }
        List<Finding> findings = new ArrayList<>(out.findings());
        if (supersedesBuiltIn(def.info())) {
            findings.add(supersedesNotice(def));
        }
        Set<String> assessed = new java.util.HashSet<>();
        for (Finding f : findings) {
            assessed.add(f.criterionId());
        }
        for (var e : crs.criteria().entrySet()) {
            if (!assessed.contains(e.getKey())) {
                findings.add(silentCriterion(def, e.getKey(), e.getValue()));
            }
        }
        for (Finding f : findings) {
            Conclusion c = new Conclusion(f.ruleSetId(), f.criterionId(), f.outcome(), f.conclusion());
            conclusions.put(f.criterionId(), c);
        }
        return new RuleSetResult(def.info(), Verdict.of(findings, maxFailedIndicatorShare(def, params)), findings,
                List.copyOf(params.values()), s.dependency());
    }

    /** The rule set's {@code maxFailedIndicatorShare} (its parameters.conf or the caller's override), else the default. */
    private static BigDecimal maxFailedIndicatorShare(RuleSetDefinition def, Map<String, ParameterValue> params) {
        ParameterValue v = params.get(Verdict.MAX_FAILED_INDICATOR_SHARE);
        if (v == null) {
            return Verdict.DEFAULT_MAX_FAILED_INDICATOR_SHARE;
        }
        if (v.value().signum() < 0 || v.value().compareTo(BigDecimal.ONE) > 0) {
            throw new RuleSetException("Parameter " + Verdict.MAX_FAILED_INDICATOR_SHARE + " of " + def.info().ref()
                    + " must be between 0 and 1, was " + v.value().toPlainString());
        }
        return v.value();
    }

    /** Identifies the notice that an external rule set stands in for a built-in one. */
    public static final String EXTERNAL_NOTICE = "engine-external-rule-set";

    /** An external version used in place of a built-in rule set says so in the evaluation (the decision record). */
    private static Finding supersedesNotice(RuleSetDefinition def) {
        RuleSetInfo i = def.info();
        return new Finding(i.id(), EXTERNAL_NOTICE, Outcome.INFO, CriterionKind.GOOD_PRACTICE, "EXTERNAL",
                new LocalizedText("Version " + i.version() + " av " + i.id() + " kommer från en extern katalog ("
                        + i.location() + ") och används i stället för den inbyggda versionen.",
                        "Version " + i.version() + " of " + i.id() + " comes from an external directory (" + i.location()
                                + ") and is used instead of the built-in version."),
                List.of(), List.of(new Citation("", i.title(), "")), "(external rule set)", false);
    }

    /** A criterion for which no rule fired is never silently passed: it is reported as not assessable. */
    private static Finding silentCriterion(RuleSetDefinition def, String criterion, CriterionKind kind) {
        return new Finding(def.info().id(), criterion, Outcome.NOT_ASSESSABLE, kind, "",
                new LocalizedText("Ingen regel gav utslag för kriteriet; bedömningen kan inte göras med de fakta som finns.",
                        "No rule produced a result for this criterion; it cannot be assessed with the facts given."),
                List.of(), List.of(new Citation("", def.info().title(), "")), "(no rule fired)", false);
    }

    private static Finding aggregate(List<RuleSetResult> results, String set, String criterion) {
        for (RuleSetResult r : results) {
            if (r.ruleSet().id().equals(set)) {
                for (Finding f : r.findings(criterion)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Likelihood likelihood(Finding aggregate, String yes, String no) {
        if (aggregate != null && yes.equals(aggregate.conclusion())) {
            return Likelihood.LIKELY;
        }
        if (aggregate != null && no.equals(aggregate.conclusion())) {
            return Likelihood.UNLIKELY;
        }
        return Likelihood.NOT_ASSESSABLE;
    }

    /** The lean the aggregate rule recorded ({@code detail.lean}); a decided assessment leans its own way. */
    private static Lean lean(Finding aggregate, Likelihood l) {
        if (l == Likelihood.LIKELY) {
            return Lean.TOWARDS;
        }
        if (l == Likelihood.UNLIKELY) {
            return Lean.AWAY;
        }
        if (aggregate != null) {
            for (FactValue v : aggregate.because()) {
                if (v.path().equals("detail.lean")) {
                    try {
                        return Lean.valueOf(v.value());
                    } catch (IllegalArgumentException e) {
                        return Lean.NONE;
                    }
                }
            }
        }
        return Lean.NONE;
    }

    private static String engineVersion() {
        try (InputStream in = DroolsEngine.class.getResourceAsStream("/iop-rules-engine.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        for (SessionPool pool : sessionPools.values()) {
            pool.close(); // before the compiled modules are released
        }
        sessionPools.clear();
        for (CompletableFuture<CompiledRuleSet> f : compiled.values()) {
            if (f.isDone() && !f.isCompletedExceptionally()) {
                f.join().release().run();
            }
        }
        compiled.clear();
        ruleMeta.clear();
        conclusionReads.clear();
    }
}
