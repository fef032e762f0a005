package se.ioprules.extract;

/**
 * One fact the document's words support, for a person to confirm.
 *
 * @param path the fact path ({@code term.endDate}); a set element ends in {@code []}
 *     ({@code agreement.sanctionClauses[]}), a party or contribution names its key ({@code parties[kommun]},
 *     {@code resources.contributions[kommun:MONEY]})
 * @param value the value as JSON would hold it: a String (text, enum constant, ISO date), Boolean, Number, or for a
 *     party or contribution a {@code Map<String, Object>} of its fields
 * @param quote the words that support it, as the document has them
 * @param block where the words are
 * @param confidence from 0 to 1: how directly the words say it (1: stated in so many words)
 */
public record Suggestion(String path, Object value, String quote, Block block, double confidence) {

    /** {@return the fact path a {@code factSources} entry names (set elements and keys as the JSON has them)} */
    public String sourcePath() {
        return path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
    }

    /** {@return the key that two suggestions must share to be about the same fact} */
    String key() {
        return path.endsWith("[]") ? path + value : path;
    }
}
