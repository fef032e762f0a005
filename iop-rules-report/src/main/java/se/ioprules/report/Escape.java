package se.ioprules.report;

/**
 * Escaping shared by the renderers. Every value reaches a report through here: control characters and the
 * bidirectional formatting characters are shown as visible codes (so an ESC cannot drive a terminal and a right-to-left
 * override cannot reverse the report's own words), then the text is escaped for Markdown or HTML.
 */
final class Escape {
    private Escape() {
    }

    /** C0 and C1 controls (except tab and line feed), DEL, and the explicit bidi embeddings, overrides and isolates. */
    static boolean hidden(int cp) {
        return (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7f && cp <= 0x9f)
                || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061c
                || cp == 0x2028 || cp == 0x2029 || cp == 0xfeff;
    }

    /** @return the text with every {@link #hidden} character replaced by a visible code such as "‹U+202E›" */
    static String visible(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (hidden(cp)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(String.format("‹U+%04X›", cp));
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    /** @return text on one line: line breaks and runs of white space around them become one space */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Characters with a meaning in (GitHub-flavoured) Markdown, escaped wherever they stand. */
    private static final String MD_SPECIAL = "\\`*_[]<>&|#!~";

    /**
     * @param s any text
     * @return the text on one line, every Markdown character escaped, so it reads as itself: no HTML, no link, no
     *     emphasis, no table cell break, no heading or quote
     */
    static String md(String s) {
        String t = oneLine(visible(s));
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (MD_SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * @param s any text
     * @return {@link #md} for text that starts a line: a leading "-", "+", "=" or "1." would make a list or a
     *     heading underline
     */
    static String mdBlock(String s) {
        String t = md(s);
        if (!t.isEmpty() && "-+=".indexOf(t.charAt(0)) >= 0) {
            return "\\" + t;
        }
        return t.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }

    /**
     * @param s an identifier or path
     * @param inTable whether the span stands in a table cell (where GitHub's Markdown needs "|" escaped even in code)
     * @return a code span that holds the text whatever backticks it contains
     */
    static String mdCode(String s, boolean inTable) {
        String t = oneLine(visible(s));
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
        String body = inTable ? t.replace("|", "\\|") : t;
        return fence + pad + body + pad + fence;
    }

    /** @return text with HTML's special characters escaped (safe in element content and attribute values) */
    static String html(String s) {
        String v = visible(s);
        StringBuilder b = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
