package se.ioprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private Path docx(String... paragraphs) throws Exception {
        Path f = dir.resolve("avtal.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(f)) {
            for (String p : paragraphs) {
                d.createParagraph().createRun().setText(p);
            }
            d.write(o);
        }
        return f;
    }

    @Test
    void extractsSuggestionsAsPartnershipJsonThatEvaluates() throws Exception {
        Path f = docx("Överenskommelse om idéburet offentligt partnerskap", "§ 3 Avtalstid",
                "Överenskommelsen gäller från och med 2024-01-01 till och med 2026-12-31.");
        Path out = dir.resolve("facts.json");
        CliRunner.Result r = CliRunner.run("extract", f.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("avtal.docx: 5 facts suggested (unconfirmed: check each against its quote), 0 "
                + "conflicts"), r.err());
        Partnership p = PartnershipJson.read(Files.readString(out));
        assertEquals(LocalDate.of(2026, 12, 31), p.term().endDate());
        assertTrue(p.factSources().stream().anyMatch(s -> s.path().equals("term.endDate")
                && s.basis() == FactBasis.EXTRACTED && s.reference().contains("§ 3 Avtalstid")));
        CliRunner.Result e = CliRunner.run("evaluate", "--format", "md", out.toString());
        assertTrue(e.out().contains("utläst, ej bekräftat"), "the report marks extracted facts");
    }

    @Test
    void baseFactsStayAndContradictionsGoToStderr() throws Exception {
        Path f = docx("Överenskommelsen gäller från och med 2024-01-01 till och med 2026-12-31.");
        Path base = dir.resolve("base.json");
        Files.writeString(base, "{\"term\": {\"endDate\": \"2025-12-31\"}}");
        CliRunner.Result r = CliRunner.run("extract", "--base", base.toString(), f.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(LocalDate.of(2025, 12, 31), PartnershipJson.read(r.out()).term().endDate());
        assertTrue(r.err().contains("avtal.docx: term.endDate: underlaget (--base) säger annat | the base "
                + "facts say otherwise (base: 2025-12-31); st. 1 ”Överenskommelsen gäller"), r.err());
        CliRunner.Result md = CliRunner.run("extract", "--format", "md", "--base", base.toString(), f.toString());
        assertTrue(md.out().contains("## Motsägelser / Conflicts"), md.out());
    }

    @Test
    void unreadableDocumentsAreInvalidInputWithOneLine() throws Exception {
        Path pdf = dir.resolve("trasig.pdf");
        Files.writeString(pdf, "%PDF-1.7\nnonsense");
        CliRunner.Result r = CliRunner.run("extract", pdf.toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith("iop-rules: trasig.pdf: cannot be read as pdf: "), r.err());
        CliRunner.assertCleanErrors(r);
        assertEquals(1, r.err().lines().count(), r.err());
        CliRunner.Result bad = CliRunner.run("extract", "--base", pdf.toString(), docx("x").toString());
        assertEquals(3, bad.exitCode());
        assertEquals("", bad.out());
    }
}
