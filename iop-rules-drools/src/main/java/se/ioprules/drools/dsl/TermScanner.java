package se.ioprules.drools.dsl;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import se.ioprules.api.RuleSetDiagnostic;

/**
 * Finds avoid-terms of a word table ({@link DataTable}) in a text, e.g. purchase vocabulary in an agreement.
 *
 * <h2>Table columns</h2>
 * <ul>
 * <li>{@code avoid} (required) – the term as the source lists it; reported as {@link TermHit#term()}.</li>
 * <li>{@code use} (required) – the term to write instead.</li>
 * <li>{@code avoidGloss}, {@code useGloss} (optional) – English glosses.</li>
 * <li>{@code stem} (optional, default {@code avoid}) and {@code endings} (optional) – the forms that hit are the stem
 *     followed by one of the comma-separated endings; {@code 0} stands for "no ending". An empty {@code endings}
 *     cell means only the stem itself. Blanks inside a stem match any run of white space, line breaks included.</li>
 * <li>{@code pattern} (optional) – a Java regular expression for the forms, used instead of stem/endings.</li>
 * <li>any other column (e.g. {@code note}) is ignored by the scanner.</li>
 * </ul>
 *
 * <h2>Matching rules (decided, see the tests)</h2>
 * <ol>
 * <li>Case-insensitive, Unicode-aware (Ä matches ä).</li>
 * <li>Whole words only: a hit may not be preceded or followed by a letter, digit or underscore (å, ä, ö and every
 *     other Unicode letter count as letters). So a <b>compound that merely contains a term does not hit</b>:
 *     "uppdragsgivare" is not "uppdrag", "ersättningsnivå" is not "ersättning", "kontraktsperiod" is not
 *     "kontrakt". A compound hits only when the table lists it (as SKL lists "kontraktspart") or a row's
 *     endings/pattern cover it. Reason: Swedish compounds are open-ended and many are harmless; a scanner for human
 *     review must not produce accidental hits, and the table stays the one place that decides.</li>
 * <li>A hyphen is a word boundary: "IOP-kontraktet" hits "kontrakt" (the head word stands on its own).</li>
 * <li>Longest match first: where matches of several rows overlap, the longest wins and the others are dropped
 *     ("rätt att häva" before "häva", "kontraktsparten" before anything shorter); equal length: earlier row.</li>
 * <li>The text is scanned in Unicode NFC form; offsets, lines and columns refer to that form (identical for
 *     ordinary, precomposed text).</li>
 * </ol>
 * Scanners are immutable and thread-safe; {@link #of(DataTable)} caches one per table.
 */
public final class TermScanner {
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_\\p{M}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_\\p{M}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<DataTable, TermScanner> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * One letter, digit, underscore or mark: what may not stand right before a hit. Checked only where a row's forms
     * matched, instead of as a look-behind at every position of the text (which dominated batch profiles).
     */
    private static final Pattern WORD_CHAR = Pattern.compile("[\\p{L}\\p{N}_\\p{M}]", FLAGS);

    /**
     * A row; {@code pattern} is its forms followed by the end-of-word check (the start is checked separately).
     * {@code anchor}: the first word of its stem, case-folded as the pattern folds it; every match starts with it in
     * the {@linkplain #fold folded} text, so the pattern is tried only from where it occurs (null: no such anchor, the
     * pattern is tried everywhere, as for a {@code pattern} column).
     */
    private record Entry(int row, String term, String use, String avoidGloss, String useGloss, Pattern pattern,
            String anchor) {
    }

    /** The last text scanned and its hits: several rules scan the same agreement text in one evaluation. */
    private record Memo(String text, TermHits hits) {
    }

    private final List<Entry> entries;
    /** Per thread: evaluations on several threads at once (a batch) would otherwise keep replacing each other's. */
    private final ThreadLocal<Memo> last = new ThreadLocal<>();
    private final boolean anyAnchor;

    private TermScanner(List<Entry> entries) {
        this.entries = entries;
        this.anyAnchor = entries.stream().anyMatch(e -> e.anchor() != null);
    }

    /**
     * @param table a table with at least the columns {@code avoid} and {@code use}
     * @return its scanner (cached per table)
     * @throws IllegalArgumentException naming file:line if the table is not a valid term table (the loader reports
     *     the same problems as diagnostics, so built-in rule sets never get here)
     */
    public static TermScanner of(DataTable table) {
        Last last = LAST;
        if (last != null && last.table() == table) {
            return last.scanner();
        }
        TermScanner s = CACHE.get(table);
        if (s == null) {
            s = build(table);
            CACHE.put(table, s);
        }
        LAST = new Last(table, s);
        return s;
    }

    /**
     * The table asked for last and its scanner, compared by identity: a lookup in {@link #CACHE} hashes the whole
     * table (a record) on every call, and rules ask for the same loaded table again and again. Keeps that one table
     * reachable until another is asked for.
     */
    private record Last(DataTable table, TermScanner scanner) {
    }

    private static volatile Last LAST;

    /** @param table a table @return true if it has the {@code avoid} and {@code use} columns of a term table */
    public static boolean isTermTable(DataTable table) {
        return table.hasColumn("avoid") && table.hasColumn("use");
    }

    /**
     * Checks a term table: required columns and cells, endings, regular expressions.
     *
     * @param table the table
     * @return problems as file:line diagnostics; empty if the table is usable
     */
    public static List<RuleSetDiagnostic> check(DataTable table) {
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        for (String c : List.of("avoid", "use")) {
            if (!table.hasColumn(c)) {
                problems.add(new RuleSetDiagnostic(table.file(), 1, 1, "error", "term table lacks column '" + c + "'"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int r = 0; r < table.size(); r++) {
            int line = table.lines().get(r);
            boolean empty = false;
            for (String c : List.of("avoid", "use")) {
                if (table.cell(r, c).isEmpty()) {
                    problems.add(new RuleSetDiagnostic(table.file(), line, 1, "error", "empty '" + c + "' cell"));
                    empty = true;
                }
            }
            if (empty) {
                continue;
            }
            try {
                Pattern p = Pattern.compile(formsRegex(table, r), FLAGS);
                if (p.matcher("").matches()) {
                    problems.add(new RuleSetDiagnostic(table.file(), line, 1, "error", "the forms of '"
                            + table.cell(r, "avoid") + "' match the empty text"));
                }
            } catch (PatternSyntaxException e) {
                problems.add(new RuleSetDiagnostic(table.file(), line, 1, "error", "pattern of '" + table.cell(r, "avoid")
                        + "' is not a valid regular expression: " + e.getDescription()));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleSetDiagnostic(table.file(), line, 1, "error", e.getMessage()));
            }
        }
        return problems;
    }

    private static TermScanner build(DataTable table) {
        List<RuleSetDiagnostic> problems = check(table);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid term table: " + problems);
        }
        List<Entry> entries = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            Pattern p = Pattern.compile("(?:" + formsRegex(table, r) + ")" + AFTER, FLAGS);
            entries.add(new Entry(r, table.cell(r, "avoid"), table.cell(r, "use"), table.cell(r, "avoidGloss"),
                    table.cell(r, "useGloss"), p, anchor(table, r)));
        }
        return new TermScanner(List.copyOf(entries));
    }

    /**
     * Case folding as a case-insensitive, Unicode-case pattern compares a literal: lower case of upper case. A
     * pattern's literal character (folded) matches a text character only if it equals the character or its fold.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** @return the text with every character folded; the same length, so positions carry over */
    private static String fold(String text) {
        char[] cs = new char[text.length()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = fold(text.charAt(i));
        }
        return new String(cs);
    }

    /**
     * The row's anchor: the first word of its stem, folded; null for a {@code pattern} row, or when a character of
     * it is not its own fold or is half of a surrogate pair (then a text character equal to it need not fold to it,
     * and the search from the anchor could miss a match).
     */
    private static String anchor(DataTable table, int r) {
        if (!table.cell(r, "pattern").isEmpty()) {
            return null;
        }
        String stem = table.cell(r, "stem").isEmpty() ? table.cell(r, "avoid") : table.cell(r, "stem");
        String first = stem.strip().split("\\s+")[0];
        String anchor = fold(first);
        for (int i = 0; i < anchor.length(); i++) {
            char c = anchor.charAt(i);
            if (Character.isSurrogate(c) || fold(c) != c) {
                return null;
            }
        }
        return anchor.isEmpty() ? null : anchor;
    }

    /** The regex of one row's forms, without word boundaries. */
    static String formsRegex(DataTable table, int r) {
        String pattern = table.cell(r, "pattern");
        if (!pattern.isEmpty()) {
            return pattern;
        }
        String stem = table.cell(r, "stem").isEmpty() ? table.cell(r, "avoid") : table.cell(r, "stem");
        String stemRegex = String.join("\\s+", java.util.Arrays.stream(stem.strip().split("\\s+")).map(Pattern::quote).toList());
        String endings = table.cell(r, "endings");
        if (endings.isEmpty()) {
            return stemRegex;
        }
        List<String> alts = new ArrayList<>();
        for (String e : endings.split(",", -1)) {
            String ending = e.strip();
            if (ending.equals("0")) {
                alts.add("");
            } else if (ending.isEmpty() || !ending.chars().allMatch(Character::isLetter)) {
                throw new IllegalArgumentException("ending '" + ending + "' of '" + table.cell(r, "avoid")
                        + "' must be letters, or 0 for no ending");
            } else {
                alts.add(Pattern.quote(ending));
            }
        }
        // longer endings first, so the alternation prefers "kontrakten" over "kontrakt" + boundary failure
        alts.sort(Comparator.comparingInt(String::length).reversed());
        return stemRegex + "(?:" + String.join("|", alts) + ")";
    }

    /**
     * @param text the text to scan; null or empty gives no hits
     * @return the hits, in text order, overlapping matches resolved longest-first
     */
    public TermHits scan(String text) {
        if (text == null || text.isEmpty()) {
            return new TermHits(List.of());
        }
        Memo memo = last.get();
        if (memo != null && memo.text() == text) { // the same text object, not merely equal text
            return memo.hits();
        }
        TermHits hits = scanText(text);
        last.set(new Memo(text, hits));
        return hits;
    }

    private TermHits scanText(String text) {
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        record Candidate(Entry entry, int start, int end) {
        }
        List<Candidate> candidates = new ArrayList<>();
        Matcher before = WORD_CHAR.matcher(t);
        String folded = anyAnchor ? fold(t) : null;
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(t);
            // a match tried at the anchor sees the text on both sides, as find() does
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            // the same matches as BEFORE + forms + AFTER with find(): a start preceded by a word character is skipped
            // and the search goes on from the next position
            while (from <= t.length()) {
                int start;
                if (e.anchor() != null) {
                    // every match starts at an occurrence of the anchor: try the pattern there only
                    int at = folded.indexOf(e.anchor(), from);
                    if (at < 0) {
                        break;
                    }
                    if (!m.region(at, t.length()).lookingAt()) {
                        from = at + 1;
                        continue;
                    }
                    start = at;
                } else {
                    if (!m.find(from)) {
                        break;
                    }
                    start = m.start();
                }
                if (start > 0 && before.region(start - 1, start).matches()) {
                    from = start + 1;
                    continue;
                }
                if (m.end() > start) {
                    candidates.add(new Candidate(e, start, m.end()));
                }
                from = m.end() > start ? m.end() : start + 1;
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()
                .thenComparingInt(Candidate::start).thenComparingInt(c -> c.entry().row()));
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean overlaps = false;
            for (Candidate a : accepted) {
                if (c.start() < a.end() && a.start() < c.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparingInt(Candidate::start));
        LineIndex lines = new LineIndex(t);
        List<TermHit> hits = new ArrayList<>(accepted.size());
        for (Candidate c : accepted) {
            Entry e = c.entry();
            hits.add(new TermHit(e.term(), t.substring(c.start(), c.end()), c.start(), c.end(), lines.line(c.start()),
                    lines.column(c.start()), e.use(), e.avoidGloss(), e.useGloss(), e.row()));
        }
        return new TermHits(hits);
    }
}
