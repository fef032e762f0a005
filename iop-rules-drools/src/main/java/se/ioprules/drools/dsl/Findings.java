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
 * (key {@code <criterion>.<messageKey>}), and each named fact path is resolved to its value for the explanation.
 * One instance per evaluation; not shared between threads.
 *
 * <pre>
 * then
 *     out.warn(drools, "short", "derived.durationMonths", "term.longTermIntent", "param.longTermMonths");
 * </pre>
 */
public final class Findings {
    private final String ruleSetId;
    private final Function<String, FactValue> resolver;
    private final Messages messages;
    private final Map<String, String> sourceDocuments;
    private final KieSession session;
    private final java.util.function.Consumer<Conclusion> onConclusion;
    private final List<Finding> findings = new ArrayList<>();
    /** Prefix of the computed details added by {@link #reportWith}, in {@code because} and message placeholders. */
    public static final String DETAIL_PREFIX = "detail.";

    /**
     * @param ruleSetId rule set being evaluated
     * @param resolver resolves a fact path to its value
     * @param messages the rule set's messages
     * @param sourceDocuments source keys → document titles, from the manifest
     * @param session the session, so findings can be inserted as {@link Conclusion} facts
     * @param onConclusion told of every conclusion, so later explanations can cite it
     */
    public Findings(String ruleSetId, Function<String, FactValue> resolver, Messages messages,
            Map<String, String> sourceDocuments, KieSession session, java.util.function.Consumer<Conclusion> onConclusion) {
        this.onConclusion = onConclusion;
        this.ruleSetId = ruleSetId;
        this.resolver = resolver;
        this.messages = messages;
        this.sourceDocuments = sourceDocuments;
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
            default -> throw new IllegalArgumentException("element conclusion must be MET, NOT_MET or UNKNOWN: " + conclusion);
        };
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
        RuleMeta meta = RuleMeta.of(rule);
        List<FactValue> because = new ArrayList<>(paths.length + extra.size());
        for (String p : paths) {
            because.add(resolver.apply(p));
        }
        because.addAll(extra);
        LocalizedText text = messages.format(meta.criterion() + "." + key, because, resolver);
        List<Citation> cites = meta.citations(sourceDocuments);
        Finding f = new Finding(ruleSetId, meta.criterion(), outcome, meta.kind(), conclusion, text, because, cites,
                rule.getName(), element);
        findings.add(f);
        Conclusion c = new Conclusion(ruleSetId, meta.criterion(), outcome, conclusion);
        onConclusion.accept(c);
        session.insert(c);
    }
}
