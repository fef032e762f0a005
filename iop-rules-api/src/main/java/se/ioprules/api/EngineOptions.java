package se.ioprules.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Options for creating an engine.
 *
 * <p>Trust model: the built-in rule sets are trusted (they ship in the engine jar). Rule sets from
 * {@link #ruleDirs()} are not: their code must pass the safety check (only the rule DSL and pure operations; see
 * docs/authoring.md), or the engine refuses to load them — unless the embedder says the code is trusted with
 * {@link #trustRuleCode(boolean)}, after which it runs with the rights of the application. An external version that
 * would supersede a built-in rule set is used only when named with its version or when
 * {@link #allowSupersedingBuiltIn(boolean)} allows it. Every evaluation has a time budget.
 *
 * @param ruleDirs external rule-set directories, loaded side by side with the built-in rule sets (same layout:
 *     {@code <id>/<version>/manifest.properties})
 * @param includeBuiltIn whether to load the rule sets shipped in the engine jar
 * @param clock the clock that supplies "today" when a partnership has no dates
 * @param trustedRuleCode whether the code of external rule sets is trusted (skips the safety check)
 * @param timeBudget how long one evaluation may take before it is stopped with an error
 * @param supersedingBuiltIn whether an external version may supersede a built-in rule set without being named
 */
public record EngineOptions(List<Path> ruleDirs, boolean includeBuiltIn, Clock clock, boolean trustedRuleCode,
        Duration timeBudget, boolean supersedingBuiltIn) {

    /** The time budget of one evaluation unless set: far above what a real partnership needs (well under 1 s). */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    /** Built-in rule sets only, system clock, external rule code not trusted, the default time budget. */
    public static final EngineOptions DEFAULT = new EngineOptions(List.of(), true, Clock.systemDefaultZone());

    /**
     * Copies the directories (none when null); a null clock means the system clock.
     *
     * @param ruleDirs external rule-set directories, loaded side by side with the built-in rule sets (same layout:
     *     {@code <id>/<version>/manifest.properties}); a version there with a later effective date supersedes a
     *     built-in one
     * @param includeBuiltIn whether to load the rule sets shipped in the engine jar
     * @param clock the clock that supplies "today" when a partnership has no dates
     * @param trustedRuleCode whether the code of external rule sets is trusted (skips the safety check)
     * @param timeBudget how long one evaluation may take before it is stopped with an error
     * @param supersedingBuiltIn whether an external version may supersede a built-in rule set without being named
     */
    public EngineOptions {
        ruleDirs = ruleDirs == null ? List.of() : List.copyOf(ruleDirs);
        clock = clock == null ? Clock.systemDefaultZone() : clock;
        timeBudget = timeBudget == null ? DEFAULT_TIME_BUDGET : timeBudget;
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
        }
    }

    /**
     * Options with the default trust (external rule code refused), time budget and no superseding of built-in rule sets.
     *
     * @param ruleDirs external rule-set directories
     * @param includeBuiltIn whether to load built-in rule sets
     * @param clock the clock
     */
    public EngineOptions(List<Path> ruleDirs, boolean includeBuiltIn, Clock clock) {
        this(ruleDirs, includeBuiltIn, clock, false, DEFAULT_TIME_BUDGET, false);
    }

    /**
     * {@return a copy with these external rule-set directories}
     *
     * @param dirs directories
     */
    public EngineOptions withRuleDirs(List<Path> dirs) {
        return new EngineOptions(dirs, includeBuiltIn, clock, trustedRuleCode, timeBudget, supersedingBuiltIn);
    }

    /**
     * {@return a copy with this clock}
     *
     * @param c clock
     */
    public EngineOptions withClock(Clock c) {
        return new EngineOptions(ruleDirs, includeBuiltIn, c, trustedRuleCode, timeBudget, supersedingBuiltIn);
    }

    /**
     * {@return a copy}
     *
     * @param include whether to load built-in rule sets
     */
    public EngineOptions withBuiltIn(boolean include) {
        return new EngineOptions(ruleDirs, include, clock, trustedRuleCode, timeBudget, supersedingBuiltIn);
    }

    /**
     * Says whether the code of external rule sets is trusted. Trusted code is not checked and runs with the rights
     * of the application (it can read and write files, start processes, exit the JVM): set this only for rule sets
     * you have reviewed or written yourself.
     *
     * @param trusted true to load external rule sets that fail the safety check
     * @return a copy
     */
    public EngineOptions trustRuleCode(boolean trusted) {
        return new EngineOptions(ruleDirs, includeBuiltIn, clock, trusted, timeBudget, supersedingBuiltIn);
    }

    /**
     * {@return a copy}
     *
     * @param budget how long one evaluation may run; after it the evaluation stops with a {@link RuleSetException}.
     *        It counts the time the evaluation ran (its thread's CPU time once the wall clock has passed the budget),
     *        so time spent waiting for a processor, with more evaluations at once than processors, does not count;
     *        rule sets with trusted code beyond the rule DSL run on a worker thread and are timed by the wall clock
     */
    public EngineOptions withTimeBudget(Duration budget) {
        return new EngineOptions(ruleDirs, includeBuiltIn, clock, trustedRuleCode, budget, supersedingBuiltIn);
    }

    /**
     * {@return a copy}
     *
     * @param allow true to let an external version with a later effective date supersede a built-in rule set of the
     *     same id by default (it is announced in the evaluation); false (the default) to use it only when named with
     *     its version
     */
    public EngineOptions allowSupersedingBuiltIn(boolean allow) {
        return new EngineOptions(ruleDirs, includeBuiltIn, clock, trustedRuleCode, timeBudget, allow);
    }
}
