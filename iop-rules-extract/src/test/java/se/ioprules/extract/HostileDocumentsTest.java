package se.ioprules.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are untrusted: what exceeds the limits, is encrypted or broken gives a clear error naming the file. */
class HostileDocumentsTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(ExtractLimits.DEFAULT);

    private String error(Path f) {
        return assertThrows(ExtractException.class, () -> reader.read(f)).getMessage();
    }

    @Test
    void zipBombDocxIsRefused() throws Exception {
        Path f = dir.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                z.write(spaces); // 100 MiB of white space: a thousandth of it compressed
            }
        }
        assertTrue(Files.size(f) < 1 << 20);
        String m = error(f);
        assertTrue(m.startsWith("bomb.docx: "), m);
    }

    @Test
    void tenThousandPagePdfIsRefusedBeforeReadingThePages() throws Exception {
        Path f = dir.resolve("long.pdf");
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < 10_000; i++) {
                d.addPage(new PDPage());
            }
            d.save(f.toFile());
        }
        assertEquals("long.pdf: the PDF has 10000 pages, more than the limit of 500", error(f));
    }

    @Test
    void encryptedPdfIsRefused() throws Exception {
        for (String user : new String[] {"hemligt", ""}) {
            Path f = dir.resolve("locked" + user.length() + ".pdf");
            try (PDDocument d = new PDDocument()) {
                d.addPage(new PDPage());
                StandardProtectionPolicy p = new StandardProtectionPolicy("ägare", user, new AccessPermission());
                p.setEncryptionKeyLength(128);
                d.protect(p);
                d.save(f.toFile());
            }
            String m = error(f);
            assertTrue(m.contains("encrypted"), m);
        }
    }

    @Test
    void brokenPdfsGiveAnErrorOrTheRepairedText() throws Exception {
        Path good = CorpusFiles.pdf(CorpusFiles.sources().get(0), dir);
        byte[] bytes = Files.readAllBytes(good);
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        // a wrong xref offset: PDFBox may rebuild the table by scanning the file; if so the text must be the same
        Path xref = dir.resolve("xref.pdf");
        Files.write(xref, s.replaceFirst("startxref\\s+\\d+", "startxref\n999999").getBytes(StandardCharsets.ISO_8859_1));
        try {
            assertEquals(reader.read(good).text(), reader.read(xref).text());
        } catch (ExtractException e) {
            assertTrue(e.getMessage().startsWith("xref.pdf: "), e.getMessage());
        }
        Path garbage = dir.resolve("garbage.pdf");
        Files.write(garbage, "%PDF-1.7\nnot a pdf at all".getBytes(StandardCharsets.US_ASCII));
        assertTrue(error(garbage).startsWith("garbage.pdf: cannot be read as pdf: "));
    }

    @Test
    void otherBadInput() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "a".repeat(2000));
        DocumentReader small = new DocumentReader(new ExtractLimits(1000, 100, 5, 10, 1 << 20, 0.01, 1 << 20,
                Duration.ofSeconds(10)));
        assertEquals("big.txt: the file is 2000 bytes, more than the limit of 1000",
                assertThrows(ExtractException.class, () -> small.read(big)).getMessage());
        Path many = dir.resolve("many.txt");
        Files.writeString(many, "ord ".repeat(100));
        assertTrue(assertThrows(ExtractException.class, () -> small.read(many)).getMessage()
                .contains("more than 100 characters"));
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Överenskommelse".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.txt: not UTF-8 text (save it as UTF-8, or as .docx or .pdf)", error(latin1));
        Path fake = dir.resolve("fake.docx");
        Files.writeString(fake, "just text");
        assertEquals("fake.docx: not a docx file (its first bytes say otherwise)", error(fake));
        assertEquals("missing.pdf: no such file", error(dir.resolve("missing.pdf")));
        try (OutputStream o = Files.newOutputStream(dir.resolve("old.doc"))) {
            o.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        }
        assertTrue(error(dir.resolve("old.doc")).contains("save it as .docx"));
    }
}
