package se.ioprules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetRef;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * The impact of a rule-set change before it is adopted: evaluates a corpus of partnerships under two rule-set
 * versions ({@code --from ID@V1 --to ID@V2}; the ids may differ, e.g. a draft and the law that replaces it) and
 * reports, per partnership, every criterion whose outcome (or legal conclusion) changed and every verdict that
 * changed, with counts. Findings are matched by criterion id, and by party for per-party criteria.
 */
public final class VersionDiff {
    private final IopRulesEngine engine;

    /** @param engine an engine that knows both versions */
    public VersionDiff(IopRulesEngine engine) {
        this.engine = engine;
    }

    /**
     * One partnership of the corpus.
     *
     * @param name how it is shown (file name)
     * @param partnership the facts
     * @param asOf as-of date, or null for the partnership's own dates
     */
    public record CorpusEntry(String name, Partnership partnership, LocalDate asOf) {
    }

    /**
     * One criterion that changed. A null outcome means the criterion does not exist in that version.
     *
     * @param key {@code criterionId} or {@code criterionId[partyId]}
     * @param before outcome under the old version
     * @param conclusionBefore legal conclusion under the old version ("" if none)
     * @param after outcome under the new version
     * @param conclusionAfter legal conclusion under the new version
     */
    public record Change(String key, Outcome before, String conclusionBefore, Outcome after, String conclusionAfter) {
        /** @return e.g. "WARNING -> PASS" or "INFO/MET -> PASS/NOT_MET" */
        public String transition() {
            return show(before, conclusionBefore) + " -> " + show(after, conclusionAfter);
        }

        /** @return the criterion id without the party */
        public String criterionId() {
            int b = key.indexOf('[');
            return b < 0 ? key : key.substring(0, b);
        }

        private static String show(Outcome o, String c) {
            return o == null ? "(absent)" : o + (c == null || c.isEmpty() ? "" : "/" + c);
        }
    }

    /**
     * What changed for one partnership.
     *
     * @param name corpus entry name
     * @param partnershipId the partnership's id
     * @param verdictBefore verdict under the old version
     * @param verdictAfter verdict under the new version
     * @param changes changed criteria, in the new version's order
     */
    public record PartnershipChange(String name, String partnershipId, Verdict verdictBefore, Verdict verdictAfter,
            List<Change> changes) {
        /** @return true if the verdict changed */
        public boolean verdictChanged() {
            return verdictBefore != verdictAfter;
        }
    }

    /**
     * The whole diff.
     *
     * @param from old version
     * @param to new version
     * @param corpusSize number of partnerships evaluated
     * @param changed partnerships with at least one change, in corpus order
     * @param errors entries that could not be evaluated
     */
    public record Report(String from, String to, int corpusSize, List<PartnershipChange> changed, List<String> errors) {
        /** @return number of partnerships whose verdict changed */
        public long verdictChanges() {
            return changed.stream().filter(PartnershipChange::verdictChanged).count();
        }

        /** @return per criterion id, per transition, the number of partnerships/parties */
        public Map<String, Map<String, Integer>> criterionCounts() {
            Map<String, Map<String, Integer>> out = new TreeMap<>();
            for (PartnershipChange p : changed) {
                for (Change c : p.changes()) {
                    out.computeIfAbsent(c.criterionId(), k -> new TreeMap<>()).merge(c.transition(), 1, Integer::sum);
                }
            }
            return out;
        }

        /** @return per verdict transition, the number of partnerships */
        public Map<String, Integer> verdictCounts() {
            Map<String, Integer> out = new TreeMap<>();
            changed.stream().filter(PartnershipChange::verdictChanged)
                    .forEach(p -> out.merge(p.verdictBefore() + " -> " + p.verdictAfter(), 1, Integer::sum));
            return out;
        }

        /** @return the report as printed by {@code iop-rules diff} */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("Impact of ").append(from).append(" -> ").append(to).append(" on ").append(corpusSize)
                    .append(" partnership(s)\n");
            int w = Math.max(24, changed.stream().flatMap(p -> p.changes().stream()).mapToInt(c -> c.key().length())
                    .max().orElse(0));
            for (PartnershipChange p : changed) {
                sb.append('\n').append(p.name()).append(" (").append(p.partnershipId()).append(")\n");
                for (Change c : p.changes()) {
                    sb.append(String.format("  %-" + w + "s  %s%n", c.key(), c.transition()));
                }
                if (p.verdictChanged()) {
                    sb.append(String.format("  %-" + w + "s  %s -> %s%n", "VERDICT", p.verdictBefore(), p.verdictAfter()));
                }
            }
            for (String e : errors) {
                sb.append("\nERROR ").append(e).append('\n');
            }
            sb.append("\nSummary: ").append(changed.size()).append(" of ").append(corpusSize)
                    .append(" partnership(s) changed; ").append(verdictChanges()).append(" verdict(s) changed\n");
            criterionCounts().forEach((c, t) -> t.forEach((tr, n) -> sb.append(String.format("  %-" + w + "s  %-30s %d%n", c, tr, n))));
            verdictCounts().forEach((tr, n) -> sb.append(String.format("  %-" + w + "s  %-30s %d%n", "VERDICT", tr, n)));
            return sb.toString();
        }
    }

    /**
     * @param from the old version, e.g. {@code test-long-term@2024.1}
     * @param to the new version
     * @param corpus partnerships
     * @return the report
     */
    public Report diff(RuleSetRef from, RuleSetRef to, List<CorpusEntry> corpus) {
        List<PartnershipChange> changed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String fromRef = null;
        String toRef = null;
        for (CorpusEntry c : corpus) {
            RuleSetResult a;
            RuleSetResult b;
            try {
                a = evaluate(c, from);
                b = evaluate(c, to);
            } catch (IopRulesException e) {
                errors.add(c.name() + ": " + e.getMessage());
                continue;
            }
            fromRef = a.ruleSet().ref();
            toRef = b.ruleSet().ref();
            Map<String, Finding> before = DiffKeys.byKey(a.findings());
            Map<String, Finding> after = DiffKeys.byKey(b.findings());
            Set<String> keys = new LinkedHashSet<>(after.keySet());
            keys.addAll(before.keySet());
            List<Change> changes = new ArrayList<>();
            for (String k : keys) {
                Finding x = before.get(k);
                Finding y = after.get(k);
                Outcome ox = x == null ? null : x.outcome();
                Outcome oy = y == null ? null : y.outcome();
                String cx = x == null ? "" : x.conclusion();
                String cy = y == null ? "" : y.conclusion();
                if (ox != oy || !Objects.equals(cx, cy)) {
                    changes.add(new Change(k, ox, cx, oy, cy));
                }
            }
            if (!changes.isEmpty() || a.verdict() != b.verdict()) {
                changed.add(new PartnershipChange(c.name(), c.partnership().id(), a.verdict(), b.verdict(), changes));
            }
        }
        return new Report(fromRef == null ? from.toString() : fromRef, toRef == null ? to.toString() : toRef, corpus.size(),
                changed, errors);
    }

    private RuleSetResult evaluate(CorpusEntry c, RuleSetRef ref) {
        Evaluation e = engine.evaluate(c.partnership(), EvaluationRequest.builder().asOf(c.asOf()).ruleSet(ref).build());
        return e.ruleSet(ref.id()).orElseThrow(() -> new IopRulesException("rule set " + ref + " was not evaluated"));
    }

    /**
     * Reads a corpus: partnership JSON files ({@code *.json}, the iop-rules-json format), scenario files
     * ({@code *.scenario.json}: their partnership and as-of date), or directories searched recursively for both.
     *
     * @param paths files or directories
     * @return the entries, sorted by path within each directory
     * @throws IopRulesException if a file cannot be read (the message lists every problem)
     */
    public static List<CorpusEntry> readCorpus(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        List<CorpusEntry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            try {
                if (fileName.endsWith(Scenario.SUFFIX)) {
                    Scenario s = Scenario.read(f);
                    out.add(new CorpusEntry(s.name(), s.partnership(), s.asOf()));
                } else {
                    Partnership p = PartnershipJson.read(Files.readString(f, StandardCharsets.UTF_8));
                    out.add(new CorpusEntry(fileName.replaceFirst("\\.json$", ""), p, null));
                }
            } catch (Scenario.InvalidScenarioException e) {
                problems.add(e.getMessage());
            } catch (IopRulesException e) {
                problems.add(f + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add(f + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IopRulesException("Cannot read the corpus:\n" + String.join("\n", problems));
        }
        return out;
    }
}
