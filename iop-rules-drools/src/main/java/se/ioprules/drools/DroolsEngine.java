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
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
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
import se.ioprules.api.LocalizedText;
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
import se.ioprules.api.facts.Party;
import se.ioprules.drools.dsl.Conclusion;
import se.ioprules.drools.dsl.Findings;
import se.ioprules.drools.dsl.Params;
import se.ioprules.drools.load.ParameterOverrides;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/**
 * The Drools implementation of {@link IopRulesEngine}. Rule sets are compiled lazily, once per version, and shared;
 * every evaluation runs in fresh sessions, so the engine is safe to call from many threads.
 */
public final class DroolsEngine implements IopRulesEngine {
    /** Rule set giving the public-contract assessment. */
    public static final String PUBLIC_CONTRACT_SET = "eu-public-contract";
    /** Rule set giving the state-aid assessment. */
    public static final String STATE_AID_SET = "state-aid";
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);
    private static final int MAX_RULE_FIRINGS = 10_000;

    private final EngineOptions options;
    /** Every rule-set version by "id@version"; fixed at construction. */
    private final Map<String, RuleSetDefinition> definitions;
    /** The same, sorted by id and effective date: what {@link #ruleSets()} returns and version selection scans. */
    private final List<RuleSetInfo> infos;
    private final Map<String, CompletableFuture<CompiledRuleSet>> compiled = new ConcurrentHashMap<>();
    private final String version;
    private final RuleFiringListener firingListener;

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
        this.options = options;
        this.firingListener = firingListener;
        List<RuleSetDefinition> defs = new ArrayList<>();
        if (options.includeBuiltIn()) {
            defs.addAll(RuleSetLoader.builtIn());
        }
        for (var dir : options.ruleDirs()) {
            defs.addAll(RuleSetLoader.fromRoot(dir, dir.toString() + "/"));
        }
        Map<String, RuleSetDefinition> byRef = new LinkedHashMap<>();
        for (RuleSetDefinition d : defs) {
            RuleSetDefinition prev = byRef.put(d.info().ref(), d);
            if (prev != null) {
                throw new RuleSetException("Rule set " + d.info().ref() + " is defined twice: " + prev.info().location()
                        + " and " + d.info().location());
            }
        }
        this.definitions = Map.copyOf(byRef);
        this.infos = byRef.values().stream().map(RuleSetDefinition::info)
                .sorted(Comparator.comparing(RuleSetInfo::id).thenComparing(RuleSetInfo::effectiveFrom,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        this.version = engineVersion();
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
        RuleSetDefinition def = definitions.get(ref.ref());
        if (def == null) {
            throw new RuleSetException("Unknown rule set " + ref.ref());
        }
        CompletableFuture<CompiledRuleSet> mine = new CompletableFuture<>();
        CompletableFuture<CompiledRuleSet> existing = compiled.putIfAbsent(ref.ref(), mine);
        if (existing == null) {
            long t0 = System.nanoTime();
            try {
                mine.complete(RuleSetCompiler.compile(def));
                LOG.debug("compiled {} in {} ms", ref.ref(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
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
            throw new RuleSetException("Cannot compile " + ref.ref() + ": " + e.getCause());
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
        Derived derived = Derived.of(partnership);
        Map<String, Conclusion> conclusions = new LinkedHashMap<>();
        List<RuleSetResult> results = new ArrayList<>();
        for (Selected s : plan) {
            results.add(run(s, partnership, derived, asOf, request, conclusions));
        }
        Assessment assessment = new Assessment(
                likelihood(results, PUBLIC_CONTRACT_SET, "eupc-aggregate", "PUBLIC_CONTRACT", "NOT_PUBLIC_CONTRACT"),
                likelihood(results, STATE_AID_SET, "sa-aggregate", "STATE_AID", "NOT_STATE_AID"));
        return new Evaluation(partnership.id(), asOf, basis, version, FactPaths.sha256(partnership), assessment, results);
    }

    private record Selected(RuleSetInfo info, boolean dependency) {
    }

    /** Picks the versions, adds required rule sets and the two assessment rule sets, and orders by dependency. */
    private List<Selected> plan(EvaluationRequest request, LocalDate asOf) {
        Map<String, Selected> chosen = new LinkedHashMap<>();
        if (request.ruleSets().isEmpty()) {
            for (RuleSetInfo info : ruleSets()) {
                // A municipality's guidelines bind only that municipality: evaluated when named, never by default.
                if (info.inForceOn(asOf) && info.status() != RuleSetStatus.MUNICIPAL_GUIDELINE) {
                    chosen.putIfAbsent(info.id(), new Selected(newestOrNull(info.id(), asOf), false));
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
        return definitions.get(info.ref());
    }

    private RuleSetResult run(Selected s, Partnership p, Derived derived, LocalDate asOf, EvaluationRequest request,
            Map<String, Conclusion> conclusions) {
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
        FactResolver resolver = new FactResolver(p, derived, params, visible);
        KieSession session = crs.kieBase().newKieSession();
        Findings out;
        try {
            out = new Findings(def.info().id(), resolver, def.messages(), def.info().sources(), session,
                    c -> visible.put(c.criterionId(), c));
            session.setGlobal("out", out);
            if (firingListener != null) {
                RuleSetInfo info = def.info();
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        firingListener.fired(info, event.getMatch().getRule().getName());
                    }
                });
            }
            insertFacts(session, p, derived, new Params(asOf, params), conclusions.values());
            for (var table : def.tables().values()) {
                session.insert(table);
            }
            session.fireAllRules(MAX_RULE_FIRINGS);
        } finally {
            session.dispose();
        }
        List<Finding> findings = new ArrayList<>(out.findings());
        for (var e : crs.criteria().entrySet()) {
            if (findings.stream().noneMatch(f -> f.criterionId().equals(e.getKey()))) {
                findings.add(silentCriterion(def, e.getKey(), e.getValue()));
            }
        }
        for (Finding f : findings) {
            Conclusion c = new Conclusion(f.ruleSetId(), f.criterionId(), f.outcome(), f.conclusion());
            conclusions.put(f.criterionId(), c);
        }
        return new RuleSetResult(def.info(), Verdict.of(findings), findings, List.copyOf(params.values()), s.dependency());
    }

    /** A criterion for which no rule fired is never silently passed: it is reported as not assessable. */
    private static Finding silentCriterion(RuleSetDefinition def, String criterion, CriterionKind kind) {
        return new Finding(def.info().id(), criterion, Outcome.NOT_ASSESSABLE, kind, "",
                new LocalizedText("Ingen regel gav utslag för kriteriet; bedömningen kan inte göras med de fakta som finns.",
                        "No rule produced a result for this criterion; it cannot be assessed with the facts given."),
                List.of(), List.of(new Citation("", def.info().title(), "")), "(no rule fired)", false);
    }

    private static void insertFacts(KieSession s, Partnership p, Derived derived, Params params,
            Iterable<Conclusion> previous) {
        s.insert(p);
        s.insert(p.initiative());
        s.insert(p.purpose());
        s.insert(p.resources());
        s.insert(p.resources().budget());
        s.insert(p.term());
        s.insert(p.governance());
        s.insert(p.agreement());
        s.insert(p.legal());
        s.insert(p.stateAid());
        for (Party party : p.parties()) {
            s.insert(party);
        }
        for (var c : p.resources().contributions()) {
            s.insert(c);
        }
        s.insert(derived);
        s.insert(params);
        for (Conclusion c : previous) {
            s.insert(c);
        }
    }

    private static Likelihood likelihood(List<RuleSetResult> results, String set, String criterion, String yes, String no) {
        for (RuleSetResult r : results) {
            if (r.ruleSet().id().equals(set)) {
                for (Finding f : r.findings(criterion)) {
                    if (yes.equals(f.conclusion())) {
                        return Likelihood.LIKELY;
                    }
                    if (no.equals(f.conclusion())) {
                        return Likelihood.UNLIKELY;
                    }
                }
            }
        }
        return Likelihood.NOT_ASSESSABLE;
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
        for (CompletableFuture<CompiledRuleSet> f : compiled.values()) {
            if (f.isDone() && !f.isCompletedExceptionally()) {
                f.join().release().run();
            }
        }
        compiled.clear();
    }
}
