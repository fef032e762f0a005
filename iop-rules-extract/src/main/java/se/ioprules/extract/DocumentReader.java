package se.ioprules.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Reads an agreement from .docx (Apache POI), .pdf (PDFBox), .txt or .md into an {@link AgreementDocument}.
 * <p>Documents are untrusted: the file size, the decompressed size and ratio of every .docx entry (zip bombs), the
 * number of PDF pages, the memory PDFBox may use, the amount of text and the time are all bounded
 * ({@link ExtractLimits}); whatever exceeds them, is encrypted or broken gives an {@link ExtractException} naming the
 * file, never a partial document.
 */
public final class DocumentReader {
    private final ExtractLimits limits;

    /** @param limits the bounds to read within */
    public DocumentReader(ExtractLimits limits) {
        this.limits = limits;
    }

    /**
     * @param file the document
     * @return the document with its structure
     * @throws ExtractException if it cannot be read within the limits
     */
    public AgreementDocument read(Path file) throws ExtractException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ExtractException(name + ": no such file");
        } catch (IOException e) {
            throw new ExtractException(name + ": cannot read: " + e.getMessage());
        }
        if (size > limits.maxFileBytes()) {
            throw new ExtractException(name + ": the file is " + size + " bytes, more than the limit of "
                    + limits.maxFileBytes());
        }
        String format = format(file, name);
        // A separate thread so that a document that takes too long is given up; it is a daemon, so a stuck
        // parser cannot keep the program alive.
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "iop-rules-extract-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<AgreementDocument> f = ex.submit(() -> switch (format) {
                case "docx" -> docx(file, name);
                case "pdf" -> pdf(file, name);
                default -> text(file, name, format);
            });
            return f.get(limits.timeBudget().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ExtractException(name + ": reading took longer than " + limits.timeBudget().toSeconds()
                    + " s (the limit); the document is too large or malformed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractException(name + ": interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ExtractException x) {
                throw x;
            }
            if (c instanceof OutOfMemoryError) {
                throw new ExtractException(name + ": the document needs more memory than is available to read it");
            }
            throw new ExtractException(name + ": cannot be read as " + format + ": " + describe(c));
        } finally {
            ex.shutdownNow();
        }
    }

    private static String describe(Throwable c) {
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The format from the first bytes, so a renamed file is still read as what it is; the extension decides text. */
    private static String format(Path file, String name) throws ExtractException {
        byte[] head = new byte[5];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ExtractException(name + ": cannot read: " + e.getMessage());
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "docx";
        }
        if (n >= 5 && new String(head, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return "pdf";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx") || lower.endsWith(".pdf")) {
            throw new ExtractException(name + ": not a " + lower.substring(lower.lastIndexOf('.') + 1)
                    + " file (its first bytes say otherwise)");
        }
        if (lower.endsWith(".doc")) {
            throw new ExtractException(name + ": the old Word format (.doc) is not read; save it as .docx");
        }
        return lower.endsWith(".md") ? "md" : "txt";
    }

    private AgreementDocument text(Path file, String name, String format) throws IOException, ExtractException {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ExtractException(name + ": not UTF-8 text (save it as UTF-8, or as .docx or .pdf)");
        }
        Structurer st = new Structurer(limits, name);
        textLines(st, s, 0);
        return new AgreementDocument(name, format, 0, st.blocks());
    }

    /** Lines of plain text or Markdown: blank lines end paragraphs; headings, list items and table rows stand alone. */
    static void textLines(Structurer st, String s, int page) throws ExtractException {
        StringBuilder para = new StringBuilder();
        for (String line : s.split("\r\n|\r|\n|\u2029", -1)) {
            String l = line.strip();
            Structurer.Hint hint = null;
            String text = l;
            if (l.startsWith("#")) {
                hint = l.startsWith("# ") ? Structurer.Hint.TITLE : Structurer.Hint.HEADING;
                text = l.replaceFirst("^#+\\s*", "");
            } else if (l.matches("^([-*•–]|\\d{1,2}\\)|[a-h]\\))\\s+.*")) {
                hint = Structurer.Hint.LIST_ITEM;
                text = l.replaceFirst("^([-*•–]|\\d{1,2}\\)|[a-h]\\))\\s+", "");
            } else if (l.startsWith("|")) {
                if (l.matches("^\\|[\\s|:-]*$")) {
                    flush(st, para, page);
                    continue;
                }
                hint = Structurer.Hint.TABLE_ROW;
                text = String.join(" | ", java.util.Arrays.stream(l.replaceAll("^\\||\\|$", "").split("\\|"))
                        .map(String::strip).toList());
            } else if (l.isEmpty()) {
                flush(st, para, page);
                continue;
            } else if (startsBlock(para) && (l.matches("^§\\s*\\d.*") || l.matches("^\\d{1,3}[a-z]?\\s*§.*") || l.matches("^\\d{1,2}(\\.\\d{1,2})*\\.?\\s+\\p{L}.*"))) {
                // a numbered line starts its own block; Structurer decides whether it is a heading
                flush(st, para, page);
                para.append(l);
                if (l.length() <= 70 && !l.endsWith(".")) {
                    flush(st, para, page);
                }
                continue;
            }
            if (hint != null) {
                flush(st, para, page);
                st.add(hint, text, page);
            } else {
                para.append(para.length() == 0 ? "" : " ").append(l);
            }
        }
        flush(st, para, page);
    }

    /** A numbered line starts a block at the start of a paragraph, or after a sentence has ended. */
    private static boolean startsBlock(StringBuilder para) {
        if (para.length() == 0) {
            return true;
        }
        char last = para.charAt(para.length() - 1);
        return last == '.' || last == ':' || last == ';';
    }

    private static void flush(Structurer st, StringBuilder para, int page) throws ExtractException {
        if (para.length() > 0) {
            st.add(Structurer.Hint.PARAGRAPH, para.toString(), page);
            para.setLength(0);
        }
    }

    private AgreementDocument docx(Path file, String name) throws Exception {
        Structurer st = new Structurer(limits, name);
        int page = 1;
        boolean anyBreak = false;
        synchronized (ZipSecureFile.class) {
            // POI's zip-bomb guards are global settings: set them to this reader's limits before opening.
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
            ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
            ZipSecureFile.setMaxTextSize(Math.max(limits.maxChars() * 4L, 1));
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument doc = new XWPFDocument(pkg)) {
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    if (p.isPageBreak()) {
                        page++;
                        anyBreak = true;
                    }
                    st.add(hint(p), p.getText(), page);
                    for (XWPFRun r : p.getRuns()) {
                        for (CTBr br : r.getCTR().getBrList()) {
                            if (br.getType() == STBrType.PAGE) {
                                page++;
                                anyBreak = true;
                            }
                        }
                        if (!r.getCTR().getLastRenderedPageBreakList().isEmpty()) {
                            page += r.getCTR().getLastRenderedPageBreakList().size();
                            anyBreak = true;
                        }
                    }
                } else if (el instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        StringBuilder s = new StringBuilder();
                        for (XWPFTableCell c : row.getTableCells()) {
                            s.append(s.length() == 0 ? "" : " | ").append(Structurer.clean(c.getText()));
                        }
                        st.add(Structurer.Hint.TABLE_ROW, s.toString(), page);
                    }
                }
            }
        }
        java.util.List<Block> blocks = st.blocks();
        if (!anyBreak) {
            // no page breaks recorded: pages are unknown, not "all on page 1"
            blocks = blocks.stream().map(b -> new Block(b.kind(), b.text(), b.section(), b.sectionTitle(), 0,
                    b.paragraph())).toList();
        }
        return new AgreementDocument(name, "docx", anyBreak ? page : 0, blocks);
    }

    private static Structurer.Hint hint(XWPFParagraph p) {
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
        if (style.equals("title") || style.equals("rubrik")) {
            return Structurer.Hint.TITLE;
        }
        if (style.startsWith("heading") || style.startsWith("rubrik")) {
            return Structurer.Hint.HEADING;
        }
        if (p.getNumID() != null || style.contains("list")) {
            return Structurer.Hint.LIST_ITEM;
        }
        return Structurer.Hint.PARAGRAPH;
    }

    private AgreementDocument pdf(Path file, String name) throws Exception {
        Structurer st = new Structurer(limits, name);
        int pages;
        try (PDDocument doc = Loader.loadPDF(file.toFile(), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes()).streamCache)) {
            if (doc.isEncrypted()) {
                throw new ExtractException(name + ": the PDF is encrypted; save an unencrypted copy to extract from");
            }
            pages = doc.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new ExtractException(name + ": the PDF has " + pages + " pages, more than the limit of "
                        + limits.maxPages());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            for (int i = 1; i <= pages; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ExtractException(name + ": interrupted");
                }
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                textLines(st, stripper.getText(doc), i);
            }
        } catch (InvalidPasswordException e) {
            throw new ExtractException(name + ": the PDF is encrypted with a password; save an unencrypted copy");
        }
        return new AgreementDocument(name, "pdf", pages, st.blocks());
    }
}
