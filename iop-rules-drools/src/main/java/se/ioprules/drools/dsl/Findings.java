package se.ioprules.drools.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.RuleContext;
import se.ioprules.api.Citation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;

/**
 * The DRL global {@code out}: rules report findings through it. Criterion id, kind and sources are read from the
 * rule's metadata ({@code @criterion}, {@code @kind}, {@code @source}), the message from the rule set's message files
 * (key {@code <criterion>.<messageKey>}). A finding names the facts its rule's patterns test (derived once per rule,
 * see {@link se.ioprules.drools.internal.PatternFacts}), then the fact paths the call names that are not among them;
 * each is resolved to its value for the explanation. One instance per evaluation; not shared between threads.
 *
 * <pre>
 * when
 *     Derived( durationMonths != null, durationMonths &lt; $p.intValue("longTermMonths") )
 * then
 *     out.warn(drools, "short", "term.annualReviewScheduled");   // names derived.durationMonths, param.longTermMonths,
 *                                                                // then term.annualReviewScheduled
 * </pre>
 */
public final class Findings {
    private final String ruleSetId;
    private final Function<String, FactValue> resolver;
    private final Messages messages;
    /** Metadata and citations per rule, prepared once per rule set and shared by its evaluations. */
    private final RuleMeta.Cache rules;
    private final KieSession session;
    private final java.util.function.Consumer<Conclusion> onConclusion;
    private final java.util.function.Predicate<Conclusion> read;
    private final List<Finding> findings = new ArrayList<>();
    /** Prefix of the computed details added by {@link #reportWith}, in {@code because} and message placeholders. */
    public static final String DETAIL_PREFIX = "detail.";

    /**
     * @param ruleSetId rule set being evaluated
     * @param resolver resolves a fact path to its value
     * @param messages the rule set's messages
     * @param rules the rule set's prepared rule metadata (shared by its evaluations)
     * @param session the session, so findings can be inserted as {@link Conclusion} facts
     * @param onConclusion told of every conclusion, so later explanations can cite it
     */
    public Findings(String ruleSetId, Function<String, FactValue> resolver, Messages messages,
            RuleMeta.Cache rules, KieSession session, java.util.function.Consumer<Conclusion> onConclusion) {
        this(ruleSetId, resolver, messages, rules, session, onConclusion, c -> true);
    }

    /**
     * @param ruleSetId rule set being evaluated
     * @param resolver resolves a fact path to its value
     * @param messages the rule set's messages
     * @param rules the rule set's prepared rule metadata (shared by its evaluations)
     * @param session the session, so findings can be inserted as {@link Conclusion} facts
     * @param onConclusion told of every conclusion, so later explanations can cite it
     * @param read the conclusions the session's patterns can match: only those are inserted (the others would change
     *     nothing; see {@link se.ioprules.drools.internal.ConclusionReads})
     */
    public Findings(String ruleSetId, Function<String, FactValue> resolver, Messages messages,
            RuleMeta.Cache rules, KieSession session, java.util.function.Consumer<Conclusion> onConclusion,
            java.util.function.Predicate<Conclusion> read) {
        this.read = read;
        this.onConclusion = onConclusion;
        this.ruleSetId = ruleSetId;
        this.resolver = resolver;
        this.messages = messages;
        this.rules = rules;
        this.session = session;
    }

    /** @param ctx {@code drools} @param key message key @param paths facts that led to it */
    public void pass(RuleContext ctx, String key, String... paths) {
        add(ctx, Outcome.PASS, "", key, paths);
    }

    /** @param ctx {@code drools} @param key message key @param paths facts that led to it */
    public void fail(RuleContext ctx, String key, String... paths) {
        add(ctx, Outcome.FAIL, "", key, paths);
    }

    /** @param ctx {@code drools} @param key message key @param paths facts that led to it */
    public void warn(RuleContext ctx, String key, String... paths) {
        add(ctx, Outcome.WARNING, "", key, paths);
    }

    /** @param ctx {@code drools} @param key message key @param paths facts that led to it */
    public void info(RuleContext ctx, String key, String... paths) {
        add(ctx, Outcome.INFO, "", key, paths);
    }

    /** @param ctx {@code drools} @param key message key @param paths the facts, at least one of them missing */
    public void notAssessable(RuleContext ctx, String key, String... paths) {
        add(ctx, Outcome.NOT_ASSESSABLE, "", key, paths);
    }

    /**
     * Reports an element of a legal test (public contract, state aid). From the partnership's point of view an
     * element that is not met is a PASS, a met element is INFO (not decisive alone; the aggregate decides), and an
     * unknown element is NOT_ASSESSABLE.
     *
     * @param ctx {@code drools}
     * @param conclusion "MET", "NOT_MET" or "UNKNOWN"
     * @param key message key
     * @param paths facts that led to it
     */
    public void element(RuleContext ctx, String conclusion, String key, String... paths) {
        Outcome o = switch (conclusion) {
            case "MET" -> Outcome.INFO;
            case "NOT_MET" -> Outcome.PASS;
            case "UNKNOWN" -> Outcome.NOT_ASSESSABLE;
            case "CONTESTED" -> Outcome.WARNING;
            default -> throw new IllegalArgumentException("element conclusion must be MET, NOT_MET, CONTESTED or UNKNOWN: " + conclusion);
        };
        elements.put(rules.of(ctx.getRule()).meta().criterion(), new ElementState(conclusion, switch (conclusion) {
            case "MET" -> se.ioprules.api.Lean.TOWARDS;
            case "NOT_MET" -> se.ioprules.api.Lean.AWAY;
            default -> se.ioprules.api.Lean.NONE;
        }));
        add(ctx, o, conclusion, key, List.of(), true, paths);
    }

    /**
     * Reports a finding with an explicit legal conclusion, e.g. an aggregate.
     *
     * @param ctx {@code drools}
     * @param outcome outcome
     * @param conclusion conclusion, e.g. "PUBLIC_CONTRACT"
     * @param key message key
     * @param paths facts that led to it
     */
    public void conclude(RuleContext ctx, Outcome outcome, String conclusion, String key, String... paths) {
        add(ctx, outcome, conclusion, key, paths);
    }

    /**
     * Reports a finding whose explanation carries extra, computed details besides the fact paths, e.g. the
     * positions of words found in the agreement text. Each detail becomes a known {@link FactValue} in
     * {@code because} with the path {@code detail.<name>} (after the facts named in {@code paths}, in the map's
     * order), and messages can use it as the placeholder {@code {detail.<name>}}.
     *
     * @param ctx {@code drools}
     * @param outcome outcome
     * @param key message key
     * @param details name → value; names without the {@code detail.} prefix
     * @param paths facts that led to it
     */
    public void reportWith(RuleContext ctx, Outcome outcome, String key, Map<String, String> details, String... paths) {
        report(ctx, outcome, "", key, details, paths);
    }

    /** {@link #reportWith} with {@link Outcome#WARNING}. @param ctx {@code drools} @param key message key @param details computed details @param paths facts */
    public void warnWith(RuleContext ctx, String key, Map<String, String> details, String... paths) {
        reportWith(ctx, Outcome.WARNING, key, details, paths);
    }

    /** {@link #reportWith} with {@link Outcome#FAIL}. @param ctx {@code drools} @param key message key @param details computed details @param paths facts */
    public void failWith(RuleContext ctx, String key, Map<String, String> details, String... paths) {
        reportWith(ctx, Outcome.FAIL, key, details, paths);
    }

    /** {@link #reportWith} with {@link Outcome#PASS}. @param ctx {@code drools} @param key message key @param details computed details @param paths facts */
    public void passWith(RuleContext ctx, String key, Map<String, String> details, String... paths) {
        reportWith(ctx, Outcome.PASS, key, details, paths);
    }

    // ---- indicators and elements of a legal test ------------------------------------------------------------

    /** Per element of a legal test: its decided conclusion and which way it leans, for the aggregate's summary. */
    private final Map<String, ElementState> elements = new java.util.LinkedHashMap<>();

    private record ElementState(String conclusion, se.ioprules.api.Lean lean) {
    }

    /**
     * Raises an indicator for the element named by the rule's {@code @criterion}: inserted as an {@link Indication}
     * for the element's decision rule. Its message is {@code <element>.ind.<key>}, its citation the rule's
     * {@code @source}.
     *
     * @param ctx {@code drools}
     * @param direction "towards" (the element is met) or "against"
     * @param strength "decisive", "strong" or "weak"
     * @param key indicator id and message key
     * @param paths facts that raised it
     */
    public void indicate(RuleContext ctx, String direction, String strength, String key, String... paths) {
        RuleMeta.Prepared prep = rules.of(ctx.getRule());
        RuleMeta meta = prep.meta();
        List<FactValue> because = resolve(prep, ctx, paths);
        LocalizedText text = prep.message("ind." + key, messages).format(because, resolver);
        se.ioprules.api.Indicator ind = new se.ioprules.api.Indicator(key,
                se.ioprules.api.Indicator.Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT)),
                se.ioprules.api.Indicator.Strength.valueOf(strength.toUpperCase(java.util.Locale.ROOT)),
                text, because, prep.citations());
        session.insert(new Indication(ruleSetId, meta.criterion(), ind));
    }

    /**
     * Decides the element named by the rule's {@code @criterion} from the indicators raised for it. With T the
     * strongest indicator towards the element being met and A the strongest against (decisive &gt; strong &gt; weak):
     * <ul>
     *   <li>nothing raised, or only weak ones that balance or point against: UNKNOWN (leaning as they point);</li>
     *   <li>A at least strong, T at most weak, and every guard fact known: NOT_MET; with a guard fact unknown the
     *       element stays UNKNOWN, leaning against, and names it;</li>
     *   <li>T stronger than A, and A at most strong: MET (a decisive indicator towards the element outweighs a strong
     *       one against, because MET is the cautious direction; the conflict is still shown);</li>
     *   <li>T and A both at least strong otherwise: CONTESTED — a person must weigh them.</li>
     * </ul>
     * NOT_MET, the only conclusion that can lead to "unlikely", therefore never rests on weak indicators alone, never
     * stands against a strong indicator the other way, and never stands while a fact that could raise a strong
     * indicator towards the element is unknown: making a recorded fact unknown can never turn an element into NOT_MET.
     *
     * @param ctx {@code drools}
     * @param raised the {@link Indication}s of this element (a collected list)
     * @param guardFacts every fact read by a strong or decisive indicator towards the element ("a|b": either known
     *     is enough, for facts the validator keeps consistent; "a|b=V": a known, or b recorded as V); all must be
     *     known for NOT_MET, and the unknown ones are named as missing when the element stays open
     */
    public void decide(RuleContext ctx, java.util.Collection<?> raised, String... guardFacts) {
        RuleMeta.Prepared prep = rules.of(ctx.getRule());
        RuleMeta meta = prep.meta();
        List<se.ioprules.api.Indicator> inds = new ArrayList<>();
        for (Object o : raised) {
            Indication i = (Indication) o;
            if (i.ruleSetId().equals(ruleSetId) && i.element().equals(meta.criterion())) {
                inds.add(i.indicator());
            }
        }
        // strongest first, towards before against, then by id: a stable order for messages and JSON
        inds.sort(java.util.Comparator.comparing(se.ioprules.api.Indicator::strength)
                .thenComparing(se.ioprules.api.Indicator::direction).thenComparing(se.ioprules.api.Indicator::id));
        int t = 0;
        int a = 0;
        for (se.ioprules.api.Indicator i : inds) {
            int w = weight(i.strength());
            if (i.direction() == se.ioprules.api.Indicator.Direction.TOWARDS) {
                t = Math.max(t, w);
            } else {
                a = Math.max(a, w);
            }
        }
        List<String> unknownGuards = new ArrayList<>();
        for (String g : guardFacts) {
            boolean known = false;
            for (String alt : g.split("\\|")) {
                // "path=VALUE": that recorded value settles the question as well (e.g. "repayment only" answers
                // whether performance can be demanded; the validator refuses the contradicting pair)
                int eq = alt.indexOf('=');
                FactValue v = resolver.apply(eq < 0 ? alt : alt.substring(0, eq));
                known |= eq < 0 ? v.known() : v.known() && v.value().equals(alt.substring(eq + 1));
            }
            if (!known) {
                unknownGuards.add(g);
            }
        }
        String conclusion;
        Outcome outcome;
        if (a >= 2 && t <= 1 && unknownGuards.isEmpty()) {
            conclusion = "NOT_MET";
            outcome = Outcome.PASS;
        } else if (t > a && a <= 2) {
            conclusion = "MET";
            outcome = a >= 2 ? Outcome.WARNING : Outcome.INFO;
        } else if (t >= 2 && a >= 2) {
            conclusion = "CONTESTED";
            outcome = Outcome.WARNING;
        } else {
            conclusion = "UNKNOWN";
            outcome = Outcome.NOT_ASSESSABLE;
        }
        se.ioprules.api.Lean lean = switch (conclusion) {
            case "MET" -> se.ioprules.api.Lean.TOWARDS;
            case "NOT_MET" -> se.ioprules.api.Lean.AWAY;
            default -> t > a ? se.ioprules.api.Lean.TOWARDS : a > t ? se.ioprules.api.Lean.AWAY : se.ioprules.api.Lean.NONE;
        };
        elements.put(meta.criterion(), new ElementState(conclusion, lean));
        List<FactValue> because = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (se.ioprules.api.Indicator i : inds) {
            for (FactValue f : i.because()) {
                if (seen.add(f.path())) {
                    because.add(f);
                }
            }
        }
        if (conclusion.equals("UNKNOWN") || conclusion.equals("CONTESTED")) {
            // name the guard facts still open (an answered alternative needs no mention); when every guard is
            // answered but nothing decides, name each guard fact that is itself unrecorded
            boolean anyOpen = !unknownGuards.isEmpty();
            for (String g : anyOpen ? unknownGuards : List.of(guardFacts)) {
                for (String alt : g.split("\\|")) {
                    String p = alt.contains("=") ? alt.substring(0, alt.indexOf('=')) : alt;
                    FactValue v = resolver.apply(p);
                    if ((anyOpen || !v.known()) && seen.add(p)) {
                        because.add(v);
                    }
                }
            }
        }
        because.add(new FactValue(DETAIL_PREFIX + "for", indicatorList(inds, se.ioprules.api.Indicator.Direction.TOWARDS, true), true));
        because.add(new FactValue(DETAIL_PREFIX + "against", indicatorList(inds, se.ioprules.api.Indicator.Direction.AGAINST, true), true));
        String key = switch (conclusion) {
            case "MET" -> a >= 2 ? "met-despite" : "met";
            case "NOT_MET" -> "not-met";
            case "CONTESTED" -> "contested";
            default -> t + a == 0 ? "unknown" : "unknown-weak";
        };
        // strong against, but a fact that could point the other way is not recorded: say so
        if (conclusion.equals("UNKNOWN") && a >= 2 && t <= 1) {
            key = "unknown-open";
        }
        LocalizedText text = bilingual(meta.criterion() + "." + key, because,
                Map.of("for", indicatorList(inds, se.ioprules.api.Indicator.Direction.TOWARDS, false),
                        "against", indicatorList(inds, se.ioprules.api.Indicator.Direction.AGAINST, false)));
        List<Citation> cites = new ArrayList<>(prep.citations());
        for (se.ioprules.api.Indicator i : inds) {
            for (Citation c : i.sources()) {
                if (!cites.contains(c)) {
                    cites.add(c);
                }
            }
        }
        Finding f = new Finding(ruleSetId, meta.criterion(), outcome, meta.kind(), conclusion, text, because, cites,
                ctx.getRule().getName(), true, inds);
        record(f);
    }

    /**
     * Formats a message whose details differ by language: {@code because} carries the Swedish detail values (as
     * the finding's explanation), {@code english} the English values of the same details.
     */
    private LocalizedText bilingual(String key, List<FactValue> because, Map<String, String> english) {
        Messages.Prepared m = messages.prepared(key);
        List<FactValue> en = new ArrayList<>(because.size());
        for (FactValue f : because) {
            String name = f.path().startsWith(DETAIL_PREFIX) ? f.path().substring(DETAIL_PREFIX.length()) : null;
            en.add(name != null && english.containsKey(name) ? new FactValue(f.path(), english.get(name), true) : f);
        }
        return new LocalizedText(m.sv(because, resolver), m.en(en, resolver));
    }

    private static int weight(se.ioprules.api.Indicator.Strength s) {
        return switch (s) {
            case DECISIVE -> 3;
            case STRONG -> 2;
            case WEAK -> 1;
        };
    }

    private static String indicatorList(List<se.ioprules.api.Indicator> inds, se.ioprules.api.Indicator.Direction d, boolean sv) {
        StringBuilder sb = new StringBuilder();
        for (se.ioprules.api.Indicator i : inds) {
            if (i.direction() != d) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            String w = switch (i.strength()) {
                case DECISIVE -> sv ? "avgörande" : "decisive";
                case STRONG -> sv ? "starkt" : "strong";
                case WEAK -> sv ? "svagt" : "weak";
            };
            String m = sv ? i.message().sv() : i.message().en();
            sb.append(m.endsWith(".") ? m.substring(0, m.length() - 1) : m).append(" (").append(w).append(')');
        }
        return sb.length() == 0 ? (sv ? "inget" : "nothing") : sb.toString();
    }

    /**
     * Reports the aggregate of a legal test with a summary of its elements ({@code {detail.summary}} in the
     * messages, in the message's language) and the direction it leans ({@code detail.lean}: TOWARDS, AWAY or
     * NONE), from the elements decided so far by {@link #decide} or reported by {@link #element}.
     *
     * @param ctx {@code drools}
     * @param outcome outcome
     * @param conclusion e.g. "PUBLIC_CONTRACT", "NOT_PUBLIC_CONTRACT", "UNKNOWN"
     * @param key message key
     * @param substantive elements whose lean towards counts for the aggregate's lean (formal ones such as "there are
     *     two parties" do not: every IOP has them)
     * @param others further criteria the aggregate reads (e.g. de minimis): cited, and named in the summary when open
     * @param elementIds every element of the test, in order
     */
    public void aggregate(RuleContext ctx, Outcome outcome, String conclusion, String key, List<String> substantive,
            List<String> others, String... elementIds) {
        RuleMeta.Prepared prep = rules.of(ctx.getRule());
        RuleMeta meta = prep.meta();
        int met = 0;
        int towards = 0;
        int away = 0;
        int openTowards = 0;
        int openAway = 0;
        List<String> contested = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        List<FactValue> because = new ArrayList<>();
        for (String id : elementIds) {
            ElementState st = elements.get(id);
            switch (st == null ? "UNKNOWN" : st.conclusion()) {
                case "MET" -> met++;
                case "NOT_MET" -> notMet.add(id);
                case "CONTESTED" -> contested.add(id);
                default -> unknown.add(id);
            }
            if (st != null && substantive.contains(id)) {
                towards += st.lean() == se.ioprules.api.Lean.TOWARDS ? 1 : 0;
                away += st.lean() == se.ioprules.api.Lean.AWAY ? 1 : 0;
                if (!st.conclusion().equals("MET")) {
                    openTowards += st.lean() == se.ioprules.api.Lean.TOWARDS ? 1 : 0;
                    openAway += st.lean() == se.ioprules.api.Lean.AWAY ? 1 : 0;
                }
            }
            because.add(resolver.apply("conclusion." + id));
        }
        // The test is cumulative, so an undecided one turns on its open elements: it leans away if any open
        // substantive element leans away (that element alone would answer no), towards if the open ones that lean
        // all lean towards; only when no open element leans does it follow most of the substantive elements (a met
        // one counts towards); a tie has no direction. (An element left open leans only on weak indicators or on a
        // decisive one against a strong one.)
        String lean = switch (conclusion) {
            case "PUBLIC_CONTRACT", "STATE_AID" -> "TOWARDS";
            case "NOT_PUBLIC_CONTRACT", "NOT_STATE_AID" -> "AWAY";
            default -> openAway > 0 ? "AWAY" : openTowards > 0 ? "TOWARDS"
                    : towards > away ? "TOWARDS" : away > towards ? "AWAY" : "NONE";
        };
        List<String> openOthers = new ArrayList<>();
        for (String o : others) {
            FactValue v = resolver.apply("conclusion." + o);
            because.add(v);
            if (!v.known()) {
                openOthers.add(o);
            }
        }
        String svSummary = summary(meta.criterion(), true, met, elementIds.length, notMet, contested, unknown, openOthers, lean);
        String enSummary = summary(meta.criterion(), false, met, elementIds.length, notMet, contested, unknown, openOthers, lean);
        because.add(new FactValue(DETAIL_PREFIX + "lean", lean, true));
        because.add(new FactValue(DETAIL_PREFIX + "summary", svSummary, true));
        LocalizedText text = bilingual(meta.criterion() + "." + key, because, Map.of("summary", enSummary));
        Finding f = new Finding(ruleSetId, meta.criterion(), outcome, meta.kind(), conclusion, text, because,
                prep.citations(), ctx.getRule().getName(), false);
        record(f);
    }

    private String summary(String aggregate, boolean sv, int met, int of, List<String> notMet, List<String> contested,
            List<String> unknown, List<String> openOthers, String lean) {
        StringBuilder sb = new StringBuilder();
        // "<aggregate>.counted" names what is counted ("villkor uppfyllda" for the state-aid conditions)
        String counted = (sv ? messages.sv() : messages.en()).get(aggregate + ".counted");
        sb.append(met).append(sv ? " av " : " of ").append(of).append(' ')
                .append(counted != null ? counted : sv ? "kriterier uppfyllda" : "elements met");
        appendNamed(sb, sv ? "inte uppfyllt" : "not met", notMet, sv);
        appendNamed(sb, sv ? "omstritt" : "contested", contested, sv);
        appendNamed(sb, sv ? "okänt" : "unknown", unknown, sv);
        appendNamed(sb, sv ? "öppet" : "open", openOthers, sv);
        sb.append("; ").append(switch (lean) {
            case "TOWARDS" -> sv ? "lutar åt ja" : "leans towards yes";
            case "AWAY" -> sv ? "lutar åt nej" : "leans towards no";
            default -> sv ? "ingen riktning" : "no direction";
        });
        return sb.toString();
    }

    private void appendNamed(StringBuilder sb, String label, List<String> ids, boolean sv) {
        if (ids.isEmpty()) {
            return;
        }
        sb.append("; ").append(label).append(": ");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sb.append(i == ids.size() - 1 ? (sv ? " och " : " and ") : ", ");
            }
            String shortName = sv ? messages.sv().get(ids.get(i) + ".short") : messages.en().get(ids.get(i) + ".short");
            sb.append(shortName != null ? shortName : ids.get(i));
        }
    }

    /** @return the findings so far, in firing order */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * {@link #reportWith} with a conclusion and non-string details: for findings that need a machine-readable
     * conclusion (e.g. {@code REMEDIATED}) as well as computed details such as the party's name or the list of
     * documents still missing. A collection is shown comma-separated ("–" when empty); a null value is an unknown
     * detail, as in {@link #reportWith}.
     *
     * <pre>
     * out.report(drools, Outcome.WARNING, "", "missing", java.util.Map.of("missing", $list), "agreement.agreementTopicsPresent");
     * </pre>
     *
     * @param ctx {@code drools}
     * @param outcome outcome
     * @param conclusion machine-readable conclusion ("" for none)
     * @param key message key
     * @param details name → value; names without the {@code detail.} prefix
     * @param paths facts that led to it
     */
    public void report(RuleContext ctx, Outcome outcome, String conclusion, String key, Map<String, ?> details,
            String... paths) {
        List<FactValue> extra = new ArrayList<>(details.size());
        // by name: rules pass Map.of(...), whose order differs between JVMs, and a result must read the same each run
        new java.util.TreeMap<String, Object>(details)
                .forEach((name, v) -> extra.add(new FactValue(DETAIL_PREFIX + name, detailText(v), v != null)));
        add(ctx, outcome, conclusion, key, extra, false, paths);
    }

    private static String detailText(Object v) {
        if (v instanceof java.util.Collection<?> c) {
            return c.isEmpty() ? "–" : c.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        }
        return String.valueOf(v);
    }

    private void add(RuleContext ctx, Outcome outcome, String conclusion, String key, String... paths) {
        add(ctx, outcome, conclusion, key, List.of(), false, paths);
    }

    private void add(RuleContext ctx, Outcome outcome, String conclusion, String key, List<FactValue> extra,
            boolean element, String... paths) {
        Rule rule = ctx.getRule();
        RuleMeta.Prepared prep = rules.of(rule);
        RuleMeta meta = prep.meta();
        List<FactValue> because = resolve(prep, ctx, paths);
        because.addAll(extra);
        LocalizedText text = prep.message(key, messages).format(because, resolver);
        List<Citation> cites = prep.citations();
        Finding f = new Finding(ruleSetId, meta.criterion(), outcome, meta.kind(), conclusion, text, because, cites,
                rule.getName(), element);
        record(f);
    }

    /**
     * The facts a finding names: those the rule's patterns read (see {@link se.ioprules.drools.internal.PatternFacts}),
     * then the paths the rule names itself that are not among them. A group the patterns test whole (e.g. a party's
     * {@code idea == null}) is left out when the rule names a fact inside it: that fact says more.
     */
    private List<FactValue> resolve(RuleMeta.Prepared prep, RuleContext ctx, String... paths) {
        var facts = prep.facts();
        List<String> derived = facts.paths(facts.needsMatch() ? ctx.getMatch() : null);
        List<FactValue> because = new ArrayList<>(derived.size() + paths.length + 2);
        for (String p : derived) {
            if (!inside(p, paths)) {
                because.add(resolver.apply(p));
            }
        }
        for (String p : paths) {
            if (!derived.contains(p)) {
                because.add(resolver.apply(p));
            }
        }
        return because;
    }

    /** @return whether one of the paths names a fact inside the group at {@code group} */
    private static boolean inside(String group, String... paths) {
        for (String p : paths) {
            if (p.length() > group.length() && p.startsWith(group)
                    && (p.charAt(group.length()) == '.' || p.charAt(group.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    /** Keeps a finding and makes its conclusion a fact for later rules and explanations. */
    private void record(Finding f) {
        findings.add(f);
        Conclusion c = new Conclusion(ruleSetId, f.criterionId(), f.outcome(), f.conclusion());
        onConclusion.accept(c);
        if (read.test(c)) {
            session.insert(c);
        }
    }
}
