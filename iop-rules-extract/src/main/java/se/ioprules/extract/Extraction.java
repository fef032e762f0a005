package se.ioprules.extract;

import java.util.List;
import se.ioprules.api.facts.Partnership;

/**
 * What {@link Extractor#extract} found in one document.
 *
 * @param document the document as read
 * @param partnership the base facts with the suggestions added (each with a {@code factSources} entry of basis
 *     EXTRACTED); valid, as the strict reader checks it
 * @param suggestions the suggestions added, in document order
 * @param conflicts clauses that disagree with each other or with the base: not added
 * @param agreeing suggestions the base already holds with the same value: not added
 */
public record Extraction(AgreementDocument document, Partnership partnership, List<Suggestion> suggestions,
        List<Conflict> conflicts, List<Suggestion> agreeing) {
    /** Copies the lists. */
    public Extraction {
        suggestions = List.copyOf(suggestions);
        conflicts = List.copyOf(conflicts);
        agreeing = List.copyOf(agreeing);
    }
}
