package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.dsl.DataTable;
import se.ioprules.drools.dsl.TermHit;
import se.ioprules.drools.dsl.TermHits;
import se.ioprules.drools.dsl.TermScanner;
import se.ioprules.drools.load.TsvTables;

/** TermScanner on SKL's word table (skl-2018/2018.1/word-table.tsv) and on small hand-made tables. */
class TermScannerTest {
    private static final String TABLE = "iop-rules/rulesets/skl-2018/2018.1/word-table.tsv";

    static DataTable sklTable() {
        try (InputStream in = TermScannerTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertNotNull(in, TABLE);
            List<RuleSetDiagnostic> problems = new ArrayList<>();
            DataTable t = TsvTables.parse(TABLE, "word-table", new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
            assertEquals(List.of(), problems);
            assertEquals(List.of(), TermScanner.check(t));
            return t;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static TermHits scan(String text) {
        return TermScanner.of(sklTable()).scan(text);
    }

    private static List<String> terms(String text) {
        return scan(text).getHits().stream().map(TermHit::term).toList();
    }

    private static List<String> matched(String text) {
        return scan(text).getHits().stream().map(TermHit::matched).toList();
    }

    private static DataTable table(String tsv, List<RuleSetDiagnostic> problems) {
        return TsvTables.parse("t.tsv", "t", tsv, problems);
    }

    @Test
    void everySklTermIsFoundInItsListedForm() {
        assertEquals(List.of("uppdrag", "kontrakt", "anskaffning", "ersättning", "fakturering", "kontraktspart",
                "rätt att häva", "skadestånd"),
                terms("uppdrag kontrakt anskaffning ersättning fakturering kontraktspart rätt att häva skadestånd"));
    }

    @Test
    void inflectedFormsHit() {
        assertEquals(List.of("kontrakt", "kontrakt", "kontrakt", "kontrakt"),
                terms("kontraktet, kontrakten, kontraktens och kontrakts"));
        assertEquals(List.of("ersättning", "ersättning", "ersättning", "ersättning"),
                terms("ersättningen ersättningar ersättningarna ersättningens"));
        assertEquals(List.of("uppdrag", "uppdrag", "uppdrag"), terms("uppdraget uppdragen uppdragets"));
        assertEquals(List.of("fakturering", "fakturering", "fakturering", "fakturering"),
                terms("fakturera, fakturering, fakturerar, faktureras"));
        assertEquals(List.of("häva", "häva", "häva", "häva"), terms("häva, hävning, hävs, häver"));
        assertEquals(List.of("skadestånd", "skadestånd"), terms("skadeståndet och skadestånd"));
        assertEquals(List.of("anskaffning", "anskaffning"), terms("anskaffningen; anskaffa"));
        assertEquals(List.of("kontraktspart", "kontraktspart"), terms("kontraktsparten, kontraktsparterna"));
    }

    @Test
    void caseInsensitiveIncludingSwedishLetters() {
        assertEquals(List.of("KONTRAKTET", "Ersättningen", "RÄTT ATT HÄVA", "Skadestånd"),
                matched("KONTRAKTET Ersättningen RÄTT ATT HÄVA Skadestånd"));
    }

    @Test
    void longerPhrasesWin() {
        TermHits h = scan("Kontraktsparten har rätt att häva avtalet.");
        assertEquals(List.of("kontraktspart", "rätt att häva"), h.getHits().stream().map(TermHit::term).toList());
        assertEquals("rätt att lämna projektet", h.getHits().get(1).use());
        // the phrase spans a line break and wins over the single word häva inside it
        assertEquals(List.of("rätt att häva"), terms("parten har rätten att\nhäva"));
        assertEquals(List.of("rätt att häva", "häva"), terms("rätt till hävning; avtalet hävs"));
    }

    @Test
    void positionsWithLineAndColumn() {
        String text = "Överenskommelse\nParterna är överens.\n  Kontraktet gäller; ersättning betalas.";
        TermHits h = scan(text);
        assertEquals(2, h.getCount());
        TermHit k = h.getHits().get(0);
        assertEquals("Kontraktet", k.matched());
        assertEquals(text.indexOf("Kontraktet"), k.offset());
        assertEquals(k.offset() + "Kontraktet".length(), k.end());
        assertEquals(3, k.line());
        assertEquals(3, k.column());
        assertEquals("överenskommelse", k.use());
        assertEquals("contract", k.avoidGloss());
        assertEquals("agreement", k.useGloss());
        TermHit e = h.getHits().get(1);
        assertEquals(3, e.line());
        assertEquals(text.substring(text.lastIndexOf('\n') + 1).indexOf("ersättning") + 1, e.column());
        assertEquals("utbetalning", e.use());
        assertEquals("\"Kontraktet\" @3:3 (offset " + k.offset() + "): kontrakt -> överenskommelse", k.describe());
    }

    @Test
    void wordBoundariesUnderstandSwedishLetters() {
        // a letter å/ä/ö before or after the form makes it part of another word
        assertEquals(List.of(), terms("åuppdrag kontraktö äersättning skadeståndå"));
        // punctuation, digits-free separators and hyphens are boundaries
        assertEquals(List.of("uppdrag", "kontrakt", "ersättning"), terms("(uppdrag) \"kontrakt\" ersättning."));
        assertEquals(List.of("kontrakt"), terms("IOP-kontraktet"));
    }

    /** The decision: a compound that merely contains a term does not hit; the table must list a compound to catch it. */
    @Test
    void compoundsThatMerelyContainATermDoNotHit() {
        assertEquals(List.of(), terms("uppdragsgivare uppdragstagare ersättningsnivå ersättningsmodell kontraktsperiod "
                + "kontraktstid skadeståndsskyldig faktureringsadress anskaffningsvärde"));
        // ... unless the table lists the compound, as SKL lists kontraktspart
        assertEquals(List.of("kontraktspart"), terms("kontraktspart"));
    }

    @Test
    void noHitsOnCooperationVocabulary() {
        assertEquals(List.of(), terms("överenskommelse överenskommelsen partnerskap partnerskapet samfinansiering "
                + "utbetalning utbetalningen återbetalning återbetalningsskyldighet projekt projektet partner "
                + "rätt att lämna projektet samverkan idéburet offentligt partnerskap"));
        // words that only look like a form
        assertEquals(List.of(), terms("hävdar hävda hävd kontraktera faktura avtal"));
    }

    @Test
    void nullAndEmptyTextGiveNoHits() {
        assertTrue(scan(null).isEmpty());
        assertTrue(scan("").isEmpty());
    }

    @Test
    void decomposedLettersAreNormalised() {
        // "ä" written as a + combining diaeresis
        assertEquals(List.of("rätt att häva"), terms("ra\u0308tt att ha\u0308va"));
    }

    @Test
    void detailsListEveryHit() {
        var d = scan("Uppdraget ger ersättning.").details();
        assertEquals("2", d.get("hitCount"));
        assertEquals("«Uppdraget» (rad 1, kol 1; undvik «uppdrag», skriv «projekt»); "
                + "«ersättning» (rad 1, kol 15; undvik «ersättning», skriv «utbetalning»)", d.get("hits.sv"));
        assertTrue(d.get("hits.en").contains("avoid \"uppdrag\" (commission, assignment), write \"projekt\" (project)"));
        assertTrue(d.get("hit.2").startsWith("\"ersättning\" @1:15"));
    }

    @Test
    void patternColumnAndEndingsOfAHandMadeTable() {
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        DataTable t = table("# comment\navoid\tuse\tstem\tendings\tpattern\nbil\tcykel\t\t0,en,ar\t\nköp\tsamverkan\t\t\tköp(?:et|en)?\n", problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), TermScanner.check(t));
        TermHits h = TermScanner.of(t).scan("Bilen och köpet, inte bilist.");
        assertEquals(List.of("Bilen", "köpet"), h.getHits().stream().map(TermHit::matched).toList());
    }

    @Test
    void badTablesAreReportedWithFileAndLine() {
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        DataTable t = table("avoid\tuse\tpattern\nköp\tsamverkan\tköp(\n\tx\t\n", problems);
        assertEquals(List.of(), problems);
        List<RuleSetDiagnostic> check = TermScanner.check(t);
        assertEquals(2, check.size(), check::toString);
        assertEquals("t.tsv", check.get(0).file());
        assertEquals(2, check.get(0).line());
        assertTrue(check.get(0).message().contains("regular expression"));
        assertEquals(3, check.get(1).line());
        assertThrows(IllegalArgumentException.class, () -> TermScanner.of(t));

        List<RuleSetDiagnostic> tsv = new ArrayList<>();
        assertEquals(null, table("avoid\tuse\tavoid\nköp\tsamverkan\n", tsv));
        assertEquals(2, tsv.size(), tsv::toString);
        assertEquals(1, tsv.get(0).line());
        assertEquals(11, tsv.get(0).column());
        assertTrue(tsv.get(0).message().contains("duplicate"));
        assertEquals(2, tsv.get(1).line());
        assertTrue(tsv.get(1).message().contains("2 cell(s)"));

        List<RuleSetDiagnostic> missing = new ArrayList<>();
        assertEquals(List.of(), TermScanner.check(table("avoid\tfoo\nx\ty\n", missing)).stream()
                .filter(p -> !p.message().contains("lacks column 'use'")).toList());
        List<RuleSetDiagnostic> ending = new ArrayList<>();
        assertTrue(TermScanner.check(table("avoid\tuse\tendings\nx\ty\ta,-b\n", ending)).get(0).message().contains("ending"));
        List<RuleSetDiagnostic> empty = new ArrayList<>();
        assertEquals(null, table("# only a comment\n\n", empty));
        assertTrue(empty.get(0).message().contains("no header"));
    }
    /**
     * The scanner checks the start of a word only where a row's forms matched; the hits must be exactly those of
     * the look-behind pattern it replaced ({@code (?<![\p{L}\p{N}_\p{M}])(?:forms)(?![\p{L}\p{N}_\p{M}])} with
     * {@code find()}), reimplemented here as the reference, on random texts made of the table's forms, word
     * characters (letters with and without diacritics, combining marks, digits, '_') and separators.
     */
    @Test
    void matchesTheLookBehindPatternItReplaced() {
        DataTable t = sklTable();
        String[] pieces = {"kontrakt", "Kontraktet", "KONTRAKTSPARTEN", "uppdrag", "uppdragsgivare", "anskaffa",
            "ersättningen", "ERSÄTTNING", "fakturerades", "rätt att häva", "rätten\ntill hävning", "hävningsrätt", "häva",
            "skadestånd", "x", "å", "É", "9", "_", "\u0301", "-", " ", "  ", "\n", ".", ",", "(", "»", "ß", "\uD835\uDC00",
            // characters whose case folding differs from plain ASCII: Kelvin sign (folds to k), long s, dotted and dotless i
            "\u212Aontrakt", "ſkadestånd", "UPPDRAG", "İ", "ı", "FAKTURERING"};
        int withHits = agreesWithReferenceOnRandomTexts(t, pieces, 20240301L, 12);
        assertTrue(withHits > 1000, "the random texts exercise hits: " + withHits);
    }

    /**
     * The single-pass scanner against the reference on real texts: every string in the repository's JSON files
     * (samples, corpus, scenarios, probes), the generated corpus's agreement texts, and each of them upper-cased
     * and with table forms spliced in at random places.
     */
    @Test
    void matchesTheReferenceOnCorpusSamplesAndProbes() throws IOException {
        DataTable t = sklTable();
        List<String> texts = new ArrayList<>(repositoryStrings());
        for (int i = 0; i < 200; i++) {
            String text = Corpus.partnership(Corpus.SEED, i).agreement() == null ? null
                    : Corpus.partnership(Corpus.SEED, i).agreement().agreementText();
            if (text != null) {
                texts.add(text);
            }
        }
        assertTrue(texts.stream().anyMatch(x -> x.length() > 2_000), "the samples' agreement texts are read");
        String[] forms = {"kontrakt", "Kontraktet", "rätt att häva", "RÄTTEN TILL HÄVNING", "uppdrag", "fakturerades",
            "hävs", "kontraktsparten"};
        java.util.Random rnd = new java.util.Random(7L);
        int withHits = 0;
        for (String text : List.copyOf(texts)) {
            texts.add(text.toUpperCase(java.util.Locale.ROOT));
            StringBuilder sb = new StringBuilder(text);
            for (int k = 0; k < 5 && sb.length() > 0; k++) {
                sb.insert(rnd.nextInt(sb.length()), forms[rnd.nextInt(forms.length)]);
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            List<TermHit> expected = referenceScan(t, text);
            assertEquals(expected, TermScanner.of(t).scan(new String(text.toCharArray())).getHits(), text);
            withHits += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withHits > 100, "the texts exercise hits: " + withHits);
    }

    /**
     * A hand-made table exercising each route: multi-word stems with endings, upper-case and caseless characters in
     * stems, characters that fold unlike a plain comparison (ß, the Kelvin sign, dotted İ; the regex route), and
     * pattern rows with and without a look-behind, all against the reference on random texts.
     */
    @Test
    void everyRouteMatchesTheReferenceOnAHandMadeTable() {
        List<RuleSetDiagnostic> problems = new ArrayList<>();
        DataTable t = table("avoid\tuse\tstem\tendings\tpattern\n"
                + "av tal\tx\tav  tal\t0,et,en\t\n"
                + "IOP-Avtal\tx\t\ts,et\t\n"
                + "k2\tx\t\t0,a\t\n"
                + "straße\tx\t\t0,n\t\n"
                + "\u212Aal\tx\t\t0,en\t\n"
                + "İd\tx\t\t0,é\t\n"
                + "tal\tx\t\t0,et\t\n"
                + "köp\tx\t\t\tköp(?:et|en)?|\\d+\\s*kr|(?:é|e)tt\\s+tal\n"
                + "bakom\tx\t\t\t(?<=a)bakom\n"
                + "gräns\tx\t\t\t\\bgräns\n", problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), TermScanner.check(t));
        String[] pieces = {"av tal", "AV\n\ttalet", "avtal", "IOP-avtalet", "iop-AVTALS", "k2", "K2a", "straße",
            "STRASSE", "strasse", "straẞen", "\u212Aalen", "kal", "KAL", "İd", "id", "ıd", "IDÉ", "tal", "Talet", "köp",
            "KÖPET", "12 kr", "9kr", "ett  tal", "étt tal", "abakom", "bakom", "gräns", "agräns", "x", "å", "9", "_",
            "\u0301", "-", " ", "\n", ".", "\uD835\uDC00", "ß", "ẞ"};
        int withHits = agreesWithReferenceOnRandomTexts(t, pieces, 99L, 10);
        assertTrue(withHits > 500, "the random texts exercise hits: " + withHits);
    }

    /**
     * Scans 3,000 random texts of 1 to {@code maxParts} pieces with the table's scanner and with the reference, which
     * must give the same hits; {@return how many texts had hits}.
     */
    private static int agreesWithReferenceOnRandomTexts(DataTable t, String[] pieces, long seed, int maxParts) {
        java.util.Random rnd = new java.util.Random(seed);
        int withHits = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(maxParts);
            for (int i = 0; i < parts; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<TermHit> expected = referenceScan(t, text);
            // a fresh copy of the text, so the scanner's memo of the last text cannot answer
            assertEquals(expected, TermScanner.of(t).scan(new String(text.toCharArray())).getHits(), text);
            withHits += expected.isEmpty() ? 0 : 1;
        }
        return withHits;
    }

    /** Every string value of the JSON files in the repository's resources (the module's parent directory). */
    private static List<String> repositoryStrings() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("").toAbsolutePath().getParent();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> out = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".json")
                    && f.toString().contains("/src/") && f.toString().contains("/resources/")).toList()) {
                com.fasterxml.jackson.databind.JsonNode tree;
                try {
                    tree = mapper.readTree(f.toFile());
                } catch (IOException e) {
                    continue; // probes of malformed JSON
                }
                collectStrings(tree, out);
            }
        }
        assertTrue(out.size() > 100, "strings read: " + out.size());
        return out;
    }

    private static void collectStrings(com.fasterxml.jackson.databind.JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.forEach(child -> collectStrings(child, out));
    }

    @Test
    void theSameTextIsScannedOnceAndAnEqualTextAgain() {
        TermScanner s = TermScanner.of(sklTable());
        String text = "Kontraktet gäller.";
        TermHits first = s.scan(text);
        assertTrue(first == s.scan(text), "the same text object gives the same hits object");
        TermHits other = s.scan(new String(text.toCharArray()));
        assertEquals(first.getHits(), other.getHits());
        assertTrue(first != other, "an equal but distinct text is scanned again");
        assertEquals(List.of(), s.scan("Överenskommelsen gäller.").getHits());
    }

    /** The scan as it was: one case-insensitive pattern per row with a look-behind, candidates resolved longest first. */
    private static List<TermHit> referenceScan(DataTable table, String text) {
        String before = "(?<![\\p{L}\\p{N}_\\p{M}])";
        String after = "(?![\\p{L}\\p{N}_\\p{M}])";
        int flags = java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE;
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        record Cand(int row, int start, int end) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(before + "(?:" + formsOf(table, r) + ")" + after,
                    flags).matcher(nfc);
            while (m.find()) {
                if (m.end() > m.start()) {
                    cands.add(new Cand(r, m.start(), m.end()));
                }
            }
        }
        cands.sort(java.util.Comparator.comparingInt((Cand c) -> c.end() - c.start()).reversed()
                .thenComparingInt(Cand::start).thenComparingInt(Cand::row));
        List<Cand> kept = new ArrayList<>();
        for (Cand c : cands) {
            if (kept.stream().noneMatch(k -> c.start() < k.end() && k.start() < c.end())) {
                kept.add(c);
            }
        }
        kept.sort(java.util.Comparator.comparingInt(Cand::start));
        se.ioprules.drools.dsl.LineIndex lines = new se.ioprules.drools.dsl.LineIndex(nfc);
        List<TermHit> hits = new ArrayList<>();
        for (Cand c : kept) {
            hits.add(new TermHit(table.cell(c.row(), "avoid"), nfc.substring(c.start(), c.end()), c.start(), c.end(),
                    lines.line(c.start()), lines.column(c.start()), table.cell(c.row(), "use"),
                    table.cell(c.row(), "avoidGloss"), table.cell(c.row(), "useGloss"), c.row()));
        }
        return hits;
    }

    private static String formsOf(DataTable table, int r) {
        try {
            java.lang.reflect.Method m = TermScanner.class.getDeclaredMethod("formsRegex", DataTable.class, int.class);
            m.setAccessible(true);
            return (String) m.invoke(null, table, r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
