package se.ioprules.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.SanctionClause;
import se.ioprules.api.facts.Term;
import se.ioprules.api.facts.Tri;

class ExtractorTest {
    @TempDir
    Path dir;

    private Extraction extract(String text, Partnership base) throws Exception {
        Path f = dir.resolve("avtal.txt");
        Files.writeString(f, text);
        return new Extractor(ExtractLimits.DEFAULT).extract(f, base);
    }

    @Test
    void structureAndPositionsFromEachFormat() throws Exception {
        Path src = CorpusFiles.sources().stream().filter(p -> p.toString().contains("03-")).findFirst().orElseThrow();
        DocumentReader r = new DocumentReader(ExtractLimits.DEFAULT);
        for (Path f : List.of(src, CorpusFiles.docx(src, dir), CorpusFiles.pdf(src, dir))) {
            AgreementDocument d = r.read(f);
            Block heading = d.blocks().stream().filter(b -> b.text().equals("4. Giltighetstid")).findFirst().orElseThrow();
            assertEquals(Block.Kind.HEADING, heading.kind(), f.toString());
            assertEquals("4", heading.section());
            Block clause = d.blocks().stream().filter(b -> b.text().startsWith("4.1 ")).findFirst().orElseThrow();
            assertEquals("4.1", clause.section());
            assertEquals("Giltighetstid", clause.sectionTitle());
            assertEquals(Block.Kind.PARAGRAPH, clause.kind());
            assertEquals(f.toString().endsWith(".pdf") ? 1 : 0, clause.page(), "pages only where the format has them");
        }
        AgreementDocument md = r.read(CorpusFiles.sources().stream().filter(p -> p.toString().contains("10-"))
                .findFirst().orElseThrow());
        assertTrue(md.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.TABLE_ROW
                && b.text().equals("Kommunen | Bidrag | 120 000 kr")));
        AgreementDocument lists = r.read(CorpusFiles.sources().stream().filter(p -> p.toString().contains("09-"))
                .findFirst().orElseThrow());
        assertTrue(lists.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.LIST_ITEM
                && b.text().equals("Österby kommun, org.nr 212000-3434") && b.section().equals("Parter")));
    }

    @Test
    void aSuggestionCarriesFileSectionQuoteAndConfidence() throws Exception {
        Extraction e = extract("§ 4 Avtalstid\n\nÖverenskommelsen gäller från och med 2024-01-01 till och med "
                + "2025-12-31.\n", null);
        assertEquals(LocalDate.of(2025, 12, 31), e.partnership().term().endDate());
        FactSource fs = e.partnership().factSources().stream().filter(s -> s.path().equals("term.endDate"))
                .findFirst().orElseThrow();
        assertEquals(FactBasis.EXTRACTED, fs.basis());
        assertTrue(fs.reference().startsWith("avtal.txt, § 4 Avtalstid, st. 2: ”Överenskommelsen gäller från och med "
                + "2024-01-01 till och med 2025-12-31.”; säkerhet | confidence 0.90"), fs.reference());
    }

    @Test
    void baseFactsAreNeverOverwrittenAndAContradictionIsReported() throws Exception {
        Partnership base = Partnership.builder().title("Vår titel")
                .term(Term.builder().endDate(LocalDate.of(2026, 6, 30)).build())
                .factSources(List.of(new FactSource("term.endDate", FactBasis.DOCUMENTED, "beslut 2024-01-10")))
                .build();
        Extraction e = extract("# Vår titel\n\nÖverenskommelsen gäller från och med 2024-01-01 till och med 2025-12-31.\n"
                + "Vid avtalsbrott utgår vite.\n", base);
        assertEquals(LocalDate.of(2026, 6, 30), e.partnership().term().endDate(), "the base's date stays");
        assertEquals(LocalDate.of(2024, 1, 1), e.partnership().term().startDate(), "what the base lacks is added");
        Conflict c = e.conflicts().stream().filter(x -> x.path().equals("term.endDate")).findFirst().orElseThrow();
        assertEquals("2026-06-30", c.baseValue());
        assertEquals("2025-12-31", c.clauses().get(0).value());
        assertTrue(e.agreeing().stream().anyMatch(s -> s.path().equals("title")));
        assertTrue(e.partnership().factSources().contains(new FactSource("term.endDate", FactBasis.DOCUMENTED,
                "beslut 2024-01-10")), "the base's sources stay");
        assertTrue(e.partnership().factSources().stream().noneMatch(s -> s.path().equals("term.endDate")
                && s.basis() == FactBasis.EXTRACTED));
        assertEquals(java.util.Set.of(SanctionClause.VITE), e.partnership().agreement().sanctionClauses());
    }

    @Test
    void clausesThatDisagreeAreReportedNotResolved() throws Exception {
        Extraction e = extract("Styrgruppen fattar beslut med enkel majoritet.\n\nStyrgruppen fattar beslut i konsensus.\n",
                null);
        assertNull(e.partnership().governance().steeringGroup().decisionRule());
        assertEquals(Tri.TRUE, e.partnership().governance().steeringGroup().exists());
        Conflict c = e.conflicts().get(0);
        assertEquals("governance.steeringGroup.decisionRule", c.path());
        assertEquals(List.of("MAJORITY", "JOINT_CONSENSUS"), c.clauses().stream().map(Suggestion::value).toList());
    }

    @Test
    void negatedAndConditionalClauses() throws Exception {
        Extraction none = extract("Vite eller skadestånd utgår inte. Ingen part har rätt att häva överenskommelsen.\n", null);
        assertNull(none.partnership().agreement().sanctionClauses(), "nothing suggested: unknown, not an empty set");
        Extraction cond = extract("Om föreningen inte fullgör sina åtaganden har kommunen rätt till vite.\n", null);
        assertEquals(java.util.Set.of(SanctionClause.VITE), cond.partnership().agreement().sanctionClauses());
    }

    @Test
    void suggestionsThatWouldMakeTheFactsInvalidAreLeftOutAndReported() throws Exception {
        // signed after the term ended: the validator refuses it, so the signing date is reported, not added
        Extraction e = extract("Avtalet gäller från och med 2020-01-01 till och med 2020-12-31.\n\nLund den 5 mars 2024\n",
                null);
        assertNull(e.partnership().signingDate());
        assertTrue(e.conflicts().stream().anyMatch(c -> c.path().equals("signingDate")
                && c.reason().contains("makes the facts invalid")), e.conflicts().toString());
    }

    @Test
    void markdownGivesValuesInWordsWithTheJsonValue() throws Exception {
        String md = ExtractReport.markdown(extract("# Avtal om stöd\n\nVid avtalsbrott utgår vite.\n", null));
        assertTrue(md.contains("| `agreement.agreementLabel` | avtal (AVTAL) |"), md);
        assertTrue(md.contains("| `agreement.sanctionClauses[]` | vite (VITE) |"), md);
    }

    @Test
    void markdownEscapesTheDocumentsWords() throws Exception {
        Extraction e = extract("# Avtal | <b>x</b> [länk](http://x)\n", null);
        String md = ExtractReport.markdown(e);
        assertTrue(md.contains("Avtal \\| \\<b\\>x\\</b\\> \\[länk\\](http://x)"), md);
    }
}
