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
}
