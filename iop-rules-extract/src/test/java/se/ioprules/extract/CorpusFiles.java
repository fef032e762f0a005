package se.ioprules.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a corpus text source (the Markdown-like .md files in src/test/resources/corpus) as .docx and .pdf, as a word
 * processor would lay it out: "# " is the title, "## " a heading, "- " a list item, "|" rows a table, numbered lines
 * plain paragraphs. So the corpus is text in the repository and the binary documents are made by the build.
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path corpusDir() {
        return Path.of("src/test/resources/corpus");
    }

    static List<Path> sources() throws IOException {
        try (var s = Files.list(corpusDir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    /** @return the paragraphs of the source: [kind, text], kind one of title, heading, item, row, para */
    static List<String[]> parse(String md) {
        List<String[]> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : md.split("\n", -1)) {
            String l = line.strip();
            String kind = null;
            String text = l;
            if (l.startsWith("# ")) {
                kind = "title";
                text = l.substring(2);
            } else if (l.startsWith("## ")) {
                kind = "heading";
                text = l.substring(3);
            } else if (l.startsWith("- ")) {
                kind = "item";
                text = l.substring(2);
            } else if (l.startsWith("|")) {
                kind = l.matches("^\\|[\\s|:-]*$") ? "skip" : "row";
            } else if (l.isEmpty()) {
                kind = "end";
            }
            if (kind == null) {
                para.append(para.length() == 0 ? "" : " ").append(l);
                continue;
            }
            if (para.length() > 0) {
                out.add(new String[] {"para", para.toString()});
                para.setLength(0);
            }
            if (!kind.equals("end") && !kind.equals("skip")) {
                out.add(new String[] {kind, text});
            }
        }
        if (para.length() > 0) {
            out.add(new String[] {"para", para.toString()});
        }
        return out;
    }

    static Path docx(Path source, Path dir) throws IOException {
        Path out = dir.resolve(source.getFileName().toString().replace(".md", ".docx"));
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            XWPFTable table = null;
            for (String[] p : parse(Files.readString(source, StandardCharsets.UTF_8))) {
                if (p[0].equals("row")) {
                    String[] cells = p[1].replaceAll("^\\||\\|$", "").split("\\|");
                    XWPFTableRow row;
                    if (table == null) {
                        table = doc.createTable(1, cells.length);
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    for (int i = 0; i < cells.length; i++) {
                        row.getCell(i).setText(cells[i].strip());
                    }
                    continue;
                }
                table = null;
                XWPFParagraph para = doc.createParagraph();
                switch (p[0]) {
                    case "title" -> para.setStyle("Title");
                    case "heading" -> para.setStyle("Heading1");
                    case "item" -> para.setStyle("ListParagraph");
                    default -> { }
                }
                para.createRun().setText(p[1]);
            }
            doc.write(os);
        }
        return out;
    }

    static Path pdf(Path source, Path dir) throws IOException {
        Path out = dir.resolve(source.getFileName().toString().replace(".md", ".pdf"));
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            Pdf w = new Pdf(doc);
            for (String[] p : parse(Files.readString(source, StandardCharsets.UTF_8))) {
                switch (p[0]) {
                    case "title" -> w.paragraph(p[1], bold, 14, "");
                    case "heading" -> w.paragraph(p[1], bold, 12, "");
                    case "item" -> w.paragraph(p[1], regular, 10, "• ");
                    case "row" -> w.paragraph(String.join("    ", List.of(p[1].replaceAll("^\\||\\|$", "")
                            .split("\\|")).stream().map(String::strip).toList()), regular, 10, "");
                    default -> w.paragraph(p[1], regular, 10, "");
                }
            }
            w.close();
            doc.save(out.toFile());
        }
        return out;
    }

    /** A minimal page layout: wrapped lines, a gap between paragraphs, a new page when one is full. */
    private static final class Pdf {
        private final PDDocument doc;
        private PDPageContentStream cs;
        private float y;

        Pdf(PDDocument doc) {
            this.doc = doc;
        }

        void paragraph(String text, PDType1Font font, float size, String prefix) throws IOException {
            float width = PDRectangle.A4.getWidth() - 144;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder(prefix);
            for (String word : text.split(" ")) {
                String next = line.length() == prefix.length() ? line + word : line + " " + word;
                if (font.getStringWidth(next) / 1000 * size > width && line.length() > prefix.length()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
            for (String l : lines) {
                if (cs == null || y < 72) {
                    newPage();
                }
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(72, y);
                cs.showText(l);
                cs.endText();
                y -= size * 1.4f;
            }
            y -= size * 1.2f;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - 72;
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }
    }
}
