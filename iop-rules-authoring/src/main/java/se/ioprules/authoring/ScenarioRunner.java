package se.ioprules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.drools.DroolsEngine;

/**
 * Runs golden {@link Scenario}s against the engine and records which rules fired ({@link RuleCoverage}).
 * One runner owns one engine (built-in rule sets plus the options' rule directories); close it when done.
 */
public final class ScenarioRunner implements AutoCloseable {
    private final RuleCoverage coverage = new RuleCoverage();
    private final DroolsEngine engine;
    private final Map<String, RuleSetInfo> underTest = new LinkedHashMap<>();

    /** @param options engine options (e.g. {@code EngineOptions.DEFAULT.withRuleDirs(...)}) */
    public ScenarioRunner(EngineOptions options) {
        this.engine = new DroolsEngine(options, coverage);
    }

    /**
     * The result of one scenario.
     *
     * @param file the scenario file
     * @param name scenario name
     * @param description its description
     * @param failures every expectation not met, as {@code file:line: message}; empty when it passed
     * @param error why it could not run (unreadable file, unknown rule set), or null
     */
    public record Result(Path file, String name, String description, List<String> failures, String error) {
        /** @return true when it ran and every expectation held */
        public boolean passed() {
            return error == null && failures.isEmpty();
        }
    }

    /**
     * A run of many scenarios.
     *
     * @param results one per scenario file, in file order
     * @param coverage per rule set under test (those named under "expect")
     */
    public record Report(List<Result> results, Map<String, RuleCoverage.Entry> coverage) {
        /** @return number of scenarios that passed */
        public long passed() {
            return results.stream().filter(Result::passed).count();
        }

        /** @return number that failed or could not run */
        public long failed() {
            return results.size() - passed();
        }

        /** @return the pass/fail table, failures, and rule coverage, as printed by {@code iop-rules test} */
        public String format() {
            StringBuilder sb = new StringBuilder();
            int w = Math.max(8, results.stream().mapToInt(r -> r.name().length()).max().orElse(8));
            sb.append(String.format("%-" + w + "s  %s%n", "scenario", "result"));
            for (Result r : results) {
                sb.append(String.format("%-" + w + "s  %s%n", r.name(), r.passed() ? "PASS" : r.error() != null ? "ERROR" : "FAIL"));
            }
            for (Result r : results) {
                if (r.error() != null) {
                    sb.append(String.format("%nERROR %s:%n  %s%n", r.name(), r.error().replace("\n", "\n  ")));
                } else if (!r.failures().isEmpty()) {
                    sb.append(String.format("%nFAIL %s:%n", r.name()));
                    r.failures().forEach(f -> sb.append("  ").append(f).append('\n'));
                }
            }
            sb.append(String.format("%n%d scenarios: %d passed, %d failed%n", results.size(), passed(), failed()));
            if (!coverage.isEmpty()) {
                sb.append("\nRule coverage:\n");
                RuleCoverage.lines(coverage).forEach(l -> sb.append("  ").append(l).append('\n'));
            }
            return sb.toString();
        }
    }

    /**
     * @param roots scenario files or directories (searched recursively for {@code *.scenario.json})
     * @return the scenario files, sorted
     */
    public static List<Path> find(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(Scenario.SUFFIX))
                        .sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * @param files scenario files
     * @return results and coverage
     */
    public Report runAll(List<Path> files) {
        List<Result> results = new ArrayList<>();
        for (Path f : files) {
            results.add(run(f));
        }
        return new Report(results, coverage.report(engine, List.copyOf(underTest.values())));
    }

    /**
     * @param file one scenario file
     * @return its result
     */
    public Result run(Path file) {
        Scenario s;
        try {
            s = Scenario.read(file);
        } catch (Scenario.InvalidScenarioException e) {
            String name = file.getFileName().toString().replace(Scenario.SUFFIX, "");
            return new Result(file, name, "", List.of(), e.problems().stream().map(RuleSetDiagnostic::toString)
                    .reduce((a, b) -> a + "\n" + b).orElse("invalid scenario"));
        }
        return run(s);
    }

    /**
     * @param s a scenario
     * @return its result
     */
    public Result run(Scenario s) {
        EvaluationRequest.Builder b = EvaluationRequest.builder().asOf(s.asOf());
        s.ruleSets().forEach(b::ruleSet);
        s.parameters().forEach(b::parameter);
        Evaluation e;
        try {
            e = engine.evaluate(s.partnership(), b.build());
        } catch (IopRulesException ex) {
            return new Result(s.file(), s.name(), s.description(), List.of(), ex.getMessage());
        }
        String shown = s.file() == null ? s.name() : s.file().toString().replace('\\', '/');
        List<String> failures = new ArrayList<>();
        s.expectations().forEach((rs, exp) -> {
            Optional<RuleSetResult> r = e.ruleSet(rs);
            if (r.isEmpty()) {
                failures.add(shown + ": rule set " + rs + " was not evaluated (name it under \"ruleSets\" or check its dates)");
                return;
            }
            synchronized (underTest) {
                underTest.putIfAbsent(r.get().ruleSet().ref(), r.get().ruleSet());
            }
            if (exp.verdict() != null && r.get().verdict() != exp.verdict()) {
                failures.add(shown + ":" + exp.verdictLine() + ": " + rs + " verdict: expected " + exp.verdict() + ", got "
                        + r.get().verdict());
            }
            exp.criteria().forEach((key, want) -> {
                List<Finding> found = findings(r.get(), key);
                if (found.isEmpty()) {
                    failures.add(shown + ":" + want.line() + ": " + key + ": expected " + want + ", but " + rs
                            + " has no finding for it");
                }
                for (Finding f : found) {
                    boolean ok = f.outcome() == want.outcome()
                            && (want.conclusion() == null || want.conclusion().equals(f.conclusion()));
                    if (!ok) {
                        failures.add(shown + ":" + want.line() + ": " + key + ": expected " + want + ", got " + f.outcome()
                                + (f.conclusion().isEmpty() ? "" : "/" + f.conclusion()) + " (rule \"" + f.rule() + "\": "
                                + f.message().en() + ")");
                    }
                }
            });
        });
        return new Result(s.file(), s.name(), s.description(), failures, null);
    }

    /**
     * @param r a rule set's result
     * @param key {@code criterionId} (every finding of it), {@code criterionId[partyId]} (those about the party) or
     *     {@code criterionId#n} / {@code criterionId[partyId]#n} (the n-th of several that cite no party, or the same one)
     * @return the matching findings
     */
    static List<Finding> findings(RuleSetResult r, String key) {
        if (key.contains("#")) {
            Finding f = DiffKeys.byKey(r.findings()).get(key);
            return f == null ? List.of() : List.of(f);
        }
        int bracket = key.indexOf('[');
        if (bracket < 0 || !key.endsWith("]")) {
            return r.findings(key);
        }
        String criterion = key.substring(0, bracket);
        String party = key.substring(bracket + 1, key.length() - 1);
        return r.findings(criterion).stream().filter(f -> party.equals(DiffKeys.party(f))).toList();
    }

    /** @return the engine the scenarios run on */
    public DroolsEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
