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
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;

/**
 * Renders an {@link Evaluation} as a Markdown report a case officer can read in a terminal and put on file.
 *
 * <p>Order: title and identity; a warning when the partnership contains assumed facts; the summary (public-contract
 * and state-aid assessment, verdict per rule set with counts); per rule set a table of all findings and the details of
 * every FAIL, WARNING and NOT_ASSESSABLE finding (message, the facts with their values, citations); the missing facts;
 * where the facts come from; the decision record (as-of date and basis, rule-set versions, statuses and hashes, input
 * hash, engine version, parameters).
 *
 * <p>A fact whose {@link FactSource} basis is ASSUMED is marked "⚠ antaget (illustrativt)" wherever a finding cites it;
 * a derived value or list built from assumed facts is marked as well. The output is deterministic: no timestamps,
 * everything in the order of the evaluation and the partnership, so a report can be compared and re-created.
 */
public final class MarkdownReport {
    private static final int SHA_PREFIX = 12;
    /** The rule set behind {@code Assessment.publicContract()}. */
    static final String PUBLIC_CONTRACT_SET = "eu-public-contract";
    /** The rule set behind {@code Assessment.stateAid()}. */
    static final String STATE_AID_SET = "state-aid";

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
        if (e == null) {
            throw new IllegalArgumentException("evaluation is required");
        }
        ReportLabels l = ReportLabels.of(lang);
        Provenance prov = new Provenance(p);
        StringBuilder out = new StringBuilder();
        header(out, e, p, l, prov);
        summary(out, e, l);
        int n = 1;
        for (RuleSetResult r : e.ruleSets()) {
            ruleSet(out, n++, r, l, prov, p);
        }
        missingFacts(out, e, l);
        if (includeFactSources && !prov.all().isEmpty()) {
            factSources(out, prov, l);
        }
        decisionRecord(out, e, l);
        return out.toString();
    }

    /**
     * One table over several evaluations, a row each: as-of date, the public-contract and state-aid assessment, and
     * every rule set's verdict, so that a reader with several reports (a register, a sample set) sees them side by side
     * before reading any of them.
     *
     * @param evaluations the evaluations
     * @param labels a short label per evaluation (e.g. the file or the agreement), same order and size
     * @param lang "sv" (default) or "en"
     * @return the overview as Markdown, ending with a blank line
     */
    public static String overview(List<Evaluation> evaluations, List<String> labels, String lang) {
        if (evaluations.size() != labels.size()) {
            throw new IllegalArgumentException("one label per evaluation: " + evaluations.size() + " evaluations, "
                    + labels.size() + " labels");
        }
        ReportLabels l = ReportLabels.of(lang);
        StringBuilder out = new StringBuilder("## ").append(l.t("Översikt", "Overview")).append("\n\n");
        out.append("| ").append(l.t("Underlag", "Input")).append(" | ").append(l.t("Bedömningsdag", "As-of date"))
                .append(" | ").append(l.t("Offentligt kontrakt", "Public contract")).append(" | ")
                .append(l.t("Statsstöd", "State aid")).append(" | ").append(l.t("Utfall per regeluppsättning",
                        "Verdict per rule set")).append(" |\n|---|---|---|---|---|\n");
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            List<String> verdicts = new ArrayList<>();
            for (RuleSetResult r : e.ruleSets()) {
                verdicts.add("`" + r.ruleSet().ref() + "` " + l.verdict(r));
            }
            out.append("| ").append(cell(labels.get(i))).append(" | ").append(e.asOf()).append(" | ")
                    .append(publicContract(e, l)).append(" | ").append(stateAid(e, l))
                    .append(" | ").append(String.join("; ", verdicts)).append(" |\n");
        }
        return out.append("\n").toString();
    }

    // ---- header ----------------------------------------------------------------------------------------------

    private static void header(StringBuilder out, Evaluation e, Partnership p, ReportLabels l, Provenance prov) {
        String title = p != null && p.title() != null ? p.title() : e.partnershipId() != null ? e.partnershipId()
                : l.t("(utan titel)", "(untitled)");
        out.append("# ").append(l.t("IOP-granskning: ", "IOP review: ")).append(inline(title)).append("\n\n");
        if (prov.anyAssumed()) {
            long assumed = prov.all().stream().filter(Provenance::isAssumed).count();
            out.append("> **").append(l.t("⚠ Underlaget innehåller antagna uppgifter.", "⚠ The facts include assumptions."))
                    .append("** ")
                    .append(l.t(assumed + " av " + prov.all().size() + " uppgifter med angiven grund är antagna för "
                            + "illustration och markeras \"" + l.assumed() + "\" där de används. Bedömningen gäller "
                            + "underlaget som det är angivet, inte ett verkligt avtal.",
                            assumed + " of " + prov.all().size() + " facts with a stated basis are assumed for "
                            + "illustration and marked \"" + l.assumed() + "\" wherever they are used. The assessment "
                            + "is of the facts as given, not of a real agreement."))
                    .append("\n\n");
        }
        out.append("- ").append(l.t("Ärende", "Case")).append(": `").append(nz(e.partnershipId())).append("`\n");
        if (p != null && !p.parties().isEmpty()) {
            out.append("- ").append(l.t("Parter", "Parties")).append(": ");
            List<String> parts = new ArrayList<>();
            for (Party party : p.parties()) {
                parts.add(inline(nz(party.name())) + " (" + l.sector(party.sector()) + ")");
            }
            out.append(String.join("; ", parts)).append("\n");
        }
        if (p != null && (p.term().startDate() != null || p.term().endDate() != null)) {
            out.append("- ").append(l.t("Avtalstid", "Term")).append(": ").append(nz(p.term().startDate()))
                    .append(" – ").append(nz(p.term().endDate())).append("\n");
        }
        if (p != null && p.signingDate() != null) {
            out.append("- ").append(l.t("Undertecknat", "Signed")).append(": ").append(p.signingDate()).append("\n");
        }
        out.append("- ").append(l.t("Bedömningsdag", "As-of date")).append(": ").append(e.asOf()).append(" (")
                .append(l.asOfBasis(e.asOfBasis())).append(l.t("; regler i kraft den dagen", "; rules in force that day"))
                .append(")\n");
        out.append("- ").append(l.t("Stöd för bedömningen, inte juridisk rådgivning.",
                "Supports, and does not replace, a legal assessment.")).append("\n\n");
    }

    // ---- summary ---------------------------------------------------------------------------------------------

    private static void summary(StringBuilder out, Evaluation e, ReportLabels l) {
        out.append("## ").append(l.t("Sammanfattning", "Summary")).append("\n\n");
        out.append("| ").append(l.t("Fråga", "Question")).append(" | ").append(l.t("Bedömning", "Assessment"))
                .append(" |\n|---|---|\n");
        out.append("| ").append(l.t("Offentligt kontrakt (LOU)", "Public contract (procurement law)")).append(" | ")
                .append(publicContract(e, l)).append(" |\n");
        out.append("| ").append(l.t("Statsstöd (art. 107.1 FEUF)", "State aid (Art. 107(1) TFEU)")).append(" | ")
                .append(stateAid(e, l)).append(" |\n\n");
        if (e.ruleSets().isEmpty()) {
            out.append(l.t("Ingen regeluppsättning utvärderades.", "No rule set was evaluated.")).append("\n\n");
            return;
        }
        out.append("| ").append(l.t("Regeluppsättning", "Rule set")).append(" | ").append(l.t("Rättslig status", "Legal status"))
                .append(" | ").append(l.t("Utfall", "Verdict")).append(" | 🟢 | 🔴 | 🟡 | ⚪ | 🔵 |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (RuleSetResult r : e.ruleSets()) {
            RuleSetInfo i = r.ruleSet();
            out.append("| `").append(i.ref()).append("`").append(r.dependency() ? l.t(" (hjälpregler)", " (dependency)") : "")
                    .append(" | ").append(l.status(i.status())).append(" | ").append(l.verdict(r));
            for (Outcome o : List.of(Outcome.PASS, Outcome.FAIL, Outcome.WARNING, Outcome.NOT_ASSESSABLE, Outcome.INFO)) {
                out.append(" | ").append(r.count(o));
            }
            out.append(" |\n");
        }
        out.append("\n").append(l.t("Teckenförklaring", "Legend")).append(": ");
        List<String> legend = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            legend.add(ReportLabels.symbol(o) + " " + l.word(o).toLowerCase(java.util.Locale.ROOT));
        }
        out.append(String.join(" · ", legend)).append(". ")
                .append(l.t("Endast ett ej uppfyllt rättsligt krav ger utfallet \"uppfyller inte\"; vägledande kriterier, "
                        + "rekommendationer och god praxis vägs in i en samlad bedömning, och är något av dem ej uppfyllt "
                        + "eller en varning blir utfallet \"uppfyller, med anmärkningar\".",
                        "Only a failed legal requirement makes the verdict \"does not meet\"; guiding indicators, "
                        + "recommendations and good practice feed an overall assessment, and a failed one or a warning "
                        + "makes it \"meets, with remarks\"."))
                .append("\n\n");
    }

    /** The public-contract assessment, or "not assessed" when its rule set did not run (no version in force). */
    private static String publicContract(Evaluation e, ReportLabels l) {
        return evaluated(e, PUBLIC_CONTRACT_SET)
                ? l.publicContract(e.assessment() == null ? null : e.assessment().publicContract())
                : l.notEvaluated(PUBLIC_CONTRACT_SET);
    }

    /** The state-aid assessment, or "not assessed" when its rule set did not run. */
    private static String stateAid(Evaluation e, ReportLabels l) {
        return evaluated(e, STATE_AID_SET)
                ? l.stateAid(e.assessment() == null ? null : e.assessment().stateAid())
                : l.notEvaluated(STATE_AID_SET);
    }

    private static boolean evaluated(Evaluation e, String ruleSetId) {
        return e.ruleSet(ruleSetId).isPresent();
    }

    // ---- per rule set ----------------------------------------------------------------------------------------

    private static void ruleSet(StringBuilder out, int n, RuleSetResult r, ReportLabels l, Provenance prov, Partnership p) {
        RuleSetInfo i = r.ruleSet();
        out.append("## ").append(n).append(". ").append(inline(nz(i.title()))).append(" (`").append(i.ref()).append("`)\n\n");
        out.append(l.t("Utfall", "Verdict")).append(": ").append(l.verdict(r));
        if (ReportLabels.qualified(r)) {
            out.append(" — ").append(l.remarks(r));
        }
        out.append(" · ").append(l.status(i.status()));
        if (i.issuer() != null && !i.issuer().isBlank()) {
            out.append(" · ").append(inline(i.issuer()));
        }
        out.append("\n");
        if (r.dependency()) {
            out.append("\n").append(l.t("Utvärderad som underlag: en annan regeluppsättning eller helhetsbedömningen "
                    + "använder dess slutsatser.", "Evaluated as a dependency: another rule set or the overall "
                    + "assessment uses its conclusions.")).append("\n");
        }
        out.append("\n");
        if (r.findings().isEmpty()) {
            out.append(l.t("Inga resultat.", "No findings.")).append("\n\n");
            return;
        }
        out.append("| ").append(l.t("Resultat", "Outcome")).append(" | ").append(l.t("Kriterium", "Criterion"))
                .append(" | ").append(l.t("Typ", "Kind")).append(" | ").append(l.t("Slutsats", "Conclusion"))
                .append(" |\n|---|---|---|---|\n");
        for (Finding f : r.findings()) {
            out.append("| ").append(ReportLabels.symbol(f.outcome())).append(" ").append(l.word(f.outcome()))
                    .append(" | `").append(f.criterionId()).append("`").append(partySuffix(f, p).replace("|", "\\|")).append(" | ")
                    .append(l.kind(f.kind())).append(" | ")
                    .append(cell(f.conclusion())).append(" |\n");
        }
        out.append("\n");
        List<Finding> notable = r.findings().stream()
                .filter(f -> f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARNING
                        || f.outcome() == Outcome.NOT_ASSESSABLE)
                .toList();
        if (notable.isEmpty()) {
            out.append(l.t("Inget att anmärka: inga kriterier ej uppfyllda, inga varningar och inga som inte kan bedömas.",
                    "Nothing to note: no failed criteria, no warnings, nothing unassessable.")).append("\n\n");
            return;
        }
        out.append("### ").append(l.t("Att uppmärksamma", "To look at")).append("\n\n");
        for (Outcome o : List.of(Outcome.FAIL, Outcome.WARNING, Outcome.NOT_ASSESSABLE)) {
            for (Finding f : notable) {
                if (f.outcome() == o) {
                    finding(out, f, l, prov, p);
                }
            }
        }
    }

    private static void finding(StringBuilder out, Finding f, ReportLabels l, Provenance prov, Partnership p) {
        out.append("#### ").append(ReportLabels.symbol(f.outcome())).append(" ").append(l.word(f.outcome()))
                .append(" — `").append(f.criterionId()).append("`").append(partySuffix(f, p)).append(" (")
                .append(l.kind(f.kind()));
        if (!f.conclusion().isEmpty()) {
            out.append(", ").append(f.conclusion());
        }
        out.append(")\n\n");
        out.append(block(f.message().in(l.en ? "en" : "sv"))).append("\n\n");
        if (!f.because().isEmpty()) {
            out.append("- ").append(l.t("Uppgifter", "Facts")).append(":\n");
            for (FactValue v : f.because()) {
                out.append("  - ").append(fact(v, l, prov)).append("\n");
            }
        }
        if (!f.sources().isEmpty()) {
            out.append("- ").append(l.t("Källa", "Source")).append(": ")
                    .append(f.sources().stream().map(MarkdownReport::citation).collect(Collectors.joining("; ")))
                    .append("\n");
        }
        if (!f.rule().isEmpty()) {
            out.append("- ").append(l.t("Regel", "Rule")).append(": ").append(inline(f.rule())).append("\n");
        }
        out.append("\n");
    }

    /**
     * A party-level finding (its facts name exactly one party) gets the party's name, so that the findings of one
     * criterion for several parties can be told apart.
     */
    static String partySuffix(Finding f, Partnership p) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (FactValue v : f.because()) {
            java.util.regex.Matcher m = PARTY_PATH.matcher(v.path());
            if (m.lookingAt()) {
                ids.add(m.group(1));
            }
        }
        if (ids.size() != 1) {
            return "";
        }
        String id = ids.iterator().next();
        String name = id;
        if (p != null) {
            for (Party party : p.parties()) {
                if (id.equals(party.id()) && party.name() != null) {
                    name = party.name();
                }
            }
        }
        return " – " + inline(name);
    }

    private static final java.util.regex.Pattern PARTY_PATH = java.util.regex.Pattern.compile("parties\\[([^\\]]+)\\]");

    /** One cited fact: path, value and, when the partnership says so, where it comes from. */
    static String fact(FactValue v, ReportLabels l, Provenance prov) {
        StringBuilder s = new StringBuilder("`").append(v.path()).append("` = ");
        if (v.known()) {
            s.append(inline(v.value()));
        } else {
            s.append("UNKNOWN".equals(v.value()) ? l.t("okänt", "unknown") : l.t("saknas", "missing"));
        }
        Provenance.Result r = prov.of(v.path());
        if (r.assumed()) {
            s.append(" — ").append(l.assumed()).append(": ").append(references(r.exact(), true));
        } else if (r.relatedAssumed()) {
            s.append(" — ").append(l.containsAssumed()).append(": ").append(r.related().stream()
                    .filter(Provenance::isAssumed).map(fs -> "`" + fs.path() + "`").distinct()
                    .collect(Collectors.joining(", ")));
        } else if (!r.exact().isEmpty()) {
            s.append(" — ").append(l.documented()).append(": ").append(references(r.exact(), false));
        }
        return s.toString();
    }

    private static String references(List<FactSource> sources, boolean assumedOnly) {
        return sources.stream().filter(fs -> !assumedOnly || Provenance.isAssumed(fs))
                .map(fs -> inline(nz(fs.reference()))).distinct().collect(Collectors.joining("; "));
    }

    // ---- missing facts ---------------------------------------------------------------------------------------

    private static void missingFacts(StringBuilder out, Evaluation e, ReportLabels l) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (RuleSetResult r : e.ruleSets()) {
            for (Finding f : r.findings()) {
                for (String path : f.missingFacts()) {
                    if (!isInputFact(path)) {
                        continue;
                    }
                    List<String> users = missing.computeIfAbsent(path, k -> new ArrayList<>());
                    if (!users.contains(f.criterionId())) {
                        users.add(f.criterionId());
                    }
                }
            }
        }
        out.append("## ").append(l.t("Saknade uppgifter", "Missing facts")).append("\n\n");
        if (missing.isEmpty()) {
            out.append(l.t("Inga: alla uppgifter som kriterierna behövde fanns.", "None: every fact the criteria needed was given."))
                    .append("\n\n");
            return;
        }
        out.append(l.t("Uppgifter som saknas eller är okända, och vilka kriterier som behöver dem. Okänt räknas aldrig som "
                + "uppfyllt. (Slutsatser som inte kunde dras på grund av dem syns under respektive regeluppsättning.)",
                "Facts that are missing or unknown, and the criteria that need them. Unknown never counts as passed. "
                + "(Conclusions that could not be drawn because of them are shown under each rule set.)"))
                .append("\n\n");
        for (Map.Entry<String, List<String>> m : missing.entrySet()) {
            out.append("- `").append(m.getKey()).append("` — ").append(l.t("behövs för", "needed by")).append(": ")
                    .append(m.getValue().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))).append("\n");
        }
        out.append("\n");
    }

    /** @return false for values that are not facts a user can supply: other rules' conclusions, parameters, details */
    static boolean isInputFact(String path) {
        return !(path.startsWith("conclusion.") || path.startsWith("param.") || path.startsWith("detail."));
    }

    // ---- fact sources ----------------------------------------------------------------------------------------

    private static void factSources(StringBuilder out, Provenance prov, ReportLabels l) {
        out.append("## ").append(l.t("Uppgifternas grund", "Where the facts come from")).append("\n\n");
        out.append("| ").append(l.t("Uppgift", "Fact")).append(" | ").append(l.t("Grund", "Basis")).append(" | ")
                .append(l.t("Källa eller skäl för antagandet", "Source, or reason for the assumption")).append(" |\n|---|---|---|\n");
        for (FactSource fs : prov.all()) {
            out.append("| `").append(fs.path()).append("` | ")
                    .append(Provenance.isAssumed(fs) ? l.assumed() : fs.basis() == null ? "?" : l.documented())
                    .append(" | ").append(cell(nz(fs.reference()))).append(" |\n");
        }
        out.append("\n");
    }

    // ---- decision record -------------------------------------------------------------------------------------

    private static void decisionRecord(StringBuilder out, Evaluation e, ReportLabels l) {
        out.append("## ").append(l.t("Beslutsunderlag (för spårbarhet)", "Decision record (for traceability)")).append("\n\n");
        out.append("- ").append(l.t("Bedömningsdag", "As-of date")).append(": ").append(e.asOf()).append(" (")
                .append(l.t("grund", "basis")).append(": ").append(l.asOfBasis(e.asOfBasis())).append(", `")
                .append(nz(e.asOfBasis())).append("`)\n");
        out.append("- ").append(l.t("Motorversion", "Engine version")).append(": ").append(nz(e.engineVersion())).append("\n");
        out.append("- ").append(l.t("Indata, sha256", "Input, sha256")).append(": `").append(nz(e.inputSha256())).append("`\n\n");
        if (e.ruleSets().isEmpty()) {
            return;
        }
        out.append("| ").append(l.t("Regeluppsättning", "Rule set")).append(" | Version | Status | ")
                .append(l.t("Gäller", "In force")).append(" | sha256 | ").append(l.t("Begärd", "Requested")).append(" |\n")
                .append("|---|---|---|---|---|---|\n");
        for (RuleSetResult r : e.ruleSets()) {
            RuleSetInfo i = r.ruleSet();
            out.append("| `").append(i.id()).append("` | ").append(i.version()).append(" | ")
                    .append(i.status() == null ? "" : i.status().name()).append(" | ").append(nz(i.effectiveFrom()))
                    .append(" – ").append(i.effectiveTo() == null ? "" : i.effectiveTo().toString()).append(" | `")
                    .append(prefix(i.sha256())).append("` | ")
                    .append(r.dependency() ? l.t("nej (underlag)", "no (dependency)") : l.t("ja", "yes")).append(" |\n");
        }
        out.append("\n");
        boolean anyParams = e.ruleSets().stream().anyMatch(r -> !r.parameters().isEmpty());
        if (anyParams) {
            out.append(l.t("Parametrar (tröskelvärden) som användes:", "Parameters (thresholds) used:")).append("\n\n");
            for (RuleSetResult r : e.ruleSets()) {
                for (ParameterValue pv : r.parameters()) {
                    out.append("- `").append(r.ruleSet().id()).append(".").append(pv.name()).append("` = ")
                            .append(pv.value() == null ? "" : pv.value().toPlainString());
                    if (pv.validFrom() != null) {
                        out.append(l.t(" (från ", " (from ")).append(pv.validFrom()).append(")");
                    }
                    if (pv.overridden()) {
                        out.append(l.t(" — ändrad av användaren", " — overridden by the caller"));
                    }
                    if (pv.source() != null && !pv.source().isBlank()) {
                        out.append(" — ").append(inline(pv.source()));
                    }
                    out.append("\n");
                }
            }
            out.append("\n");
        }
    }

    // ---- text helpers ----------------------------------------------------------------------------------------

    private static String citation(Citation c) {
        String text = c.toString();
        return c.key().isEmpty() ? inline(text) : "[" + c.key() + "] " + inline(text);
    }

    private static String prefix(String sha) {
        if (sha == null) {
            return "";
        }
        return sha.length() <= SHA_PREFIX ? sha : sha.substring(0, SHA_PREFIX);
    }

    private static String nz(Object o) {
        return o == null ? "–" : o.toString();
    }

    /** Text on one line (no line breaks). */
    private static String inline(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** Text in a table cell: one line, pipes escaped. */
    private static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    /** A paragraph: lines kept, blank lines collapsed so the text stays one Markdown block. */
    private static String block(String s) {
        return s == null ? "" : s.strip().replaceAll("(\\R\\s*){2,}", "\n");
    }
}
