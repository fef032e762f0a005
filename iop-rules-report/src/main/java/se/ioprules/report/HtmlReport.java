package se.ioprules.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.ioprules.api.Citation;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;

/**
 * The evaluation as one self-contained HTML page a case officer can read on screen, print and file: summary
 * verdicts first, a traffic-light table per rule set, every finding that needs attention with its reason, facts and
 * citation, the missing facts, and the decision record (as-of date, rule-set versions and hashes, input hash).
 * <p>No scripts, no external resources (inline CSS only), readable offline; colours always come with a text label,
 * so the page reads the same in black and white and in a screen reader. All content is HTML-escaped. Thread-safe.
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
     * Several evaluations in one document, each starting on a new printed page.
     *
     * @param evaluations the evaluations
     * @param partnerships the partnerships, in the same order (or null)
     * @param lang "sv" (default) or "en"
     * @return a complete HTML document
     */
    public static String renderAll(List<Evaluation> evaluations, List<Partnership> partnerships, String lang) {
        ReportLabels l = ReportLabels.of(lang);
        StringBuilder out = new StringBuilder(32_768);
        String title = evaluations.size() == 1
                ? l.t("IOP-granskning: ", "IOP review: ") + titleOf(evaluations.get(0),
                        partnerships == null ? null : partnerships.get(0), l)
                : l.t("IOP-granskning", "IOP review") + " (" + evaluations.size() + ")";
        out.append("<!DOCTYPE html>\n<html lang=\"").append(l.en ? "en" : "sv").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"iop-rules\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n");
        boolean several = evaluations.size() > 1;
        if (several) {
            overview(out, evaluations, partnerships, l);
        }
        for (int i = 0; i < evaluations.size(); i++) {
            Partnership p = partnerships == null ? null : partnerships.get(i);
            report(out, evaluations.get(i), p, l, several, "report-" + (i + 1));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Several reports: a first page with one row per report (the assessment and every verdict, linked to the report),
     * as the Markdown overview.
     */
    private static void overview(StringBuilder out, List<Evaluation> evaluations, List<Partnership> partnerships,
            ReportLabels l) {
        out.append("<section class=\"overview\">\n<h1>").append(esc(l.t("Översikt", "Overview"))).append("</h1>\n")
                .append("<table class=\"verdicts\">\n<thead><tr><th scope=\"col\">").append(esc(l.t("Underlag", "Input")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Bedömningsdag", "As-of date")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Offentligt kontrakt", "Public contract")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Statsstöd", "State aid")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Utfall per regeluppsättning", "Verdict per rule set")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            Partnership p = partnerships == null ? null : partnerships.get(i);
            out.append("<tr><th scope=\"row\"><a href=\"#report-").append(i + 1).append("\">")
                    .append(esc(titleOf(e, p, l))).append("</a></th><td>").append(esc(nz(e.asOf()))).append("</td><td>")
                    .append(publicContract(e, l)).append("</td><td>").append(stateAid(e, l)).append("</td><td>");
            List<String> verdicts = new ArrayList<>();
            for (RuleSetResult r : e.ruleSets()) {
                verdicts.add("<code>" + esc(r.ruleSet().ref()) + "</code> " + verdict(r, l));
            }
            out.append(String.join("<br>", verdicts)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void report(StringBuilder out, Evaluation e, Partnership p, ReportLabels l, boolean newPage, String id) {
        Provenance prov = new Provenance(p == null ? Partnership.EMPTY : p);
        out.append("<article class=\"report").append(newPage ? " new-page" : "").append("\" id=\"").append(id)
                .append("\">\n");
        out.append("<header>\n<h1>").append(esc(l.t("IOP-granskning: ", "IOP review: "))).append(esc(titleOf(e, p, l)))
                .append("</h1>\n");
        if (prov.anyAssumed()) {
            out.append("<p class=\"notice\" role=\"note\"><strong>")
                    .append(esc(l.t("Underlaget innehåller antagna uppgifter.", "The facts include assumptions.")))
                    .append("</strong> ")
                    .append(esc(l.t("Antagna uppgifter är markerade där de används; bedömningen gäller underlaget som "
                            + "det är angivet.", "Assumed facts are marked wherever they are used; the assessment is of "
                            + "the facts as given.")))
                    .append("</p>\n");
        }
        out.append("<dl class=\"meta\">\n");
        meta(out, l.t("Ärende", "Case"), code(e.partnershipId()));
        if (p != null && !p.parties().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Party party : p.parties()) {
                parts.add(esc(nz(party.name())) + " (" + esc(l.sector(party.sector())) + ")");
            }
            meta(out, l.t("Parter", "Parties"), String.join("; ", parts));
        }
        if (p != null && (p.term().startDate() != null || p.term().endDate() != null)) {
            meta(out, l.t("Avtalstid", "Term"), esc(nz(p.term().startDate()) + " – " + nz(p.term().endDate())));
        }
        meta(out, l.t("Bedömningsdag", "As-of date"), esc(nz(e.asOf()) + " (" + l.asOfBasis(e.asOfBasis()) + ")"));
        out.append("</dl>\n<p class=\"disclaimer\">")
                .append(esc(l.t("Stöd för bedömningen, inte juridisk rådgivning.",
                        "Supports, and does not replace, a legal assessment.")))
                .append("</p>\n</header>\n");
        summary(out, e, l, id);
        int n = 1;
        for (RuleSetResult r : e.ruleSets()) {
            ruleSet(out, n++, r, l, prov, id);
        }
        missingFacts(out, e, l);
        if (!prov.all().isEmpty()) {
            factSources(out, prov, l);
        }
        decisionRecord(out, e, l);
        out.append("</article>\n");
    }

    private static void summary(StringBuilder out, Evaluation e, ReportLabels l, String reportId) {
        out.append("<section class=\"summary\">\n<h2>").append(esc(l.t("Sammanfattning", "Summary"))).append("</h2>\n");
        out.append("<table class=\"assessment\">\n<thead><tr><th scope=\"col\">").append(esc(l.t("Fråga", "Question")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Bedömning", "Assessment"))).append("</th></tr></thead>\n<tbody>\n");
        out.append("<tr><th scope=\"row\">").append(esc(l.t("Offentligt kontrakt (LOU)", "Public contract (procurement law)")))
                .append("</th><td>").append(publicContract(e, l)).append("</td></tr>\n");
        out.append("<tr><th scope=\"row\">").append(esc(l.t("Statsstöd (art. 107.1 FEUF)", "State aid (Art. 107(1) TFEU)")))
                .append("</th><td>").append(stateAid(e, l)).append("</td></tr>\n");
        out.append("</tbody>\n</table>\n");
        if (e.ruleSets().isEmpty()) {
            out.append("<p>").append(esc(l.t("Ingen regeluppsättning utvärderades.", "No rule set was evaluated.")))
                    .append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"verdicts\">\n<thead><tr><th scope=\"col\">").append(esc(l.t("Regeluppsättning", "Rule set")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Rättslig status", "Legal status")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Utfall", "Verdict"))).append("</th>");
        for (Outcome o : Outcome.values()) {
            out.append("<th scope=\"col\" class=\"num\">").append(badge(o, l.word(o))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (RuleSetResult r : e.ruleSets()) {
            RuleSetInfo i = r.ruleSet();
            out.append("<tr><th scope=\"row\"><a href=\"#").append(anchor(reportId, i)).append("\">").append(esc(nz(i.title())))
                    .append("</a><br><code>").append(esc(i.ref())).append("</code>")
                    .append(r.dependency() ? " <span class=\"muted\">" + esc(l.t("(underlag)", "(dependency)")) + "</span>" : "")
                    .append("</th><td>").append(esc(l.status(i.status()))).append("</td><td>")
                    .append(verdict(r, l)).append("</td>");
            for (Outcome o : Outcome.values()) {
                out.append("<td class=\"num\">").append(r.count(o)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"legend\">")
                .append(esc(l.t("Endast ett ej uppfyllt rättsligt krav ger utfallet \"uppfyller inte\"; vägledande "
                        + "kriterier, rekommendationer och god praxis vägs in i en samlad bedömning, och är något av dem ej "
                        + "uppfyllt eller en varning blir utfallet \"uppfyller, med anmärkningar\". Okänt räknas aldrig "
                        + "som uppfyllt.", "Only a failed legal requirement makes the verdict \"does not meet\"; guiding "
                        + "indicators, recommendations and good practice feed an overall assessment, and a failed one or "
                        + "a warning makes it \"meets, with remarks\". Unknown never counts as passed.")))
                .append("</p>\n</section>\n");
    }

    private static void ruleSet(StringBuilder out, int n, RuleSetResult r, ReportLabels l, Provenance prov, String reportId) {
        RuleSetInfo i = r.ruleSet();
        out.append("<section class=\"ruleset\" id=\"").append(anchor(reportId, i)).append("\">\n<h2>").append(n).append(". ")
                .append(esc(nz(i.title()))).append(" <code>").append(esc(i.ref())).append("</code></h2>\n");
        out.append("<p>").append(esc(l.t("Utfall", "Verdict"))).append(": ").append(verdict(r, l));
        if (ReportLabels.qualified(r)) {
            out.append(" — ").append(esc(l.remarks(r)));
        }
        out.append(" · ").append(esc(l.status(i.status())));
        if (i.issuer() != null && !i.issuer().isBlank()) {
            out.append(" · ").append(esc(i.issuer()));
        }
        out.append("</p>\n");
        if (r.dependency()) {
            out.append("<p class=\"muted\">").append(esc(l.t("Utvärderad som underlag för en annan regeluppsättning eller "
                    + "helhetsbedömningen.", "Evaluated as a dependency of another rule set or of the overall assessment.")))
                    .append("</p>\n");
        }
        if (r.findings().isEmpty()) {
            out.append("<p>").append(esc(l.t("Inga resultat.", "No findings."))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"findings\">\n<thead><tr><th scope=\"col\">").append(esc(l.t("Resultat", "Outcome")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Kriterium", "Criterion")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Typ", "Kind")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Skäl", "Reason")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Källa", "Source"))).append("</th></tr></thead>\n<tbody>\n");
        for (Finding f : r.findings()) {
            out.append("<tr class=\"").append(cls(f.outcome())).append("\"><td>").append(badge(f.outcome(), l.word(f.outcome())))
                    .append("</td><td><code>").append(esc(f.criterionId())).append("</code>");
            if (!f.conclusion().isEmpty()) {
                out.append("<br><span class=\"muted\">").append(esc(f.conclusion())).append("</span>");
            }
            out.append("</td><td>").append(esc(l.kind(f.kind()))).append("</td><td>")
                    .append(esc(f.message().in(l.en ? "en" : "sv")));
            if (!f.because().isEmpty()) {
                out.append("<ul class=\"facts\">");
                for (FactValue v : f.because()) {
                    out.append("<li>").append(fact(v, l, prov)).append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</td><td>").append(f.sources().stream().map(HtmlReport::citation).collect(Collectors.joining("<br>")))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static String fact(FactValue v, ReportLabels l, Provenance prov) {
        StringBuilder s = new StringBuilder("<code>").append(esc(v.path())).append("</code> = ");
        if (v.known()) {
            s.append(esc(v.value()));
        } else {
            s.append("<strong class=\"missing\">")
                    .append(esc("UNKNOWN".equals(v.value()) ? l.t("okänt", "unknown") : l.t("saknas", "missing")))
                    .append("</strong>");
        }
        Provenance.Result r = prov.of(v.path());
        if (r.assumed()) {
            s.append(" <em class=\"assumed\">").append(esc(plain(l.assumed()))).append("</em>");
        } else if (r.relatedAssumed()) {
            s.append(" <em class=\"assumed\">").append(esc(plain(l.containsAssumed()))).append("</em>");
        }
        return s.toString();
    }

    private static void missingFacts(StringBuilder out, Evaluation e, ReportLabels l) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (RuleSetResult r : e.ruleSets()) {
            for (Finding f : r.findings()) {
                for (String path : f.missingFacts()) {
                    List<String> users = missing.computeIfAbsent(path, k -> new ArrayList<>());
                    if (!users.contains(f.criterionId())) {
                        users.add(f.criterionId());
                    }
                }
            }
        }
        out.append("<section class=\"missing-facts\">\n<h2>").append(esc(l.t("Saknade uppgifter", "Missing facts"))).append("</h2>\n");
        if (missing.isEmpty()) {
            out.append("<p>").append(esc(l.t("Inga: alla uppgifter som kriterierna behövde fanns.",
                    "None: every fact the criteria needed was given."))).append("</p>\n</section>\n");
            return;
        }
        out.append("<p>").append(esc(l.t("Uppgifter som saknas eller är okända, och vilka kriterier som behöver dem.",
                "Facts that are missing or unknown, and the criteria that need them."))).append("</p>\n");
        out.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(l.t("Uppgift", "Fact"))).append("</th><th scope=\"col\">")
                .append(esc(l.t("Behövs för", "Needed by"))).append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, List<String>> m : missing.entrySet()) {
            out.append("<tr><td><code>").append(esc(m.getKey())).append("</code></td><td>")
                    .append(m.getValue().stream().map(c -> "<code>" + esc(c) + "</code>").collect(Collectors.joining(", ")))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void factSources(StringBuilder out, Provenance prov, ReportLabels l) {
        out.append("<section class=\"fact-sources\">\n<h2>").append(esc(l.t("Uppgifternas grund", "Where the facts come from")))
                .append("</h2>\n<table>\n<thead><tr><th scope=\"col\">").append(esc(l.t("Uppgift", "Fact")))
                .append("</th><th scope=\"col\">").append(esc(l.t("Grund", "Basis"))).append("</th><th scope=\"col\">")
                .append(esc(l.t("Källa eller skäl för antagandet", "Source, or reason for the assumption")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (FactSource fs : prov.all()) {
            out.append("<tr><td><code>").append(esc(nz(fs.path()))).append("</code></td><td>")
                    .append(esc(Provenance.isAssumed(fs) ? plain(l.assumed()) : fs.basis() == null ? "?" : l.documented()))
                    .append("</td><td>").append(esc(nz(fs.reference()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void decisionRecord(StringBuilder out, Evaluation e, ReportLabels l) {
        out.append("<section class=\"decision-record\">\n<h2>")
                .append(esc(l.t("Beslutsunderlag (för spårbarhet)", "Decision record (for traceability)"))).append("</h2>\n");
        out.append("<dl class=\"meta\">\n");
        meta(out, l.t("Bedömningsdag", "As-of date"), esc(nz(e.asOf())) + " (<code>" + esc(nz(e.asOfBasis())) + "</code>)");
        meta(out, l.t("Motorversion", "Engine version"), esc(nz(e.engineVersion())));
        meta(out, l.t("Indata, sha256", "Input, sha256"), "<code class=\"hash\">" + esc(nz(e.inputSha256())) + "</code>");
        out.append("</dl>\n");
        if (!e.ruleSets().isEmpty()) {
            out.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(l.t("Regeluppsättning", "Rule set")))
                    .append("</th><th scope=\"col\">Version</th><th scope=\"col\">Status</th><th scope=\"col\">")
                    .append(esc(l.t("Gäller", "In force"))).append("</th><th scope=\"col\">sha256</th><th scope=\"col\">")
                    .append(esc(l.t("Begärd", "Requested"))).append("</th></tr></thead>\n<tbody>\n");
            for (RuleSetResult r : e.ruleSets()) {
                RuleSetInfo i = r.ruleSet();
                out.append("<tr><td><code>").append(esc(i.id())).append("</code></td><td>").append(esc(i.version()))
                        .append("</td><td>").append(i.status() == null ? "" : esc(i.status().name())).append("</td><td>")
                        .append(esc(nz(i.effectiveFrom()) + " – " + (i.effectiveTo() == null ? "" : i.effectiveTo())))
                        .append("</td><td><code class=\"hash\">").append(esc(nz(i.sha256()))).append("</code></td><td>")
                        .append(esc(r.dependency() ? l.t("nej (underlag)", "no (dependency)") : l.t("ja", "yes")))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        List<String> params = new ArrayList<>();
        for (RuleSetResult r : e.ruleSets()) {
            for (ParameterValue pv : r.parameters()) {
                StringBuilder s = new StringBuilder("<li><code>").append(esc(r.ruleSet().id() + "." + pv.name()))
                        .append("</code> = ").append(pv.value() == null ? "" : esc(pv.value().toPlainString()));
                if (pv.validFrom() != null) {
                    s.append(esc(l.t(" (från ", " (from ") + pv.validFrom() + ")"));
                }
                if (pv.overridden()) {
                    s.append(" <strong>").append(esc(l.t("ändrad av användaren", "overridden by the caller"))).append("</strong>");
                }
                if (pv.source() != null && !pv.source().isBlank()) {
                    s.append(" — ").append(esc(pv.source()));
                }
                params.add(s.append("</li>").toString());
            }
        }
        if (!params.isEmpty()) {
            out.append("<h3>").append(esc(l.t("Parametrar (tröskelvärden) som användes", "Parameters (thresholds) used")))
                    .append("</h3>\n<ul>\n").append(String.join("\n", params)).append("\n</ul>\n");
        }
        out.append("</section>\n");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String titleOf(Evaluation e, Partnership p, ReportLabels l) {
        return p != null && p.title() != null ? p.title() : e.partnershipId() != null ? e.partnershipId()
                : l.t("(utan titel)", "(untitled)");
    }

    private static void meta(StringBuilder out, String term, String html) {
        out.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String badge(Outcome o, String word) {
        return "<span class=\"badge " + cls(o) + "\"><span class=\"dot\" aria-hidden=\"true\"></span>" + esc(word) + "</span>";
    }

    private static String verdict(RuleSetResult r, ReportLabels l) {
        String c = ReportLabels.qualified(r) ? "warn" : switch (r.verdict()) {
            case MEETS -> "pass";
            case DOES_NOT_MEET -> "fail";
            case INCOMPLETE -> "na";
        };
        return "<span class=\"badge " + c + "\"><span class=\"dot\" aria-hidden=\"true\"></span>" + esc(plain(l.verdict(r)))
                + "</span>";
    }

    /** The public-contract assessment as a badge; one place for the summary and the overview. */
    private static String publicContract(Evaluation e, ReportLabels l) {
        Likelihood pc = e.assessment() == null ? null : e.assessment().publicContract();
        return likelihood(pc, plain(l.publicContract(pc)));
    }

    /** The state-aid assessment as a badge; one place for the summary and the overview. */
    private static String stateAid(Evaluation e, ReportLabels l) {
        Likelihood sa = e.assessment() == null ? null : e.assessment().stateAid();
        return likelihood(sa, plain(l.stateAid(sa)));
    }

    private static String likelihood(Likelihood v, String text) {
        String c = v == null ? "na" : switch (v) {
            case LIKELY -> "fail";
            case UNLIKELY -> "pass";
            case NOT_ASSESSABLE -> "na";
        };
        return "<span class=\"badge " + c + "\"><span class=\"dot\" aria-hidden=\"true\"></span>" + esc(text) + "</span>";
    }

    private static String cls(Outcome o) {
        return switch (o) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case WARNING -> "warn";
            case NOT_ASSESSABLE -> "na";
            case INFO -> "info";
        };
    }

    private static String citation(Citation c) {
        return (c.key().isEmpty() ? "" : "<span class=\"muted\">[" + esc(c.key()) + "]</span> ") + esc(c.toString());
    }

    /** Unique in the document: a rule set appears once per report, and a document may hold several reports. */
    private static String anchor(String reportId, RuleSetInfo i) {
        return reportId + "-rs-" + (i.id() + "-" + i.version()).replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String code(String s) {
        return "<code>" + esc(nz(s)) + "</code>";
    }

    /** Drops the leading emoji symbol of a label: HTML shows colour with CSS and keeps the word. */
    static String plain(String label) {
        return label.replaceFirst("^[^\\p{L}\\p{N}(\"]+", "");
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    /** @return text with HTML's special characters escaped (safe in element content and attribute values) */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            :root { --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #b42318; --fail-bg: #fee4e2; --warn: #8a5a00;
              --warn-bg: #fff4cc; --na: #57606a; --na-bg: #eaeef2; --info: #0b5cad; --info-bg: #ddf4ff; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              font-size: 15px; line-height: 1.45; color: #1f2328; background: #fff; margin: 0 auto; max-width: 72rem;
              padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .6rem; }
            h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
            code.hash { word-break: break-all; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
            th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #f6f8fa; }
            td.num, th.num { text-align: center; white-space: nowrap; }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
            dl.meta dt { font-weight: 600; }
            dl.meta dd { margin: 0; }
            .muted, .disclaimer, .legend { color: #57606a; }
            .notice { border-left: 4px solid var(--warn); background: var(--warn-bg); padding: .5rem .8rem; }
            .badge { display: inline-block; white-space: nowrap; border-radius: 999px; padding: .05rem .55rem;
              font-weight: 600; font-size: .85em; border: 1px solid currentColor; }
            .badge .dot { display: inline-block; width: .7em; height: .7em; border-radius: 50%; background: currentColor;
              margin-right: .35em; vertical-align: -.05em; }
            .badge.pass { color: var(--pass); background: var(--pass-bg); }
            .badge.fail { color: var(--fail); background: var(--fail-bg); }
            .badge.warn { color: var(--warn); background: var(--warn-bg); }
            .badge.na { color: var(--na); background: var(--na-bg); }
            .badge.info { color: var(--info); background: var(--info-bg); }
            tr.fail td:first-child { border-left: 4px solid var(--fail); }
            tr.warn td:first-child { border-left: 4px solid var(--warn); }
            tr.na td:first-child { border-left: 4px solid var(--na); }
            tr.pass td:first-child { border-left: 4px solid var(--pass); }
            tr.info td:first-child { border-left: 4px solid var(--info); }
            ul.facts { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .92em; }
            .missing { color: var(--fail); }
            .assumed { color: var(--warn); }
            a { color: inherit; }
            @page { size: A4; margin: 16mm 14mm; }
            @media print {
              body { font-size: 10.5pt; max-width: none; padding: 0; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h2, h3 { break-after: avoid; }
              tr, .badge, dl.meta { break-inside: avoid; }
              thead { display: table-header-group; }
              a { text-decoration: none; }
              .new-page { break-before: page; }
            }
            """;
}
