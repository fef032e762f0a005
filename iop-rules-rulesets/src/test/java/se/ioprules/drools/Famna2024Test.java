package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.agreement;
import static se.ioprules.drools.Fixtures.assertOutcome;
import static se.ioprules.drools.Fixtures.evaluate;
import static se.ioprules.drools.Fixtures.finding;
import static se.ioprules.drools.Fixtures.governance;
import static se.ioprules.drools.Fixtures.initiative;
import static se.ioprules.drools.Fixtures.purpose;
import static se.ioprules.drools.Fixtures.resources;
import static se.ioprules.drools.Fixtures.term;
import static se.ioprules.drools.Fixtures.typicalIop;
import static se.ioprules.drools.Fixtures.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.*;

/** Famna's handbook, good practice (catalogue B8). */
class Famna2024Test {
    private static final String RS = "famna-2024";

    static final List<String> GOOD = IntStream.rangeClosed(1, 12).mapToObj(i -> "famna-good-" + i).toList();

    static final List<String> CRITERIA;

    static {
        List<String> c = new ArrayList<>(List.of("famna-not-ordered-service", "famna-collaboration-not-financing",
                "famna-own-part-steering", "famna-no-detail-no-sanctions", "famna-adjustable-framework", "famna-no-profit",
                "famna-suitability", "famna-agreement-content", "famna-legal-review", "famna-7-steps",
                "famna-renegotiate-with-dialogue"));
        c.addAll(GOOD);
        c.add("famna-good-score");
        CRITERIA = List.copyOf(c);
    }

    static final Set<AgreementTopic> FAMNA_TOPICS = EnumSet.of(AgreementTopic.BACKGROUND, AgreementTopic.CHALLENGE,
            AgreementTopic.PUBLIC_MISSION, AgreementTopic.VISION, AgreementTopic.TERM, AgreementTopic.DECISION_RULES,
            AgreementTopic.EFFORTS_COMMITMENTS, AgreementTopic.DIALOGUE, AgreementTopic.FOLLOW_UP, AgreementTopic.ROLES,
            AgreementTopic.LEARNING_GOALS, AgreementTopic.RESOURCES, AgreementTopic.RENEGOTIATION,
            AgreementTopic.RESCISSION, AgreementTopic.DISPUTE, AgreementTopic.TRANSPARENCY, AgreementTopic.EQUALITY);

    /** The typical IOP with everything Famna asks for recorded as present: every criterion passes. */
    static Partnership exemplary() {
        Partnership p = typicalIop();
        return p.toBuilder()
                .addParty(Party.builder().id("region").name("Exempelregionen").sector(Sector.PUBLIC_REGION)
                        .legalForm(LegalForm.PUBLIC_AUTHORITY).build())
                .initiative(p.initiative().toBuilder().processStepsCompleted(Set.of(1, 2, 3, 4, 5, 6, 7)).build())
                .purpose(p.purpose().toBuilder().noPartyCanSolveAlone(true).challengeJointlyDefined(true)
                        .challengeDescription("Unga som varken studerar eller arbetar").learningGoals(true)
                        .targetGroupInvolvedFromStart(true).publicMissionReference("Socialtjänstlagen 3 kap., förebyggande arbete")
                        .exploratoryCharacter(true).holistic(true).build())
                .resources(p.resources().toBuilder().operationalContributionsByAllParties(true)
                        .addContribution(Contribution.builder().partyId("region").kind(ContributionKind.COMPETENCE)
                                .valueSek(new BigDecimal("50000")).valuedInBudget(true).build())
                        .budget(Budget.builder().totalCostSek(new BigDecimal("1050000")).includesInKind(true).build())
                        .build())
                .term(p.term().toBuilder().renewalWithDialogue(true).renegotiationClause(true).build())
                .governance(Governance.builder()
                        .steeringGroup(SteeringGroup.builder().exists(true).membersFromAllParties(true)
                                .decisionRule(DecisionRule.JOINT_CONSENSUS).build())
                        .rolesDefined(true).jointFollowUp(true).powerMapped(true).joinableByNewParties(true)
                        .evaluationFrequencyMonths(12).geographicScope(GeographicScope.MULTI_MUNICIPAL).build())
                .agreement(p.agreement().toBuilder().detailRegulationLevel(DetailRegulationLevel.FRAMEWORK)
                        .activityLevelRequirementsCount(3).effortsFramework(EffortsFramework.ADJUSTABLE)
                        .agreementTopicsPresent(FAMNA_TOPICS).commissionedByPublic(false).legalReviewDone(true).build())
                .build();
    }

    /** Everything Famna warns about, recorded as known: a commissioned, detail-regulated, sanctioned purchase. */
    static Partnership bad() {
        Partnership p = typicalIop();
        return p.toBuilder()
                .initiative(p.initiative().toBuilder().initiatedBy(Initiator.PUBLIC).activityDefinedBy(Initiator.PUBLIC)
                        .processStepsCompleted(Set.of(5)).build())
                .purpose(p.purpose().toBuilder().noPartyCanSolveAlone(false).challengeJointlyDefined(false)
                        .challengeDescription("").learningGoals(false).targetGroupInvolvedFromStart(false)
                        .exploratoryCharacter(false).holistic(false).build())
                .resources(p.resources().toBuilder().operationalContributionsByAllParties(false)
                        .surplusHandling(SurplusHandling.DISTRIBUTED).paymentModel(PaymentModel.PRICE_PER_UNIT).build())
                .term(p.term().toBuilder().renewalWithDialogue(false).extensionOption(ExtensionOption.AUTOMATIC).build())
                .governance(Governance.builder()
                        .steeringGroup(SteeringGroup.builder().exists(false).decisionRule(DecisionRule.PUBLIC_UNILATERAL).build())
                        .rolesDefined(false).jointFollowUp(false).powerMapped(false).joinableByNewParties(false)
                        .geographicScope(GeographicScope.LOCAL).build())
                .agreement(p.agreement().toBuilder().detailRegulationLevel(DetailRegulationLevel.DETAILED)
                        .activityLevelRequirementsCount(40).sanctionClauses(SanctionClause.VITE, SanctionClause.SKADESTAND)
                        .effortsFramework(EffortsFramework.FIXED_LIST).agreementTopicsPresent(Set.of())
                        .commissionedByPublic(true).legalReviewDone(false).agreementLabel(AgreementLabel.KONTRAKT)
                        .agreementText(Skl2018Test.PURCHASE_TEXT).build())
                .build();
    }

    private static Finding outcome(Partnership p, String criterion, Outcome expected) {
        return assertOutcome(p, RS, criterion, expected);
    }

    @Nested
    class Completeness {
        @Test
        void everyCriterionGetsExactlyOneFindingFromARule() {
            for (Partnership p : List.of(typicalIop(), exemplary(), bad(), Partnership.builder().id("empty").build(),
                    agreement(typicalIop(), a -> a.agreementText(Skl2018Test.PURCHASE_TEXT)))) {
                Fixtures.assertEveryCriterionOnce(p, RS, CRITERIA);
            }
        }

        @Test
        void exemplaryPartnershipPassesEveryCriterion() {
            RuleSetResult r = evaluate(exemplary(), RS).ruleSet(RS).orElseThrow();
            for (String c : CRITERIA) {
                Outcome expected = c.equals("famna-good-score") ? Outcome.INFO : Outcome.PASS;
                Finding f = r.findings(c).get(0);
                assertEquals(expected, f.outcome(), () -> c + ": " + f.message().sv() + " " + f.because());
            }
        }

        @Test
        void kindsFollowTheCatalogue() {
            for (Finding f : evaluate(typicalIop(), RS).ruleSet(RS).orElseThrow().findings()) {
                CriterionKind expected = f.criterionId().equals("famna-agreement-content") || f.criterionId().equals("famna-legal-review")
                        ? CriterionKind.RECOMMENDATION : CriterionKind.GOOD_PRACTICE;
                assertEquals(expected, f.kind(), f.criterionId());
                assertEquals("S4", f.sources().get(0).key(), f.criterionId());
            }
        }
    }

    @Nested
    class NeverFail {
        @Test
        void badPartnershipGetsWarningsAndInfoButNoFail() {
            RuleSetResult r = evaluate(bad(), RS).ruleSet(RS).orElseThrow();
            assertTrue(r.findings().stream().noneMatch(f -> f.outcome() == Outcome.FAIL), r.findings()::toString);
            for (String c : CRITERIA.subList(0, 11)) {
                Outcome o = r.findings(c).get(0).outcome();
                assertTrue(o == Outcome.WARNING || o == Outcome.INFO, () -> c + " " + o);
            }
            for (String c : GOOD) {
                assertEquals(Outcome.INFO, r.findings(c).get(0).outcome(), c);
            }
            assertEquals(se.ioprules.api.Verdict.MEETS, r.verdict());
        }

        @Test
        void nothingAssessedIsIncompleteNotMeets() {
            // issue 9: on an empty input every finding is NOT_ASSESSABLE or INFO; "meets Famna" would be said about nothing
            RuleSetResult empty = evaluate(Partnership.builder().id("empty").build(), RS).ruleSet(RS).orElseThrow();
            assertEquals(0, empty.count(Outcome.PASS) + empty.count(Outcome.WARNING) + empty.count(Outcome.FAIL),
                    empty.findings()::toString);
            assertEquals(se.ioprules.api.Verdict.INCOMPLETE, empty.verdict());
            assertEquals(se.ioprules.api.VerdictBasis.FACTS_MISSING, empty.verdictBasis());
            // one recorded fact assesses one recommendation, but the rule set asks for all of them: still incomplete
            RuleSetResult one = evaluate(Partnership.builder().id("one")
                    .agreement(Agreement.builder().legalReviewDone(true).build()).build(), RS).ruleSet(RS).orElseThrow();
            assertEquals(Outcome.PASS, one.findings("famna-legal-review").get(0).outcome());
            assertEquals(se.ioprules.api.Verdict.INCOMPLETE, one.verdict());
            assertEquals(se.ioprules.api.VerdictBasis.FACTS_MISSING, one.verdictBasis());
            assertTrue(one.verdictWhy().en().contains("recommendations and good practice, so they are what it asks for"),
                    one.verdictWhy()::en);
        }

        @Test
        void emptyPartnershipGivesNoFailEither() {
            RuleSetResult r = evaluate(Partnership.builder().id("empty").build(), RS).ruleSet(RS).orElseThrow();
            assertTrue(r.findings().stream().noneMatch(f -> f.outcome() == Outcome.FAIL));
        }
    }

    @Nested
    class NotOrderedService {

        @Test
        void commissionedOrDefinedByThePublicPartyWarns() {
            Finding f = outcome(agreement(typicalIop(), a -> a.commissionedByPublic(true)), "famna-not-ordered-service", Outcome.WARNING);
            assertTrue(f.message().sv().contains("beställer"));
        }

        @Test
        void purchaseVocabularyFoundBySklWarns() {
            Partnership p = agreement(typicalIop(), a -> a.commissionedByPublic(false).agreementText(Skl2018Test.PURCHASE_TEXT));
            Evaluation e = evaluate(p, RS);
            // the scan is skl-2018's, evaluated first as a dependency; famna reads its conclusion
            assertEquals(Outcome.WARNING, finding(e, "skl-2018", "skl-agr-vocabulary").outcome());
            assertTrue(e.ruleSet("skl-2018").orElseThrow().dependency());
            Finding f = finding(e, RS, "famna-not-ordered-service");
            assertEquals(Outcome.WARNING, f.outcome());
            assertEquals("famna-not-ordered-service: purchase vocabulary", f.rule());
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("conclusion.skl-agr-vocabulary")
                    && v.value().equals("WARNING")), f.because()::toString);
            assertTrue(f.message().sv().contains("köpord"), f.message().sv());
        }

        @Test
        void commissionedWithPurchaseWordsGivesOneWarning() {
            Finding f = outcome(agreement(typicalIop(), a -> a.commissionedByPublic(true).agreementText(Skl2018Test.PURCHASE_TEXT)),
                    "famna-not-ordered-service", Outcome.WARNING);
            assertEquals("famna-not-ordered-service: commissioned by the public party", f.rule());
        }
    }

    @Nested
    class CollaborationNotFinancing {
        @Test
        void publicInKindWithTheOtherPartiesUnrecordedNamesWhatIsMissing() {
            Partnership p = resources(typicalIop(), r -> r.addContribution(Contribution.builder().partyId("kommun")
                    .kind(ContributionKind.PAID_STAFF).build()));
            Finding f = outcome(p, "famna-collaboration-not-financing", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("resources.operationalContributionsByAllParties"), f.missingFacts());
        }
    }

    @Nested
    class OwnPartSteering {
        @Test
        void anUnrecordedDecisionRuleIsNamedUnlessThereIsNoSteeringGroup() {
            Partnership p = governance(typicalIop(), g -> g.rolesDefined(true).jointFollowUp(true));
            Finding f = outcome(p, "famna-own-part-steering", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("governance.steeringGroup.decisionRule"), f.missingFacts()::toString);
            outcome(governance(p, g -> g.steeringGroup(SteeringGroup.builder().exists(false).build())),
                    "famna-own-part-steering", Outcome.PASS);
        }
    }

    @Nested
    class NoDetailNoSanctions {

        @Test
        void detailOrAnySanctionWarns() {
            Finding f = outcome(agreement(exemplary(), a -> a.sanctionClauses(SanctionClause.HAVNING_FOR_BREACH)),
                    "famna-no-detail-no-sanctions", Outcome.WARNING);
            assertTrue(f.message().sv().contains("hävning vid avtalsbrott"), "the clause in words: " + f.message().sv());
        }
    }

    @Nested
    class AgreementContent {

        @Test
        void anyMissingTopicWarnsAndShowsWhatIsPresent() {
            Set<AgreementTopic> fewer = EnumSet.copyOf(FAMNA_TOPICS);
            fewer.remove(AgreementTopic.DISPUTE);
            Finding f = outcome(agreement(exemplary(), a -> a.agreementTopicsPresent(fewer)), "famna-agreement-content", Outcome.WARNING);
            assertTrue(f.message().sv().contains("rekommenderar: tvistlösning."), f.message().sv());
            assertTrue(f.message().sv().contains("bakgrund, utmaning"), "topics as words, not enum codes: " + f.message().sv());
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("detail.missingTopics") && v.value().equals("[DISPUTE]")));
            Finding none = outcome(agreement(exemplary(), a -> a.agreementTopicsPresent(Set.of())), "famna-agreement-content", Outcome.WARNING);
            assertTrue(none.message().en().contains("background, challenge, public mission"), none.message().en());
        }
    }

    @Nested
    class SevenSteps {
        @Test
        void allStepsPassSomeStepsInfoUnknownNotAssessable() {
            Finding f = outcome(initiative(typicalIop(), i -> i.processStepsCompleted(Set.of(1, 2, 5))), "famna-7-steps", Outcome.INFO);
            assertTrue(f.message().sv().contains("sju: 1, 2 och 5."), "the steps as a list in words: " + f.message().sv());
        }
    }

    @Nested
    class RenegotiateWithDialogue {

        @Test
        void renewalWithoutDialogueOrAutomaticRenewalWarns() {
            // the renegotiation clause is not recorded here: the message says so instead of "there is none" (issue 9)
            Finding automatic = outcome(term(typicalIop(), t -> t.extensionOption(ExtensionOption.AUTOMATIC)),
                    "famna-renegotiate-with-dialogue", Outcome.WARNING);
            assertTrue(automatic.message().sv().contains("inte angiven") && automatic.message().en().contains("is recorded"),
                    automatic.message()::sv);
            assertEquals(List.of("term.renewalWithDialogue", "term.renegotiationClause"), automatic.missingFacts());
        }

        @Test
        void aRenegotiationClauseAloneNamesTheRenewalsDialogue() {
            Finding f = outcome(term(typicalIop(), t -> t.renegotiationClause(true)), "famna-renegotiate-with-dialogue",
                    Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("term.renewalWithDialogue"), f.missingFacts());
        }
    }

    @Nested
    class GoodFactors {
        /** For each factor: a change to the exemplary IOP that removes it, and one that makes it unknown. */
        private void factor(String id, UnaryOperator<Partnership> absent, UnaryOperator<Partnership> unknown) {
            outcome(exemplary(), id, Outcome.PASS);
            outcome(absent.apply(exemplary()), id, Outcome.INFO);
            outcome(unknown.apply(exemplary()), id, Outcome.NOT_ASSESSABLE);
        }
    }

    @Nested
    class Score {
        private Finding score(Partnership p) {
            return finding(evaluate(p, RS), RS, "famna-good-score");
        }

        @Test
        void allTwelve() {
            Finding f = score(exemplary());
            assertEquals(Outcome.INFO, f.outcome());
            assertEquals("12/12", f.conclusion());
            assertTrue(f.message().sv().startsWith("12 av 12"), f.message().sv());
            assertTrue(f.message().en().startsWith("12 of the 12"), f.message().en());
        }

        @Test
        void nonePresent() {
            Finding f = score(bad());
            assertEquals(Outcome.INFO, f.outcome());
            assertEquals("0/12", f.conclusion());
            assertTrue(f.message().sv().startsWith("0 av 12"), f.message().sv());
        }

        @Test
        void absentAndUnknownFactorsAreNotCounted() {
            // two factors absent (2, 9), one unknown (6): 9 of 12
            Partnership p = governance(purpose(exemplary(), u -> u.learningGoals(false).exploratoryCharacter((Tri) null)),
                    g -> g.geographicScope(GeographicScope.LOCAL));
            Finding f = score(p);
            assertEquals("9/12", f.conclusion());
            assertTrue(f.message().sv().startsWith("9 av 12"), f.message().sv());
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("conclusion.famna-good-2") && v.value().equals("INFO")));
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("conclusion.famna-good-6") && v.value().equals("NOT_ASSESSABLE")));
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("governance.geographicScope") && v.value().equals("LOCAL")));
            assertTrue(f.missingFacts().contains("purpose.exploratoryCharacter"));
        }

        @Test
        void typicalIopScoresWhatIsRecorded() {
            // only the party count is recorded among the factors, and two parties is "absent"
            assertEquals("0/12", score(typicalIop()).conclusion());
            Partnership three = with(typicalIop(), b -> b.addParty(Party.builder().id("region").name("Region")
                    .sector(Sector.PUBLIC_REGION).build()));
            assertEquals("1/12", score(three).conclusion());
        }

        @Test
        void scoreFollowsTheActivityRequirementParameter() {
            Partnership p = agreement(exemplary(), a -> a.activityLevelRequirementsCount(7));
            assertEquals("11/12", score(p).conclusion());
            Evaluation e = Fixtures.engine().evaluate(p, EvaluationRequest.builder().ruleSets(RS)
                    .parameter("maxActivityRequirements", new BigDecimal("10")).build());
            assertEquals("12/12", finding(e, RS, "famna-good-score").conclusion());
        }
    }

    @Test
    void manifest() {
        RuleSetResult r = evaluate(typicalIop(), RS).ruleSet(RS).orElseThrow();
        assertEquals(se.ioprules.api.RuleSetStatus.GUIDANCE, r.ruleSet().status());
        assertEquals(LocalDate.of(2024, 1, 1), r.ruleSet().effectiveFrom());
    }
}
