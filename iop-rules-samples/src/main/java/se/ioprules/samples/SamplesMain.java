package se.ioprules.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.ioprules.api.Evaluation;
import se.ioprules.api.Finding;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.Partnership;
import se.ioprules.report.HtmlReport;
import se.ioprules.report.MarkdownReport;

/**
 * Evaluates the three samples (Laholm, Timrå, Sörmland) with the rule sets in force on their signing date and with
 * those in force today, prints an overview and a short summary of each, in Swedish (or English with {@code --en}),
 * and writes the full reports (Markdown and HTML, Swedish and English) to files whose paths it prints.
 *
 * <p>Usage: {@code SamplesMain [--en] [--out DIR] [laholm|timra|sormland ...]}; no names means all three; the
 * reports go to {@code DIR} (default {@code reports}; the Maven main job passes {@code target/reports}).
 */
public final class SamplesMain {

    private SamplesMain() {
    }

    /** One sample to print, with what a reader should notice. */
    record Sample(String key, String place, String appendix, Partnership partnership, String notice, String noticeEn) {
    }

    /** @return the three samples, in the order of SKL's appendices */
    static List<Sample> samples() {
        return List.of(
                new Sample("laholm", "Laholm", "bilaga 3", Samples.laholm(),
                        "En kommun och flera föreningar, tre år. Lägg märke till samfinansieringen från alla parter, "
                                + "att fler föreningar kan ansluta, och att initiativet var gemensamt (inte idéburet).",
                        "A municipality and several associations, three years. Note co-financing by every party, that "
                                + "more associations can join, and that the initiative was joint (not idea-based)."),
                new Sample("timra", "Timrå", "bilaga 4", Samples.timra(),
                        "Två parter, kalenderåret 2018. Lägg märke till varningen för den ettåriga avtalstiden mot "
                                + "kriteriet \"längre tid\" och till ordet \"ersättning\" i avtalstexten.",
                        "Two parties, calendar year 2018. Note the warning on the one-year term against the "
                                + "'longer time' criterion and the word 'ersättning' in the agreement text."),
                new Sample("sormland", "Sörmland", "bilaga 5", Samples.sormland(),
                        "Två offentliga parter (landsting och kommun) och studieförbund. Lägg märke till att "
                                + "samfinansieringen från flera parter känns igen, och att det inte framgår vem som tog "
                                + "initiativet (kan ej bedömas).",
                        "Two public parties (county council and municipality) and study associations. Note that "
                                + "co-financing by several parties is recognised, and that who took the initiative is "
                                + "not documented (not assessable)."));
    }

    /**
     * @param args {@code --en} for English; {@code --out DIR} for the report files; sample names to restrict the
     *     output
     */
    public static void main(String[] args) {
        int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Prints the overview and a short summary per sample, and writes the full reports (Markdown and HTML, Swedish and
     * English) to files whose paths it prints. The console stays within a screen and a half; the detail is in the
     * files.
     *
     * @param args as for {@link #main(String[])}
     * @param out where the overview, summaries and file paths go
     * @param err where a short error message goes (no stack traces)
     * @return the exit code: 0 done, 1 evaluation or writing failed, 2 bad arguments
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String lang = "sv";
        Path dir = Path.of("reports");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--en".equals(a)) {
                lang = "en";
            } else if ("--sv".equals(a)) {
                lang = "sv";
            } else if ("--out".equals(a) && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else {
                names.add(a);
            }
        }
        List<Sample> chosen = samples().stream().filter(s -> names.isEmpty() || names.contains(s.key())).toList();
        if (chosen.isEmpty() || chosen.size() < names.size()) {
            err.println("Okänt exempel bland " + names + ". Välj bland: laholm, timra, sormland. "
                    + "(Unknown sample; choose from laholm, timra, sormland.)");
            return 2;
        }
        boolean en = "en".equals(lang);
        // the first evaluation compiles the rule sets (some seconds): say what is happening before it starts
        out.println((en ? "Evaluating " : "Utvärderar ") + String.join(", ", chosen.stream().map(Sample::place).toList())
                + (en ? " with the rules in force on the signing date and today …" : " med reglerna i kraft vid "
                        + "undertecknandet och i dag …"));
        out.println();
        out.flush();
        List<Evaluated> evaluated = new ArrayList<>();
        try (IopRulesEngine engine = IopRules.engine()) {
            LocalDate today = LocalDate.now();
            for (Sample s : chosen) {
                evaluated.add(new Evaluated(s, engine.evaluate(s.partnership(), EvaluationRequest.DEFAULT),
                        engine.evaluate(s.partnership(), EvaluationRequest.builder().asOf(today).build())));
            }
        } catch (IopRulesException e) {
            err.println("Utvärderingen misslyckades (evaluation failed): " + e.getMessage());
            return 1;
        }
        List<Path> written;
        try {
            written = writeReports(evaluated, dir);
        } catch (IOException | UncheckedIOException e) {
            err.println("Kunde inte skriva rapporterna (could not write the reports) i " + dir + ": " + e.getMessage());
            return 1;
        }
        out.print(MarkdownReport.overview(evaluations(evaluated), labels(evaluated, lang), lang));
        int n = 1;
        for (Evaluated e : evaluated) {
            out.print(summary(e, n++, evaluated.size(), lang));
        }
        out.println(en ? "Full reports (every finding with its facts and citation, the decision record):"
                : "Fullständiga rapporter (varje resultat med uppgifter och källa, beslutsunderlaget):");
        for (Path p : written) {
            out.println("  " + shown(p));
        }
        out.flush();
        return 0;
    }

    /** A sample with its two evaluations: rules in force on the signing date, and today. */
    record Evaluated(Sample sample, Evaluation atSigning, Evaluation now) {
    }

    private static List<Evaluation> evaluations(List<Evaluated> evaluated) {
        List<Evaluation> all = new ArrayList<>();
        for (Evaluated e : evaluated) {
            all.add(e.atSigning());
            all.add(e.now());
        }
        return all;
    }

    private static List<String> labels(List<Evaluated> evaluated, String lang) {
        boolean en = "en".equals(lang);
        List<String> labels = new ArrayList<>();
        for (Evaluated e : evaluated) {
            labels.add(e.sample().place() + (en ? " (illustrative), signing date" : " (illustrativt), undertecknandet"));
            labels.add(e.sample().place() + (en ? " (illustrative), today" : " (illustrativt), i dag"));
        }
        return labels;
    }

    /**
     * Writes the full reports: in each language one Markdown file (overview, then every sample as of its signing
     * date and today) and one HTML page (the same, printable, a page per report).
     *
     * @return the files written, Swedish first
     */
    static List<Path> writeReports(List<Evaluated> evaluated, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Partnership> partnerships = new ArrayList<>();
        for (Evaluated e : evaluated) {
            partnerships.add(e.sample().partnership());
            partnerships.add(e.sample().partnership());
        }
        List<Path> written = new ArrayList<>();
        for (String lang : List.of("sv", "en")) {
            StringBuilder md = new StringBuilder(MarkdownReport.overview(evaluations(evaluated), labels(evaluated, lang),
                    lang));
            int n = 1;
            for (Evaluated e : evaluated) {
                md.append(render(e, n++, evaluated.size(), lang));
            }
            written.add(write(dir.resolve("samples." + lang + ".md"), md.toString()));
            written.add(write(dir.resolve("samples." + lang + ".html"),
                    HtmlReport.renderAll(evaluations(evaluated), partnerships, lang)));
        }
        return written;
    }

    /** Writes through a temporary file, so a reader never sees half a report. */
    private static Path write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The path relative to the working directory when it lies below it (shorter to read), else absolute. */
    private static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /**
     * The short console summary of one sample: what it is, what to notice, the assessment and verdicts on both dates,
     * and the few findings most worth reading in the report.
     *
     * @param e the sample and its evaluations
     * @param n its number
     * @param of how many are printed
     * @param lang "sv" or "en"
     * @return a few lines of text
     */
    static String summary(Evaluated e, int n, int of, String lang) {
        boolean en = "en".equals(lang);
        Sample s = e.sample();
        StringBuilder b = new StringBuilder();
        b.append(n).append("/").append(of).append(" ").append(s.place()).append(" — ")
                .append(s.partnership().title()).append("\n");
        wrap(b, en ? "Illustrative model of an agreement type (SKL 2018, appendix "
                        + s.appendix().replace("bilaga ", "") + "), not the real agreement: assumed facts are marked "
                        + "in the reports."
                : "Illustrativ modell av en avtalstyp (SKL 2018, " + s.appendix() + "), inte det verkliga avtalet: "
                        + "antagna uppgifter markeras i rapporterna.");
        wrap(b, (en ? "What to notice: " + s.noticeEn() : "Att lägga märke till: " + s.notice()));
        line(b, e.atSigning(), en ? "On the signing date" : "Vid undertecknandet", en);
        line(b, e.now(), en ? "Today" : "I dag", en);
        List<Finding> notable = e.now().ruleSets().stream().flatMap(r -> r.findings().stream())
                .filter(f -> !f.element() && (f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARNING))
                .sorted(Comparator.comparing(Finding::outcome))
                .toList();
        int shown = Math.min(NOTABLE_SHOWN, notable.size());
        for (Finding f : notable.subList(0, shown)) {
            String what = f.outcome() == Outcome.FAIL ? (en ? "Not met" : "Inte uppfyllt")
                    : (en ? "Warning" : "Varning");
            wrap(b, "- " + what + " (" + f.ruleSetId() + "): " + gist(f.message().in(lang)));
        }
        if (notable.size() > shown) {
            wrap(b, en ? "- and " + (notable.size() - shown) + " more in the report."
                    : "- och " + (notable.size() - shown) + " till i rapporten.");
        }
        return b.append("\n").toString();
    }

    /**
     * The first clause of a finding's message (up to the first full stop before a capital letter, or the first
     * colon): the report has the rest, with the values that led to it.
     */
    static String gist(String message) {
        int end = message.length();
        int colon = message.indexOf(": ");
        if (colon > 0) {
            end = colon;
        }
        for (int i = message.indexOf(". "); i > 0 && i < end; i = message.indexOf(". ", i + 1)) {
            if (i + 2 < message.length() && Character.isUpperCase(message.charAt(i + 2))) {
                end = i;
                break;
            }
        }
        String gist = message.substring(0, end).strip();
        return gist.endsWith(".") ? gist : gist + ".";
    }

    /** How many failed or warned criteria a summary names; the rest are counted. */
    static final int NOTABLE_SHOWN = 3;

    private static final int WIDTH = 100;

    private static void line(StringBuilder b, Evaluation e, String when, boolean en) {
        long meets = 0;
        long remarks = 0;
        long notMet = 0;
        long incomplete = 0;
        for (RuleSetResult r : e.ruleSets()) {
            switch (r.verdict()) {
                case MEETS -> {
                    boolean qualified = r.findings().stream().anyMatch(f -> !f.element()
                            && (f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARNING));
                    if (qualified) {
                        remarks++;
                    } else {
                        meets++;
                    }
                }
                case DOES_NOT_MEET -> notMet++;
                case INCOMPLETE -> incomplete++;
            }
        }
        List<String> verdicts = new ArrayList<>();
        add(verdicts, meets, en ? "meet" : "uppfyller");
        add(verdicts, remarks, en ? "meet with remarks" : "uppfyller med anmärkningar");
        add(verdicts, notMet, en ? "do not meet" : "uppfyller inte");
        add(verdicts, incomplete, en ? "incomplete facts" : "ofullständigt underlag");
        wrap(b, when + " (" + e.asOf() + "): " + likelihood(e.assessment().publicContract(), true, en) + ", "
                + likelihood(e.assessment().stateAid(), false, en) + ". " + e.ruleSets().size()
                + (en ? " rule sets: " : " regeluppsättningar: ") + String.join(", ", verdicts) + ".");
    }

    private static void add(List<String> parts, long count, String label) {
        if (count > 0) {
            parts.add(count + " " + label);
        }
    }

    private static String likelihood(Likelihood l, boolean publicContract, boolean en) {
        String what = publicContract ? (en ? "a public contract" : "offentligt kontrakt")
                : (en ? "state aid" : "statsstöd");
        return switch (l) {
            case LIKELY -> (en ? "likely " : "sannolikt ") + what;
            case UNLIKELY -> (en ? "unlikely " : "sannolikt inte ") + what;
            case NOT_ASSESSABLE -> what + (en ? " cannot be assessed" : " kan inte bedömas");
        };
    }

    /** Appends text indented by three spaces, wrapped at word boundaries to {@link #WIDTH} columns. */
    private static void wrap(StringBuilder b, String text) {
        String indent = "   ";
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                b.append(line).append("\n");
                line = new StringBuilder(indent + (text.startsWith("- ") ? "  " : ""));
            }
            if (line.length() > indent.length() && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        b.append(line).append("\n");
    }

    /**
     * Renders one sample: banner, report as of the signing date, report as of {@code today}.
     *
     * @param engine the engine
     * @param s the sample
     * @param n its number
     * @param of how many are printed
     * @param today the date for the second evaluation
     * @param lang "sv" or "en"
     * @return the text
     */
    static String render(IopRulesEngine engine, Sample s, int n, int of, LocalDate today, String lang) {
        return render(new Evaluated(s, engine.evaluate(s.partnership(), EvaluationRequest.DEFAULT),
                engine.evaluate(s.partnership(), EvaluationRequest.builder().asOf(today).build())), n, of, lang);
    }

    static String render(Evaluated e, int n, int of, String lang) {
        boolean en = "en".equals(lang);
        Sample s = e.sample();
        Partnership p = s.partnership();
        Evaluation atSigning = e.atSigning();
        Evaluation now = e.now();
        StringBuilder b = new StringBuilder();
        String rule = "=".repeat(100);
        b.append(rule).append("\n");
        b.append(en ? "SAMPLE " : "EXEMPEL ").append(n).append(en ? " of " : " av ").append(of).append(": ")
                .append(s.place()).append(" — ").append(p.title()).append("\n");
        b.append(en
                ? "ILLUSTRATIVE MODEL of an agreement type (SKL 2018, appendix " + s.appendix().replace("bilaga ", "")
                        + "). NOT the real agreement: its text is not public in full.\n"
                        + "Facts marked \"⚠ assumed (illustrative)\" were invented for the sample; documented facts name their source.\n"
                : "ILLUSTRATIV MODELL av en avtalstyp (SKL 2018, " + s.appendix() + "). INTE det verkliga avtalet: "
                        + "dess text är inte offentlig i sin helhet.\n"
                        + "Uppgifter markerade \"⚠ antaget (illustrativt)\" är påhittade för exemplet; belagda uppgifter "
                        + "anges med källa.\n");
        b.append(en ? "What to notice: " + s.noticeEn() : "Att lägga märke till: " + s.notice()).append("\n");
        b.append(rule).append("\n\n");
        b.append(en ? "Report A: rules in force on the signing date (" + atSigning.asOf() + ")\n\n"
                : "Rapport A: regler i kraft vid undertecknandet (" + atSigning.asOf() + ")\n\n");
        b.append(MarkdownReport.render(atSigning, p, lang, true)).append("\n");
        b.append(en ? "Report B: rules in force today (" + now.asOf() + "); the table of where the facts come from is in report A\n\n"
                : "Rapport B: regler i kraft i dag (" + now.asOf() + "); förteckningen över uppgifternas grund finns i rapport A\n\n");
        b.append(MarkdownReport.render(now, p, lang, false)).append("\n");
        return b.toString();
    }
}
