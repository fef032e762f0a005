package se.ioprules.extract;

/**
 * One unit of an agreement's text with its position: a heading, a paragraph, a list item or a table row.
 *
 * @param kind what the block is
 * @param text its text, white space collapsed
 * @param section the numbered section it belongs to ("§ 7", "7.2"), or "" before the first one
 * @param sectionTitle the heading of that section, or ""
 * @param page the page (1-based) where known (PDF, or a .docx with page breaks), else 0
 * @param paragraph the block's number in the document (1-based)
 */
public record Block(Kind kind, String text, String section, String sectionTitle, int page, int paragraph) {
    /** What a block is. */
    public enum Kind {
        /** A heading (a document title, a numbered section's title). */
        HEADING,
        /** Running text. */
        PARAGRAPH,
        /** An item of a bulleted or numbered list. */
        LIST_ITEM,
        /** One row of a table, its cells joined by " | ". */
        TABLE_ROW
    }

    /** {@return where the block is, for a person: "§ 7 Ekonomi, s. 2, st. 14"} */
    public String where() {
        StringBuilder s = new StringBuilder();
        if (!section.isEmpty()) {
            s.append(section);
            if (!sectionTitle.isEmpty()) {
                s.append(' ').append(sectionTitle);
            }
            s.append(", ");
        }
        if (page > 0) {
            s.append("s. ").append(page).append(", ");
        }
        return s.append("st. ").append(paragraph).toString();
    }
}
