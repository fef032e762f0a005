package se.ioprules.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw items a reader found (paragraphs with a hint of what they are) into blocks with sections: one place
 * decides what a heading and a section number look like, whatever the file format.
 */
final class Structurer {
    /** "§ 7", "§7 Ekonomi", "Paragraf 7". */
    private static final Pattern PARAGRAPH_SIGN = Pattern.compile("^(?:§\\s*|[Pp]aragraf\\s+)(\\d{1,3}[a-z]?)\\b[.:]?\\s*(.*)$"
            + "|^(\\d{1,3}[a-z]?)\\s*§[.:]?\\s*(.*)$");
    /** "7", "7.", "7.2", "7.2.1" followed by text. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{L}.*)$");
    /** A numbered line this long or ending in a full stop is running text, not a heading. */
    private static final int MAX_HEADING_CHARS = 70;

    /** What a reader knows about an item. */
    enum Hint { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, TITLE }

    record Raw(Hint hint, String text, int page) {
    }

    private final ExtractLimits limits;
    private final String file;
    private final List<Block> blocks = new ArrayList<>();
    private String section = "";
    private String title = "";
    private int chars;

    Structurer(ExtractLimits limits, String file) {
        this.limits = limits;
        this.file = file;
    }

    void add(Hint hint, String rawText, int page) throws ExtractException {
        String text = clean(rawText);
        if (text.isEmpty()) {
            return;
        }
        chars += text.length();
        if (chars > limits.maxChars()) {
            throw new ExtractException(file + ": the document has more than " + limits.maxChars()
                    + " characters of text (the limit); split it, or extract the agreement's own pages");
        }
        if (blocks.size() >= limits.maxBlocks()) {
            throw new ExtractException(file + ": the document has more than " + limits.maxBlocks()
                    + " paragraphs (the limit)");
        }
        Block.Kind kind = switch (hint) {
            case HEADING, TITLE -> Block.Kind.HEADING;
            case LIST_ITEM -> Block.Kind.LIST_ITEM;
            case TABLE_ROW -> Block.Kind.TABLE_ROW;
            case PARAGRAPH -> Block.Kind.PARAGRAPH;
        };
        String blockSection = section;
        Matcher m = PARAGRAPH_SIGN.matcher(text);
        Matcher n = NUMBERED.matcher(text);
        if (hint != Hint.TABLE_ROW && hint != Hint.TITLE && m.matches()) {
            // "§ 7 Ekonomi" or "7 § Ekonomi"
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            String rest = m.group(1) != null ? m.group(2) : m.group(4);
            blockSection = "§ " + number;
            if (looksLikeHeading(rest)) {
                kind = Block.Kind.HEADING;
                section = blockSection;
                title = rest.strip();
            }
        } else if (hint != Hint.TABLE_ROW && hint != Hint.TITLE && n.matches()) {
            blockSection = n.group(1);
            if (looksLikeHeading(n.group(2)) && kind != Block.Kind.LIST_ITEM) {
                kind = Block.Kind.HEADING;
                section = blockSection;
                title = n.group(2).strip();
            }
        } else if (kind == Block.Kind.HEADING && hint != Hint.TITLE) {
            // an unnumbered heading names its own section
            section = text;
            title = "";
            blockSection = text;
        }
        blocks.add(new Block(kind, text, blockSection, kind == Block.Kind.HEADING ? title : title, page,
                blocks.size() + 1));
    }

    private static boolean looksLikeHeading(String rest) {
        String r = rest.strip();
        return !r.isEmpty() && r.length() <= MAX_HEADING_CHARS && !r.endsWith(".") && !r.endsWith(",");
    }

    /** Collapses white space, drops control characters and soft hyphens. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    List<Block> blocks() {
        return blocks;
    }
}
