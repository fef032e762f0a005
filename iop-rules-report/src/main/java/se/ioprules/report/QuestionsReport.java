package se.ioprules.report;

import java.util.ArrayList;
import java.util.List;
import se.ioprules.api.Likelihood;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.Verdict;

/**
 * The decisive questions in words ("Att ta reda på / To find out"): each question as a person would ask it, and per
 * answer what it would settle ("Om ja → sannolikt offentligt kontrakt; om nej → fortfarande öppet"). Used as a short
 * section at the top of the evaluation reports and as the whole output of {@code iop-rules questions --format md|html}.
 * Every value from the input is escaped as in the reports.
 */
public final class QuestionsReport {
    private QuestionsReport() {
    }

    /**
     * {@return the questions as a Markdown document, ending with a newline}
     *
     * @param q the questions
     * @param lang "sv" (default) or "en"
     */
    public static String markdown(OpenQuestions q, String lang) {
        ReportLabels l = ReportLabels.of(lang);
        StringBuilder out = new StringBuilder("# ").append(title(l)).append("\n\n");
        out.append(current(q, l)).append("\n\n");
        body(out, q, l);
        return out.toString();
    }

    /**
     * {@return the questions as one self-contained HTML document}
     *
     * @param q the questions
     * @param lang "sv" (default) or "en"
     */
    public static String html(OpenQuestions q, String lang) {
        ReportLabels l = ReportLabels.of(lang);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(l.lang()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Escape.html(title(l))).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;"
                        + "line-height:1.4;overflow-wrap:anywhere}code{font-size:.85em}li{margin:.3rem 0}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(Escape.html(title(l))).append("</h1>\n<p>")
                .append(Escape.html(current(q, l))).append("</p>\n");
        htmlBody(out, q, l);
        return out.append("</body>\n</html>\n").toString();
    }

    /** The Markdown section of an evaluation report (a level-2 heading); nothing when nothing is open. */
    static void markdownSection(StringBuilder out, OpenQuestions q, ReportLabels l) {
        if (q == null || (q.questions().isEmpty() && q.unsettled().isEmpty())) {
            return;
        }
        out.append("## ").append(title(l)).append("\n\n");
        body(out, q, l);
    }

    /** The HTML section of an evaluation report; nothing when nothing is open. */
    static void htmlSection(StringBuilder out, OpenQuestions q, ReportLabels l) {
        if (q == null || (q.questions().isEmpty() && q.unsettled().isEmpty())) {
            return;
        }
        out.append("<section class=\"to-find-out\">\n<h2>").append(Escape.html(title(l))).append("</h2>\n");
        htmlBody(out, q, l);
        out.append("</section>\n");
    }

    private static String title(ReportLabels l) {
        return l.t("Att ta reda på", "To find out");
    }

    private static String intro(ReportLabels l) {
        return l.t("Frågor vars svar avgör det som nu är öppet, viktigast först (de rättsliga bedömningarna före "
                + "vägledningarna). Varje utfall nedan är prövat: det kommer från en utvärdering med det svaret. En fråga "
                + "är bara en fråga – svara bara det som går att belägga.",
                "Questions whose answers settle what is open now, most important first (the legal assessments before "
                + "the guidance). Every outcome below is tested: it comes from an evaluation with that answer. A question "
                + "is only a question – answer only what can be shown.");
    }

    private static String current(OpenQuestions q, ReportLabels l) {
        return l.t("Nu: ", "Now: ") + outcome(OpenQuestions.PUBLIC_CONTRACT, q.current(), l) + "; "
                + outcome(OpenQuestions.STATE_AID, q.current(), l) + ".";
    }

    private static void body(StringBuilder out, OpenQuestions q, ReportLabels l) {
        if (q.questions().isEmpty()) {
            out.append(none(q, l)).append("\n\n");
        } else {
            out.append(intro(l)).append("\n\n");
            int n = 1;
            for (OpenQuestion x : q.questions()) {
                out.append(n++).append(". **").append(Escape.md(x.ask().in(l.lang()))).append("** ");
                for (String f : x.facts()) {
                    out.append(Escape.mdCode(f, false)).append(' ');
                }
                out.append("— ").append(Escape.md(settles(x, l))).append("\n");
                for (OpenQuestion.Answer a : x.answers()) {
                    out.append("   - ").append(Escape.md(answer(a, l))).append("\n");
                }
            }
            out.append("\n");
        }
        if (q.omitted() > 0) {
            out.append(Escape.md(omitted(q, l))).append("\n\n");
        }
        for (OpenQuestions.Unsettled u : q.unsettled()) {
            out.append("- ").append(Escape.md(open(u, l))).append("\n");
        }
        if (!q.unsettled().isEmpty()) {
            out.append("\n");
        }
    }

    private static void htmlBody(StringBuilder out, OpenQuestions q, ReportLabels l) {
        if (q.questions().isEmpty()) {
            out.append("<p>").append(Escape.html(none(q, l))).append("</p>\n");
        } else {
            out.append("<p>").append(Escape.html(intro(l))).append("</p>\n<ol class=\"questions\">\n");
            for (OpenQuestion x : q.questions()) {
                out.append("<li><strong><bdi>").append(Escape.html(x.ask().in(l.lang()))).append("</bdi></strong>");
                for (String f : x.facts()) {
                    out.append(" <code>").append(Escape.html(f)).append("</code>");
                }
                out.append(" — ").append(Escape.html(settles(x, l))).append("\n<ul>\n");
                for (OpenQuestion.Answer a : x.answers()) {
                    out.append("<li>").append(Escape.html(answer(a, l))).append("</li>\n");
                }
                out.append("</ul></li>\n");
            }
            out.append("</ol>\n");
        }
        if (q.omitted() > 0) {
            out.append("<p>").append(Escape.html(omitted(q, l))).append("</p>\n");
        }
        if (!q.unsettled().isEmpty()) {
            out.append("<ul class=\"unsettled\">\n");
            for (OpenQuestions.Unsettled u : q.unsettled()) {
                out.append("<li>").append(Escape.html(open(u, l))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
    }

    private static String none(OpenQuestions q, ReportLabels l) {
        boolean open = !q.current().settled(OpenQuestions.PUBLIC_CONTRACT) || !q.current().settled(OpenQuestions.STATE_AID)
                || q.current().verdicts().keySet().stream().anyMatch(k -> !q.current().settled(k));
        return open ? l.t("Ingen enskild fråga (eller par av frågor) avgör något av det som är öppet.",
                "No single question (or pair of questions) settles any of what is open.")
                : l.t("Inget är öppet: bedömningarna och utfallen är avgjorda med de uppgifter som finns.",
                        "Nothing is open: the assessments and verdicts are settled on the facts given.");
    }

    private static String omitted(OpenQuestions q, ReportLabels l) {
        return l.t(q.omitted() + " frågor till avgör mindre (iop-rules questions visar alla).",
                q.omitted() + " more questions settle less (iop-rules questions lists them all).");
    }

    private static String open(OpenQuestions.Unsettled u, ReportLabels l) {
        return l.t("Öppet: ", "Open: ") + name(u.outcome(), l) + " – " + u.why().in(l.lang());
    }

    /** "avgör offentligt kontrakt; kan avgöra statsstöd" */
    private static String settles(OpenQuestion x, ReportLabels l) {
        List<String> parts = new ArrayList<>();
        if (!x.settles().isEmpty()) {
            parts.add(l.t("avgör ", "settles ") + names(x.settles(), l));
        }
        if (!x.settlesForSome().isEmpty()) {
            parts.add(l.t("kan avgöra ", "may settle ") + names(x.settlesForSome(), l));
        }
        return String.join("; ", parts);
    }

    /** "Om ja → sannolikt offentligt kontrakt" */
    static String answer(OpenQuestion.Answer a, ReportLabels l) {
        List<String> labels = new ArrayList<>();
        for (OpenQuestion.Value v : a.values()) {
            labels.add(v.label().in(l.lang()));
        }
        List<String> effects = new ArrayList<>();
        for (String key : a.settles()) {
            effects.add(outcome(key, a.outcomes(), l));
        }
        return l.t("Om ", "If ") + String.join(l.t(" och ", " and "), labels) + " → "
                + (effects.isEmpty() ? l.t("fortfarande öppet", "still open") : String.join("; ", effects));
    }

    private static String names(List<String> keys, ReportLabels l) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(name(k, l));
        }
        return se.ioprules.api.facts.FactText.join(out, l.lang());
    }

    static String name(String key, ReportLabels l) {
        return switch (key) {
            case OpenQuestions.PUBLIC_CONTRACT -> l.t("offentligt kontrakt", "public contract");
            case OpenQuestions.STATE_AID -> l.t("statsstöd", "state aid");
            default -> key;
        };
    }

    /** An outcome in words: "sannolikt offentligt kontrakt", "skl-2018: uppfyller inte". */
    static String outcome(String key, OpenQuestions.Outcomes o, ReportLabels l) {
        if (OpenQuestions.PUBLIC_CONTRACT.equals(key)) {
            return likelihood(o.publicContract(), l.t("offentligt kontrakt", "a public contract"), l);
        }
        if (OpenQuestions.STATE_AID.equals(key)) {
            return likelihood(o.stateAid(), l.t("statsstöd", "state aid"), l);
        }
        Verdict v = o.verdicts().get(key);
        return key + ": " + (v == null ? l.t("inte utvärderat", "not evaluated") : switch (v) {
            case MEETS -> l.t("uppfyller", "meets");
            case DOES_NOT_MEET -> l.t("uppfyller inte", "does not meet");
            case INCOMPLETE -> l.t("ofullständigt underlag", "incomplete facts");
        });
    }

    private static String likelihood(Likelihood lk, String what, ReportLabels l) {
        return switch (lk) {
            case LIKELY -> l.t("sannolikt ", "likely ") + what;
            case UNLIKELY -> l.t("sannolikt inte ", "unlikely to be ") + what;
            case NOT_ASSESSABLE -> what + l.t(": kan inte bedömas", ": cannot be assessed");
        };
    }
}
