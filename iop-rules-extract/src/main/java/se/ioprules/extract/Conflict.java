package se.ioprules.extract;

import java.util.List;

/**
 * Words that disagree: two clauses of the document, or a clause and a fact of the base. Reported, never resolved.
 *
 * @param path the fact path
 * @param baseValue the base's value when the clause contradicts the base, else null
 * @param clauses the suggestions that disagree (with each other, or with the base)
 * @param reason in words, Swedish then English
 */
public record Conflict(String path, Object baseValue, List<Suggestion> clauses, String reason) {
    /** Copies the list. */
    public Conflict {
        clauses = List.copyOf(clauses);
    }
}
