package se.ioprules.drools;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.FactGlossary;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.InvalidPartnershipException;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.OpenQuestions.Outcomes;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetRef;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.FactText;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Tri;

/**
 * Finds the decisive unknowns of an evaluation by evaluating the alternatives (see {@link OpenQuestions}). Candidate
 * facts are the unknown facts the open outcomes' findings name (a rule's reads are known from its findings); each is
 * tried over its values — tri-state and boolean facts both ways, enum facts over their constants, whole numbers and
 * amounts just below, at and above the parameter a finding compares them with. Each alternative is evaluated with
 * the rule sets that read the fact, those they need and those that build on them (the two assessment rule sets
 * always run), so what is promised for an answer is what a full evaluation gives for those outcomes. Dates, texts,
 * sets and lists are not tried: their values cannot be enumerated.
 */
final class OpenQuestionFinder {
    private static final Set<String> CORE = Set.of(DroolsEngine.PUBLIC_CONTRACT_SET, DroolsEngine.STATE_AID_SET);

    private final IopRulesEngine engine;
    private final Partnership partnership;
    private final EvaluationRequest request;
    private final OpenQuestions.Bounds bounds;
    private Evaluation base;
    /** The rule sets of the base evaluation by id, in its order. */
    private final Map<String, RuleSetResult> selected = new LinkedHashMap<>();
    /** Evaluations already run, by the values set (path → value) and the rule sets evaluated. */
    private final Map<String, Optional<Evaluation>> cache = new HashMap<>();
    private int evaluations;

    private OpenQuestionFinder(IopRulesEngine engine, Partnership partnership, EvaluationRequest request,
            OpenQuestions.Bounds bounds) {
        this.engine = engine;
        this.partnership = partnership;
        this.request = request;
        this.bounds = bounds;
    }

    static OpenQuestions find(IopRulesEngine engine, Partnership partnership, EvaluationRequest request,
            OpenQuestions.Bounds bounds) {
        return new OpenQuestionFinder(engine, partnership, request, bounds).run();
    }

    /** A fact that may settle something, with the values to try and the outcomes whose findings name it. */
    private record Candidate(String path, List<OpenQuestion.Value> values, Set<String> outcomes, Set<String> readers) {
    }

    private OpenQuestions run() {
        base = engine.evaluate(partnership, request);
        evaluations = 1;
        for (RuleSetResult r : base.ruleSets()) {
            selected.put(r.ruleSet().id(), r);
        }
        Outcomes current = outcomes(base, null);
        List<String> open = new ArrayList<>();
        for (String key : keys()) {
            if (!current.settled(key)) {
                open.add(key);
            }
        }
        if (open.isEmpty()) {
            return new OpenQuestions(base.asOf(), current, List.of(), List.of(), 0, evaluations);
        }
        Map<String, Candidate> candidates = candidates(open);
        List<OpenQuestion> questions = new ArrayList<>();
        Map<String, List<OpenQuestion.Answer>> singleAnswers = new HashMap<>();
        for (Candidate c : candidates.values()) {
            List<OpenQuestion.Answer> answers = new ArrayList<>();
            for (OpenQuestion.Value v : c.values()) {
                outcomesWith(List.of(v), c.readers()).ifPresent(o -> answers.add(answer(List.of(v), o, open)));
            }
            singleAnswers.put(c.path(), answers);
            question(List.of(c.path()), answers, open).ifPresent(questions::add);
        }
        // Pairs, only for outcomes no single fact settles for every answer (bounded: maxPairFacts per outcome).
        List<OpenQuestions.Unsettled> unsettled = new ArrayList<>();
        for (String key : open) {
            if (questions.stream().anyMatch(q -> q.settles().contains(key))) {
                continue;
            }
            // Pairs among the facts that settle it for some answers; among all its facts only when they are few.
            List<Candidate> all = candidates.values().stream().filter(c -> c.outcomes().contains(key)).toList();
            RuleSetResult verdictOf = selected.get(key);
            List<Candidate> forKey = (all.size() <= bounds.maxPairFacts() ? all.stream()
                    : all.stream().filter(c -> settlesSome(singleAnswers.get(c.path()), key)))
                    .limit(bounds.maxPairFacts()).toList();
            boolean found = false;
            for (int i = 0; i < forKey.size(); i++) {
                for (int j = i + 1; j < forKey.size(); j++) {
                    Candidate a = forKey.get(i);
                    Candidate b = forKey.get(j);
                    if (verdictOf != null && !canSettle(verdictOf, Set.of(a.path(), b.path()))) {
                        continue;
                    }
                    Set<String> readers = new LinkedHashSet<>(a.readers());
                    readers.addAll(b.readers());
                    List<OpenQuestion.Answer> answers = new ArrayList<>();
                    for (OpenQuestion.Value va : a.values()) {
                        for (OpenQuestion.Value vb : b.values()) {
                            outcomesWith(List.of(va, vb), readers)
                                    .ifPresent(o -> answers.add(answer(List.of(va, vb), o, open)));
                        }
                    }
                    Optional<OpenQuestion> q = question(List.of(a.path(), b.path()), answers, open);
                    if (q.isPresent() && q.get().settles().contains(key)) {
                        found = true;
                        if (questions.stream().noneMatch(x -> x.facts().equals(q.get().facts()))) {
                            questions.add(q.get());
                        }
                    }
                }
            }
            if (!found) {
                unsettled.add(new OpenQuestions.Unsettled(key, why(key, forKey.size(), candidates, singleAnswers,
                        unassessedCriteria(verdictOf))));
            }
        }
        questions.sort(RANK);
        int omitted = Math.max(0, questions.size() - bounds.maxQuestions());
        return new OpenQuestions(base.asOf(), current, questions.subList(0, questions.size() - omitted), unsettled,
                omitted, evaluations);
    }

    /**
     * Legal assessments above guidance verdicts (settled for every answer, then for some, then by the share of answers
     * that settle them); then outcomes the answer decides which way; then outcomes settled for every answer, then for
     * some; a single fact before a pair. The sort is stable: ties keep the findings' order.
     */
    private static final Comparator<OpenQuestion> RANK = Comparator
            .comparingInt((OpenQuestion q) -> -assessments(q.settles()))
            .thenComparingInt(q -> -assessments(q.settlesForSome()))
            .thenComparingDouble(q -> -q.answers().stream().mapToInt(a -> assessments(a.settles())).average().orElse(0))
            .thenComparingInt(q -> -whichWay(q))
            .thenComparingInt(q -> -q.settles().size())
            .thenComparingInt(q -> -q.settlesForSome().size())
            .thenComparingInt(q -> q.facts().size());

    /**
     * How many outcomes the answer decides which way (answers give different outcomes, at least one settles it). A
     * question whose every answer gives the same verdict only completes the facts; one that decides which way tells
     * more.
     */
    private static int whichWay(OpenQuestion q) {
        Set<String> keys = new LinkedHashSet<>(q.settles());
        keys.addAll(q.settlesForSome());
        int n = 0;
        for (String k : keys) {
            if (q.answers().stream().map(a -> String.valueOf(a.outcomes().value(k))).distinct().count() > 1) {
                n++;
            }
        }
        return n;
    }

    private static int assessments(List<String> keys) {
        return (int) keys.stream().filter(k -> k.equals(OpenQuestions.PUBLIC_CONTRACT) || k.equals(OpenQuestions.STATE_AID))
                .count();
    }

    private static boolean settlesSome(List<OpenQuestion.Answer> answers, String key) {
        return answers != null && answers.stream().anyMatch(a -> a.settles().contains(key));
    }

    /** The criteria of a guidance verdict that cannot be assessed; 0 for a legal assessment (null). */
    private static long unassessedCriteria(RuleSetResult r) {
        return r == null ? 0 : r.findings().stream().filter(f -> f.outcome() == Outcome.NOT_ASSESSABLE)
                .map(Finding::criterionId).distinct().count();
    }

    private static LocalizedText why(String key, int pairFacts, Map<String, Candidate> candidates,
            Map<String, List<OpenQuestion.Answer>> singles, long unassessed) {
        long facts = candidates.values().stream().filter(c -> c.outcomes().contains(key)).count();
        boolean some = candidates.values().stream().anyMatch(c -> settlesSome(singles.get(c.path()), key));
        if (facts == 0 && unassessed > 1) {
            // Several criteria lack facts: no single answer completes the verdict, whatever the facts' types (the
            // sentence below would wrongly blame dates and texts, e.g. forum-2010 on Göteborg's IOPs).
            return new LocalizedText(unassessed + " kriterier kan inte bedömas eftersom uppgifter saknas, så inget "
                    + "enskilt svar avgör utfallet; ta reda på de uppgifter som nämns vid kriterierna nedan.",
                    unassessed + " criteria cannot be assessed because facts are missing, so no single answer "
                            + "settles the verdict; find out the facts named at those criteria below.");
        }
        if (facts == 0) {
            return new LocalizedText("Inget okänt faktum med svar att pröva (ja/nej, ett av flera val eller ett tal vid "
                    + "en gräns) avgör det; det som saknas är datum, text eller listor.",
                    "No unknown fact with answers to try (yes/no, one of several options, or a number at a threshold) "
                            + "settles it; what is missing are dates, texts or lists.");
        }
        String sv = "Inget av de " + facts + " okända fakta som prövades avgör det ensamt för varje svar"
                + (pairFacts < 2 ? "" : ", och inget par bland de " + pairFacts + " som prövades parvis")
                + (some ? "; vissa svar avgör det (se frågorna)." : ".");
        String en = "None of the " + facts + " unknown facts tried settles it for every answer on its own"
                + (pairFacts < 2 ? "" : ", nor any pair among the " + pairFacts + " tried in pairs")
                + (some ? "; some answers settle it (see the questions)." : ".");
        return new LocalizedText(sv, en);
    }

    private Optional<OpenQuestion> question(List<String> facts, List<OpenQuestion.Answer> answers, List<String> open) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        List<String> settles = new ArrayList<>();
        List<String> some = new ArrayList<>();
        for (String key : open) {
            long n = answers.stream().filter(a -> a.settles().contains(key)).count();
            if (n == answers.size()) {
                settles.add(key);
            } else if (n > 0) {
                some.add(key);
            }
        }
        if (settles.isEmpty() && some.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OpenQuestion(facts, ask(facts.get(0)), settles, some, answers));
    }

    private static OpenQuestion.Answer answer(List<OpenQuestion.Value> values, Outcomes o, List<String> open) {
        return new OpenQuestion.Answer(values, o, open.stream().filter(o::settled).toList());
    }

    /** The outcome keys: the two assessments, then every selected rule set's verdict except theirs (the assessment is their answer). */
    private List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(OpenQuestions.PUBLIC_CONTRACT, OpenQuestions.STATE_AID));
        for (RuleSetResult r : selected.values()) {
            if (!r.dependency() && !CORE.contains(r.ruleSet().id())) {
                keys.add(r.ruleSet().id());
            }
        }
        return keys;
    }

    private Outcomes outcomes(Evaluation e, Set<String> only) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (RuleSetResult r : e.ruleSets()) {
            String id = r.ruleSet().id();
            RuleSetResult inBase = selected.get(id);
            if (inBase != null && !inBase.dependency() && !CORE.contains(id) && (only == null || only.contains(id))) {
                verdicts.put(id, r.verdict());
            }
        }
        return new Outcomes(e.assessment().publicContract(), e.assessment().stateAid(), verdicts);
    }

    private Map<String, Candidate> candidates(List<String> open) {
        Map<String, Set<String>> outcomesByPath = new LinkedHashMap<>();
        Map<String, Set<String>> readersByPath = new HashMap<>();
        Map<String, List<Finding>> findingsByPath = new HashMap<>();
        for (RuleSetResult r : base.ruleSets()) {
            String id = r.ruleSet().id();
            String key = id.equals(DroolsEngine.PUBLIC_CONTRACT_SET) ? OpenQuestions.PUBLIC_CONTRACT
                    : id.equals(DroolsEngine.STATE_AID_SET) ? OpenQuestions.STATE_AID : id;
            for (Finding f : r.findings()) {
                for (FactValue v : f.because()) {
                    readersByPath.computeIfAbsent(v.path(), k -> new LinkedHashSet<>()).add(id);
                    findingsByPath.computeIfAbsent(v.path(), k -> new ArrayList<>()).add(f);
                    if (!v.known() && open.contains(key) && (CORE.contains(id) || canSettle(r, Set.of(v.path())))) {
                        outcomesByPath.computeIfAbsent(v.path(), k -> new LinkedHashSet<>()).add(key);
                    }
                }
            }
        }
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (var e : outcomesByPath.entrySet()) {
            String path = e.getKey();
            List<OpenQuestion.Value> values = values(path, findingsByPath.get(path));
            if (values.size() > 0) {
                out.put(path, new Candidate(path, values, e.getValue(), readersByPath.get(path)));
            }
        }
        return out;
    }

    /**
     * Whether setting these facts could settle the rule set's verdict, by {@link Verdict#basis}: a legal requirement
     * that reads one could fail; enough guiding indicators that read them could fail to make most fail; or every
     * requirement and indicator not assessable now reads one of them (or reads nothing: no rule fired, so any fact
     * might make one fire). Findings that read none of the facts are taken to stay as they are, as everywhere here.
     * In a rule set without requirements and indicators (famna-2024), its recommendations and good practice stand in
     * for indicators, as in the verdict rule.
     */
    private static boolean canSettle(RuleSetResult r, Set<String> facts) {
        boolean weightyRuleSet = Verdict.hasLegalRequirementsOrIndicators(r.findings());
        boolean allOpenRead = true;
        int indicators = 0;
        int failed = 0;
        int couldFail = 0;
        for (Finding f : r.findings()) {
            if (f.element() || !Verdict.countsFor(f.kind(), weightyRuleSet)) {
                continue;
            }
            boolean reads = f.because().stream().anyMatch(v -> facts.contains(v.path()));
            if (reads && f.kind() == se.ioprules.api.CriterionKind.LEGAL_REQUIREMENT) {
                return true;
            }
            if (f.outcome() == se.ioprules.api.Outcome.NOT_ASSESSABLE && !reads && !f.because().isEmpty()) {
                allOpenRead = false;
            }
            if (f.kind() != se.ioprules.api.CriterionKind.LEGAL_REQUIREMENT && f.outcome() != se.ioprules.api.Outcome.INFO) {
                indicators++;
                failed += f.outcome() == se.ioprules.api.Outcome.FAIL ? 1 : 0;
                couldFail += reads && f.outcome() != se.ioprules.api.Outcome.FAIL ? 1 : 0;
            }
        }
        BigDecimal share = Verdict.maxFailedIndicatorShare(r.parameters());
        // At best every indicator that reads the facts fails (or drops out as not applicable, which shrinks the base).
        boolean mostCouldFail = couldFail > 0 && BigDecimal.valueOf(failed + couldFail)
                .compareTo(share.multiply(BigDecimal.valueOf(Math.max(0, indicators - couldFail)))) > 0;
        return mostCouldFail || allOpenRead;
    }

    /** The values to try: none when the path is not an input fact, is recorded, or its values cannot be enumerated. */
    private List<OpenQuestion.Value> values(String path, List<Finding> findings) {
        Optional<Class<?>> type;
        try {
            type = FactPaths.typeOf(Partnership.class, path);
            if (type.isEmpty() || FactPaths.resolve(partnership, path).known()) {
                return List.of();
            }
            // A list element that is not there cannot be asked about (the question would invent it).
            if (path.contains("[") && FactPaths.resolve(partnership, path.substring(0, path.lastIndexOf(']') + 1)).value() == null) {
                return List.of();
            }
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        Class<?> t = type.get();
        List<OpenQuestion.Value> out = new ArrayList<>();
        if (t == Tri.class) {
            out.add(new OpenQuestion.Value(path, Tri.TRUE, yes()));
            out.add(new OpenQuestion.Value(path, Tri.FALSE, no()));
        } else if (t == Boolean.class) {
            out.add(new OpenQuestion.Value(path, Boolean.TRUE, yes()));
            out.add(new OpenQuestion.Value(path, Boolean.FALSE, no()));
        } else if (t.isEnum()) {
            for (Object c : t.getEnumConstants()) {
                Enum<?> e = (Enum<?>) c;
                out.add(new OpenQuestion.Value(path, e, new LocalizedText(FactText.label(e, "sv"), FactText.label(e, "en"))));
            }
        } else if (t == Integer.class || t == BigDecimal.class) {
            for (BigDecimal n : thresholds(findings)) {
                Object v = t == Integer.class ? (Object) n.intValueExact() : n;
                String text = n.stripTrailingZeros().toPlainString();
                out.add(new OpenQuestion.Value(path, v, new LocalizedText(text, text)));
            }
        }
        return out;
    }

    /** Just below, at and above each parameter that a finding naming the fact compares it with (whole numbers). */
    private static List<BigDecimal> thresholds(List<Finding> findings) {
        Set<BigDecimal> out = new java.util.TreeSet<>();
        for (Finding f : findings) {
            for (FactValue v : f.because()) {
                if (v.path().startsWith("param.") && v.known()) {
                    try {
                        BigDecimal p = new BigDecimal(v.value());
                        if (p.stripTrailingZeros().scale() <= 0) {
                            for (BigDecimal n : List.of(p.subtract(BigDecimal.ONE), p, p.add(BigDecimal.ONE))) {
                                if (n.signum() >= 0) {
                                    out.add(n.setScale(0));
                                }
                            }
                        }
                    } catch (NumberFormatException | ArithmeticException e) {
                        // not a number: not a threshold
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The rule sets to evaluate for facts read by the given rule sets: those, what they require and the assessment
     * rule sets, as selected in the base evaluation; with {@code dependents}, also what builds on them (requires them,
     * directly or not).
     */
    private Set<String> evaluated(Set<String> readers, boolean dependents) {
        Set<String> out = new LinkedHashSet<>(CORE);
        out.addAll(readers);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (RuleSetResult r : selected.values()) {
                RuleSetInfo info = r.ruleSet();
                boolean in = out.contains(info.id());
                if (in && out.addAll(info.requires().stream().filter(selected::containsKey).toList())) {
                    grew = true;
                }
                if (dependents && !in && info.requires().stream().anyMatch(out::contains)) {
                    out.add(info.id());
                    grew = true;
                }
            }
        }
        out.retainAll(selected.keySet());
        return out;
    }

    /**
     * Evaluates with the values set, first with the rule sets that read the facts and what they require; only when
     * that changes a conclusion of a rule set others build on are those evaluated too (a rule set that does not read
     * the facts and whose inputs did not change gives what it gave). Empty when the values contradict the recorded
     * facts (the partnership would be invalid).
     */
    private Optional<Outcomes> outcomesWith(List<OpenQuestion.Value> values, Set<String> readers) {
        Set<String> narrow = evaluated(readers, false);
        Set<String> wide = evaluated(readers, true);
        Optional<Evaluation> e = evaluate(values, narrow);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (!wide.equals(narrow) && !sameConclusions(e.get(), narrow)) {
            e = evaluate(values, wide);
            return e.map(x -> outcomes(x, wide));
        }
        return Optional.of(outcomes(e.get(), narrow));
    }

    /** Whether every finding of the evaluated rule sets concludes as in the base evaluation. */
    private boolean sameConclusions(Evaluation e, Set<String> ruleSets) {
        for (RuleSetResult r : e.ruleSets()) {
            RuleSetResult b = selected.get(r.ruleSet().id());
            if (b == null || !conclusions(b).equals(conclusions(r))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> conclusions(RuleSetResult r) {
        return r.findings().stream().map(f -> f.criterionId() + ":" + f.outcome() + ":" + f.conclusion()).toList();
    }

    private Optional<Evaluation> evaluate(List<OpenQuestion.Value> values, Set<String> ruleSets) {
        StringBuilder key = new StringBuilder();
        for (OpenQuestion.Value v : values) {
            key.append(v.fact()).append('=').append(v.text()).append(';');
        }
        key.append(ruleSets);
        Optional<Evaluation> cached = cache.get(key.toString());
        if (cached != null) {
            return cached;
        }
        Partnership p = partnership;
        for (OpenQuestion.Value v : values) {
            p = FactPaths.with(p, v.fact(), v.value());
        }
        Optional<Evaluation> result;
        try {
            evaluations++;
            result = Optional.of(engine.evaluate(p, restricted(ruleSets)));
        } catch (InvalidPartnershipException e) {
            result = Optional.empty();
        }
        cache.put(key.toString(), result);
        return result;
    }

    /** The request with the as-of date of the base evaluation and only these rule sets, at the versions it used. */
    private EvaluationRequest restricted(Set<String> ruleSets) {
        EvaluationRequest.Builder b = EvaluationRequest.builder().asOf(base.asOf());
        Set<String> parameterNames = new java.util.HashSet<>();
        for (RuleSetResult r : selected.values()) {
            if (ruleSets.contains(r.ruleSet().id())) {
                b.ruleSet(RuleSetRef.parse(r.ruleSet().ref()));
                r.parameters().stream().map(ParameterValue::name).forEach(parameterNames::add);
            }
        }
        // An override the restricted rule sets do not declare would be refused as unknown: it applies to none of them.
        request.parameterOverrides().forEach((k, v) -> {
            int dot = k.indexOf('.');
            boolean applies = dot < 0 ? parameterNames.contains(k) : ruleSets.contains(k.substring(0, dot));
            if (applies) {
                b.parameter(k, v);
            }
        });
        return b.build();
    }

    static LocalizedText ask(String path) {
        return FactGlossary.entry(path).map(FactGlossary.Entry::ask).orElseGet(() -> fallbackAsk(path));
    }

    /** Until the glossary has an entry: the path in words ("agreement › remedy on breach"). */
    private static LocalizedText fallbackAsk(String path) {
        String words = FactGlossary.normalize(path).replace("[]", "").replace(".", " › ")
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return new LocalizedText("Vad gäller för " + words + "?", "What about " + words + "?");
    }

    private static LocalizedText yes() {
        return new LocalizedText("ja", "yes");
    }

    private static LocalizedText no() {
        return new LocalizedText("nej", "no");
    }
}
