package se.ioprules.extract;

import java.util.Locale;

/**
 * The suggestions of an extraction as Markdown, for a person to check against the document: each fact with its value,
 * where it stands and the quoted words, then the conflicts and what the base already says. Text from the document is
 * escaped so that it cannot break the table or add links.
 */
public final class ExtractReport {
    private ExtractReport() {
    }

    /**
     * @param e the extraction
     * @return the Markdown (Swedish headings with English alongside)
     */
    public static String markdown(Extraction e) {
        StringBuilder s = new StringBuilder();
        AgreementDocument d = e.document();
        s.append("# Föreslagna uppgifter ur ").append(md(d.fileName())).append(" / Suggested facts\n\n");
        s.append("Utlästa förslag, inte bekräftade uppgifter: kontrollera varje förslag mot citatet innan det används. ")
                .append("Extracted suggestions, not confirmed facts: check each against its quote before use.\n\n");
        s.append(String.format(Locale.ROOT, "%d förslag, %d motsägelser, %d redan i underlaget | %d suggestions, "
                + "%d conflicts, %d already in the base%n%n", e.suggestions().size(), e.conflicts().size(),
                e.agreeing().size(), e.suggestions().size(), e.conflicts().size(), e.agreeing().size()));
        s.append("## Förslag / Suggestions\n\n| uppgift / fact | värde / value | var / where | citat / quote | säkerhet / confidence |\n"
                + "|---|---|---|---|---:|\n");
        for (Suggestion x : e.suggestions()) {
            row(s, x);
        }
        if (!e.conflicts().isEmpty()) {
            s.append("\n## Motsägelser / Conflicts\n\nInget av detta har lagts till; en person avgör. "
                    + "None of this was added; a person decides.\n\n");
            for (Conflict c : e.conflicts()) {
                s.append("- `").append(c.path()).append("`: ").append(md(c.reason()));
                if (c.baseValue() != null) {
                    s.append(" (underlaget / base: ").append(md(String.valueOf(c.baseValue()))).append(')');
                }
                s.append('\n');
                for (Suggestion x : c.clauses()) {
                    s.append("  - ").append(md(value(x))).append(" — ").append(md(x.block().where())).append(": ”")
                            .append(md(x.quote())).append("”\n");
                }
            }
        }
        if (!e.agreeing().isEmpty()) {
            s.append("\n## Redan i underlaget / Already in the base\n\n");
            for (Suggestion x : e.agreeing()) {
                s.append("- `").append(x.path()).append("` = ").append(md(value(x))).append(" — ")
                        .append(md(x.block().where())).append('\n');
            }
        }
        return s.toString();
    }

    private static void row(StringBuilder s, Suggestion x) {
        String q = x.quote().length() > Extractor.MAX_QUOTE ? x.quote().substring(0, Extractor.MAX_QUOTE - 1) + "…"
                : x.quote();
        s.append("| `").append(x.path()).append("` | ").append(md(value(x))).append(" | ").append(md(x.block().where()))
                .append(" | ").append(md(q)).append(String.format(Locale.ROOT, " | %.2f |%n", x.confidence()));
    }

    static String value(Suggestion x) {
        if (x.value() instanceof java.util.Map<?, ?> m) {
            StringBuilder b = new StringBuilder();
            m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
            return b.toString();
        }
        String raw = String.valueOf(x.value());
        if (x.value() instanceof String || x.value() instanceof Boolean) {
            // the value in words ("avtal", "ja"), with the JSON value beside it for whoever edits the file
            String words = se.ioprules.api.facts.FactText.prose(x.sourcePath(), raw, "sv");
            return words.equals(raw) ? raw : words + " (" + raw + ")";
        }
        return raw;
    }

    /** Escapes Markdown: table pipes, emphasis, links, HTML, line breaks and control characters. */
    static String md(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                b.append(String.format("‹U+%04X›", (int) c));
            } else if ("\\`*_[]<>|#!~".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
