package se.ioprules.samples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.facts.Partnership;
import se.ioprules.report.MarkdownReport;

/**
 * Evaluates the three samples (Laholm, Timrå, Sörmland) with the rule sets in force on their signing date and with
 * those in force today, and prints a Markdown report for each, in Swedish (or English with {@code --en}).
 *
 * <p>Usage: {@code SamplesMain [--en] [laholm|timra|sormland ...]}; no names means all three.
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
     * @param args {@code --en} for English; sample names to restrict the output
     */
    public static void main(String[] args) {
        int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Prints the reports.
     *
     * @param args as for {@link #main(String[])}
     * @param out where the reports go
     * @param err where a short error message goes (no stack traces)
     * @return the exit code: 0 done, 1 evaluation failed, 2 unknown sample name
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String lang = "sv";
        List<String> names = new ArrayList<>();
        for (String a : args) {
            if ("--en".equals(a)) {
                lang = "en";
            } else if ("--sv".equals(a)) {
                lang = "sv";
            } else {
                names.add(a);
            }
        }
        List<Sample> chosen = samples().stream().filter(s -> names.isEmpty() || names.contains(s.key())).toList();
        if (chosen.isEmpty() || chosen.size() < names.size()) {
            err.println("Okänt exempel bland " + names + ". Välj bland: laholm, timra, sormland.");
            return 2;
        }
        try (IopRulesEngine engine = IopRules.engine()) {
            LocalDate today = LocalDate.now();
            out.print(overview(engine, chosen, today, lang));
            int n = 1;
            for (Sample s : chosen) {
                out.print(render(engine, s, n++, chosen.size(), today, lang));
            }
            out.flush();
            return 0;
        } catch (IopRulesException e) {
            err.println("Utvärderingen misslyckades: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The overview printed first: one row per sample and date (signing date, today), so the reports that follow can
     * be read against it.
     */
    static String overview(IopRulesEngine engine, List<Sample> chosen, LocalDate today, String lang) {
        boolean en = "en".equals(lang);
        List<Evaluation> evaluations = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Sample s : chosen) {
            evaluations.add(engine.evaluate(s.partnership(), EvaluationRequest.DEFAULT));
            labels.add(s.place() + (en ? " (illustrative), signing date" : " (illustrativt), undertecknandet"));
            evaluations.add(engine.evaluate(s.partnership(), EvaluationRequest.builder().asOf(today).build()));
            labels.add(s.place() + (en ? " (illustrative), today" : " (illustrativt), i dag"));
        }
        return MarkdownReport.overview(evaluations, labels, lang);
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
        boolean en = "en".equals(lang);
        Partnership p = s.partnership();
        Evaluation atSigning = engine.evaluate(p, EvaluationRequest.DEFAULT);
        Evaluation now = engine.evaluate(p, EvaluationRequest.builder().asOf(today).build());
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
