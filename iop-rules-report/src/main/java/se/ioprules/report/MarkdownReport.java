package se.ioprules.report;

import java.util.ArrayList;
import java.util.List;
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
 * Renders an {@link Evaluation} as a Markdown report a case officer can read in a terminal and put on file. What the
 * report shows is decided by {@link ReportModel} (the same as the HTML report); this class lays it out.
 *
 * <p>Order: title and identity; a warning when the partnership contains assumed facts; the summary (public-contract
 * and state-aid assessment, verdict per rule set with counts); per rule set a table of all findings and the details of
 * every FAIL, WARNING and NOT_ASSESSABLE finding (message, the facts with their values, citations); the missing facts;
 * where the facts come from; the sources cited (once, each citation is a short key); the decision record.
 *
 * <p>Every value is escaped for Markdown (no raw HTML, links, emphasis or broken tables from the input), and control
 * and bidirectional formatting characters are shown as codes. The output is deterministic: no timestamps, everything
 * in the order of the evaluation and the partnership, so a report can be compared and re-created.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * Renders the full report, including the list of where the facts come from.
     *
     * @param e the evaluation
     * @param p the partnership that was evaluated (for title, parties and fact sources); may be null
     * @param lang "sv" (default, also for null or anything else) or "en"
     * @return the report as Markdown, ending with a newline
     */
    public static String render(Evaluation e, Partnership p, String lang) {
        return render(e, p, lang, true);
    }

    /**
     * Renders the report.
     *
     * @param e the evaluation
     * @param p the partnership that was evaluated; may be null
     * @param lang "sv" (default) or "en"
     * @param includeFactSources whether to append the table of every fact's source (documented or assumed); cited
     *     facts are marked either way
     * @return the report as Markdown, ending with a newline
     */
    public static String render(Evaluation e, Partnership p, String lang, boolean includeFactSources) {
        return render(e, p, lang, includeFactSources, null);
    }

    /**
     * Renders the report with a short "Att ta reda på / To find out" section after the summary: the decisive questions
     * (from {@code IopRulesEngine.openQuestions}), before the long list of missing facts.
     *
     * @param e the evaluation
     * @param p the partnership that was evaluated; may be null
     * @param lang "sv" (default) or "en"
     * @param includeFactSources whether to append the table of every fact's source
     * @param questions the open questions of the same partnership and request; null for no such section
     * @return the report as Markdown, ending with a newline
     */
    public static String render(Evaluation e, Partnership p, String lang, boolean includeFactSources,
            se.ioprules.api.OpenQuestions questions) {
        ReportLabels l = ReportLabels.of(lang);
        Report r = ReportModel.report(e, p, l, "report-1", includeFactSources);
        StringBuilder out = new StringBuilder(16_384);
        header(out, r, l);
        summary(out, r, l);
        QuestionsReport.markdownSection(out, questions, l);
        for (RuleSetView v : r.ruleSets()) {
            ruleSet(out, v, l);
        }
        missing(out, r, l);
        if (!r.factSources().isEmpty()) {
            factSources(out, r, l);
        }
        sources(out, r, l);
        record(out, r, l);
        return out.toString();
    }

    /**
     * One compact table over several evaluations, a row each: as-of date, the public-contract and state-aid
     * assessment in a word, every rule set's verdict in a word and the number of findings to look at, so that a
     * reader with several reports (a register, a sample set) sees them side by side before reading any of them.
     *
     * @param evaluations the evaluations
     * @param labels a short label per evaluation (e.g. the file or the agreement), same order and size
     * @param lang "sv" (default) or "en"
     * @return the overview as Markdown, ending with a blank line
     */
    public static String overview(List<Evaluation> evaluations, List<String> labels, String lang) {
        ReportLabels l = ReportLabels.of(lang);
        List<OverviewRow> rows = ReportModel.overview(evaluations, labels, null, l);
        StringBuilder out = new StringBuilder("## ").append(l.t("Översikt", "Overview")).append("\n\n");
        out.append("| ").append(l.t("Underlag", "Input")).append(" | ").append(l.t("Bedömningsdag", "As-of date"))
                .append(" | ").append(l.t("Offentligt kontrakt", "Public contract")).append(" | ")
                .append(l.t("Statsstöd", "State aid")).append(" | ").append(l.t("Utfall", "Verdicts"))
                .append(" | ").append(symbol(Tone.FAIL)).append(" | ").append(symbol(Tone.WARN)).append(" | ")
                .append(symbol(Tone.NA)).append(" |\n|---|---|---|---|---|---|---|---|\n");
        for (OverviewRow row : rows) {
            List<String> chips = new ArrayList<>();
            for (ReportModel.VerdictChip c : row.verdicts()) {
                chips.add(Escape.md(c.ruleSet()) + " " + badge(c.verdict()));
            }
            out.append("| ").append(Escape.md(row.label())).append(" | ").append(row.asOf()).append(" | ")
                    .append(badge(row.publicContract())).append(" | ").append(badge(row.stateAid())).append(" | ")
                    .append(String.join("; ", chips)).append(" | ").append(row.fail()).append(" | ")
                    .append(row.warn()).append(" | ").append(row.na()).append(" |\n");
        }
        out.append("\n").append(l.t("Antal att titta på: ", "To look at: ")).append(symbol(Tone.FAIL)).append(" ")
                .append(l.t("ej uppfyllda", "failed")).append(", ").append(symbol(Tone.WARN)).append(" ")
                .append(l.t("varningar", "warnings")).append(", ").append(symbol(Tone.NA)).append(" ")
                .append(l.t("kan ej bedömas", "not assessable")).append(".\n\n");
        return out.toString();
    }

    // ---- sections ---------------------------------------------------------------------------------------------

    private static void header(StringBuilder out, Report r, ReportLabels l) {
        out.append("# ").append(Escape.md(r.title())).append("\n\n");
        if (r.notice() != null) {
            out.append("> **⚠ ").append(ReportModel.noticeTitle(r.notice(), l))
                    .append("** ").append(Escape.md(r.notice())).append("\n\n");
        }
        for (ReportModel.Contradiction c : r.contradictions()) {
            out.append("> **⚠ ").append(ReportModel.contradictionTitle(l)).append("** ").append(Escape.md(c.message()))
                    .append(" (").append(String.join(", ", c.paths().stream().map(x -> Escape.mdCode(x, false)).toList()))
                    .append(")\n\n");
        }
        for (Meta m : r.meta()) {
            out.append("- ").append(m.term()).append(": ")
                    .append(m.code() ? Escape.mdCode(m.value(), false) : Escape.md(m.value())).append("\n");
            if (m == r.meta().get(0) && !r.parties().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (ReportModel.PartyRef party : r.parties()) {
                    parts.add(Escape.md(party.name()) + " (" + Escape.md(party.sector()) + ")");
                }
                if (r.moreParties() != null) {
                    parts.add(Escape.md(r.moreParties()));
                }
                out.append("- ").append(l.t("Parter", "Parties")).append(": ").append(String.join("; ", parts)).append("\n");
            }
        }
        out.append("- ").append(l.t("Stöd för bedömningen, inte juridisk rådgivning.",
                "Supports, and does not replace, a legal assessment.")).append("\n\n");
    }

    private static void summary(StringBuilder out, Report r, ReportLabels l) {
        out.append("## ").append(l.t("Sammanfattning", "Summary")).append("\n\n");
        out.append("| ").append(l.t("Fråga", "Question")).append(" | ").append(l.t("Bedömning", "Assessment"))
                .append(" |\n|---|---|\n");
        for (ReportModel.AssessmentRow a : r.assessment()) {
            out.append("| ").append(Escape.md(a.question())).append(" | ").append(badge(a.answer())).append(" |\n");
        }
        out.append("\n");
        for (ReportModel.AssessmentRow a : r.assessment()) {
            if (!a.why().isEmpty()) {
                out.append("- **").append(Escape.md(a.question())).append(":** ").append(Escape.md(a.why())).append("\n");
            }
            for (String d : a.disagreements()) {
                out.append("  - ").append(l.t("Pekar åt andra hållet: ", "Points the other way: ")).append(Escape.md(d)).append("\n");
            }
        }
        if (r.assessment().stream().anyMatch(a -> !a.why().isEmpty())) {
            out.append("\n");
        }
        if (r.ruleSetRows().isEmpty()) {
            out.append(l.t("Ingen regeluppsättning utvärderades.", "No rule set was evaluated.")).append("\n\n");
            return;
        }
        out.append("| ").append(l.t("Regeluppsättning", "Rule set")).append(" | ").append(l.t("Rättslig status", "Legal status"))
                .append(" | ").append(l.t("Utfall", "Verdict"));
        for (Outcome o : ReportModel.COUNTED) {
            out.append(" | ").append(symbol(ReportModel.tone(o)));
        }
        out.append(" |\n|---|---|---|---|---|---|---|---|\n");
        for (RuleSetRow row : r.ruleSetRows()) {
            out.append("| ").append(Escape.md(row.title())).append(" ").append(Escape.mdCode(row.ref(), true))
                    .append(row.dependency() ? l.t(" (underlag)", " (dependency)") : "")
                    .append(" | ").append(Escape.md(row.status())).append(" | ").append(badge(row.verdict()));
            for (long c : row.counts()) {
                out.append(" | ").append(c);
            }
            out.append(" |\n");
        }
        out.append("\n").append(l.t("Teckenförklaring", "Legend")).append(": ");
        List<String> legend = new ArrayList<>();
        for (Outcome o : ReportModel.COUNTED) {
            legend.add(symbol(ReportModel.tone(o)) + " " + l.word(o).toLowerCase(java.util.Locale.ROOT));
        }
        legend.add(symbol(Tone.ELEMENT) + " " + l.t("del av ett rättsligt test (avgör inte ensam)",
                "part of a legal test (does not decide on its own)"));
        out.append(String.join(" · ", legend)).append(". ")
                .append(l.t("Ett ej uppfyllt rättsligt krav, eller att de flesta vägledande kriterierna inte är uppfyllda "
                        + "(fler än en angiven andel), ger utfallet \"uppfyller inte\"; saknas uppgifter för ett rättsligt "
                        + "krav eller vägledande kriterium blir det \"ofullständigt underlag\". I en regeluppsättning som bara "
                        + "har rekommendationer och god praxis gäller detsamma för dem. I övrigt vägs vägledande "
                        + "kriterier, rekommendationer och god praxis in i en samlad bedömning, och är något av dem ej "
                        + "uppfyllt eller en varning blir utfallet \"uppfyller, med anmärkningar\". Skälet står vid varje "
                        + "regeluppsättning. Okänt räknas aldrig som uppfyllt.",
                        "A failed legal requirement, or most guiding indicators failing (more than a set share), makes "
                        + "the verdict \"does not meet\"; facts missing for a legal requirement or guiding indicator make "
                        + "it \"incomplete facts\". In a rule set with only recommendations and good practice, the same "
                        + "holds for them. Otherwise guiding indicators, recommendations and good practice feed an "
                        + "overall assessment, and a failed one or a warning makes it \"meets, with remarks\". Each rule "
                        + "set gives its reason. Unknown never counts as passed."))
                .append("\n\n");
    }

    private static void ruleSet(StringBuilder out, RuleSetView v, ReportLabels l) {
        out.append("## ").append(v.number()).append(". ").append(Escape.md(v.title())).append(" ")
                .append(Escape.mdCode(v.ref(), false)).append("\n\n");
        out.append(l.t("Utfall", "Verdict")).append(": ").append(badge(v.verdict()));
        if (!v.remarks().isEmpty()) {
            out.append(" — ").append(Escape.md(v.remarks()));
        }
        out.append(" · ").append(Escape.md(v.status()));
        if (!v.issuer().isBlank()) {
            out.append(" · ").append(Escape.md(v.issuer()));
        }
        out.append("\n\n").append(l.t("Skäl", "Reason")).append(": ").append(Escape.md(v.why())).append("\n");
        if (v.dependency()) {
            out.append("\n").append(l.t("Utvärderad som underlag: en annan regeluppsättning eller helhetsbedömningen "
                    + "använder dess slutsatser.", "Evaluated as a dependency: another rule set or the overall "
                    + "assessment uses its conclusions.")).append("\n");
        }
        out.append("\n");
        if (v.findings().isEmpty()) {
            out.append(l.t("Inga resultat.", "No findings.")).append("\n\n");
            return;
        }
        out.append("| ").append(l.t("Resultat", "Outcome")).append(" | ").append(l.t("Kriterium", "Criterion"))
                .append(" | ").append(l.t("Typ", "Kind")).append(" |\n|---|---|---|\n");
        for (FindingView f : v.findings()) {
            out.append("| ").append(outcome(f)).append(" | ").append(criterion(f.criterion(), true)).append(" | ")
                    .append(Escape.md(f.kind())).append(" |\n");
        }
        out.append("\n");
        if (v.toLookAt().isEmpty()) {
            out.append(l.t("Inget att anmärka: inga kriterier ej uppfyllda, inga varningar och inga som inte kan bedömas.",
                    "Nothing to note: no failed criteria, no warnings, nothing unassessable.")).append("\n\n");
            return;
        }
        out.append("### ").append(l.t("Att uppmärksamma", "To look at")).append("\n\n");
        for (FindingView f : v.toLookAt()) {
            finding(out, f, l);
        }
    }

    private static void finding(StringBuilder out, FindingView f, ReportLabels l) {
        out.append("#### ").append(outcome(f)).append(" — ").append(criterion(f.criterion(), false)).append("\n\n");
        out.append("*").append(Escape.md(f.kind())).append("*\n\n");
        out.append(Escape.mdBlock(f.message())).append("\n\n");
        if (!f.facts().isEmpty()) {
            out.append("- ").append(l.t("Uppgifter", "Facts")).append(":\n");
            for (Fact v : f.facts()) {
                out.append("  - ").append(fact(v)).append("\n");
            }
        }
        if (!f.cites().isEmpty()) {
            out.append("- ").append(l.t("Källa", "Source")).append(": ").append(cites(f.cites())).append("\n");
        }
        out.append("\n");
    }

    private static void missing(StringBuilder out, Report r, ReportLabels l) {
        out.append("## ").append(l.t("Saknade uppgifter", "Missing facts")).append("\n\n");
        if (r.missing().isEmpty()) {
            out.append(l.t("Inga: alla uppgifter som kriterierna behövde fanns.", "None: every fact the criteria needed was given."))
                    .append("\n\n");
            return;
        }
        out.append(l.t("Uppgifter som saknas eller är okända, och vilka kriterier som behöver dem. Okänt räknas aldrig som "
                + "uppfyllt. (Slutsatser som inte kunde dras på grund av dem syns under respektive regeluppsättning.)",
                "Facts that are missing or unknown, and the criteria that need them. Unknown never counts as passed. "
                + "(Conclusions that could not be drawn because of them are shown under each rule set.)"))
                .append("\n\n");
        for (MissingFact m : r.missing()) {
            List<String> users = new ArrayList<>();
            for (Criterion c : m.neededBy()) {
                users.add(criterion(c, false));
            }
            out.append("- ").append(Escape.mdCode(m.path(), false)).append(" — ").append(l.t("behövs för", "needed by"))
                    .append(": ").append(String.join("; ", users)).append("\n");
        }
        out.append("\n");
    }

    private static void factSources(StringBuilder out, Report r, ReportLabels l) {
        out.append("## ").append(l.t("Uppgifternas grund", "Where the facts come from")).append("\n\n");
        out.append("| ").append(l.t("Uppgift", "Fact")).append(" | ").append(l.t("Grund", "Basis")).append(" | ")
                .append(l.t("Källa eller skäl för antagandet", "Source, or reason for the assumption")).append(" |\n|---|---|---|\n");
        for (ReportModel.FactSourceRow fs : r.factSources()) {
            out.append("| ").append(Escape.mdCode(fs.path(), true)).append(" | ")
                    .append(fs.assumed() ? "⚠ " : "").append(Escape.md(fs.basis())).append(" | ")
                    .append(Escape.md(fs.reference())).append(" |\n");
        }
        out.append("\n");
    }

    private static void sources(StringBuilder out, Report r, ReportLabels l) {
        if (r.sources().isEmpty()) {
            return;
        }
        out.append("## ").append(l.t("Källor", "Sources")).append("\n\n");
        for (ReportModel.SourceDoc s : r.sources()) {
            out.append("- **").append(Escape.md(s.key())).append("**");
            if (!s.key().equals(s.document())) {
                out.append(": ").append(Escape.md(s.document()));
            }
            out.append("\n");
        }
        out.append("\n");
    }

    private static void record(StringBuilder out, Report r, ReportLabels l) {
        ReportModel.DecisionRecord d = r.record();
        out.append("## ").append(l.t("Beslutsunderlag (för spårbarhet)", "Decision record (for traceability)")).append("\n\n");
        out.append("- ").append(l.t("Bedömningsdag", "As-of date")).append(": ").append(d.asOf()).append(" (")
                .append(l.t("grund", "basis")).append(": ").append(Escape.md(d.basis())).append(")\n");
        out.append("- ").append(l.t("Motorversion", "Engine version")).append(": ").append(Escape.md(d.engine())).append("\n");
        out.append("- ").append(l.t("Indata, sha256", "Input, sha256")).append(": ")
                .append(Escape.mdCode(d.inputSha256(), false)).append("\n\n");
        if (d.ruleSets().isEmpty()) {
            return;
        }
        out.append("| ").append(l.t("Regeluppsättning", "Rule set")).append(" | Version | ")
                .append(l.t("Rättslig status", "Legal status")).append(" | ").append(l.t("Gäller", "In force"))
                .append(" | sha256 | ").append(l.t("Begärd", "Requested")).append(" |\n")
                .append("|---|---|---|---|---|---|\n");
        for (ReportModel.RecordRow row : d.ruleSets()) {
            out.append("| ").append(Escape.mdCode(row.id(), true)).append(" | ").append(Escape.md(row.version()))
                    .append(" | ").append(Escape.md(row.status())).append(" | ").append(Escape.md(row.inForce()))
                    .append(" | ").append(Escape.mdCode(row.sha256(), true)).append(" | ").append(row.requested())
                    .append(" |\n");
        }
        out.append("\n");
        if (!d.parameters().isEmpty()) {
            out.append(l.t("Parametrar (tröskelvärden) som användes:", "Parameters (thresholds) used:")).append("\n\n");
            for (Param p : d.parameters()) {
                out.append("- ").append(Escape.mdCode(p.name(), false)).append(" = ").append(Escape.md(p.value()));
                if (p.validFrom() != null) {
                    out.append(l.t(" (från ", " (from ")).append(p.validFrom()).append(")");
                }
                if (p.overridden()) {
                    out.append(l.t(" — ändrad av användaren", " — overridden by the caller"));
                }
                if (!p.note().isEmpty()) {
                    out.append(" — ").append(Escape.md(p.note()));
                }
                out.append("\n");
            }
            out.append("\n");
        }
    }

    // ---- pieces -----------------------------------------------------------------------------------------------

    static String symbol(Tone t) {
        return switch (t) {
            case PASS -> "🟢";
            case FAIL -> "🔴";
            case WARN -> "🟡";
            case NA -> "⚪";
            case INFO -> "🔵";
            case ELEMENT -> "◆";
        };
    }

    private static String badge(Badge b) {
        return symbol(b.tone()) + " " + Escape.md(b.word());
    }

    private static String outcome(FindingView f) {
        String s = badge(f.badge());
        return f.conclusion().isEmpty() ? s : s + ": " + Escape.md(f.conclusion());
    }

    /** "Title `id` – party"; the id alone when the rule set gives no title. */
    private static String criterion(Criterion c, boolean inTable) {
        StringBuilder s = new StringBuilder();
        if (c.title() != null) {
            s.append(Escape.md(c.title())).append(" ");
        }
        s.append(Escape.mdCode(c.id(), inTable));
        if (c.party() != null) {
            s.append(" – ").append(Escape.md(c.party()));
        }
        return s.toString();
    }

    private static String fact(Fact f) {
        StringBuilder s = new StringBuilder(Escape.mdCode(f.path(), false)).append(" = ").append(Escape.md(f.value()));
        if (f.basis() != null) {
            s.append(" — ").append(f.assumed() ? "⚠ " : "").append(Escape.md(f.basis()));
            if (f.reference() != null && !f.reference().isEmpty()) {
                s.append(": ").append(Escape.md(f.reference()));
            }
        }
        return s.toString();
    }

    private static String cites(List<Cite> cites) {
        List<String> out = new ArrayList<>();
        for (Cite c : cites) {
            out.add(Escape.md(c.locator().isEmpty() ? c.key() : c.key() + ", " + c.locator()));
        }
        return String.join("; ", out);
    }
}
