package se.ioprules.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * The labelled corpus: every agreement in src/test/resources/corpus, as .md, and as .docx and .pdf made by the build,
 * is extracted and compared with its labelled facts ({@code *.expected.json}). Prints precision and recall per fact
 * and fails when precision on what is suggested falls under {@link #MIN_PRECISION}. Figures: docs/extract.md.
 */
class ExtractCorpusTest {
    /** Better to suggest less than to suggest wrongly (issue 15). */
    static final double MIN_PRECISION = 0.9;
    static final List<String> FORMATS = List.of("md", "docx", "pdf");

    static final Path OUT = Path.of("target/corpus");

    @BeforeAll
    static void build() throws Exception {
        Files.createDirectories(OUT);
        for (Path src : CorpusFiles.sources()) {
            CorpusFiles.docx(src, OUT);
            CorpusFiles.pdf(src, OUT);
            Files.copy(src, OUT.resolve(src.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path file(Path src, String format) {
        return OUT.resolve(src.getFileName().toString().replace(".md", "." + format));
    }

    static Partnership expected(Path src) throws Exception {
        return PartnershipJson.read(Files.readString(Path.of(src.toString().replace(".md", ".expected.json")),
                StandardCharsets.UTF_8));
    }

    static List<String> expectedConflicts(Path src) throws Exception {
        Path p = Path.of(src.toString().replace(".md", ".conflicts.txt"));
        return Files.exists(p) ? Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }

    @Test
    void corpusHasAtLeastTwelveLabelledAgreements() throws Exception {
        assertTrue(CorpusFiles.sources().size() >= 12, "the issue asks for at least 12 agreements");
    }

    @Test
    void precisionAndRecallPerFact() throws Exception {
        Map<String, int[]> perFact = new TreeMap<>(); // suggested, correct, expected
        Map<String, int[]> perFormat = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        Extractor ex = new Extractor(ExtractLimits.DEFAULT);
        for (Path src : CorpusFiles.sources()) {
            Map<String, String> exp = Facts.leaves(expected(src));
            for (String format : FORMATS) {
                Extraction e = ex.extract(file(src, format), null);
                Map<String, String> got = Facts.leaves(e.partnership());
                int[] f = perFormat.computeIfAbsent(format, k -> new int[3]);
                for (Map.Entry<String, String> g : got.entrySet()) {
                    int[] c = perFact.computeIfAbsent(Facts.fact(g.getKey()), k -> new int[3]);
                    c[0]++;
                    f[0]++;
                    if (g.getValue().equals(exp.get(g.getKey()))) {
                        c[1]++;
                        f[1]++;
                    } else {
                        wrong.add(src.getFileName() + " (" + format + "): " + g.getKey() + " = " + g.getValue()
                                + ", labelled " + exp.get(g.getKey()));
                    }
                }
                for (String k : exp.keySet()) {
                    perFact.computeIfAbsent(Facts.fact(k), x -> new int[3])[2]++;
                    f[2]++;
                }
                for (String c : expectedConflicts(src)) {
                    assertTrue(e.conflicts().stream().anyMatch(x -> x.path().equals(c)),
                            src.getFileName() + " (" + format + "): the contradiction at " + c + " is not reported");
                    assertTrue(e.suggestions().stream().noneMatch(x -> x.path().equals(c)),
                            src.getFileName() + " (" + format + "): a contradicted fact was suggested: " + c);
                }
                // every suggestion is sourced, as extracted, with its quote
                for (Suggestion s : e.suggestions()) {
                    assertTrue(e.partnership().factSources().stream().anyMatch(fs -> fs.basis() == FactBasis.EXTRACTED
                            && fs.path().equals(s.sourcePath()) && fs.reference().contains(s.quote().substring(0,
                            Math.min(20, s.quote().length())))), "no factSources entry for " + s.path());
                }
            }
        }
        StringBuilder t = new StringBuilder("\n| fact | suggested | correct | labelled | precision | recall |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        int[] all = new int[3];
        perFact.forEach((k, c) -> {
            t.append(row(k, c));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        t.append(row("**all facts**", all));
        perFormat.forEach((k, c) -> t.append(row("**all, ." + k + "**", c)));
        System.out.println(t);
        wrong.forEach(w -> System.out.println("wrong: " + w));
        double precision = all[1] / (double) Math.max(1, all[0]);
        assertTrue(precision >= MIN_PRECISION, String.format(Locale.ROOT,
                "precision %.3f is under %.2f; wrong suggestions:%n%s", precision, MIN_PRECISION, String.join("\n", wrong)));
        for (Map.Entry<String, int[]> f : perFormat.entrySet()) {
            assertTrue(f.getValue()[1] / (double) Math.max(1, f.getValue()[0]) >= MIN_PRECISION,
                    "precision under the threshold for ." + f.getKey());
        }
    }

    private static String row(String k, int[] c) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", k, c[0], c[1], c[2],
                c[0] == 0 ? "–" : String.format(Locale.ROOT, "%.2f", c[1] / (double) c[0]),
                c[2] == 0 ? "–" : String.format(Locale.ROOT, "%.2f", c[1] / (double) c[2]));
    }

    @Test
    void theThreeFormatsGiveTheSameSuggestions() throws Exception {
        Extractor ex = new Extractor(ExtractLimits.DEFAULT);
        List<String> diffs = new ArrayList<>();
        for (Path src : CorpusFiles.sources()) {
            Map<String, String> md = Facts.leaves(ex.extract(file(src, "md"), null).partnership());
            for (String format : List.of("docx", "pdf")) {
                Map<String, String> other = Facts.leaves(ex.extract(file(src, format), null).partnership());
                if (!other.equals(md)) {
                    diffs.add(src.getFileName() + " ." + format + ": " + diff(md, other));
                }
            }
        }
        assertEquals(List.of(), diffs);
    }

    static String diff(Map<String, String> a, Map<String, String> b) {
        List<String> out = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) {
                out.add(k + ": " + v + " → " + b.get(k));
            }
        });
        b.forEach((k, v) -> {
            if (!a.containsKey(k)) {
                out.add(k + ": (none) → " + v);
            }
        });
        return String.join("; ", out);
    }
}
