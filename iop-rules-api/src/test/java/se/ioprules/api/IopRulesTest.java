package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IopRulesTest {
    /** A rule set's description for results built by hand. */
    private static final RuleSetInfo RULE_SET = new RuleSetInfo("rs", "1", "t", "i", RuleSetStatus.GUIDANCE,
            java.time.LocalDate.of(2020, 1, 1), null, java.util.Map.of(), List.of(), "0".repeat(64), "test");

    @Test
    void withoutAnEngineOnTheClasspathTheErrorSaysWhatToAdd() {
        IopRulesException e = assertThrows(IopRulesException.class, IopRules::engine);
        assertTrue(e.getMessage().contains("se.ioprules:iop-rules-drools"), e.getMessage());
    }

    @Test
    void ruleSetRefsParse() {
        assertEquals(new RuleSetRef("skl-2018", null), RuleSetRef.parse("skl-2018"));
        assertEquals(new RuleSetRef("skl-2018", "2018.1"), RuleSetRef.parse(" skl-2018@2018.1 "));
    }

    @Test
    void verdictRule() {
        Finding legalFail = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.FAIL);
        Finding indicatorFail = finding(CriterionKind.GUIDING_INDICATOR, Outcome.FAIL);
        Finding indicatorUnknown = finding(CriterionKind.GUIDING_INDICATOR, Outcome.NOT_ASSESSABLE);
        Finding recommendationUnknown = finding(CriterionKind.RECOMMENDATION, Outcome.NOT_ASSESSABLE);
        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(List.of(indicatorUnknown, legalFail)));
        assertEquals(Verdict.INCOMPLETE, Verdict.of(List.of(indicatorFail, indicatorUnknown)));
        Finding indicatorPass = finding(CriterionKind.GUIDING_INDICATOR, Outcome.PASS);
        assertEquals(Verdict.MEETS, Verdict.of(List.of(indicatorFail, indicatorPass, recommendationUnknown)),
                "one failed indicator of two is not 'most': it is weighed, not decisive");
        Finding unknownElement = new Finding("rs", "e", Outcome.NOT_ASSESSABLE, CriterionKind.LEGAL_REQUIREMENT, "UNKNOWN",
                new LocalizedText("sv", "en"), List.of(), List.of(), "r", true);
        Finding decidedAggregate = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.PASS);
        assertEquals(Verdict.MEETS, Verdict.of(List.of(unknownElement, decidedAggregate)),
                "an unknown element does not make a decided legal test incomplete");
    }

    @Test
    void mostGuidingIndicatorsFailedDoesNotMeet() {
        // forum-2010 as reported in issue 9: 7 of 10 guiding criteria FAIL, 3 PASS
        List<Finding> sevenOfTen = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sevenOfTen.add(finding(CriterionKind.GUIDING_INDICATOR, i < 7 ? Outcome.FAIL : Outcome.PASS));
        }
        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(sevenOfTen));
        assertEquals(Verdict.MEETS, Verdict.of(sevenOfTen, new BigDecimal("0.7")), "7 of 10 is not more than 0.7");
        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(sevenOfTen, new BigDecimal("0.69")));
        assertEquals(Verdict.MEETS, Verdict.of(sevenOfTen, BigDecimal.ONE), "a share of 1 never decides on indicators");

        // exactly half is not most; warnings are remarks, not failures; INFO (not applicable) is left out
        Finding fail = finding(CriterionKind.GUIDING_INDICATOR, Outcome.FAIL);
        Finding pass = finding(CriterionKind.GUIDING_INDICATOR, Outcome.PASS);
        Finding warn = finding(CriterionKind.GUIDING_INDICATOR, Outcome.WARNING);
        Finding notApplicable = finding(CriterionKind.GUIDING_INDICATOR, Outcome.INFO);
        Finding unknown = finding(CriterionKind.GUIDING_INDICATOR, Outcome.NOT_ASSESSABLE);
        assertEquals(Verdict.MEETS, Verdict.of(List.of(fail, fail, pass, warn)));
        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(List.of(fail, fail, pass, notApplicable, notApplicable)));
        assertEquals(Verdict.INCOMPLETE, Verdict.of(List.of(fail, fail, fail, pass, pass, unknown)),
                "3 failed of 6 applicable is not more than half; the unknown one keeps it incomplete");
    }

    @Test
    void unknownIndicatorsCountAsNotFailedSoFillingThemInNeverTurnsTheVerdictBack() {
        Finding fail = finding(CriterionKind.GUIDING_INDICATOR, Outcome.FAIL);
        Finding pass = finding(CriterionKind.GUIDING_INDICATOR, Outcome.PASS);
        Finding unknown = finding(CriterionKind.GUIDING_INDICATOR, Outcome.NOT_ASSESSABLE);
        // 2 failed, 8 unknown: the unknown ones could all pass, so "most failed" is not shown
        List<Finding> thin = new java.util.ArrayList<>(List.of(fail, fail));
        for (int i = 0; i < 8; i++) {
            thin.add(unknown);
        }
        assertEquals(Verdict.INCOMPLETE, Verdict.of(thin));
        // 6 failed, 1 passed, 3 unknown: even three passes would leave 6 of 10 failed
        List<Finding> clear = new java.util.ArrayList<>(List.of(fail, fail, fail, fail, fail, fail, pass, unknown, unknown, unknown));
        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(clear));
        for (Outcome filled : List.of(Outcome.PASS, Outcome.FAIL, Outcome.WARNING)) {
            List<Finding> resolved = clear.stream().map(f -> f.outcome() == Outcome.NOT_ASSESSABLE
                    ? finding(CriterionKind.GUIDING_INDICATOR, filled) : f).toList();
            assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(resolved), "unknowns filled in as " + filled);
        }
    }

    @Test
    void nothingAssessedIsIncompleteNotMeets() {
        assertEquals(Verdict.INCOMPLETE, Verdict.of(List.of()), "no findings at all");
        // a good-practice rule set (famna-2024) on an empty input: only NOT_ASSESSABLE and INFO findings
        Finding practiceUnknown = finding(CriterionKind.GOOD_PRACTICE, Outcome.NOT_ASSESSABLE);
        Finding practiceInfo = finding(CriterionKind.GOOD_PRACTICE, Outcome.INFO);
        assertEquals(Verdict.INCOMPLETE, Verdict.of(List.of(practiceUnknown, practiceInfo)));
        Finding practicePass = finding(CriterionKind.GOOD_PRACTICE, Outcome.PASS);
        assertEquals(Verdict.MEETS, Verdict.of(List.of(practiceInfo, practicePass)),
                "good practice alone counts when the rule set has no legal requirement or guiding indicator");
        assertEquals(VerdictBasis.NOTHING_ASSESSED, Verdict.basis(List.of(practiceInfo), Verdict.DEFAULT_MAX_FAILED_INDICATOR_SHARE));
        // legal requirements all "not applicable" and only a recommendation passed: nothing that counts was assessed
        Finding legalInfo = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.INFO);
        Finding recommendationPass = finding(CriterionKind.RECOMMENDATION, Outcome.PASS);
        assertEquals(Verdict.INCOMPLETE, Verdict.of(List.of(legalInfo, recommendationPass)));
        assertEquals(Verdict.MEETS, Verdict.of(List.of(legalInfo, finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.PASS))));
    }

    /**
     * famna-2024 has only recommendations and good practice: they are what it asks for, so one it cannot assess
     * leaves it incomplete (it met with 3 of 24 criteria assessed before), and most of them failing does not meet it,
     * as for guiding indicators. Beside a legal requirement or guiding indicator they still do not count.
     */
    @Test
    void inARuleSetOfRecommendationsOnlyTheyAreWhatItAsksFor() {
        BigDecimal half = Verdict.DEFAULT_MAX_FAILED_INDICATOR_SHARE;
        Finding recommendationPass = finding(CriterionKind.RECOMMENDATION, Outcome.PASS);
        Finding recommendationWarn = finding(CriterionKind.RECOMMENDATION, Outcome.WARNING);
        Finding recommendationUnknown = finding(CriterionKind.RECOMMENDATION, Outcome.NOT_ASSESSABLE);
        Finding practicePass = finding(CriterionKind.GOOD_PRACTICE, Outcome.PASS);
        Finding practiceFail = finding(CriterionKind.GOOD_PRACTICE, Outcome.FAIL);
        Finding practiceInfo = finding(CriterionKind.GOOD_PRACTICE, Outcome.INFO);
        Finding practiceUnknown = finding(CriterionKind.GOOD_PRACTICE, Outcome.NOT_ASSESSABLE);

        // passes: everything that applies was assessed, a warning is a remark
        assertEquals(VerdictBasis.MET, Verdict.basis(List.of(recommendationPass, recommendationWarn, practicePass,
                practiceInfo), half));
        // 3 assessed, 18 open (Eskilstuna's IOP): incomplete, not meets
        List<Finding> thin = new java.util.ArrayList<>(List.of(recommendationPass, practicePass, practicePass));
        for (int i = 0; i < 18; i++) {
            thin.add(i % 2 == 0 ? practiceUnknown : recommendationUnknown);
        }
        assertEquals(VerdictBasis.FACTS_MISSING, Verdict.basis(thin, half));
        assertEquals(VerdictBasis.FACTS_MISSING, Verdict.basis(List.of(practiceUnknown, practiceInfo), half),
                "nothing assessed because facts are missing: missing facts are the reason");
        // a minority failed is weighed; most failed (unknown ones counted as not failed) does not meet
        assertEquals(VerdictBasis.MET, Verdict.basis(List.of(practiceFail, practicePass, recommendationPass), half));
        assertEquals(VerdictBasis.MOST_INDICATORS_FAILED,
                Verdict.basis(List.of(practiceFail, practiceFail, practiceFail, practicePass, practiceUnknown), half));
        assertEquals(VerdictBasis.FACTS_MISSING,
                Verdict.basis(List.of(practiceFail, practiceFail, practicePass, practiceUnknown), half));
        // beside a guiding indicator or a legal requirement, they do not change the verdict
        Finding indicatorPass = finding(CriterionKind.GUIDING_INDICATOR, Outcome.PASS);
        assertEquals(VerdictBasis.MET, Verdict.basis(List.of(indicatorPass, practiceFail, practiceFail,
                recommendationUnknown), half));
        Finding legalElementUnknown = new Finding("rs", "e", Outcome.NOT_ASSESSABLE, CriterionKind.LEGAL_REQUIREMENT,
                "UNKNOWN", new LocalizedText("sv", "en"), List.of(), List.of(), "r", true);
        assertEquals(VerdictBasis.FACTS_MISSING, Verdict.basis(List.of(legalElementUnknown, practicePass,
                practiceUnknown), half), "an element of a legal test does not make the rule set one of legal requirements");

        // the reasons name recommendations and good practice, not guiding indicators
        LocalizedText missing = result(thin, "0.5").verdictWhy();
        assertEquals("9 rekommendationer och 9 kriterier om god praxis kan inte bedömas eftersom uppgifter saknas, och "
                + "inget av det som har bedömts avgör ensamt att regeluppsättningen inte uppfylls. Regeluppsättningen har "
                + "bara rekommendationer och god praxis, så det är dem den ber om.", missing.sv());
        assertEquals("9 recommendations and 9 good-practice criteria cannot be assessed because facts are missing, and "
                + "nothing assessed decides on its own that the rule set is not met. The rule set has only recommendations "
                + "and good practice, so they are what it asks for.", missing.en());
        LocalizedText most = result(List.of(practiceFail, practiceFail, practiceFail, practicePass, practiceUnknown),
                "0.5").verdictWhy();
        assertEquals("Most of its recommendations and good practice are not met: 3 of the 5 that apply, more than the "
                + "share allowed to fail (maxFailedIndicatorShare 0.5, i.e. 50%). The verdict stands even if the one that "
                + "cannot be assessed were met.", most.en());
        assertTrue(most.sv().startsWith("De flesta av dess rekommendationer och kriterier om god praxis är inte "
                + "uppfyllda: 3 av de 5 som är tillämpliga"), most::sv);
        LocalizedText met = result(List.of(practiceFail, practicePass, recommendationPass), "0.5").verdictWhy();
        assertEquals("The rule set has only recommendations and good practice, and all that apply could be assessed. Of "
                + "the recommendations and good practice that apply, 1 of 3 is not met, no more than the share allowed to "
                + "fail (maxFailedIndicatorShare 0.5, i.e. 50%).", met.en());
        assertTrue(met.sv().endsWith("Av de tillämpliga rekommendationerna och kriterierna om god praxis är 1 av 3 inte "
                + "uppfyllt, inte fler än den andel som får brista (maxFailedIndicatorShare 0,5, dvs. 50 %)."), met::sv);
        for (LocalizedText t : List.of(missing, most, met)) {
            assertFalse(t.sv().contains("vägledande") || t.en().contains("guiding"), t::toString);
        }
    }

    /**
     * Properties of the rule over random finding lists (fixed seed, so a failure repeats): resolving a not-assessable
     * finding, whatever it resolves to, never turns DOES_NOT_MEET into another verdict; a list in which nothing counting
     * was assessed is never MEETS; MEETS never has a legal FAIL, a majority of failed indicators (recommendations and
     * good practice where there are neither legal requirements nor guiding indicators) or one of them not assessable.
     */
    @Test
    void verdictPropertiesOverRandomFindings() {
        java.util.Random random = new java.util.Random(9);
        CriterionKind[] kinds = CriterionKind.values();
        Outcome[] outcomes = Outcome.values();
        for (int run = 0; run < 5000; run++) {
            List<Finding> findings = new java.util.ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                findings.add(finding(kinds[random.nextInt(kinds.length)], outcomes[random.nextInt(outcomes.length)]));
            }
            BigDecimal share = BigDecimal.valueOf(random.nextInt(11), 1);
            Verdict v = Verdict.of(findings, share);
            for (int i = 0; i < n; i++) {
                Finding f = findings.get(i);
                if (f.outcome() != Outcome.NOT_ASSESSABLE) {
                    continue;
                }
                for (Outcome resolved : List.of(Outcome.PASS, Outcome.FAIL, Outcome.WARNING, Outcome.INFO)) {
                    List<Finding> filled = new java.util.ArrayList<>(findings);
                    filled.set(i, finding(f.kind(), resolved));
                    if (v == Verdict.DOES_NOT_MEET) {
                        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(filled, share), () -> findings + " -> " + filled);
                    }
                }
            }
            boolean hasWeighty = findings.stream().anyMatch(f -> weighty(f.kind()));
            boolean assessed = findings.stream().anyMatch(f -> (!hasWeighty || weighty(f.kind()))
                    && (f.outcome() == Outcome.PASS || f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARNING));
            if (!assessed) {
                assertTrue(v != Verdict.MEETS, findings::toString);
            }
            if (v == Verdict.MEETS) {
                // the indicators: guiding indicators, or where there are neither those nor legal requirements, the
                // recommendations and good practice
                java.util.function.Predicate<Finding> indicator = f -> hasWeighty
                        ? f.kind() == CriterionKind.GUIDING_INDICATOR : !weighty(f.kind());
                long applicable = findings.stream().filter(f -> indicator.test(f) && f.outcome() != Outcome.INFO).count();
                long failed = findings.stream().filter(f -> indicator.test(f) && f.outcome() == Outcome.FAIL).count();
                assertTrue(findings.stream().noneMatch(f -> (hasWeighty == weighty(f.kind()))
                        && f.outcome() == Outcome.NOT_ASSESSABLE), () -> "MEETS with facts missing for what counts: " + findings);
                assertTrue(BigDecimal.valueOf(failed).compareTo(share.multiply(BigDecimal.valueOf(applicable))) <= 0,
                        findings::toString);
                assertTrue(findings.stream().noneMatch(f -> f.kind() == CriterionKind.LEGAL_REQUIREMENT
                        && f.outcome() == Outcome.FAIL), findings::toString);
            }
        }
    }

    private static boolean weighty(CriterionKind k) {
        return k == CriterionKind.LEGAL_REQUIREMENT || k == CriterionKind.GUIDING_INDICATOR;
    }

    @Test
    void theBasisSaysWhichStepDecided() {
        Finding legalFail = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.FAIL);
        Finding legalPass = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.PASS);
        Finding fail = finding(CriterionKind.GUIDING_INDICATOR, Outcome.FAIL);
        Finding pass = finding(CriterionKind.GUIDING_INDICATOR, Outcome.PASS);
        Finding unknown = finding(CriterionKind.GUIDING_INDICATOR, Outcome.NOT_ASSESSABLE);
        BigDecimal half = Verdict.DEFAULT_MAX_FAILED_INDICATOR_SHARE;
        assertEquals(VerdictBasis.LEGAL_REQUIREMENT_FAILED, Verdict.basis(List.of(pass, legalFail, fail, fail), half));
        assertEquals(VerdictBasis.MOST_INDICATORS_FAILED, Verdict.basis(List.of(legalPass, fail, fail, pass), half));
        assertEquals(VerdictBasis.FACTS_MISSING, Verdict.basis(List.of(legalPass, fail, pass, unknown), half));
        assertEquals(VerdictBasis.NOTHING_ASSESSED, Verdict.basis(List.of(finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.INFO)), half));
        assertEquals(VerdictBasis.MET, Verdict.basis(List.of(legalPass, fail, pass), half));
        // a result reports the basis with the share it was evaluated with
        RuleSetResult r = new RuleSetResult(RULE_SET, Verdict.MEETS,
                List.of(fail, fail, pass, pass), List.of(new ParameterValue(Verdict.MAX_FAILED_INDICATOR_SHARE,
                        new BigDecimal("0.4"), null, "test", true)), false);
        assertEquals(VerdictBasis.MOST_INDICATORS_FAILED, r.verdictBasis(), "2 of 4 is more than 0.4");
        assertEquals(new BigDecimal("0.4"), Verdict.maxFailedIndicatorShare(r.parameters()));
        assertEquals(Verdict.DEFAULT_MAX_FAILED_INDICATOR_SHARE, Verdict.maxFailedIndicatorShare(List.of()));
    }

    private static RuleSetResult result(List<Finding> findings, String share) {
        return new RuleSetResult(RULE_SET,
                Verdict.of(findings, new BigDecimal(share)), findings, List.of(new ParameterValue(
                        Verdict.MAX_FAILED_INDICATOR_SHARE, new BigDecimal(share), null, "test", false)), false);
    }

    @Test
    void theReasonForTheVerdictIsASentenceWithItsCounts() {
        Finding legalFail = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.FAIL);
        Finding legalPass = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.PASS);
        Finding legalUnknown = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.NOT_ASSESSABLE);
        Finding fail = finding(CriterionKind.GUIDING_INDICATOR, Outcome.FAIL);
        Finding pass = finding(CriterionKind.GUIDING_INDICATOR, Outcome.PASS);
        Finding unknown = finding(CriterionKind.GUIDING_INDICATOR, Outcome.NOT_ASSESSABLE);
        Finding notApplicable = finding(CriterionKind.GUIDING_INDICATOR, Outcome.INFO);

        // the failed legal requirement by its title (its id when the rule set gives none)
        List<Finding> legalFindings = List.of(legalFail, fail, pass);
        LocalizedText legal = new RuleSetResult(new RuleSetInfo("rs", "1", "t", "i", RuleSetStatus.GUIDANCE,
                java.time.LocalDate.of(2020, 1, 1), null, java.util.Map.of(), List.of(), "0".repeat(64), "test", "t",
                java.util.Map.of("c", new LocalizedText("Öppenhet", "Openness"))), Verdict.of(legalFindings),
                legalFindings, List.of(), false).verdictWhy();
        assertEquals("Ett rättsligt krav är inte uppfyllt, ”Öppenhet”, och ett ej uppfyllt rättsligt krav avgör ensamt.",
                legal.sv());
        assertEquals("A legal requirement is not met, “Openness”, and a failed legal requirement decides on its own.",
                legal.en());
        Finding otherFail = new Finding("rs", "c2", Outcome.FAIL, CriterionKind.LEGAL_REQUIREMENT, null,
                new LocalizedText("sv", "en"), List.of(), List.of(), "r", false);
        assertTrue(result(List.of(legalFail, otherFail, legalFail), "0.5").verdictWhy().en().startsWith(
                "2 legal requirements are not met, “c” and “c2”, and"), "a criterion failed for two parties counts once");

        // 3 of the 4 that apply (the INFO one does not) fail, more than 0.5; one unknown would not change it
        LocalizedText most = result(List.of(legalPass, fail, fail, fail, unknown, notApplicable), "0.5").verdictWhy();
        assertEquals("De flesta vägledande kriterierna är inte uppfyllda: 3 av de 4 som är tillämpliga, fler än den "
                + "andel som får brista (maxFailedIndicatorShare 0,5, dvs. 50 %). Utfallet står sig även om det som "
                + "inte kan bedömas skulle vara uppfyllt.", most.sv());
        assertEquals("Most guiding indicators are not met: 3 of the 4 that apply, more than the share allowed to fail "
                + "(maxFailedIndicatorShare 0.5, i.e. 50%). The verdict stands even if the one that cannot be assessed "
                + "were met.", most.en());
        // the share the rule set was evaluated with, not the default
        assertTrue(result(List.of(fail, pass, pass), "0.25").verdictWhy().en().contains("1 of the 3 that apply, more "
                + "than the share allowed to fail (maxFailedIndicatorShare 0.25, i.e. 25%)"));

        LocalizedText missing = result(List.of(legalUnknown, unknown, unknown, fail, pass, pass), "0.5").verdictWhy();
        assertTrue(missing.sv().startsWith("Ett rättsligt krav och 2 vägledande kriterier kan inte bedömas eftersom "
                + "uppgifter saknas"), missing::sv);
        assertTrue(missing.en().contains("Of the guiding indicators that apply, 1 of 5 is not met, no more than the "
                + "share allowed to fail"), missing::en);

        assertTrue(result(List.of(notApplicable, finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.INFO)), "0.5")
                .verdictWhy().en().startsWith("None of its legal requirements and guiding indicators applies here"));
        assertEquals("None of its criteria applies here, so nothing could be assessed.",
                result(List.of(finding(CriterionKind.GOOD_PRACTICE, Outcome.INFO)), "0.5").verdictWhy().en());

        LocalizedText met = result(List.of(legalPass, fail, pass, pass), "0.5").verdictWhy();
        assertTrue(met.sv().startsWith("Inget rättsligt krav brister"), met::sv);
        assertTrue(met.sv().contains("1 av 3 inte uppfyllt, inte fler än den andel som får brista"), met::sv);
        assertTrue(result(List.of(legalPass, pass, pass), "0.5").verdictWhy().en().endsWith("None of the 2 guiding "
                + "indicators that apply fails."));
        assertEquals("Everything that decides the verdict could be assessed. None of the 2 guiding indicators that "
                + "apply fails.", result(List.of(pass, pass), "0.5").verdictWhy().en(), "no legal requirement to name");
        assertTrue(result(List.of(legalPass, pass), "0.5").verdictWhy().en().endsWith("The only guiding indicator "
                + "that applies does not fail."));
        for (VerdictBasis b : VerdictBasis.values()) {
            for (LocalizedText t : List.of(legal, most, missing, met)) {
                assertFalse(t.sv().contains(b.name()) || t.en().contains(b.name()), "no enum code in " + t);
            }
        }
    }

    @Test
    void onlyAFindingThatIsOpenOrRestsOnAnAbsenceNamesMissingFacts() {
        List<FactValue> because = List.of(new FactValue("agreement.detailRegulationLevel", "FRAMEWORK", true),
                new FactValue("agreement.activityLevelRequirementsCount", "null", false));
        for (Outcome o : Outcome.values()) {
            Finding f = new Finding("rs", "c", o, CriterionKind.GUIDING_INDICATOR, null, new LocalizedText("sv", "en"),
                    because, List.of(), "r", false);
            assertEquals(because, f.because(), "the facts the rule read stay, known or not");
            assertEquals(o == Outcome.PASS || o == Outcome.FAIL ? List.of()
                    : List.of("agreement.activityLevelRequirementsCount"), f.missingFacts(), o::name);
        }
    }

    @Test
    void theShareMustLieBetweenZeroAndOne() {
        List<Finding> none = List.of();
        assertThrows(IllegalArgumentException.class, () -> Verdict.of(none, new BigDecimal("1.01")));
        assertThrows(IllegalArgumentException.class, () -> Verdict.of(none, new BigDecimal("-0.1")));
        assertThrows(IllegalArgumentException.class, () -> Verdict.of(none, null));
        Finding fail = finding(CriterionKind.GUIDING_INDICATOR, Outcome.FAIL);
        Finding pass = finding(CriterionKind.GUIDING_INDICATOR, Outcome.PASS);
        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(List.of(fail, pass, pass, pass), BigDecimal.ZERO),
                "a share of 0 lets no guiding indicator fail");
    }

    private static Finding finding(CriterionKind kind, Outcome outcome) {
        return new Finding("rs", "c", outcome, kind, null, new LocalizedText("sv", "en"), List.of(), List.of(), "r", false);
    }
}
