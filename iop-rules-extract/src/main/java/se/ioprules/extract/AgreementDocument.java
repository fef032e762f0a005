package se.ioprules.extract;

import java.util.List;

/**
 * An agreement as read from a file: its blocks in reading order, with structure and positions.
 *
 * @param fileName the file's name (no directories), as sources cite it
 * @param format "docx", "pdf", "txt" or "md"
 * @param pages the number of pages where known, else 0
 * @param blocks the blocks in reading order
 */
public record AgreementDocument(String fileName, String format, int pages, List<Block> blocks) {
    /** Copies the list. */
    public AgreementDocument {
        blocks = List.copyOf(blocks);
    }

    /** {@return the whole text, one block a line} */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks) {
            s.append(b.text()).append('\n');
        }
        return s.toString();
    }
}
