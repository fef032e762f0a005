package se.ioprules.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import se.ioprules.api.facts.FactText;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;

/**
 * What a report shows, decided once for both renderers ({@link MarkdownReport}, {@link HtmlReport}): the header, the
 * summary, a section per rule set with its findings and what to look at, the missing facts, where the facts come
 * from, the sources cited and the decision record; and the overview of several reports. Every string in the model is
 * prose in the report's language or a value from the input or a rule set; the renderers only lay it out and escape it.
 */
final class ReportModel {
    /** The rule set behind {@code Assessment.publicContract()}. */
    static final String PUBLIC_CONTRACT_SET = "eu-public-contract";
    /** The rule set behind {@code Assessment.stateAid()}. */
    static final String STATE_AID_SET = "state-aid";
    /** More parties than this are counted, not listed, in the header. */
    static final int MAX_PARTIES_LISTED = 12;
    private static final int SHA_PREFIX = 12;
    /** Longest label of an input in the overview, in characters. */
    static final int MAX_OVERVIEW_LABEL = 140;
    private static final Pattern PARTY_PATH = Pattern.compile("^parties\\[([^\\]]+)\\]");

    private ReportModel() {
    }

    /** How a label reads: the colour in HTML, the symbol in Markdown. ELEMENT is an element of a legal test. */
    enum Tone { PASS, FAIL, WARN, NA, INFO, ELEMENT }

    /** A coloured label; the word always carries the meaning. */
    record Badge(Tone tone, String word) {
    }

    /** A criterion as a reader sees it: its title (if the rule set gives one), its id, and the party it is about. */
    record Criterion(String title, String id, String party) {
    }

    /** A citation in short form: the source key (listed once per report in {@link Report#sources}) and the place. */
    record Cite(String key, String locator) {
    }

    /** A source document, listed once per report. */
    record SourceDoc(String key, String document) {
    }

    /** One fact a finding cites: its path, its value in words, and where it comes from when the input says so. */
    record Fact(String path, String value, boolean missing, String basis, String reference, boolean assumed) {
    }

    record FindingView(Badge badge, Criterion criterion, String kind, String conclusion, String message, List<Fact> facts,
            List<Cite> cites) {
    }

    /** @param why the reason for the verdict as a sentence ({@link RuleSetResult#verdictWhy()}) */
    record RuleSetView(String anchor, int number, String title, String ref, Badge verdict, String remarks, String why,
            String status,
            String issuer, boolean dependency, List<FindingView> findings, List<FindingView> toLookAt) {
    }

    record RuleSetRow(String anchor, String title, String ref, boolean dependency, String status, Badge verdict,
            long[] counts) {
    }

    /**
     * One legal question: the answer (with the way an undecided one leans, in words), why (the aggregate's own
     * sentence, e.g. "4 av 6 kriterier uppfyllda; omstritt: …"), and the guideline findings that point the other way.
     */
    record AssessmentRow(String question, Badge answer, String why, List<String> disagreements) {
    }

    record Meta(String term, String value, boolean code) {
    }

    /** A party in the header: its name (from the input) and its sector in words (the report's own). */
    record PartyRef(String name, String sector) {
    }

    record MissingFact(String path, List<Criterion> neededBy) {
    }

    record FactSourceRow(String path, boolean assumed, String basis, String reference) {
    }

    record RecordRow(String id, String version, String status, String inForce, String sha256, String requested) {
    }

    record Param(String name, String value, String validFrom, boolean overridden, String note) {
    }

    record DecisionRecord(String asOf, String basis, String engine, String inputSha256, List<RecordRow> ruleSets,
            List<Param> parameters) {
    }

    /** Facts that contradict each other but may each be right ({@code PartnershipValidator.warnings}). */
    record Contradiction(String message, List<String> paths) {
    }

    /**
     * One report. {@code notice} is the warning about assumed facts, or null; {@code contradictions} the input's
     * contradictory facts, each shown beside it.
     */
    record Report(String id, String title, String notice, List<Contradiction> contradictions, List<Meta> meta, List<PartyRef> parties, String moreParties,
            List<AssessmentRow> assessment,
            List<RuleSetRow> ruleSetRows, List<RuleSetView> ruleSets, List<MissingFact> missing,
            List<FactSourceRow> factSources, List<SourceDoc> sources, DecisionRecord record) {
    }

    record VerdictChip(String ruleSet, Badge verdict) {
    }

    /** One row of the overview; the counts are of findings to look at (elements of legal tests not counted). */
    record OverviewRow(String label, String anchor, String asOf, Badge publicContract, Badge stateAid,
            List<VerdictChip> verdicts, long fail, long warn, long na) {
    }

    /** The outcomes in the order the summary counts them. */
    static final List<Outcome> COUNTED = List.of(Outcome.PASS, Outcome.FAIL, Outcome.WARNING, Outcome.NOT_ASSESSABLE,
            Outcome.INFO);

    // ---- building ---------------------------------------------------------------------------------------------

    static Report report(Evaluation e, Partnership p, ReportLabels l, String id, boolean withFactSources) {
        if (e == null) {
            throw new IllegalArgumentException("evaluation is required");
        }
        Provenance prov = new Provenance(p);
        Map<String, SourceDoc> sources = new LinkedHashMap<>();
        List<RuleSetView> sets = new ArrayList<>();
        List<RuleSetRow> rows = new ArrayList<>();
        int n = 1;
        for (RuleSetResult r : e.ruleSets()) {
            RuleSetInfo i = r.ruleSet();
            String anchor = id + "-rs-" + (i.id() + "-" + i.version()).replaceAll("[^A-Za-z0-9_-]", "-");
            long[] counts = COUNTED.stream().mapToLong(r::count).toArray();
            rows.add(new RuleSetRow(anchor, i.title(l.lang()), i.ref(), r.dependency(), l.status(i.status()),
                    verdict(r, l), counts));
            List<FindingView> all = new ArrayList<>();
            List<FindingView> look = new ArrayList<>();
            for (Finding f : r.findings()) {
                all.add(finding(f, i, p, l, prov, sources));
            }
            for (Outcome o : List.of(Outcome.FAIL, Outcome.WARNING, Outcome.NOT_ASSESSABLE)) {
                for (int k = 0; k < r.findings().size(); k++) {
                    if (r.findings().get(k).outcome() == o) {
                        look.add(all.get(k));
                    }
                }
            }
            sets.add(new RuleSetView(anchor, n++, i.title(l.lang()), i.ref(), verdict(r, l), l.remarks(r),
                    r.verdictWhy().in(l.lang()), l.status(i.status()), i.issuer() == null ? "" : i.issuer(), r.dependency(), all, look));
        }
        return new Report(id, l.t("IOP-granskning: ", "IOP review: ") + titleOf(e, p, l), notice(prov, l),
                contradictions(p, l), meta(e, p, l), parties(p, l), moreParties(p, l), assessment(e, l), rows, sets, missing(e, l),
                withFactSources ? factSources(prov, l) : List.of(), List.copyOf(sources.values()), record(e, l));
    }

    static String titleOf(Evaluation e, Partnership p, ReportLabels l) {
        return p != null && p.title() != null ? p.title() : e.partnershipId() != null ? e.partnershipId()
                : l.t("(utan titel)", "(untitled)");
    }

    /** The heading of the notice: about assumptions when it names any, else about extracted, unconfirmed facts. */
    /** The input's warnings: the assessment rests on facts of which one may be recorded wrongly. */
    private static List<Contradiction> contradictions(Partnership p, ReportLabels l) {
        if (p == null) {
            return List.of();
        }
        List<Contradiction> out = new ArrayList<>();
        for (se.ioprules.api.InputWarning w : se.ioprules.api.PartnershipValidator.warnings(p)) {
            out.add(new Contradiction(w.message().in(l.lang()), w.paths()));
        }
        return out;
    }

    static String contradictionTitle(ReportLabels l) {
        return l.t("Uppgifterna motsäger varandra.", "The facts contradict each other.");
    }

    static String noticeTitle(String notice, ReportLabels l) {
        return notice.contains("\"" + l.assumed() + "\"")
                ? l.t("Underlaget innehåller antagna uppgifter.", "The facts include assumptions.")
                : l.t("Underlaget innehåller utlästa, ej bekräftade uppgifter.",
                        "The facts include extracted, unconfirmed facts.");
    }

    private static String notice(Provenance prov, ReportLabels l) {
        if (!prov.anyAssumed()) {
            return null;
        }
        long assumed = prov.all().stream().filter(Provenance::isAssumed).count();
        long extracted = prov.all().stream().filter(Provenance::isExtracted).count();
        String ex = extracted == 0 ? null : l.t(extracted + " av " + prov.all().size() + " uppgifter med angiven grund "
                + "är utlästa ur avtalets text av ett program och inte bekräftade; de markeras \"" + l.extracted()
                + "\" där de används. Kontrollera dem mot citaten innan bedömningen används.", extracted + " of "
                + prov.all().size() + " facts with a stated basis were read from the agreement's text by a program and "
                + "are not confirmed; they are marked \"" + l.extracted() + "\" wherever they are used. Check them "
                + "against their quotes before relying on the assessment.");
        if (assumed == 0) {
            return ex;
        }
        return (ex == null ? "" : ex + " ") + l.t(assumed + " av " + prov.all().size() + " uppgifter med angiven grund är antagna för illustration "
                + "och markeras \"" + l.assumed() + "\" där de används. Bedömningen gäller underlaget som det är "
                + "angivet, inte ett verkligt avtal.", assumed + " of " + prov.all().size() + " facts with a stated "
                + "basis are assumed for illustration and marked \"" + l.assumed() + "\" wherever they are used. The "
                + "assessment is of the facts as given, not of a real agreement.");
    }

    private static List<Meta> meta(Evaluation e, Partnership p, ReportLabels l) {
        List<Meta> out = new ArrayList<>();
        out.add(new Meta(l.t("Ärende", "Case"), nz(e.partnershipId()), true));
        if (p != null && (p.term().startDate() != null || p.term().endDate() != null)) {
            out.add(new Meta(l.t("Avtalstid", "Term"), DateText.format(p.term().startDate(), p.term().startDatePrecision(),
                    l.lang()) + " – " + DateText.format(p.term().endDate(), p.term().endDatePrecision(), l.lang()), false));
        }
        if (p != null && p.signingDate() != null) {
            out.add(new Meta(l.t("Undertecknat", "Signed"), DateText.format(p.signingDate(), p.signingDatePrecision(),
                    l.lang()), false));
        }
        out.add(new Meta(l.t("Bedömningsdag", "As-of date"), nz(e.asOf()) + " (" + l.asOfBasis(e.asOfBasis())
                + l.t("; regler i kraft den dagen", "; rules in force that day") + ")", false));
        return out;
    }

    private static List<PartyRef> parties(Partnership p, ReportLabels l) {
        List<PartyRef> out = new ArrayList<>();
        if (p != null) {
            for (Party party : p.parties().subList(0, Math.min(MAX_PARTIES_LISTED, p.parties().size()))) {
                out.add(new PartyRef(nz(party.name() != null ? party.name() : party.id()), l.sector(party.sector())));
            }
        }
        return out;
    }

    /** "and 5 more parties (17 in all)" when not every party is listed; else null. */
    private static String moreParties(Partnership p, ReportLabels l) {
        int more = p == null ? 0 : p.parties().size() - MAX_PARTIES_LISTED;
        return more <= 0 ? null : l.t("och " + more + " parter till (" + p.parties().size() + " i allt)",
                "and " + more + " more parties (" + p.parties().size() + " in all)");
    }

    /**
     * The overall assessment, one row per question. The one place that reads {@code Evaluation.assessment()}: a new
     * part of the assessment (such as which way an unassessable answer leans, and why) is added here and shows in
     * both renderers.
     */
    static List<AssessmentRow> assessment(Evaluation e, ReportLabels l) {
        se.ioprules.api.Assessment a = e.assessment();
        return List.of(
                new AssessmentRow(l.t("Offentligt kontrakt (LOU)", "Public contract (procurement law)"),
                        withLean(publicContract(e, l, false), a == null ? null : a.publicContract(),
                                a == null ? null : a.publicContractLean(), l),
                        a == null || e.ruleSet(PUBLIC_CONTRACT_SET).isEmpty() ? "" : a.publicContractWhy().in(l.lang()),
                        disagreements(a, "publicContract", l)),
                new AssessmentRow(l.t("Statsstöd (art. 107.1 FEUF)", "State aid (Art. 107(1) TFEU)"),
                        withLean(stateAid(e, l, false), a == null ? null : a.stateAid(),
                                a == null ? null : a.stateAidLean(), l),
                        a == null || e.ruleSet(STATE_AID_SET).isEmpty() ? "" : a.stateAidWhy().in(l.lang()),
                        disagreements(a, "stateAid", l)));
    }

    /** An undecided answer says which way it leans: the two mistakes do not cost the same, so the lean matters. */
    private static Badge withLean(Badge b, Likelihood v, se.ioprules.api.Lean lean, ReportLabels l) {
        if (v != Likelihood.NOT_ASSESSABLE || lean == null || lean == se.ioprules.api.Lean.NONE) {
            return b;
        }
        String words = switch (lean) {
            case TOWARDS -> l.t("lutar åt ja", "leans towards yes");
            case AWAY -> l.t("lutar åt nej, men kan inte uteslutas", "leans towards no, but cannot be ruled out");
            case NONE -> "";
        };
        return new Badge(lean == se.ioprules.api.Lean.TOWARDS ? Tone.WARN : b.tone(), b.word() + " – " + words);
    }

    private static List<String> disagreements(se.ioprules.api.Assessment a, String question, ReportLabels l) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (se.ioprules.api.Assessment.Disagreement d : a.disagreements()) {
                if (d.question().equals(question)) {
                    out.add(d.message().in(l.lang()));
                }
            }
        }
        return out;
    }

    static Badge publicContract(Evaluation e, ReportLabels l, boolean shortForm) {
        if (e.ruleSet(PUBLIC_CONTRACT_SET).isEmpty()) {
            return new Badge(Tone.NA, shortForm ? l.notEvaluatedShort() : l.notEvaluated(PUBLIC_CONTRACT_SET));
        }
        Likelihood v = e.assessment() == null ? null : e.assessment().publicContract();
        return new Badge(tone(v), shortForm ? l.likelihoodShort(v) : l.publicContract(v));
    }

    static Badge stateAid(Evaluation e, ReportLabels l, boolean shortForm) {
        if (e.ruleSet(STATE_AID_SET).isEmpty()) {
            return new Badge(Tone.NA, shortForm ? l.notEvaluatedShort() : l.notEvaluated(STATE_AID_SET));
        }
        Likelihood v = e.assessment() == null ? null : e.assessment().stateAid();
        return new Badge(tone(v), shortForm ? l.likelihoodShort(v) : l.stateAid(v));
    }

    private static Tone tone(Likelihood v) {
        return v == null ? Tone.NA : switch (v) {
            case LIKELY -> Tone.FAIL;
            case UNLIKELY -> Tone.PASS;
            case NOT_ASSESSABLE -> Tone.NA;
        };
    }

    static Badge verdict(RuleSetResult r, ReportLabels l) {
        Tone t = ReportLabels.qualified(r) ? Tone.WARN : switch (r.verdict()) {
            case MEETS -> Tone.PASS;
            case DOES_NOT_MEET -> Tone.FAIL;
            case INCOMPLETE -> Tone.NA;
        };
        return new Badge(t, l.verdict(r));
    }

    static Tone tone(Outcome o) {
        return switch (o) {
            case PASS -> Tone.PASS;
            case FAIL -> Tone.FAIL;
            case WARNING -> Tone.WARN;
            case NOT_ASSESSABLE -> Tone.NA;
            case INFO -> Tone.INFO;
        };
    }

    private static FindingView finding(Finding f, RuleSetInfo info, Partnership p, ReportLabels l, Provenance prov,
            Map<String, SourceDoc> sources) {
        Badge badge;
        String conclusion;
        if (f.element()) {
            Tone t = switch (f.conclusion()) {
                case "UNKNOWN", "NOT_ASSESSABLE" -> Tone.NA;
                case "CONTESTED" -> Tone.WARN;
                default -> Tone.ELEMENT;
            };
            badge = new Badge(t, capitalise(l.element(info.id(), f.conclusion())));
            conclusion = "";
        } else {
            badge = new Badge(tone(f.outcome()), l.word(f.outcome()));
            conclusion = l.conclusion(f.conclusion());
        }
        List<Fact> facts = new ArrayList<>();
        // a pass or a fail was decided on known facts: an unknown one its rule also read is not shown as its basis
        boolean decided = f.outcome() == Outcome.PASS || f.outcome() == Outcome.FAIL;
        for (FactValue v : f.because()) {
            // a rule's computed detail is already in the message, in words
            if (!v.path().startsWith("detail.") && (v.known() || !decided)) {
                facts.add(fact(v, p, l, prov));
            }
        }
        List<Cite> cites = new ArrayList<>();
        for (Citation c : f.sources()) {
            String key = c.key().isEmpty() ? c.document() : c.key();
            sources.putIfAbsent(key + "\u0000" + c.document(), new SourceDoc(key, c.document()));
            cites.add(new Cite(key, c.locator()));
        }
        return new FindingView(badge, criterion(info, f.criterionId(), party(f, p), l), l.kind(f.kind()), conclusion,
                f.message().in(l.lang()), facts, cites);
    }

    static Criterion criterion(RuleSetInfo info, String criterionId, String party, ReportLabels l) {
        String title = info == null ? null : info.criterionTitle(criterionId).map(t -> t.in(l.lang())).orElse(null);
        return new Criterion(title, criterionId, party);
    }

    /**
     * A party-level finding (its facts name exactly one party) gets the party's name, so that the findings of one
     * criterion for several parties can be told apart.
     */
    static String party(Finding f, Partnership p) {
        Set<String> ids = new LinkedHashSet<>();
        for (FactValue v : f.because()) {
            Matcher m = PARTY_PATH.matcher(v.path());
            if (m.lookingAt()) {
                ids.add(m.group(1));
            }
        }
        if (ids.size() != 1) {
            return null;
        }
        String id = ids.iterator().next();
        if (p != null) {
            for (Party party : p.parties()) {
                if (id.equals(party.id()) && party.name() != null) {
                    return party.name();
                }
            }
        }
        return id;
    }

    static Fact fact(FactValue v, Partnership p, ReportLabels l, Provenance prov) {
        String date = v.known() ? DateText.fact(v.path(), v.value(), p, l.lang()) : null;
        String value = date != null ? date : v.known() ? FactText.prose(v.path(), v.value(), l.lang())
                : "UNKNOWN".equals(v.value()) ? l.t("okänt", "unknown") : l.t("saknas", "missing");
        Provenance.Result r = prov.of(v.path());
        if (r.assumed()) {
            boolean onlyExtracted = r.exact().stream().filter(Provenance::isUnconfirmed).allMatch(Provenance::isExtracted);
            return new Fact(v.path(), value, !v.known(), onlyExtracted ? l.extracted() : l.assumed(),
                    references(r.exact(), true), true);
        }
        if (r.relatedAssumed()) {
            boolean onlyExtracted = r.related().stream().filter(Provenance::isUnconfirmed)
                    .allMatch(Provenance::isExtracted);
            return new Fact(v.path(), value, !v.known(), onlyExtracted ? l.containsExtracted() : l.containsAssumed(),
                    String.join(", ", r.related().stream().filter(Provenance::isUnconfirmed).map(FactSource::path)
                            .distinct().toList()), true);
        }
        if (!r.exact().isEmpty()) {
            return new Fact(v.path(), value, !v.known(), l.documented(), references(r.exact(), false), false);
        }
        return new Fact(v.path(), value, !v.known(), null, null, false);
    }

    private static String references(List<FactSource> sources, boolean assumedOnly) {
        return String.join("; ", sources.stream().filter(fs -> !assumedOnly || Provenance.isUnconfirmed(fs))
                .map(fs -> nz(fs.reference())).distinct().toList());
    }

    /** Facts a user can supply that were missing or unknown; other rules' conclusions, parameters and details are not. */
    private static List<MissingFact> missing(Evaluation e, ReportLabels l) {
        Map<String, List<Criterion>> missing = new LinkedHashMap<>();
        for (RuleSetResult r : e.ruleSets()) {
            for (Finding f : r.findings()) {
                for (String path : f.missingFacts()) {
                    if (!isInputFact(path)) {
                        continue;
                    }
                    List<Criterion> users = missing.computeIfAbsent(path, k -> new ArrayList<>());
                    if (users.stream().noneMatch(c -> c.id().equals(f.criterionId()))) {
                        users.add(criterion(r.ruleSet(), f.criterionId(), null, l));
                    }
                }
            }
        }
        List<MissingFact> out = new ArrayList<>();
        missing.forEach((path, users) -> out.add(new MissingFact(path, users)));
        return out;
    }

    /** @return false for values that are not facts a user can supply: other rules' conclusions, parameters, details */
    static boolean isInputFact(String path) {
        return !(path.startsWith("conclusion.") || path.startsWith("param.") || path.startsWith("detail."));
    }

    private static List<FactSourceRow> factSources(Provenance prov, ReportLabels l) {
        List<FactSourceRow> out = new ArrayList<>();
        for (FactSource fs : prov.all()) {
            boolean assumed = Provenance.isUnconfirmed(fs);
            out.add(new FactSourceRow(fs.path(), assumed, Provenance.isExtracted(fs) ? l.extracted()
                    : assumed ? l.assumed() : fs.basis() == null ? "?" : l.documented(), nz(fs.reference())));
        }
        return out;
    }

    private static DecisionRecord record(Evaluation e, ReportLabels l) {
        List<RecordRow> rows = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        for (RuleSetResult r : e.ruleSets()) {
            RuleSetInfo i = r.ruleSet();
            rows.add(new RecordRow(i.id(), i.version(), l.status(i.status()), nz(i.effectiveFrom()) + " – "
                    + (i.effectiveTo() == null ? "" : i.effectiveTo()), prefix(i.sha256()),
                    r.dependency() ? l.t("nej (underlag)", "no (dependency)") : l.t("ja", "yes")));
            for (ParameterValue pv : r.parameters()) {
                params.add(new Param(i.id() + "." + pv.name(), pv.value() == null ? "" : pv.value().toPlainString(),
                        pv.validFrom() == null ? null : pv.validFrom().toString(), pv.overridden(),
                        l.parameterNote(pv.source())));
            }
        }
        return new DecisionRecord(nz(e.asOf()), l.asOfBasis(e.asOfBasis()), nz(e.engineVersion()), nz(e.inputSha256()),
                rows, params);
    }

    // ---- overview ---------------------------------------------------------------------------------------------

    static List<OverviewRow> overview(List<Evaluation> evaluations, List<String> labels, List<String> anchors,
            ReportLabels l) {
        if (evaluations.size() != labels.size()) {
            throw new IllegalArgumentException("one label per evaluation: " + evaluations.size() + " evaluations, "
                    + labels.size() + " labels");
        }
        List<OverviewRow> out = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            List<VerdictChip> chips = new ArrayList<>();
            long fail = 0;
            long warn = 0;
            long na = 0;
            for (RuleSetResult r : e.ruleSets()) {
                Badge v = verdict(r, l);
                chips.add(new VerdictChip(r.ruleSet().id(), new Badge(v.tone(), l.verdictShort(r))));
                for (Finding f : r.findings()) {
                    if (!f.element()) {
                        fail += f.outcome() == Outcome.FAIL ? 1 : 0;
                        warn += f.outcome() == Outcome.WARNING ? 1 : 0;
                        na += f.outcome() == Outcome.NOT_ASSESSABLE ? 1 : 0;
                    }
                }
            }
            out.add(new OverviewRow(abbreviate(labels.get(i), MAX_OVERVIEW_LABEL), anchors == null ? null : anchors.get(i), nz(e.asOf()),
                    publicContract(e, l, true), stateAid(e, l, true), chips, fail, warn, na));
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** @return the text, cut at {@code max} characters with "…" (the overview is for scanning; the report has it all) */
    static String abbreviate(String s, int max) {
        if (s == null || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static String prefix(String sha) {
        if (sha == null) {
            return "";
        }
        return sha.length() <= SHA_PREFIX ? sha : sha.substring(0, SHA_PREFIX);
    }

    static String nz(Object o) {
        return o == null ? "–" : o.toString();
    }
}
