package se.ioprules.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ioprules.api.Evaluation;
import se.ioprules.api.Outcome;
import se.ioprules.api.facts.Partnership;
import se.ioprules.report.ReportModel.Badge;
import se.ioprules.report.ReportModel.Cite;
import se.ioprules.report.ReportModel.Criterion;
import se.ioprules.report.ReportModel.Fact;
import se.ioprules.report.ReportModel.FindingView;
import se.ioprules.report.ReportModel.Meta;
import se.ioprules.report.ReportModel.MissingFact;
import se.ioprules.report.ReportModel.OverviewRow;
import se.ioprules.report.ReportModel.Param;
import se.ioprules.report.ReportModel.Report;
import se.ioprules.report.ReportModel.RuleSetRow;
import se.ioprules.report.ReportModel.RuleSetView;
import se.ioprules.report.ReportModel.Tone;

/**
 * The evaluation as one self-contained HTML page a case officer can read on screen, print and file. What it shows is
 * decided by {@link ReportModel} (the same as the Markdown report); this class lays it out.
 * <p>No scripts, no external resources (inline CSS only), readable offline; colours always come with a text label,
 * so the page reads the same in black and white and in a screen reader. Layout: fixed-width table columns and words
 * that break anywhere when they must, so the page fits a 1280 px screen and A4 portrait at any length of title, name
 * or word. All content is HTML-escaped; text from the input or a rule set stands in {@code <bdi>} (and paragraphs in
 * {@code dir="auto"}), so right-to-left text cannot reorder the report's own words; control and bidi formatting
 * characters are shown as codes. Thread-safe.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param e the evaluation
     * @param p the partnership that was evaluated; may be null
     * @param lang "sv" (default) or "en"
     * @return a complete HTML document
     */
    public static String render(Evaluation e, Partnership p, String lang) {
        return renderAll(List.of(e), p == null ? null : List.of(p), lang);
    }

    /**
     * Several evaluations in one document: first an overview with a row per evaluation linked to its report, then the
     * reports, each starting on a new printed page.
     *
     * @param evaluations the evaluations
     * @param partnerships the partnerships, in the same order (or null)
     * @param lang "sv" (default) or "en"
     * @return a complete HTML document
     */
    public static String renderAll(List<Evaluation> evaluations, List<Partnership> partnerships, String lang) {
        return renderAll(evaluations, partnerships, lang, null);
    }

    /**
     * As {@link #renderAll(List, List, String)}, each report with a short "Att ta reda på / To find out" section after
     * its summary: the decisive questions (from {@code IopRulesEngine.openQuestions}).
     *
     * @param evaluations the evaluations
     * @param partnerships the partnerships, in the same order (or null)
     * @param lang "sv" (default) or "en"
     * @param questions the open questions per evaluation, in the same order (or null for no such section)
     * @return a complete HTML document
     */
    public static String renderAll(List<Evaluation> evaluations, List<Partnership> partnerships, String lang,
            List<se.ioprules.api.OpenQuestions> questions) {
        ReportLabels l = ReportLabels.of(lang);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            Partnership p = partnerships == null ? null : partnerships.get(i);
            reports.add(ReportModel.report(evaluations.get(i), p, l, "report-" + (i + 1), true));
        }
        StringBuilder out = new StringBuilder(65_536);
        String title = reports.size() == 1 ? reports.get(0).title()
                : l.t("IOP-granskning", "IOP review") + " (" + reports.size() + ")";
        out.append("<!DOCTYPE html>\n<html lang=\"").append(l.lang()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"iop-rules\">\n")
                .append("<title>").append(Escape.html(Escape.oneLine(title))).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        boolean several = reports.size() > 1;
        if (several) {
            List<String> labels = new ArrayList<>();
            List<String> anchors = new ArrayList<>();
            for (int i = 0; i < evaluations.size(); i++) {
                labels.add(ReportModel.titleOf(evaluations.get(i), partnerships == null ? null : partnerships.get(i), l));
                anchors.add(reports.get(i).id());
            }
            overview(out, ReportModel.overview(evaluations, labels, anchors, l), l);
        }
        for (int i = 0; i < reports.size(); i++) {
            report(out, reports.get(i), l, several, questions == null ? null : questions.get(i));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void overview(StringBuilder out, List<OverviewRow> rows, ReportLabels l) {
        out.append("<section class=\"overview\">\n<h1>").append(esc(l.t("Översikt", "Overview"))).append("</h1>\n")
                .append("<table class=\"overview-table\">\n<colgroup><col class=\"w-input\"><col class=\"w-date\">"
                        + "<col class=\"w-assess\"><col class=\"w-assess\"><col><col class=\"w-count\">"
                        + "<col class=\"w-count\"><col class=\"w-count\"></colgroup>\n<thead><tr>")
                .append(th(l.t("Underlag", "Input"))).append(th(l.t("Datum", "As of")))
                .append(th(l.t("Offentligt kontrakt", "Public contract"))).append(th(l.t("Statsstöd", "State aid")))
                .append(th(l.t("Utfall per regeluppsättning", "Verdict per rule set")))
                .append("<th scope=\"col\" class=\"num\">").append(dot(Tone.FAIL, l.t("ej uppfyllda", "failed")))
                .append("</th><th scope=\"col\" class=\"num\">").append(dot(Tone.WARN, l.t("varningar", "warnings")))
                .append("</th><th scope=\"col\" class=\"num\">").append(dot(Tone.NA, l.t("kan ej bedömas", "not assessable")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (OverviewRow row : rows) {
            out.append("<tr><th scope=\"row\"><a href=\"#").append(row.anchor()).append("\">").append(u(row.label()))
                    .append("</a></th><td class=\"date\">").append(esc(row.asOf())).append("</td><td>").append(badge(row.publicContract()))
                    .append("</td><td>").append(badge(row.stateAid())).append("</td><td><ul class=\"chips\">");
            for (ReportModel.VerdictChip c : row.verdicts()) {
                out.append("<li><span class=\"rs\">").append(u(c.ruleSet())).append("</span> ").append(badge(c.verdict()))
                        .append("</li>");
            }
            out.append("</ul></td><td class=\"num\">").append(row.fail()).append("</td><td class=\"num\">")
                    .append(row.warn()).append("</td><td class=\"num\">").append(row.na()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"legend\">").append(esc(l.t("Siffrorna räknar det som behöver ses "
                + "över: ej uppfyllda kriterier, varningar och det som inte kan bedömas.", "The numbers count what "
                + "needs a look: failed criteria, warnings and what cannot be assessed."))).append("</p>\n</section>\n");
    }

    private static void report(StringBuilder out, Report r, ReportLabels l, boolean newPage,
            se.ioprules.api.OpenQuestions questions) {
        Map<String, String> sourceIds = new HashMap<>();
        for (int i = 0; i < r.sources().size(); i++) {
            sourceIds.put(r.sources().get(i).key(), r.id() + "-src-" + (i + 1));
        }
        out.append("<article class=\"report").append(newPage ? " new-page" : "").append("\" id=\"").append(r.id())
                .append("\">\n<header>\n<h1 dir=\"auto\">").append(u(r.title())).append("</h1>\n");
        if (r.notice() != null) {
            out.append("<p class=\"notice\" role=\"note\"><strong>")
                    .append(esc(ReportModel.noticeTitle(r.notice(), l)))
                    .append("</strong> ").append(esc(r.notice())).append("</p>\n");
        }
        for (ReportModel.Contradiction c : r.contradictions()) {
            out.append("<p class=\"notice\" role=\"note\"><strong>").append(esc(ReportModel.contradictionTitle(l)))
                    .append("</strong> ").append(u(c.message())).append(" (")
                    .append(String.join(", ", c.paths().stream().map(x -> "<code>" + u(x) + "</code>").toList()))
                    .append(")</p>\n");
        }
        out.append("<dl class=\"meta\">\n");
        for (Meta m : r.meta()) {
            meta(out, m.term(), m.code() ? "<code>" + u(m.value()) + "</code>" : u(m.value()));
            if (m == r.meta().get(0) && !r.parties().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (ReportModel.PartyRef party : r.parties()) {
                    parts.add(u(party.name()) + " (" + esc(party.sector()) + ")");
                }
                if (r.moreParties() != null) {
                    parts.add(esc(r.moreParties()));
                }
                meta(out, l.t("Parter", "Parties"), String.join("; ", parts));
            }
        }
        out.append("</dl>\n<p class=\"disclaimer\">").append(esc(l.t("Stöd för bedömningen, inte juridisk rådgivning.",
                "Supports, and does not replace, a legal assessment."))).append("</p>\n</header>\n");
        summary(out, r, l);
        QuestionsReport.htmlSection(out, questions, l);
        for (RuleSetView v : r.ruleSets()) {
            ruleSet(out, v, l, sourceIds);
        }
        missing(out, r, l);
        factSources(out, r, l);
        sources(out, r, l, sourceIds);
        record(out, r, l);
        out.append("</article>\n");
    }

    private static void summary(StringBuilder out, Report r, ReportLabels l) {
        out.append("<section class=\"summary\">\n<h2>").append(esc(l.t("Sammanfattning", "Summary"))).append("</h2>\n");
        out.append("<table class=\"assessment\">\n<colgroup><col class=\"w-question\"><col></colgroup>\n<thead><tr>")
                .append(th(l.t("Fråga", "Question"))).append(th(l.t("Bedömning", "Assessment"))).append("</tr></thead>\n<tbody>\n");
        for (ReportModel.AssessmentRow a : r.assessment()) {
            out.append("<tr><th scope=\"row\">").append(esc(a.question())).append("</th><td>").append(badge(a.answer()));
            if (!a.why().isEmpty()) {
                out.append("<p class=\"why\" dir=\"auto\">").append(esc(a.why())).append("</p>");
            }
            if (!a.disagreements().isEmpty()) {
                out.append("<ul class=\"disagreements\">");
                for (String d : a.disagreements()) {
                    out.append("<li dir=\"auto\">").append(esc(l.t("Pekar åt andra hållet: ", "Points the other way: ")))
                            .append(esc(d)).append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (r.ruleSetRows().isEmpty()) {
            out.append("<p>").append(esc(l.t("Ingen regeluppsättning utvärderades.", "No rule set was evaluated.")))
                    .append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"verdicts\">\n<colgroup><col><col class=\"w-status\"><col class=\"w-verdict\">");
        out.append("<col class=\"w-count\">".repeat(ReportModel.COUNTED.size())).append("</colgroup>\n<thead><tr>")
                .append(th(l.t("Regeluppsättning", "Rule set"))).append(th(l.t("Rättslig status", "Legal status")))
                .append(th(l.t("Utfall", "Verdict")));
        for (Outcome o : ReportModel.COUNTED) {
            out.append("<th scope=\"col\" class=\"num\">").append(dot(ReportModel.tone(o), l.word(o))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (RuleSetRow row : r.ruleSetRows()) {
            out.append("<tr><th scope=\"row\"><a href=\"#").append(row.anchor()).append("\">").append(u(row.title()))
                    .append("</a> <code class=\"id\">").append(u(row.ref())).append("</code>")
                    .append(row.dependency() ? " <span class=\"muted\">" + esc(l.t("(underlag)", "(dependency)")) + "</span>" : "")
                    .append("</th><td>").append(esc(row.status())).append("</td><td>").append(badge(row.verdict()))
                    .append("</td>");
            for (long c : row.counts()) {
                out.append("<td class=\"num\">").append(c).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"legend\">").append(esc(l.t("Teckenförklaring", "Legend"))).append(": ");
        List<String> legend = new ArrayList<>();
        for (Outcome o : ReportModel.COUNTED) {
            legend.add(badge(new Badge(ReportModel.tone(o), l.word(o))));
        }
        legend.add(badge(new Badge(Tone.ELEMENT, l.t("del av ett rättsligt test", "part of a legal test"))));
        out.append(String.join(" ", legend)).append("</p>\n<p class=\"legend\">")
                .append(esc(l.t("Ett ej uppfyllt rättsligt krav, eller att de flesta vägledande kriterierna inte är "
                        + "uppfyllda (fler än en angiven andel), ger utfallet \"uppfyller inte\"; saknas uppgifter för ett rättsligt "
                        + "krav eller vägledande kriterium blir det \"ofullständigt underlag\". I en regeluppsättning som bara "
                        + "har rekommendationer och god praxis gäller detsamma för dem. I övrigt vägs vägledande "
                        + "kriterier, rekommendationer och god praxis in i en samlad bedömning, och är något av dem ej "
                        + "uppfyllt eller en varning blir utfallet \"uppfyller, med anmärkningar\". Skälet står vid varje "
                        + "regeluppsättning. Delarna i ett rättsligt test avgör inte ensamma; testets slutsats gör det. "
                        + "Okänt räknas aldrig som uppfyllt.",
                        "A failed legal requirement, or most guiding indicators failing (more than a set share), makes "
                        + "the verdict \"does not meet\"; facts missing for a legal requirement or guiding indicator make "
                        + "it \"incomplete facts\". In a rule set with only recommendations and good practice, the same "
                        + "holds for them. Otherwise guiding indicators, recommendations and good practice feed an "
                        + "overall assessment, and a failed one or a warning makes it \"meets, with remarks\". Each rule "
                        + "set gives its reason. The parts of a legal test do not decide on their own; the test's "
                        + "conclusion does. Unknown never counts as passed.")))
                .append("</p>\n</section>\n");
    }

    private static void ruleSet(StringBuilder out, RuleSetView v, ReportLabels l, Map<String, String> sourceIds) {
        out.append("<section class=\"ruleset\" id=\"").append(v.anchor()).append("\">\n<h2 dir=\"auto\">")
                .append(v.number()).append(". ").append(u(v.title())).append(" <code class=\"id\">").append(u(v.ref()))
                .append("</code></h2>\n<p>").append(esc(l.t("Utfall", "Verdict"))).append(": ").append(badge(v.verdict()));
        if (!v.remarks().isEmpty()) {
            out.append(" — ").append(esc(v.remarks()));
        }
        out.append(" · ").append(esc(v.status()));
        if (!v.issuer().isBlank()) {
            out.append(" · ").append(u(v.issuer()));
        }
        out.append("</p>\n<p class=\"why\">").append(esc(l.t("Skäl", "Reason"))).append(": ").append(esc(v.why()))
                .append("</p>\n");
        if (v.dependency()) {
            out.append("<p class=\"muted\">").append(esc(l.t("Utvärderad som underlag för en annan regeluppsättning eller "
                    + "helhetsbedömningen.", "Evaluated as a dependency of another rule set or of the overall assessment.")))
                    .append("</p>\n");
        }
        if (v.findings().isEmpty()) {
            out.append("<p>").append(esc(l.t("Inga resultat.", "No findings."))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"findings\">\n<colgroup><col class=\"w-outcome\"><col><col class=\"w-kind\"></colgroup>\n"
                + "<thead><tr>").append(th(l.t("Resultat", "Outcome"))).append(th(l.t("Kriterium", "Criterion")))
                .append(th(l.t("Typ", "Kind"))).append("</tr></thead>\n<tbody>\n");
        for (FindingView f : v.findings()) {
            out.append("<tr class=\"").append(cls(f.badge().tone())).append("\"><td>").append(outcome(f))
                    .append("</td><td>").append(criterion(f.criterion())).append("</td><td>").append(esc(f.kind()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (v.toLookAt().isEmpty()) {
            out.append("<p>").append(esc(l.t("Inget att anmärka: inga kriterier ej uppfyllda, inga varningar och inga som "
                    + "inte kan bedömas.", "Nothing to note: no failed criteria, no warnings, nothing unassessable.")))
                    .append("</p>\n</section>\n");
            return;
        }
        out.append("<h3>").append(esc(l.t("Att uppmärksamma", "To look at"))).append("</h3>\n");
        for (FindingView f : v.toLookAt()) {
            out.append("<div class=\"finding ").append(cls(f.badge().tone())).append("\">\n<h4>").append(outcome(f))
                    .append(" ").append(criterion(f.criterion())).append("</h4>\n<p class=\"muted small\">")
                    .append(esc(f.kind())).append("</p>\n<p dir=\"auto\"><bdi>").append(Escape.html(f.message()))
                    .append("</bdi></p>\n");
            if (!f.facts().isEmpty()) {
                out.append("<ul class=\"facts\">\n");
                for (Fact fact : f.facts()) {
                    out.append("<li>").append(fact(fact)).append("</li>\n");
                }
                out.append("</ul>\n");
            }
            if (!f.cites().isEmpty()) {
                out.append("<p class=\"cites\">").append(esc(l.t("Källa", "Source"))).append(": ");
                List<String> cites = new ArrayList<>();
                for (Cite c : f.cites()) {
                    String id = sourceIds.get(c.key());
                    String text = c.locator().isEmpty() ? u(c.key()) : u(c.key()) + ", " + u(c.locator());
                    cites.add(id == null ? text : "<a href=\"#" + id + "\">" + text + "</a>");
                }
                out.append(String.join("; ", cites)).append("</p>\n");
            }
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    private static void missing(StringBuilder out, Report r, ReportLabels l) {
        out.append("<section class=\"missing-facts\">\n<h2>").append(esc(l.t("Saknade uppgifter", "Missing facts"))).append("</h2>\n");
        if (r.missing().isEmpty()) {
            out.append("<p>").append(esc(l.t("Inga: alla uppgifter som kriterierna behövde fanns.",
                    "None: every fact the criteria needed was given."))).append("</p>\n</section>\n");
            return;
        }
        out.append("<p>").append(esc(l.t("Uppgifter som saknas eller är okända, och vilka kriterier som behöver dem. "
                + "Okänt räknas aldrig som uppfyllt.", "Facts that are missing or unknown, and the criteria that need "
                + "them. Unknown never counts as passed."))).append("</p>\n");
        out.append("<table>\n<colgroup><col class=\"w-path\"><col></colgroup>\n<thead><tr>").append(th(l.t("Uppgift", "Fact")))
                .append(th(l.t("Behövs för", "Needed by"))).append("</tr></thead>\n<tbody>\n");
        for (MissingFact m : r.missing()) {
            List<String> users = new ArrayList<>();
            for (Criterion c : m.neededBy()) {
                users.add(criterion(c));
            }
            out.append("<tr><td><code>").append(u(m.path())).append("</code></td><td>").append(String.join("<br>", users))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void factSources(StringBuilder out, Report r, ReportLabels l) {
        if (r.factSources().isEmpty()) {
            return;
        }
        out.append("<section class=\"fact-sources\">\n<h2>").append(esc(l.t("Uppgifternas grund", "Where the facts come from")))
                .append("</h2>\n<table>\n<colgroup><col class=\"w-path\"><col class=\"w-basis\"><col></colgroup>\n<thead><tr>")
                .append(th(l.t("Uppgift", "Fact"))).append(th(l.t("Grund", "Basis")))
                .append(th(l.t("Källa eller skäl för antagandet", "Source, or reason for the assumption")))
                .append("</tr></thead>\n<tbody>\n");
        for (ReportModel.FactSourceRow fs : r.factSources()) {
            out.append("<tr><td><code>").append(u(fs.path())).append("</code></td><td")
                    .append(fs.assumed() ? " class=\"assumed\"" : "").append(">").append(esc(fs.basis()))
                    .append("</td><td dir=\"auto\">").append(u(fs.reference())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void sources(StringBuilder out, Report r, ReportLabels l, Map<String, String> sourceIds) {
        if (r.sources().isEmpty()) {
            return;
        }
        out.append("<section class=\"sources\">\n<h2>").append(esc(l.t("Källor", "Sources"))).append("</h2>\n<dl class=\"meta\">\n");
        for (ReportModel.SourceDoc s : r.sources()) {
            out.append("<dt id=\"").append(sourceIds.get(s.key())).append("\">").append(u(s.key())).append("</dt><dd dir=\"auto\">")
                    .append(s.key().equals(s.document()) ? "" : u(s.document())).append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private static void record(StringBuilder out, Report r, ReportLabels l) {
        ReportModel.DecisionRecord d = r.record();
        out.append("<section class=\"decision-record\">\n<h2>")
                .append(esc(l.t("Beslutsunderlag (för spårbarhet)", "Decision record (for traceability)"))).append("</h2>\n");
        out.append("<dl class=\"meta\">\n");
        meta(out, l.t("Bedömningsdag", "As-of date"), esc(d.asOf() + " (" + d.basis() + ")"));
        meta(out, l.t("Motorversion", "Engine version"), u(d.engine()));
        meta(out, l.t("Indata, sha256", "Input, sha256"), "<code class=\"hash\">" + u(d.inputSha256()) + "</code>");
        out.append("</dl>\n");
        if (!d.ruleSets().isEmpty()) {
            out.append("<table>\n<colgroup><col><col class=\"w-version\"><col class=\"w-status\"><col class=\"w-date2\">"
                    + "<col class=\"w-sha\"><col class=\"w-req\"></colgroup>\n<thead><tr>")
                    .append(th(l.t("Regeluppsättning", "Rule set"))).append(th("Version"))
                    .append(th(l.t("Rättslig status", "Legal status"))).append(th(l.t("Gäller", "In force")))
                    .append(th("sha256")).append(th(l.t("Begärd", "Requested"))).append("</tr></thead>\n<tbody>\n");
            for (ReportModel.RecordRow row : d.ruleSets()) {
                out.append("<tr><td><code>").append(u(row.id())).append("</code></td><td>").append(u(row.version()))
                        .append("</td><td>").append(esc(row.status())).append("</td><td>").append(esc(row.inForce()))
                        .append("</td><td><code class=\"hash\">").append(u(row.sha256())).append("</code></td><td>")
                        .append(esc(row.requested())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!d.parameters().isEmpty()) {
            out.append("<h3>").append(esc(l.t("Parametrar (tröskelvärden) som användes", "Parameters (thresholds) used")))
                    .append("</h3>\n<ul>\n");
            for (Param p : d.parameters()) {
                out.append("<li><code>").append(u(p.name())).append("</code> = ").append(u(p.value()));
                if (p.validFrom() != null) {
                    out.append(esc(l.t(" (från ", " (from ") + p.validFrom() + ")"));
                }
                if (p.overridden()) {
                    out.append(" <strong>").append(esc(l.t("ändrad av användaren", "overridden by the caller"))).append("</strong>");
                }
                if (!p.note().isEmpty()) {
                    out.append(" — ").append(u(p.note()));
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    // ---- pieces -----------------------------------------------------------------------------------------------

    /** Text from the input or a rule set: escaped and isolated, so right-to-left text stays inside it. */
    private static String u(String s) {
        return "<bdi>" + Escape.html(s) + "</bdi>";
    }

    /** The report's own words. */
    private static String esc(String s) {
        return Escape.html(s);
    }

    /** @return text with HTML's special characters escaped, control and bidi formatting characters shown as codes */
    static String escape(String s) {
        return Escape.html(s);
    }

    private static String th(String label) {
        return "<th scope=\"col\">" + esc(label) + "</th>";
    }

    private static void meta(StringBuilder out, String term, String html) {
        out.append("<dt>").append(esc(term)).append("</dt><dd dir=\"auto\">").append(html).append("</dd>\n");
    }

    private static String badge(Badge b) {
        return "<span class=\"badge " + cls(b.tone()) + "\"><span class=\"dot\" aria-hidden=\"true\"></span>"
                + u(b.word()) + "</span>";
    }

    /** A coloured dot with its word for screen readers and print (the word is visually hidden). */
    private static String dot(Tone t, String word) {
        return "<span class=\"badge " + cls(t) + " only-dot\" title=\"" + esc(word) + "\"><span class=\"dot\" "
                + "aria-hidden=\"true\"></span><span class=\"sr\">" + esc(word) + "</span></span>";
    }

    private static String outcome(FindingView f) {
        String s = badge(f.badge());
        return f.conclusion().isEmpty() ? s : s + " <span class=\"conclusion\">" + esc(f.conclusion()) + "</span>";
    }

    private static String criterion(Criterion c) {
        StringBuilder s = new StringBuilder();
        if (c.title() != null) {
            s.append(u(c.title())).append(" ");
        }
        s.append("<code class=\"id\">").append(u(c.id())).append("</code>");
        if (c.party() != null) {
            s.append(" – ").append(u(c.party()));
        }
        return s.toString();
    }

    private static String fact(Fact f) {
        StringBuilder s = new StringBuilder("<code>").append(u(f.path())).append("</code> = ");
        s.append(f.missing() ? "<strong class=\"missing\">" + u(f.value()) + "</strong>" : u(f.value()));
        if (f.basis() != null) {
            s.append(" <em class=\"").append(f.assumed() ? "assumed" : "documented").append("\">").append(esc(f.basis()))
                    .append("</em>");
            if (f.reference() != null && !f.reference().isEmpty()) {
                s.append(": <span class=\"muted\">").append(u(f.reference())).append("</span>");
            }
        }
        return s.toString();
    }

    private static String cls(Tone t) {
        return switch (t) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case WARN -> "warn";
            case NA -> "na";
            case INFO -> "info";
            case ELEMENT -> "element";
        };
    }

    private static final String CSS = """
            :root { --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #b42318; --fail-bg: #fee4e2; --warn: #8a5a00;
              --warn-bg: #fff4cc; --na: #57606a; --na-bg: #eaeef2; --info: #0b5cad; --info-bg: #ddf4ff;
              --element: #3d4f7a; --element-bg: #e7ecf7; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              font-size: 15px; line-height: 1.45; color: #1f2328; background: #fff; margin: 0 auto; max-width: 72rem;
              padding: 1.5rem; overflow-wrap: anywhere; }
            h1 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 .6rem; }
            h2 { font-size: 1.22rem; line-height: 1.3; margin: 1.6rem 0 .5rem; border-bottom: 2px solid #d0d7de;
              padding-bottom: .2rem; }
            h3 { font-size: 1.05rem; margin: 1.1rem 0 .4rem; }
            h4 { font-size: 1rem; margin: 0 0 .2rem; font-weight: 600; }
            p { margin: .35rem 0; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .86em;
              overflow-wrap: anywhere; word-break: break-word; }
            code.id { color: #57606a; font-size: .78em; }
            code.hash { word-break: break-all; }
            table { border-collapse: collapse; width: 100%; max-width: 100%; table-layout: fixed; margin: .4rem 0 1rem; }
            th, td { border: 1px solid #d0d7de; padding: .3rem .45rem; text-align: left; vertical-align: top;
              overflow-wrap: anywhere; }
            thead th { background: #f6f8fa; font-size: .92em; }
            td.num, th.num { text-align: center; padding-left: .1rem; padding-right: .1rem; }
            col.w-input { width: 27%; } col.w-date { width: 7.4em; } col.w-assess { width: 14%; } col.w-count { width: 2.4em; }
            col.w-question { width: 34%; } col.w-status { width: 19%; } col.w-verdict { width: 19%; }
            col.w-outcome { width: 30%; } col.w-kind { width: 19%; } col.w-path { width: 36%; } col.w-basis { width: 18%; }
            col.w-version { width: 5.5em; } col.w-date2 { width: 12%; } col.w-sha { width: 9em; } col.w-req { width: 6em; }
            ul.chips { list-style: none; margin: 0; padding: 0; }
            ul.chips li { margin: 0 0 .15rem; }
            ul.chips .rs { font-size: .85em; color: #57606a; }
            td.date { white-space: nowrap; }
            .overview-table .badge { font-size: .8em; padding: .05rem .4rem; }
            dl.meta { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: .2rem 1rem;
              margin: .5rem 0; }
            dl.meta dt { font-weight: 600; max-width: 14em; }
            dl.meta dd { margin: 0; min-width: 0; }
            .muted, .disclaimer, .legend { color: #57606a; }
            .small, .legend { font-size: .9em; }
            .notice { border-left: 4px solid var(--warn); background: var(--warn-bg); padding: .5rem .8rem; }
            .badge { display: inline-block; max-width: 100%; border-radius: .8em; padding: .05rem .5rem;
              font-weight: 600; font-size: .85em; border: 1px solid currentColor; overflow-wrap: anywhere; }
            .badge .dot { display: inline-block; width: .7em; height: .7em; border-radius: 50%; background: currentColor;
              margin-right: .35em; vertical-align: -.05em; }
            .badge.only-dot { padding: .05rem .3rem; }
            .badge.only-dot .dot { margin: 0; }
            .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            .badge.pass { color: var(--pass); background: var(--pass-bg); }
            .badge.fail { color: var(--fail); background: var(--fail-bg); }
            .badge.warn { color: var(--warn); background: var(--warn-bg); }
            .badge.na { color: var(--na); background: var(--na-bg); }
            .badge.info { color: var(--info); background: var(--info-bg); }
            .badge.element { color: var(--element); background: var(--element-bg); border-style: dashed; }
            .conclusion { display: block; font-size: .85em; color: #57606a; margin-top: .1rem; }
            tr.fail td:first-child, .finding.fail { border-left: 4px solid var(--fail); }
            tr.warn td:first-child, .finding.warn { border-left: 4px solid var(--warn); }
            tr.na td:first-child, .finding.na { border-left: 4px solid var(--na); }
            tr.pass td:first-child { border-left: 4px solid var(--pass); }
            tr.info td:first-child { border-left: 4px solid var(--info); }
            tr.element td:first-child { border-left: 4px dashed var(--element); }
            .finding { padding: .1rem 0 .1rem .7rem; margin: .8rem 0; }
            ul.facts { margin: .3rem 0; padding-left: 1.1rem; font-size: .92em; }
            .cites { font-size: .9em; color: #57606a; }
            .missing { color: var(--fail); }
            .assumed { color: var(--warn); }
            .documented { color: var(--pass); font-style: normal; }
            a { color: inherit; }
            @page { size: A4 portrait; margin: 16mm 14mm; }
            @media print {
              body { font-size: 10pt; max-width: none; padding: 0; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h2, h3, h4 { break-after: avoid; }
              tr, .badge, dl.meta dt, .finding h4 { break-inside: avoid; }
              thead { display: table-header-group; }
              a { text-decoration: none; }
              .new-page { break-before: page; }
            }
            @media (max-width: 40rem) {
              body { padding: .8rem; }
              dl.meta { grid-template-columns: minmax(0, 1fr); }
            }
            """;
}
