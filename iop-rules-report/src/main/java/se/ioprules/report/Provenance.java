package se.ioprules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.Partnership;

/**
 * Finds where a cited fact comes from, using the partnership's {@link FactSource} entries.
 * <p>A cited path is related to a source entry when the two are equal, when the entry covers the path (entry
 * {@code resources.contributions} covers {@code resources.contributions[2].valueSek}), or when the cited path contains
 * the entry (cited {@code resources.contributions}, entry {@code resources.contributions[2].valueSek}). Derived values
 * ({@code derived.durationMonths}) are related to the facts they are computed from. Parameters and conclusions of
 * other rules have no fact source of their own.
 */
final class Provenance {

    /** The facts each derived value is computed from (see {@code Derived.of}). */
    private static final Map<String, List<String>> DERIVED_INPUTS = Map.ofEntries(
            Map.entry("durationMonths", List.of("term.startDate", "term.endDate", "term.endDatePrecision")),
            Map.entry("totalCostSek", List.of("resources.budget.totalCostSek", "resources.contributions")),
            Map.entry("publicContributionSek", List.of("resources.contributions", "parties")),
            Map.entry("ideaContributionSek", List.of("resources.contributions", "parties")),
            Map.entry("publicShareOfCost", List.of("resources.contributions", "resources.budget.totalCostSek", "parties")),
            Map.entry("ideaShareOfCost", List.of("resources.contributions", "resources.budget.totalCostSek", "parties")),
            Map.entry("partiesCount", List.of("parties")),
            Map.entry("publicPartiesCount", List.of("parties")),
            Map.entry("ideaPartiesCount", List.of("parties")),
            Map.entry("contributionsRecorded", List.of("resources.contributions")),
            Map.entry("publicContributes", List.of("resources.contributions", "parties")),
            Map.entry("ideaContributes", List.of("resources.contributions", "parties")),
            Map.entry("publicContributesMoneyOnly", List.of("resources.contributions", "parties")),
            Map.entry("partiesWithoutContribution", List.of("resources.contributions", "parties")),
            Map.entry("unvaluedIdeaInKindCount", List.of("resources.contributions", "parties")));

    /**
     * What a report says about one cited fact.
     *
     * @param exact the source entries for exactly this path, or covering it
     * @param related entries inside the path, or behind a derived value
     */
    record Result(List<FactSource> exact, List<FactSource> related) {
        /** @return true if an entry for the path is assumed or extracted: marked wherever the fact is used */
        boolean assumed() {
            return exact.stream().anyMatch(Provenance::isUnconfirmed);
        }

        boolean relatedAssumed() {
            return related.stream().anyMatch(Provenance::isUnconfirmed);
        }

        boolean empty() {
            return exact.isEmpty() && related.isEmpty();
        }
    }

    private final List<FactSource> sources;

    Provenance(Partnership p) {
        this.sources = p == null ? List.of() : p.factSources().stream()
                .filter(s -> s != null && s.path() != null && !s.path().isBlank()).toList();
    }

    static boolean isAssumed(FactSource s) {
        return s.basis() == FactBasis.ASSUMED;
    }

    /** Read from the agreement by {@code iop-rules extract} and not yet confirmed by a person. */
    static boolean isExtracted(FactSource s) {
        return s.basis() == FactBasis.EXTRACTED;
    }

    /** Assumed or extracted: not a confirmed fact, and marked as such wherever it is used. */
    static boolean isUnconfirmed(FactSource s) {
        return isAssumed(s) || isExtracted(s);
    }

    boolean anyAssumed() {
        return sources.stream().anyMatch(Provenance::isUnconfirmed);
    }

    List<FactSource> all() {
        return sources;
    }

    Result of(String path) {
        if (path == null || path.startsWith("param.") || path.startsWith("conclusion.")
                || path.startsWith("detail.")) {
            return new Result(List.of(), List.of());
        }
        if (path.startsWith("derived.")) {
            String name = path.substring("derived.".length());
            List<FactSource> related = new ArrayList<>();
            for (String input : DERIVED_INPUTS.getOrDefault(name, List.of())) {
                for (FactSource s : sources) {
                    if (!related.contains(s) && (covers(s.path(), input) || covers(input, s.path()))) {
                        related.add(s);
                    }
                }
            }
            return new Result(List.of(), related);
        }
        List<FactSource> exact = new ArrayList<>();
        List<FactSource> related = new ArrayList<>();
        for (FactSource s : sources) {
            if (covers(s.path(), path)) {
                exact.add(s);
            } else if (covers(path, s.path())) {
                related.add(s);
            }
        }
        return new Result(exact, related);
    }

    /** @return true if {@code outer} equals {@code inner} or is a container of it */
    static boolean covers(String outer, String inner) {
        return inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }
}
