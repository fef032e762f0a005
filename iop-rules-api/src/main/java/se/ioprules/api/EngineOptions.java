package se.ioprules.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Options for creating an engine.
 *
 * @param ruleDirs external rule-set directories, loaded side by side with the built-in rule sets (same layout:
 *     {@code <id>/<version>/manifest.properties}); a version there with a later effective date supersedes a built-in one
 * @param includeBuiltIn whether to load the rule sets shipped in the engine jar
 * @param clock the clock that supplies "today" when a partnership has no dates
 */
public record EngineOptions(List<Path> ruleDirs, boolean includeBuiltIn, Clock clock) {

    /** Built-in rule sets only, system clock. */
    public static final EngineOptions DEFAULT = new EngineOptions(List.of(), true, Clock.systemDefaultZone());

    /**
     * Copies the directories (none when null); a null clock means the system clock.
     *
     * @param ruleDirs external rule-set directories, loaded side by side with the built-in rule sets (same layout:
     *     {@code <id>/<version>/manifest.properties}); a version there with a later effective date supersedes a
     *     built-in one
     * @param includeBuiltIn whether to load the rule sets shipped in the engine jar
     * @param clock the clock that supplies "today" when a partnership has no dates
     */
    public EngineOptions {
        ruleDirs = ruleDirs == null ? List.of() : List.copyOf(ruleDirs);
        clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    /**
     * {@return a copy with these external rule-set directories}
     *
     * @param dirs directories
     */
    public EngineOptions withRuleDirs(List<Path> dirs) {
        return new EngineOptions(dirs, includeBuiltIn, clock);
    }

    /**
     * {@return a copy with this clock}
     *
     * @param c clock
     */
    public EngineOptions withClock(Clock c) {
        return new EngineOptions(ruleDirs, includeBuiltIn, c);
    }

    /**
     * {@return a copy}
     *
     * @param include whether to load built-in rule sets
     */
    public EngineOptions withBuiltIn(boolean include) {
        return new EngineOptions(ruleDirs, include, clock);
    }
}
