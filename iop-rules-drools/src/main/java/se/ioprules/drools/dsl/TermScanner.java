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
    private static final String AFTER = "(?![\\p{L}\\p{N}_\\p{M}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<DataTable, TermScanner> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The general categories of {@code [\p{L}\p{N}_\p{M}]} (letters, numbers, marks) as a bit mask over
     * {@link Character#getType}, which is what the regex class tests: a word character, which may not stand right
     * before or after a hit.
     */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK;
    /**
     * Latin-1 characters and the general punctuation block (dashes, quotes: the other characters of Swedish text):
     * whether a word character, and their {@linkplain #fold fold}, from a table instead of two or three calls.
     */
    private static final boolean[] WORD_LATIN1 = new boolean[256];
    private static final char[] FOLD_LATIN1 = new char[256];
    private static final int PUNCT = 0x2000;
    private static final boolean[] WORD_PUNCT = new boolean[0x70];
    private static final char[] FOLD_PUNCT = new char[0x70];

    static {
        for (char c = 0; c < 256; c++) {
            WORD_LATIN1[c] = c == '_' || (WORD_TYPES >> Character.getType(c) & 1) != 0;
            FOLD_LATIN1[c] = fold(c);
        }
        for (int i = 0; i < FOLD_PUNCT.length; i++) {
            char c = (char) (PUNCT + i);
            WORD_PUNCT[i] = (WORD_TYPES >> Character.getType(c) & 1) != 0;
            FOLD_PUNCT[i] = fold(c);
        }
    }

    /**
     * A row. Most rows are <em>plain</em>: stem words and endings of characters that compare as the regex compares
     * them case-insensitively when both sides are {@linkplain #fold folded} ({@code words}, {@code endings}: folded,
     * endings longest first as in the regex alternation). Those are matched by {@link #matchPlain} without a regex.
     * The others keep {@code pattern}: their forms followed by the end-of-word check. {@code anchor}: the first word
     * of its stem, folded; every match starts with it in the folded text, so the pattern is tried only from where it
     * occurs (null: no such anchor, e.g. a {@code pattern} column). {@code firstChars}: for an anchorless row, per
     * BMP character whether a match can start with it (0 not yet known, 1 yes, 2 no; see {@link #canStartWith}).
     */
    private record Entry(int row, String term, String use, String avoidGloss, String useGloss, Pattern pattern,
            String anchor, char[][] words, char[][] endings, byte[] firstChars) {
        boolean plain() {
            return words != null;
        }
    }

    /** The last text scanned and its hits: several rules scan the same agreement text in one evaluation. */
    private record Memo(String text, TermHits hits) {
    }

    private final List<Entry> entries;
    /** Plain rows by the folded first character of their forms: Latin-1 directly, others by binary search. */
    private final Entry[][] plainLatin1 = new Entry[256][];
    private final char[] plainOtherFirst;
    private final Entry[][] plainOther;
    /** Rows with a {@code pattern} column (no anchor): tried at the starts of words where they can match. */
    private final Entry[] patternRows;
    /** Other rows that are not plain (a character that folds unlike a plain comparison): the regex route. */
    private final Entry[] regexRows;
    private final int plainCount;
    /** Per thread: evaluations on several threads at once (a batch) would otherwise keep replacing each other's. */
    private final ThreadLocal<Memo> last = new ThreadLocal<>();

    private TermScanner(List<Entry> entries) {
        this.entries = entries;
        java.util.TreeMap<Character, List<Entry>> byFirst = new java.util.TreeMap<>();
        List<Entry> patterns = new ArrayList<>();
        List<Entry> regex = new ArrayList<>();
        int plain = 0;
        for (Entry e : entries) {
            if (e.plain()) {
                byFirst.computeIfAbsent(e.words()[0][0], c -> new ArrayList<>()).add(e);
                plain++;
            } else if (e.anchor() == null && e.firstChars() != null) {
                patterns.add(e);
            } else {
                regex.add(e);
            }
        }
        List<Character> other = new ArrayList<>();
        List<Entry[]> otherRows = new ArrayList<>();
        byFirst.forEach((c, rows) -> {
            if (c < 256) {
                plainLatin1[c] = rows.toArray(Entry[]::new);
            } else {
                other.add(c);
                otherRows.add(rows.toArray(Entry[]::new));
            }
        });
        plainOtherFirst = new char[other.size()];
        for (int i = 0; i < plainOtherFirst.length; i++) {
            plainOtherFirst[i] = other.get(i);
        }
        plainOther = otherRows.toArray(Entry[][]::new);
        patternRows = patterns.toArray(Entry[]::new);
        regexRows = regex.toArray(Entry[]::new);
        plainCount = plain;
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
            char[][] words = null;
            char[][] endings = null;
            String pattern = table.cell(r, "pattern");
            if (pattern.isEmpty()) {
                words = plainWords(stemWords(table, r));
                endings = words == null ? null : plainWords(endings(table, r));
                words = endings == null ? null : words;
            }
            String anchor = anchor(table, r);
            entries.add(new Entry(r, table.cell(r, "avoid"), table.cell(r, "use"), table.cell(r, "avoidGloss"),
                    table.cell(r, "useGloss"), p, anchor, words, endings,
                    anchor == null && !pattern.isEmpty() && contextFree(pattern) ? new byte[65536] : null));
        }
        return new TermScanner(List.copyOf(entries));
    }

    /**
     * Whether a pattern's first character alone can tell where it cannot start: not so when it may look at what
     * stands before its start (look-behind, word boundaries, anchors), which a test of one character cannot see.
     */
    private static boolean contextFree(String pattern) {
        for (String s : List.of("(?<", "\\b", "\\B", "\\G", "\\A", "\\Z", "\\z", "^", "$")) {
            if (pattern.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Case folding as a case-insensitive, Unicode-case pattern compares a literal: lower case of upper case. A
     * pattern's literal character (folded) matches a text character only if it equals the character or its fold.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static char foldFast(char c) {
        if (c < 256) {
            return FOLD_LATIN1[c];
        }
        int p = c - PUNCT;
        return p >= 0 && p < FOLD_PUNCT.length ? FOLD_PUNCT[p] : fold(c);
    }

    /** @return the text with every character folded; the same length, so positions carry over */
    private static String fold(String text) {
        char[] cs = new char[text.length()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = foldFast(text.charAt(i));
        }
        return new String(cs);
    }

    /** @return whether the code point is a letter, number, mark or underscore (as {@code [\p{L}\p{N}_\p{M}]}) */
    static boolean wordChar(int cp) {
        if (cp < 256) {
            return WORD_LATIN1[cp];
        }
        int p = cp - PUNCT;
        return p >= 0 && p < WORD_PUNCT.length ? WORD_PUNCT[p] : (WORD_TYPES >> Character.getType(cp) & 1) != 0;
    }

    /**
     * The words as plain literals, folded; null if a character would not compare as the regex compares it. A plain
     * character {@code q} (folded {@code p}, with {@code fold(p) == p}) matches a text character {@code t} exactly
     * when {@code fold(t) == p}: for a cased character that is the regex's test ({@code p == t || p == fold(t)}),
     * and an ASCII character without case (digit, punctuation) is the fold of no other character.
     */
    private static char[][] plainWords(List<String> words) {
        char[][] out = new char[words.size()][];
        for (int w = 0; w < out.length; w++) {
            String word = words.get(w);
            out[w] = new char[word.length()];
            for (int i = 0; i < word.length(); i++) {
                char q = word.charAt(i);
                char p = fold(q);
                boolean cased = Character.toUpperCase(q) != p;
                if (Character.isSurrogate(q) || fold(p) != p || !(cased || q < 128 && !Character.isLetter(q))
                        || isRegexSpace(q)) {
                    return null;
                }
                out[w][i] = p;
            }
        }
        return out.length == 0 || out[0].length == 0 ? null : out;
    }

    /** {@code \s} without {@link Pattern#UNICODE_CHARACTER_CLASS}: what separates a stem's words. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
        String anchor = fold(stemWords(table, r).get(0));
        for (int i = 0; i < anchor.length(); i++) {
            char c = anchor.charAt(i);
            if (Character.isSurrogate(c) || fold(c) != c) {
                return null;
            }
        }
        return anchor.isEmpty() ? null : anchor;
    }

    private static List<String> stemWords(DataTable table, int r) {
        String stem = table.cell(r, "stem").isEmpty() ? table.cell(r, "avoid") : table.cell(r, "stem");
        return List.of(stem.strip().split("\\s+"));
    }

    /** The row's endings, longest first ("" for none), in the order the regex alternation tries them. */
    private static List<String> endings(DataTable table, int r) {
        String endings = table.cell(r, "endings");
        if (endings.isEmpty()) {
            return List.of("");
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
                alts.add(ending);
            }
        }
        // longer endings first, so the alternation prefers "kontrakten" over "kontrakt" + boundary failure
        alts.sort(Comparator.comparingInt(String::length).reversed());
        return alts;
    }

    /** The regex of one row's forms, without word boundaries. */
    static String formsRegex(DataTable table, int r) {
        String pattern = table.cell(r, "pattern");
        if (!pattern.isEmpty()) {
            return pattern;
        }
        String stemRegex = String.join("\\s+", stemWords(table, r).stream().map(Pattern::quote).toList());
        if (table.cell(r, "endings").isEmpty()) {
            return stemRegex;
        }
        return stemRegex + "(?:" + String.join("|", endings(table, r).stream()
                .map(e -> e.isEmpty() ? "" : Pattern.quote(e)).toList()) + ")";
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

    private record Candidate(Entry entry, int start, int end) {
    }

    /**
     * The hits are those of {@code (?<![\p{L}\p{N}_\p{M}])(?:forms)(?![\p{L}\p{N}_\p{M}])} per row with
     * {@code find()} (each row's matches one after the other, not overlapping), overlaps then resolved across rows.
     * A match can only start where no word character precedes, so one pass visits those positions and tries there
     * the plain rows whose forms start with the (folded) character, and the pattern rows that can start with it;
     * a row is tried again only after the end of its last match, as {@code find()} goes on from there.
     */
    private TermHits scanText(String text) {
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int n = t.length();
        char[] cs = t.toCharArray(); // indexed below without String.charAt's checks per character
        List<Candidate> candidates = new ArrayList<>();
        // where each plain or pattern row may match next (after its last match), by row
        int[] next = new int[entries.size()];
        Matcher[] matchers = new Matcher[patternRows.length];
        boolean prevWord = false;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            boolean wordStart = !prevWord;
            // a match is preceded by no word character: the one char before is tested, a surrogate half is none
            prevWord = c < 256 ? WORD_LATIN1[c] : !Character.isSurrogate(c) && wordChar(c);
            if (!wordStart) {
                continue;
            }
            if (plainCount > 0) {
                char f = foldFast(c);
                Entry[] rows;
                if (f < 256) {
                    rows = plainLatin1[f];
                } else {
                    int at = java.util.Arrays.binarySearch(plainOtherFirst, f);
                    rows = at < 0 ? null : plainOther[at];
                }
                if (rows != null) {
                    for (Entry e : rows) {
                        if (i >= next[e.row()]) {
                            int end = matchPlain(e, cs, i, n);
                            if (end > i) {
                                candidates.add(new Candidate(e, i, end));
                                next[e.row()] = end;
                            }
                        }
                    }
                }
            }
            for (int k = 0; k < patternRows.length; k++) {
                Entry e = patternRows[k];
                if (i >= next[e.row()] && canStartWith(e, c)) {
                    Matcher m = matchers[k];
                    if (m == null) {
                        m = e.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[k] = m;
                    }
                    if (m.region(i, n).lookingAt() && m.end() > i) {
                        candidates.add(new Candidate(e, i, m.end()));
                        next[e.row()] = m.end();
                    }
                }
            }
        }
        if (regexRows.length > 0) {
            regexScan(t, candidates);
        }
        if (candidates.size() > 1) {
            candidates.sort(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()
                    .thenComparingInt(Candidate::start).thenComparingInt(c -> c.entry().row()));
        }
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
        if (accepted.isEmpty()) {
            return new TermHits(List.of());
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

    /**
     * @return the end of the plain row's longest form matching at {@code i} and followed by no word character, or
     *     -1; stem words are separated by one or more {@code \s} characters, as the regex's {@code \s+}
     */
    private static int matchPlain(Entry e, char[] t, int i, int n) {
        int j = i;
        char[][] words = e.words();
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                int k = j;
                while (k < n && isRegexSpace(t[k])) {
                    k++;
                }
                if (k == j) {
                    return -1;
                }
                j = k;
            }
            char[] word = words[w];
            if (j + word.length > n) {
                return -1;
            }
            for (int x = 0; x < word.length; x++) {
                if (foldFast(t[j + x]) != word[x]) {
                    return -1;
                }
            }
            j += word.length;
        }
        for (char[] ending : e.endings()) {
            int k = j + ending.length;
            if (k > n) {
                continue;
            }
            boolean same = true;
            for (int x = 0; x < ending.length; x++) {
                if (foldFast(t[j + x]) != ending[x]) {
                    same = false;
                    break;
                }
            }
            if (same && (k == n || !wordChar(Character.codePointAt(t, k, n)))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a match of the pattern row can start with the character: tried once per character on the character
     * alone; if the matcher neither matches nor reaches its end, it rejected the first character, as it would
     * anywhere (the row's pattern does not look before its start, see {@link #contextFree}). Surrogates: always.
     */
    private static boolean canStartWith(Entry e, char c) {
        byte[] known = e.firstChars();
        byte k = known[c];
        if (k == 0) {
            Matcher m = e.pattern().matcher(String.valueOf(c)).useTransparentBounds(true).useAnchoringBounds(false);
            boolean can = Character.isSurrogate(c) || m.lookingAt() || m.hitEnd();
            k = can ? (byte) 1 : (byte) 2;
            known[c] = k; // racing threads compute the same value
        }
        return k == 1;
    }

    /** The regex route, for rows that are neither plain nor pattern rows with a known first character. */
    private void regexScan(String t, List<Candidate> candidates) {
        Matcher before = null;
        String folded = null;
        for (Entry e : regexRows) {
            Matcher m = e.pattern().matcher(t);
            // a match tried at the anchor sees the text on both sides, as find() does
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            // the same matches as BEFORE + forms + AFTER with find(): a start preceded by a word character is skipped
            // and the search goes on from the next position
            while (from <= t.length()) {
                int start;
                if (e.anchor() != null) {
                    if (folded == null) {
                        folded = fold(t);
                    }
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
                if (start > 0 && precededByWordChar(t, start)) {
                    from = start + 1;
                    continue;
                }
                if (m.end() > start) {
                    candidates.add(new Candidate(e, start, m.end()));
                }
                from = m.end() > start ? m.end() : start + 1;
            }
        }
    }

    /** The one char before {@code start} is a word character (a surrogate half is none). */
    private static boolean precededByWordChar(String t, int start) {
        char c = t.charAt(start - 1);
        return !Character.isSurrogate(c) && wordChar(c);
    }
}
