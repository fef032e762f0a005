package se.ioprules.drools.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;

/**
 * A rule's metadata: {@code @criterion("id") @kind("LEGAL_REQUIREMENT") @source("S4 s. 27; W7 §1.1")}.
 * The source is a list separated by ';' of a source key declared in the manifest followed by a locator.
 *
 * @param criterion criterion id
 * @param kind kind
 * @param source raw source text
 */
public record RuleMeta(String criterion, CriterionKind kind, String source) {

    /** Metadata names every rule must carry. */
    public static final List<String> REQUIRED = List.of("criterion", "kind", "source");

    /**
     * @param rule a Drools rule
     * @return its metadata
     * @throws IllegalStateException if any is missing or malformed (the compiler checks this before use)
     */
    public static RuleMeta of(Rule rule) {
        Map<String, Object> md = rule.getMetaData();
        String criterion = text(md.get("criterion"));
        String kind = text(md.get("kind"));
        String source = text(md.get("source"));
        if (criterion == null || kind == null || source == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' lacks @criterion, @kind or @source");
        }
        return new RuleMeta(criterion, CriterionKind.valueOf(kind), source);
    }

    /**
     * A rule's metadata with its citations, read and parsed once per rule (see {@link Cache}).
     *
     * @param meta the metadata
     * @param citations the citations of its source list (immutable)
     * @param facts the facts its patterns read, named first in each of its findings
     */
    public record Prepared(RuleMeta meta, List<Citation> citations, se.ioprules.drools.internal.PatternFacts.Reads facts,
            Map<String, Messages.Prepared> messages) {
        /**
         * @param meta the metadata
         * @param citations the citations
         * @param facts the facts its patterns read
         * @param messages the rule's messages prepared so far, by message key (filled by {@link #message})
         */
        public Prepared {
            citations = List.copyOf(citations);
        }

        /** @param meta the metadata @param citations the citations @param facts the facts its patterns read */
        public Prepared(RuleMeta meta, List<Citation> citations, se.ioprules.drools.internal.PatternFacts.Reads facts) {
            this(meta, citations, facts, new ConcurrentHashMap<>());
        }

        /**
         * @param key a message key of the rule's criterion (as the rule names it)
         * @param all the rule set's messages
         * @return the message {@code <criterion>.<key>}, prepared once per rule and key
         */
        public Messages.Prepared message(String key, Messages all) {
            Messages.Prepared m = messages.get(key);
            if (m == null || !m.of(all)) {
                m = all.prepared(meta.criterion() + "." + key);
                messages.putIfAbsent(key, m);
            }
            return m;
        }
    }

    /**
     * The prepared metadata of one compiled rule set's rules, filled on first use of each rule and shared by every
     * evaluation and thread: a finding no longer reads the metadata map, parses its source list or looks up source
     * documents, nor walks the rule's conditions for the facts they read. Rules are the compiled rule set's own objects, so a cache lives exactly as long as its rule set.
     */
    public static final class Cache {
        private final Map<String, String> documents;
        private final Map<Rule, Prepared> byRule = new ConcurrentHashMap<>();

        /** @param documents source keys → document titles from the rule set's manifest */
        public Cache(Map<String, String> documents) {
            this.documents = Map.copyOf(documents);
        }

        /**
         * @param rule a rule of the rule set this cache belongs to
         * @return its metadata and citations
         * @throws IllegalStateException as {@link RuleMeta#of}
         */
        public Prepared of(Rule rule) {
            Prepared p = byRule.get(rule);
            if (p == null) {
                RuleMeta meta = RuleMeta.of(rule);
                p = new Prepared(meta, meta.citations(documents), se.ioprules.drools.internal.PatternFacts.of(rule));
                byRule.putIfAbsent(rule, p);
            }
            return p;
        }
    }

    /**
     * Metadata values keep their quotes under some build routes (executable model); strip them here so callers
     * never see the difference.
     *
     * @param value raw metadata value
     * @return the text, or null
     */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /**
     * @param documents source keys → document titles from the manifest
     * @return the citations
     */
    public List<Citation> citations(Map<String, String> documents) {
        List<Citation> out = new ArrayList<>();
        for (SourceRef r : sourceRefs()) {
            String doc = documents.get(r.key());
            out.add(doc == null ? new Citation("", r.text(), "") : new Citation(r.key(), doc, r.locator()));
        }
        return out;
    }

    /**
     * @param documents declared source keys
     * @return source keys used here that the manifest does not declare
     */
    public List<String> unknownSourceKeys(Map<String, String> documents) {
        List<String> out = new ArrayList<>();
        for (SourceRef r : sourceRefs()) {
            if (!documents.containsKey(r.key())) {
                out.add(r.key());
            }
        }
        return out;
    }

    /** One entry of the source list: its text, the source key before the first space, the locator after it. */
    private record SourceRef(String text, String key, String locator) {
    }

    /**
     * @return the non-empty entries of the source list, in order; one parser, so that citations and the compiler's
     *     check of source keys always agree
     */
    private List<SourceRef> sourceRefs() {
        List<SourceRef> out = new ArrayList<>();
        for (String part : source.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int sp = p.indexOf(' ');
            out.add(sp < 0 ? new SourceRef(p, p, "") : new SourceRef(p, p.substring(0, sp), p.substring(sp + 1).trim()));
        }
        return out;
    }
}
