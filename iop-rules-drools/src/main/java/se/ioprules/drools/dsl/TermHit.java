package se.ioprules.drools.dsl;

/**
 * One occurrence of an avoid-term found by {@link TermScanner}.
 *
 * @param term the avoid-term as the table lists it (column {@code avoid}), e.g. "kontrakt"
 * @param matched the text as it stands in the scanned text, e.g. "Kontraktet"
 * @param offset 0-based character offset of the match in the scanned text
 * @param end 0-based offset just after the match
 * @param line 1-based line ('\n' ends a line)
 * @param column 1-based column (characters from the start of the line)
 * @param use the cooperation term to use instead (column {@code use})
 * @param avoidGloss English gloss of the avoid-term, "" if none
 * @param useGloss English gloss of the cooperation term, "" if none
 * @param row 0-based row of the table that matched
 */
public record TermHit(String term, String matched, int offset, int end, int line, int column, String use,
        String avoidGloss, String useGloss, int row) {

    /** @return a compact, language-neutral description: {@code "Kontraktet" @3:12 (offset 45): kontrakt -> överenskommelse} */
    public String describe() {
        return "\"" + matched + "\" @" + line + ":" + column + " (offset " + offset + "): " + term + " -> " + use;
    }
}
