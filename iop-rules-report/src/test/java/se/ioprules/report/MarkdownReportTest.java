package se.ioprules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Assessment;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Likelihood;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactSource;
import se.ioprules.api.facts.LegalForm;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.Term;

/** MarkdownReport on small hand-made evaluations; no engine involved. */
class MarkdownReportTest {

    private static final String SHA_A = "a".repeat(12) + "0123456789abcdef0123456789abcdef0123456789abcdef0123";
    private static final String SHA_B = "b".repeat(12) + "fedcba9876543210fedcba9876543210fedcba9876543210fedc";
    private static final String INPUT_SHA = "c0ffee" + "1".repeat(58);

    private static Finding finding(String rs, String id, Outcome o, CriterionKind k, String conclusion, String sv,
            List<FactValue> because, Citation... sources) {
        return new Finding(rs, id, o, k, conclusion, new LocalizedText(sv, "EN: " + sv), because, List.of(sources),
                rs + ": rule for " + id, false);
    }

    private static RuleSetInfo info(String id, String version, RuleSetStatus status, String sha) {
        return new RuleSetInfo(id, version, "Titel för " + id, "Utgivare " + id, status, LocalDate.of(2010, 1, 1), null,
                Map.of("W9", "Forum 2010"), List.of(), sha, "classpath", "Title of " + id,
                Map.of("forum-long-term", new LocalizedText("Samverkan är långsiktig", "Long-term collaboration")));
    }

    static Partnership partnership(boolean withAssumed) {
        Partnership.Builder b = Partnership.builder()
                .id("case-1")
                .title("Överenskommelse om samverkan")
                .signingDate(LocalDate.of(2017, 12, 15))
                .addParty(Party.builder().id("kommun").name("Exempelby kommun").sector(Sector.PUBLIC_MUNICIPALITY)
                        .legalForm(LegalForm.PUBLIC_AUTHORITY).build())
                .addParty(Party.builder().id("fh").name("Folkets Hus").sector(Sector.IDEA_BASED).build())
                .term(Term.builder().startDate(LocalDate.of(2018, 1, 1)).endDate(LocalDate.of(2018, 12, 31)).build())
                .addFactSource(FactSource.builder().path("term.endDate").basis(FactBasis.DOCUMENTED)
                        .reference("kommunens nyhet 2018-04-12").build());
        if (withAssumed) {
            b.addFactSource(FactSource.builder().path("term.startDate").basis(FactBasis.ASSUMED)
                    .reference("startdag antagen för exemplet").build());
            b.addFactSource(FactSource.builder().path("resources.contributions").basis(FactBasis.ASSUMED)
                    .reference("belopp antagna").build());
        }
        return b.build();
    }

    static Evaluation evaluation() {
        RuleSetResult forum = new RuleSetResult(info("forum-2010", "2010.1", RuleSetStatus.GUIDANCE, SHA_A),
                Verdict.INCOMPLETE, List.of(
                        finding("forum-2010", "forum-co-financing", Outcome.PASS, CriterionKind.GUIDING_INDICATOR, "",
                                "Båda parter bidrar.", List.of(new FactValue("resources.contributions", "[3 items]", true)),
                                new Citation("W9", "Forum 2010", "kriterium 5")),
                        finding("forum-2010", "forum-long-term", Outcome.WARNING, CriterionKind.GUIDING_INDICATOR, "",
                                "Avtalstiden är kortare än {param.longTermMonths} månader.",
                                List.of(new FactValue("derived.durationMonths", "12", true),
                                        new FactValue("term.endDate", "2018-12-31", true),
                                        new FactValue("term.startDate", "2018-01-01", true),
                                        new FactValue("param.longTermMonths", "24", true)),
                                new Citation("W9", "Forum 2010", "kriterium 7"), new Citation("S2", "Stockholm 2017", "Sida 13")),
                        finding("forum-2010", "forum-political-plan", Outcome.NOT_ASSESSABLE, CriterionKind.GUIDING_INDICATOR,
                                "", "Det framgår inte om det finns ett politiskt program.",
                                List.of(new FactValue("purpose.politicalPlanRef.exists", "UNKNOWN", false)),
                                new Citation("W9", "Forum 2010", "")),
                        finding("forum-2010", "forum-rf-profit", Outcome.FAIL, CriterionKind.GUIDING_INDICATOR, "",
                                "Överskott | delas ut.", List.of(new FactValue("resources.surplusHandling", "null", false)),
                                new Citation("W9", "Forum 2010", "röd flagga"))),
                List.of(new ParameterValue("longTermMonths", new BigDecimal("24"), null, "ASSUMPTION: no source", false)),
                false);
        RuleSetResult eupc = new RuleSetResult(info("eu-public-contract", "2019.1", RuleSetStatus.CASE_LAW, SHA_B),
                Verdict.MEETS, List.of(
                        finding("eu-public-contract", "eupc-6-mutual-binding", Outcome.PASS, CriterionKind.LEGAL_REQUIREMENT,
                                "NOT_MET", "Bara återbetalning kan krävas.", List.of(), new Citation("S4", "Famna 2024", "s. 27")),
                        finding("eu-public-contract", "eupc-aggregate", Outcome.PASS, CriterionKind.LEGAL_REQUIREMENT,
                                "NOT_PUBLIC_CONTRACT|X", "Inte ett offentligt kontrakt.", List.of())),
                List.of(), true);
        return new Evaluation("case-1", LocalDate.of(2017, 12, 15), "signingDate", "0.1.0-TEST", INPUT_SHA,
                new Assessment(Likelihood.UNLIKELY, Likelihood.NOT_ASSESSABLE), List.of(forum, eupc));
    }

    @Test
    void headerNamesThePartnershipAndWarnsAboutAssumedFacts() {
        String md = MarkdownReport.render(evaluation(), partnership(true), "sv");
        assertTrue(md.startsWith("# IOP-granskning: Överenskommelse om samverkan\n"), md);
        int warning = md.indexOf("⚠ Underlaget innehåller antagna uppgifter.");
        assertTrue(warning > 0 && warning < md.indexOf("## Sammanfattning"), "assumed-facts warning in the header");
        assertTrue(md.contains("2 av 3 uppgifter"), md);
        assertTrue(md.contains("Exempelby kommun (kommun); Folkets Hus (idéburen organisation)"), md);
        assertTrue(md.contains("Bedömningsdag: 2017-12-15 (undertecknandedatum"), md);
    }

    /** Facts that contradict each other (a warning, not an error) are told in the header of both renderers. */
    @Test
    void contradictoryFactsAreToldInTheHeaderWithTheirPaths() {
        Partnership p = partnership(false).toBuilder().agreement(se.ioprules.api.facts.Agreement.builder()
                .agreementSigned(se.ioprules.api.facts.Tri.FALSE).build()).build();
        String md = MarkdownReport.render(evaluation(), p, "sv");
        int at = md.indexOf("> **⚠ Uppgifterna motsäger varandra.** Ett datum för undertecknandet (2017-12-15) är "
                + "angivet, men överenskommelsen uppges inte vara undertecknad");
        assertTrue(at > 0 && at < md.indexOf("## Sammanfattning"), md);
        assertTrue(md.contains("stämmer. (`signingDate`, `agreement.agreementSigned`)\n"), md);
        String en = HtmlReport.render(evaluation(), p, "en");
        assertTrue(en.contains("<p class=\"notice\" role=\"note\"><strong>The facts contradict each other.</strong> "
                + "<bdi>A signing date (2017-12-15) is recorded, but the agreement is recorded as not signed; check which "
                + "of the two is right.</bdi> (<code><bdi>signingDate</bdi></code>, <code><bdi>agreement.agreementSigned"
                + "</bdi></code>)</p>"), en);
        assertFalse(MarkdownReport.render(evaluation(), partnership(false), "sv").contains("motsäger varandra"));
    }

    /**
     * A likely public contract must be procured only unless an exception applies (C-465/17 Falck: rescue services by
     * non-profits are excluded): the summary label says so in both languages and both renderers.
     */
    @Test
    void aLikelyPublicContractIsToBeProcuredUnlessAnExceptionApplies() {
        Evaluation base = evaluation();
        Evaluation likely = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), new Assessment(Likelihood.LIKELY, Likelihood.NOT_ASSESSABLE), base.ruleSets());
        String sv = MarkdownReport.render(likely, partnership(false), "sv");
        assertTrue(sv.contains("Sannolikt ett offentligt kontrakt, som ska upphandlas om inget undantag gäller"), sv);
        String en = HtmlReport.render(likely, partnership(false), "en");
        assertTrue(en.contains("Likely a public contract, which must be procured unless an exception applies"), en);
    }

    @Test
    void stateAidNotAssessableOnTheFactsIsToldApartFromNotEvaluated() {
        Evaluation base = evaluation();
        RuleSetResult sa = new RuleSetResult(info("state-aid", "2009.1", RuleSetStatus.STATUTE, SHA_B), Verdict.INCOMPLETE,
                List.of(finding("state-aid", "sa-aggregate", Outcome.NOT_ASSESSABLE, CriterionKind.LEGAL_REQUIREMENT,
                        "NOT_ASSESSABLE", "Kan inte avgöras.", List.of())), List.of(), true);
        List<RuleSetResult> sets = new java.util.ArrayList<>(base.ruleSets());
        sets.add(sa);
        Evaluation e = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), base.assessment(), sets);
        String md = MarkdownReport.render(e, partnership(true), "sv");
        assertTrue(md.contains("| Statsstöd (art. 107.1 FEUF) | ⚪ Kan inte bedömas med nuvarande uppgifter |"), md);
    }

    @Test
    void partyLevelFindingsNameTheirPartyAndConclusionsAreNotListedAsMissingFacts() {
        Evaluation base = evaluation();
        RuleSetResult sthlm = new RuleSetResult(info("stockholm-2017", "2017.1", RuleSetStatus.MUNICIPAL_GUIDELINE, SHA_B),
                Verdict.INCOMPLETE, List.of(
                        finding("stockholm-2017", "sthlm-partner-values", Outcome.NOT_ASSESSABLE,
                                CriterionKind.LEGAL_REQUIREMENT, "", "Kontroll saknas.",
                                List.of(new FactValue("parties[fh].idea.valuesCheckDone", "UNKNOWN", false))),
                        finding("stockholm-2017", "sthlm-legal-not-procurement", Outcome.NOT_ASSESSABLE,
                                CriterionKind.LEGAL_REQUIREMENT, "", "Slutsats saknas.",
                                List.of(new FactValue("conclusion.eupc-aggregate", "null", false)))),
                List.of(), false);
        Evaluation e = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), base.assessment(), List.of(sthlm));
        String md = MarkdownReport.render(e, partnership(true), "sv");
        assertTrue(md.contains("| ⚪ Kan ej bedömas | `sthlm-partner-values` – Folkets Hus | rättsligt krav |"), md);
        assertTrue(md.contains("#### ⚪ Kan ej bedömas — `sthlm-partner-values` – Folkets Hus\n\n*rättsligt krav*"), md);
        assertTrue(md.contains("- `parties[fh].idea.valuesCheckDone` — behövs för: `sthlm-partner-values`"), md);
        assertFalse(md.contains("- `conclusion.eupc-aggregate` — behövs för"), md);
    }

    @Test
    void noAssumedWarningWhenEveryFactIsDocumented() {
        String md = MarkdownReport.render(evaluation(), partnership(false), "sv");
        assertFalse(md.contains("antagna uppgifter"), md);
        assertFalse(md.contains("⚠ antaget"), md);
    }

    @Test
    void summaryComesFirstWithAssessmentAndVerdictCountsPerRuleSet() {
        String md = MarkdownReport.render(evaluation(), partnership(true), "sv");
        int summary = md.indexOf("## Sammanfattning");
        int firstRuleSet = md.indexOf("## 1. ");
        assertTrue(summary > 0 && summary < firstRuleSet, "summary before the rule sets");
        assertTrue(md.contains("| Offentligt kontrakt (LOU) | 🟢 Sannolikt inte ett offentligt kontrakt |"), md);
        assertTrue(md.contains("| Statsstöd (art. 107.1 FEUF) | ⚪ Inte bedömt: regeluppsättningen state-aid utvärderades inte"), md);
        assertTrue(md.contains("| Titel för forum-2010 `forum-2010@2010.1` | vägledning, ej bindande | ⚪ Ofullständigt underlag | 1 | 1 | 1 | 1 | 0 |"), md);
        assertTrue(md.contains("| Titel för eu-public-contract `eu-public-contract@2019.1` (underlag) | rättspraxis | 🟢 Uppfyller | 2 | 0 | 0 | 0 | 0 |"), md);
    }

    @Test
    void meetsBesideAFailedIndicatorOrAWarningIsShownQualifiedNotGreen() {
        Evaluation base = evaluation();
        RuleSetResult forum = base.ruleSet("forum-2010").orElseThrow();
        List<Finding> noUnknown = forum.findings().stream().filter(f -> f.outcome() != Outcome.NOT_ASSESSABLE).toList();
        RuleSetResult meets = new RuleSetResult(forum.ruleSet(), Verdict.MEETS, noUnknown, forum.parameters(), false);
        // an element of a legal test that is not met does not qualify its test's verdict (the aggregate decides)
        Finding element = new Finding("eu-public-contract", "eupc-3-acquisition", Outcome.FAIL,
                CriterionKind.LEGAL_REQUIREMENT, "NOT_MET", new LocalizedText("Ingen anskaffning.", "No acquisition."),
                List.of(), List.of(), "rule", true);
        RuleSetResult eupc = base.ruleSet("eu-public-contract").orElseThrow();
        List<Finding> withElement = new java.util.ArrayList<>(eupc.findings());
        withElement.add(element);
        RuleSetResult clean = new RuleSetResult(eupc.ruleSet(), Verdict.MEETS, withElement, List.of(), true);
        Evaluation e = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), base.assessment(), List.of(meets, clean));

        String md = MarkdownReport.render(e, partnership(true), "sv");
        assertTrue(md.contains("| Titel för forum-2010 `forum-2010@2010.1` | vägledning, ej bindande | 🟡 Uppfyller, med anmärkningar | 1 | 1 | 1 | 0 | 0 |"), md);
        assertTrue(md.contains("Utfall: 🟡 Uppfyller, med anmärkningar — 1 ej uppfyllt kriterium (inget rättsligt krav) och 1 varning · vägledning"), md);
        assertTrue(md.contains("| Titel för eu-public-contract `eu-public-contract@2019.1` (underlag) | rättspraxis | 🟢 Uppfyller |"), md);
        // the element reads as what it says about the test, not as a red fail or a green pass
        assertTrue(md.contains("| ◆ Kriteriet inte uppfyllt – talar emot offentligt kontrakt | `eupc-3-acquisition` | rättsligt krav |"), md);
        String en = MarkdownReport.render(e, partnership(true), "en");
        assertTrue(en.contains("Verdict: 🟡 Meets, with remarks — 1 failed criterion (not a legal requirement) and 1 warning · "), en);
        assertTrue(en.contains("| ◆ Criterion not met – points away from a public contract | `eupc-3-acquisition` |"), en);
        assertTrue(en.contains("## 1. Title of forum-2010 `forum-2010@2010.1`"), "English rule-set title");
        String html = HtmlReport.render(e, partnership(true), "sv");
        assertTrue(html.contains("<span class=\"badge warn\"><span class=\"dot\" aria-hidden=\"true\"></span><bdi>Uppfyller, med anmärkningar</bdi></span>"), html);
        assertTrue(html.contains("<span class=\"badge element\"><span class=\"dot\" aria-hidden=\"true\"></span><bdi>Kriteriet inte uppfyllt – talar emot offentligt kontrakt</bdi></span>"), html);
    }

    @Test
    void eachVerdictGivesItsReasonAsASentenceInBothRenderers() {
        Evaluation base = evaluation();
        RuleSetResult forum = base.ruleSet("forum-2010").orElseThrow();
        Finding fail = forum.findings("forum-rf-profit").get(0);
        List<Finding> most = new java.util.ArrayList<>(forum.findings());
        most.add(fail);
        most.add(fail);
        most.add(fail); // 4 of the 7 applicable indicators fail (the warning and the unknown one apply too)
        RuleSetResult notMet = new RuleSetResult(forum.ruleSet(), Verdict.DOES_NOT_MEET, most, List.of(
                new ParameterValue(Verdict.MAX_FAILED_INDICATOR_SHARE, new BigDecimal("0.5"), null, "ASSUMPTION", false)),
                false);
        RuleSetResult eupc = base.ruleSet("eu-public-contract").orElseThrow();
        Evaluation e = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), base.assessment(), List.of(notMet, eupc));
        String md = MarkdownReport.render(e, partnership(true), "sv");
        assertTrue(md.contains("Utfall: 🔴 Uppfyller inte · vägledning, ej bindande · Utgivare forum-2010\n\nSkäl: De flesta "
                + "vägledande kriterierna är inte uppfyllda: 4 av de 7 som är tillämpliga, fler än den andel som får brista "
                + "(maxFailedIndicatorShare 0,5, dvs. 50 %). Utfallet står sig även om det som inte kan bedömas skulle "
                + "vara uppfyllt.\n"), md);
        assertTrue(md.contains("Skäl: Inget rättsligt krav brister och allt som avgör utfallet kunde bedömas.\n"), md);
        String en = MarkdownReport.render(e, partnership(true), "en");
        assertTrue(en.contains("Reason: Most guiding indicators are not met: 4 of the 7 that apply, more than the share "
                + "allowed to fail (maxFailedIndicatorShare 0.5, i.e. 50%)."), en);
        String html = HtmlReport.render(e, partnership(true), "en");
        assertTrue(html.contains("<p class=\"why\">Reason: Most guiding indicators are not met: 4 of the 7 that apply"),
                html);
        assertTrue(!md.contains("MOST_INDICATORS_FAILED") && !html.contains("MOST_INDICATORS_FAILED"), "no enum code");
    }

    /**
     * A date known only to the year or month is recorded as its first day; both renderers, in both languages, print
     * it at its precision in the header and where a finding cites it, and a date known to the day as before.
     */
    @Test
    void datesKnownOnlyToTheYearOrMonthArePrintedAtTheirPrecision() {
        Partnership p = Partnership.builder().id("case-1").title("Överenskommelse om samverkan")
                .signingDate(LocalDate.of(2017, 1, 1)).signingDatePrecision(se.ioprules.api.facts.DatePrecision.YEAR)
                .term(Term.builder().startDate(LocalDate.of(2018, 3, 1))
                        .startDatePrecision(se.ioprules.api.facts.DatePrecision.MONTH)
                        .endDate(LocalDate.of(2018, 12, 31)).build())
                .build();
        Evaluation base = evaluation();
        RuleSetResult forum = base.ruleSet("forum-2010").orElseThrow();
        Finding longTerm = finding("forum-2010", "forum-long-term", Outcome.WARNING, CriterionKind.GUIDING_INDICATOR, "",
                "Avtalstiden är kort.", List.of(new FactValue("term.startDate", "2018-03-01", true),
                        new FactValue("term.endDate", "2018-12-31", true), new FactValue("signingDate", "2017-01-01", true)),
                new Citation("W9", "Forum 2010", "kriterium 7"));
        Evaluation e = new Evaluation(base.partnershipId(), base.asOf(), base.asOfBasis(), base.engineVersion(),
                base.inputSha256(), base.assessment(), List.of(new RuleSetResult(forum.ruleSet(), Verdict.MEETS,
                        List.of(longTerm), List.of(), false)));
        String sv = MarkdownReport.render(e, p, "sv");
        assertTrue(sv.contains("- Undertecknat: 2017\n"), sv);
        assertTrue(sv.contains("- Avtalstid: mars 2018 – 2018-12-31\n"), sv);
        assertTrue(sv.contains("`term.startDate` = mars 2018"), sv);
        assertTrue(sv.contains("`signingDate` = 2017"), sv);
        assertTrue(sv.contains("`term.endDate` = 2018-12-31"), "known to the day: as before");
        String en = MarkdownReport.render(e, p, "en");
        assertTrue(en.contains("- Signed: 2017\n"), en);
        assertTrue(en.contains("- Term: March 2018 – 2018-12-31\n"), en);
        assertTrue(en.contains("`term.startDate` = March 2018"), en);
        for (String lang : List.of("sv", "en")) {
            String html = HtmlReport.render(e, p, lang);
            assertTrue(html.replace("<bdi>", "").replace("</bdi>", "").contains(">2017</dd>"), html);
            assertTrue(html.replace("<bdi>", "").replace("</bdi>", "").contains(">" + ("sv".equals(lang) ? "mars" : "March")
                    + " 2018 – 2018-12-31</dd>"), html);
            assertTrue(html.contains("signingDate</bdi></code> = <bdi>2017</bdi>"), html);
            for (String report : List.of(html, MarkdownReport.render(e, p, lang))) {
                assertFalse(report.contains("2017-01-01") || report.contains("2018-03-01"), report);
            }
        }
        // known to the day (the default), the date is printed whole
        String day = MarkdownReport.render(e, partnership(false), "sv");
        assertTrue(day.contains("- Undertecknat: 2017-12-15\n") && day.contains("`term.startDate` = 2018-03-01"), day);
    }

    @Test
    void overviewHasARowPerEvaluationWithAssessmentAndEveryVerdict() {
        Evaluation e = evaluation();
        String md = MarkdownReport.overview(List.of(e, e), List.of("a.json", "b|c.json"), "sv");
        assertTrue(md.startsWith("## Översikt\n\n| Underlag | Bedömningsdag | Offentligt kontrakt | Statsstöd | Utfall |"), md);
        assertTrue(md.contains("| a.json | 2017-12-15 | 🟢 sannolikt inte | ⚪ ej bedömt | forum-2010 ⚪ ofullständigt; "
                + "eu-public-contract 🟢 uppfyller | 1 | 1 | 1 |\n"), md);
        assertTrue(md.contains("| b\\|c.json |"), "a pipe in a label does not break the table");
        assertEquals(2, md.lines().filter(line -> line.contains("2017-12-15")).count());
        assertThrows(IllegalArgumentException.class, () -> MarkdownReport.overview(List.of(e), List.of(), "sv"));
    }

    @Test
    void everyFindingIsInTheTableAndNotableOnesAreDetailedWithFactsAndSources() {
        String md = MarkdownReport.render(evaluation(), partnership(true), "sv");
        assertTrue(md.contains("| 🟢 Uppfyllt | `forum-co-financing` | vägledande kriterium |"), md);
        assertTrue(md.contains("| 🟡 Varning | Samverkan är långsiktig `forum-long-term` | vägledande kriterium |"), md);
        assertTrue(md.contains("#### 🟡 Varning — Samverkan är långsiktig `forum-long-term`\n\n*vägledande kriterium*"), md);
        assertTrue(md.contains("#### 🔴 Ej uppfyllt — `forum-rf-profit`"), md);
        assertTrue(md.contains("#### ⚪ Kan ej bedömas — `forum-political-plan`"), md);
        assertFalse(md.contains("#### 🟢"), "PASS findings are not detailed");
        // FAIL before WARNING before NOT_ASSESSABLE
        assertTrue(md.indexOf("— `forum-rf-profit`") < md.indexOf("långsiktig `forum-long-term`\n")
                && md.indexOf("långsiktig `forum-long-term`\n") < md.indexOf("— `forum-political-plan`"));
        assertTrue(md.contains("Avtalstiden är kortare än {param.longTermMonths} månader."), md);
        // citations as short keys, each source document listed once
        assertTrue(md.contains("- Källa: W9, kriterium 7; S2, Sida 13"), md);
        assertTrue(md.contains("\n- **W9**: Forum 2010\n"), md);
        assertEquals(1, md.split("Forum 2010", -1).length - 1, "the full reference once: " + md);
        assertTrue(md.contains("  - `param.longTermMonths` = 24\n"), md);
        assertTrue(md.contains("  - `purpose.politicalPlanRef.exists` = okänt"), md);
        // the FAIL was decided on known facts: an unknown fact its rule read is not shown as its basis
        assertFalse(md.contains("`resources.surplusHandling` = saknas"), md);
        // a pipe in a conclusion does not break the table
        assertTrue(md.contains("not public contract\\|x"), md);
        assertTrue(md.contains("Överskott \\| delas ut."), md);
        assertTrue(md.contains("Inget att anmärka"), "rule set with only passes");
    }

    @Test
    void assumedFactsAreMarkedWhereCitedIncludingDerivedValues() {
        String md = MarkdownReport.render(evaluation(), partnership(true), "sv");
        assertTrue(md.contains("  - `term.startDate` = 2018-01-01 — ⚠ antaget (illustrativt): startdag antagen för exemplet"), md);
        assertTrue(md.contains("  - `derived.durationMonths` = 12 — ⚠ bygger på antagna uppgifter (illustrativt): term.startDate"), md);
        assertTrue(md.contains("  - `term.endDate` = 2018-12-31 — belagt: kommunens nyhet 2018-04-12"), md);
        // cited list covered by an assumed entry
        assertTrue(md.contains("| `resources.contributions` | ⚠ antaget (illustrativt) | belopp antagna |"), md);
    }

    @Test
    void missingFactsListNamesTheCriteriaThatNeedThem() {
        String md = MarkdownReport.render(evaluation(), partnership(true), "sv");
        assertTrue(md.contains("## Saknade uppgifter"), md);
        assertTrue(md.contains("- `purpose.politicalPlanRef.exists` — behövs för: `forum-political-plan`"), md);
        // a FAIL needs no further fact, so the unknown fact its rule read is not listed as needed for it
        assertFalse(md.contains("`resources.surplusHandling` — behövs för"), md);
    }

    @Test
    void decisionRecordIdentifiesRulesInputAndEngine() {
        String md = MarkdownReport.render(evaluation(), partnership(true), "sv");
        int record = md.indexOf("## Beslutsunderlag");
        assertTrue(record > md.indexOf("## Saknade uppgifter"));
        String tail = md.substring(record);
        assertTrue(tail.contains("Bedömningsdag: 2017-12-15 (grund: undertecknandedatum)"), tail);
        assertTrue(tail.contains("Motorversion: 0.1.0-TEST"), tail);
        assertTrue(tail.contains("`" + INPUT_SHA + "`"), tail);
        assertTrue(tail.contains("| `forum-2010` | 2010.1 | vägledning, ej bindande | 2010-01-01 – | `aaaaaaaaaaaa` | ja |"), tail);
        assertTrue(tail.contains("| `eu-public-contract` | 2019.1 | rättspraxis | 2010-01-01 – | `bbbbbbbbbbbb` | nej (underlag) |"), tail);
        assertFalse(tail.contains(SHA_A), "only a prefix of rule-set hashes");
        assertTrue(tail.contains("- `forum-2010.longTermMonths` = 24 — antagande: inget källdokument anger värdet"), tail);
        assertFalse(md.contains("ASSUMPTION"), "the assumption in words");
        assertTrue(MarkdownReport.render(evaluation(), partnership(true), "en")
                .contains("- `forum-2010.longTermMonths` = 24 — assumption: no source\n"), "English keeps the reason");
    }

    @Test
    void factSourceTableCanBeLeftOut() {
        String with = MarkdownReport.render(evaluation(), partnership(true), "sv", true);
        String without = MarkdownReport.render(evaluation(), partnership(true), "sv", false);
        assertTrue(with.contains("## Uppgifternas grund"));
        assertFalse(without.contains("## Uppgifternas grund"));
        assertTrue(without.contains("⚠ antaget (illustrativt): startdag antagen"), "cited facts stay marked");
    }

    @Test
    void deterministic() {
        assertEquals(MarkdownReport.render(evaluation(), partnership(true), "sv"),
                MarkdownReport.render(evaluation(), partnership(true), "sv"));
    }

    @Test
    void englishReport() {
        String md = MarkdownReport.render(evaluation(), partnership(true), "en");
        assertTrue(md.startsWith("# IOP review: Överenskommelse om samverkan\n"), md);
        assertTrue(md.contains("⚠ The facts include assumptions."), md);
        assertTrue(md.contains("## Summary"), md);
        assertTrue(md.contains("#### 🟡 Warning — Long-term collaboration `forum-long-term`\n\n*guiding indicator*"), md);
        assertTrue(md.contains("EN: Avtalstiden"), "English message text");
        assertTrue(md.contains("⚠ assumed (illustrative): startdag antagen"), md);
        assertTrue(md.contains("## Missing facts"), md);
        assertTrue(md.contains("## Decision record"), md);
        assertFalse(md.contains("Sammanfattning"));
    }

    @Test
    void swedishIsTheDefaultLanguage() {
        assertEquals(MarkdownReport.render(evaluation(), partnership(true), "sv"),
                MarkdownReport.render(evaluation(), partnership(true), null));
    }

    @Test
    void worksWithoutPartnershipAndRejectsMissingEvaluation() {
        String md = MarkdownReport.render(evaluation(), null, "sv");
        assertTrue(md.startsWith("# IOP-granskning: case-1\n"), md);
        assertFalse(md.contains("antagna uppgifter"));
        assertThrows(IllegalArgumentException.class, () -> MarkdownReport.render(null, partnership(true), "sv"));
    }
}
