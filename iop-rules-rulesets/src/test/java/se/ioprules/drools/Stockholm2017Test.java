package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.agreement;
import static se.ioprules.drools.Fixtures.engine;
import static se.ioprules.drools.Fixtures.finding;
import static se.ioprules.drools.Fixtures.governance;
import static se.ioprules.drools.Fixtures.ideaProfile;
import static se.ioprules.drools.Fixtures.initiative;
import static se.ioprules.drools.Fixtures.legal;
import static se.ioprules.drools.Fixtures.purpose;
import static se.ioprules.drools.Fixtures.term;
import static se.ioprules.drools.Fixtures.typicalIop;
import static se.ioprules.drools.Fixtures.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.facts.*;

/**
 * Stockholm city's IOP guidelines (catalogue B3) in two versions: 2017.1 (the guidelines, from November 2017) and
 * 2019.1 (plus the labour-market committee's 2019 rules). Evaluations without an explicit as-of date use the
 * fixture's decision date (2024), so they get 2019.1.
 */
class Stockholm2017Test {
    private static final String RS = "stockholm-2017";
    private static final LocalDate Y2018 = LocalDate.of(2018, 6, 1);
    private static final LocalDate Y2020 = LocalDate.of(2020, 6, 1);

    private static final List<String> CITY = List.of("sthlm-openness", "sthlm-legal-not-procurement",
            "sthlm-legal-kommunallagen", "sthlm-legal-state-aid", "sthlm-g-no-market", "sthlm-g-idea-initiative",
            "sthlm-g-political-plan", "sthlm-g-not-normed-grant", "sthlm-g-both-finance", "sthlm-g-no-detail-regulation",
            "sthlm-g-long-term", "sthlm-partner-values", "sthlm-partner-docs", "sthlm-agreement-terms");
    private static final List<String> AMN = List.of("amn-democracy-conditions", "amn-excl-outside-mandate",
            "amn-excl-no-need", "amn-excl-violence-alcohol-drugs", "amn-excl-financial-order", "amn-excl-participant-harm",
            "amn-remediation", "amn-competence-value", "amn-steering-group", "amn-annual-review", "amn-annex-plan-budget",
            "amn-financial-insight", "amn-prestudy", "amn-review-triggers", "amn-responsible-manager",
            "amn-no-disadvantage-others");
    private static final Set<String> PARTY_LEVEL = Set.of("sthlm-partner-values", "sthlm-partner-docs",
            "amn-democracy-conditions", "amn-excl-violence-alcohol-drugs", "amn-excl-financial-order",
            "amn-excl-participant-harm", "amn-remediation");
    /** sthlm-g-* and the Forum criterion whose outcome it reports. */
    private static final Map<String, String> FORUM = Map.of("sthlm-g-no-market", "forum-no-market",
            "sthlm-g-idea-initiative", "forum-idea-initiative", "sthlm-g-political-plan", "forum-political-plan",
            "sthlm-g-not-normed-grant", "forum-not-normed-grant", "sthlm-g-both-finance", "forum-co-financing",
            "sthlm-g-no-detail-regulation", "forum-no-detail-regulation", "sthlm-g-long-term", "forum-long-term");

    // ---- fixtures -------------------------------------------------------------------------------------------

    private static Partnership assessment(Partnership base, UnaryOperator<LegalAssessment.Builder> change) {
        return legal(base, l -> l.legalAssessment(change.apply(base.legal().legalAssessment().toBuilder()).build()));
    }

    /** A vetted idea-based partner: values checked, all documents, no exclusion ground, nothing to remedy. */
    static IdeaBasedProfile vetted() {
        return IdeaBasedProfile.builder().valuesCheckDone(true)
                .partnerDocuments(PartnerDocument.STADGAR, PartnerDocument.VERKSAMHETSIDE, PartnerDocument.ARSMOTESPROTOKOLL,
                        PartnerDocument.VERKSAMHETSBERATTELSE, PartnerDocument.EKONOMISK_BERATTELSE_BOKSLUT,
                        PartnerDocument.VERKSAMHETSPLAN_STYRELSEFORTECKNING, PartnerDocument.MEDLEMSANTAL)
                .documentsNotExisting(PartnerDocument.REVISIONSBERATTELSE)
                .democracy(DemocracyConditions.builder().violenceCoercionThreat(false).discrimination(false)
                        .justifiesPromotes(false).counteractsDemocracy(false).build())
                .advocatesViolenceAlcoholDrugs(false).financialOrderDemonstrated(true).participantRiskIdentified(false)
                .remediationTaken(false).remediationCompleted(false)
                .build();
    }

    private static Partnership vettedWith(UnaryOperator<IdeaBasedProfile.Builder> change) {
        return ideaProfile(change.apply(vetted().toBuilder()).build());
    }

    private static DemocracyConditions discriminates() {
        return vetted().democracy().toBuilder().discrimination(true).build();
    }

    /** Every Stockholm and AMN requirement met: the baseline for "all PASS" checks. */
    static Partnership stockholmIop() {
        Partnership p = ideaProfile(vetted());
        return p.toBuilder()
                .initiative(p.initiative().toBuilder().openCommunication(true).contactFunctionExists(true).preStudyDone(true)
                        .reviewBodyConsulted(true).responsibleManagerWithBudget(true).build())
                .purpose(p.purpose().toBuilder().withinMunicipalCompetence(true).withinCommitteeMandate(true)
                        .needIdentified(true).needStillExists(true).addsValue(true).complementsCoreMission(true)
                        .politicalPlanRef(PoliticalPlanRef.builder().exists(true).mentionsIdeaBasedOrgs(true).build()).build())
                .term(p.term().toBuilder().annualReviewScheduled(true).renegotiationClause(true).marketEmergedDuringTerm(false).build())
                .governance(p.governance().toBuilder()
                        .steeringGroup(SteeringGroup.builder().exists(true).membersFromAllParties(true)
                                .decisionRule(DecisionRule.JOINT_CONSENSUS).meetingsPerYear(4)
                                .mandate(Set.of(SteeringMandate.DIRECTION, SteeringMandate.GOALS, SteeringMandate.FOLLOW_UP,
                                        SteeringMandate.REVISION, SteeringMandate.BUDGET)).build())
                        .annualPlanAndBudgetAnnexed(true)
                        .financialInsight(FinancialInsight.builder().bookkeepingAccess(true).externalAuditorOption(true).build())
                        .build())
                .agreement(p.agreement().toBuilder().agreementTopicsPresent(EnumSet.allOf(AgreementTopic.class))
                        .detailRegulationLevel(DetailRegulationLevel.FRAMEWORK).unilateralPublicInstructionRight(false).build())
                .legal(p.legal().toBuilder().isPartOfStandardAssociationGrant(false).benefitsIndividualsWithoutLegalBasis(false)
                        .otherActorsDisadvantaged(false)
                        .legalAssessment(LegalAssessment.builder().procurementDone(true).kommunallagenDone(true)
                                .stateAidDone(true).documented(true).build()).build())
                .build();
    }

    private static Evaluation evaluate(Partnership p, LocalDate asOf) {
        return engine().evaluate(p, EvaluationRequest.builder().ruleSets(RS).asOf(asOf).build());
    }

    private static Finding outcome(Partnership p, String criterion, Outcome expected) {
        return Fixtures.assertOutcome(p, RS, criterion, expected);
    }

    private static Finding outcome(Partnership p, LocalDate asOf, String criterion, Outcome expected) {
        Finding f = finding(evaluate(p, asOf), RS, criterion);
        assertEquals(expected, f.outcome(), () -> criterion + ": " + f.message().sv() + " | " + f.because());
        return f;
    }

    private static String detail(Finding f, String name) {
        return f.because().stream().filter(v -> v.path().equals("detail." + name)).map(FactValue::value).findFirst()
                .orElseThrow(() -> new AssertionError("no detail." + name + " in " + f.because()));
    }

    // ---- versions -------------------------------------------------------------------------------------------

    @Nested
    class Versions {
        @Test
        void asOf2018GetsTheCityGuidelinesWithoutAmnCriteria() {
            RuleSetResult r = evaluate(stockholmIop(), Y2018).ruleSet(RS).orElseThrow();
            assertEquals("2017.1", r.ruleSet().version());
            assertEquals(RuleSetStatus.MUNICIPAL_GUIDELINE, r.ruleSet().status());
            assertEquals(LocalDate.of(2017, 11, 1), r.ruleSet().effectiveFrom());
            Set<String> criteria = r.findings().stream().map(Finding::criterionId).collect(Collectors.toSet());
            assertEquals(Set.copyOf(CITY), criteria);
            assertTrue(criteria.stream().noneMatch(c -> c.startsWith("amn-")));
        }

        @Test
        void asOf2020GetsTheAmnVersion() {
            RuleSetResult r = evaluate(stockholmIop(), Y2020).ruleSet(RS).orElseThrow();
            assertEquals("2019.1", r.ruleSet().version());
            assertEquals(LocalDate.of(2019, 12, 1), r.ruleSet().effectiveFrom());
            Set<String> expected = new java.util.HashSet<>(CITY);
            expected.addAll(AMN);
            assertEquals(expected, r.findings().stream().map(Finding::criterionId).collect(Collectors.toSet()));
        }

        @Test
        void theDayBeforeTheAmnReportStillGets2017() {
            assertEquals("2017.1", evaluate(stockholmIop(), LocalDate.of(2019, 11, 30)).ruleSet(RS).orElseThrow().ruleSet().version());
        }

        @Test
        void beforeTheGuidelinesNoVersionIsInForce() {
            assertThrows(RuleSetException.class, () -> evaluate(stockholmIop(), LocalDate.of(2017, 6, 1)));
        }

        @Test
        void otherCommitteesCanPinTheCityGuidelinesAfter2019() {
            Evaluation e = engine().evaluate(stockholmIop(),
                    EvaluationRequest.builder().ruleSets(RS + "@2017.1").asOf(Y2020).build());
            RuleSetResult r = e.ruleSet(RS).orElseThrow();
            assertEquals("2017.1", r.ruleSet().version());
            assertTrue(r.findings().stream().noneMatch(f -> f.criterionId().startsWith("amn-")));
        }

        @Test
        void dependenciesAreEvaluatedFirst() {
            Evaluation e = evaluate(stockholmIop(), Y2018);
            for (String dep : List.of("eu-public-contract", "state-aid", "forum-2010")) {
                assertTrue(e.ruleSet(dep).isPresent(), dep);
            }
        }

        @Test
        void everythingPassesForAWellPreparedStockholmIopInBothVersions() {
            for (LocalDate d : List.of(Y2018, Y2020)) {
                RuleSetResult r = evaluate(stockholmIop(), d).ruleSet(RS).orElseThrow();
                List<String> notPass = r.findings().stream()
                        .filter(f -> f.outcome() != Outcome.PASS && !(f.criterionId().equals("amn-remediation") && f.outcome() == Outcome.INFO))
                        .map(f -> f.criterionId() + "=" + f.outcome() + " " + f.because()).toList();
                assertEquals(List.of(), notPass, d.toString());
                assertEquals(se.ioprules.api.Verdict.MEETS, r.verdict());
            }
        }
    }

    // ---- exhaustiveness ---------------------------------------------------------------------------------------

    @Nested
    class EveryCriterionGetsItsFindings {
        private void check(Partnership p, LocalDate asOf, int ideaParties) {
            RuleSetResult r = evaluate(p, asOf).ruleSet(RS).orElseThrow();
            List<String> criteria = new ArrayList<>(CITY);
            if (r.ruleSet().version().equals("2019.1")) {
                criteria.addAll(AMN);
            }
            for (String c : criteria) {
                List<Finding> fs = r.findings(c);
                int expected = PARTY_LEVEL.contains(c) ? Math.max(1, ideaParties) : 1;
                assertEquals(expected, fs.size(), () -> c + " " + fs.stream().map(Finding::rule).toList());
                assertTrue(fs.stream().noneMatch(f -> f.rule().equals("(no rule fired)")), c);
            }
        }

        @Test
        void typicalStockholmAndBarePartnerships() {
            Partnership bare = with(b -> b.initiative(Initiative.EMPTY).purpose(Purpose.EMPTY).term(Term.EMPTY)
                    .governance(Governance.EMPTY).agreement(Agreement.EMPTY).legal(LegalContext.EMPTY)
                    .stateAid(StateAidContext.EMPTY).resources(Resources.EMPTY));
            for (LocalDate d : List.of(Y2018, Y2020)) {
                check(typicalIop(), d, 1);
                check(stockholmIop(), d, 1);
                check(bare, d, 1);
                check(ideaProfile(IdeaBasedProfile.EMPTY), d, 1);
            }
        }

        @Test
        void oneFindingPerIdeaBasedParty() {
            Partnership two = stockholmIop().toBuilder()
                    .addParty(Party.builder().id("kyrka").name("Exempelförsamlingen").sector(Sector.IDEA_BASED)
                            .legalForm(LegalForm.REGISTRERAT_TROSSAMFUND)
                            .idea(vetted().toBuilder().democracy(discriminates()).build()).build())
                    .build();
            check(two, Y2020, 2);
            List<Finding> fs = evaluate(two, Y2020).ruleSet(RS).orElseThrow().findings("amn-democracy-conditions");
            assertEquals(Set.of(Outcome.PASS, Outcome.FAIL), fs.stream().map(Finding::outcome).collect(Collectors.toSet()));
            Finding failed = fs.stream().filter(f -> f.outcome() == Outcome.FAIL).findFirst().orElseThrow();
            // the message names the party it is about, from its parties[<id>] facts ({party})
            assertTrue(failed.message().sv().contains("Exempelförsamlingen"), failed.message()::sv);
            assertTrue(failed.because().stream().anyMatch(v -> v.path().startsWith("parties[kyrka].")));
        }

        @Test
        void withoutAnIdeaBasedPartyOneNotApplicableFinding() {
            Partnership onlyPublic = stockholmIop().toBuilder()
                    .parties(List.of(typicalIop().parties().get(0),
                            Party.builder().id("bolag").name("Exempel AB").sector(Sector.PRIVATE_COMMERCIAL)
                                    .legalForm(LegalForm.AKTIEBOLAG).build()))
                    .resources(Resources.EMPTY)
                    .build();
            check(onlyPublic, Y2020, 0);
            for (String c : PARTY_LEVEL) {
                Finding f = outcome(onlyPublic, Y2020, c, Outcome.INFO);
                assertTrue(f.message().sv().startsWith("Ej tillämpligt"), c);
                assertTrue(f.message().sv().contains("idéburen part"), c);
                assertTrue(f.message().en().contains("idea-based party"), c);
            }
        }
    }

    // ---- the city guidelines --------------------------------------------------------------------------------

    @Nested
    class Openness {

        @Test
        void notOpenFailsAndNoContactFunctionWarns() {
            Finding f = outcome(initiative(i -> i.openCommunication(false).contactFunctionExists(true)), "sthlm-openness", Outcome.FAIL);
            assertEquals(CriterionKind.LEGAL_REQUIREMENT, f.kind());
            assertTrue(f.message().sv().contains("Stockholms stads nämnder"));
        }

        @Test
        void unknownIsNotAssessable() {
            Finding f = outcome(initiative(i -> i.openCommunication(true)), "sthlm-openness", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("initiative.contactFunctionExists"), f.missingFacts());
        }
    }

    @Nested
    class LegalAssessments {
        @Test
        void procurementAssessedAndNotAPublicContractPasses() {
            Finding f = outcome(assessment(typicalIop(), a -> a.procurementDone(true)), "sthlm-legal-not-procurement", Outcome.PASS);
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("conclusion.eupc-aggregate") && v.value().equals("NOT_PUBLIC_CONTRACT")));
            assertEquals("S2", f.sources().get(0).key());
        }

        @Test
        void undecidedPublicContractTestIsNotAssessable() {
            Partnership p = assessment(legal(EuPublicContractTest.purchase(), l -> l.acquisitionForAuthorityOwnNeed((Tri) null)),
                    a -> a.procurementDone(true));
            Finding f = outcome(p, "sthlm-legal-not-procurement", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("conclusion.eupc-aggregate"));
        }

        @Test
        void kommunallagenFromTheFacts() {
            Finding f = outcome(assessment(typicalIop(), a -> a.kommunallagenDone(true)), "sthlm-legal-kommunallagen", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("purpose.withinMunicipalCompetence"));
        }

        @Test
        void kommunallagenDoesNotNeedSkl2018() {
            Evaluation e = evaluate(stockholmIop(), Y2018);
            assertFalse(e.ruleSet("skl-2018").isPresent());
            assertEquals(Outcome.PASS, finding(e, RS, "sthlm-legal-kommunallagen").outcome());
        }

        @Test
        void stateAidReadsTheStateAidAggregate() {
            Finding pass = outcome(assessment(typicalIop(), a -> a.stateAidDone(true)), "sthlm-legal-state-aid", Outcome.PASS);
            assertTrue(pass.because().stream().anyMatch(v -> v.path().equals("conclusion.sa-aggregate") && v.value().equals("NOT_STATE_AID")));
        }

        @Test
        void stateAidUndecidedIsNotAssessable() {
            Partnership p = StateAidTest.undecidedAid();
            Evaluation e = Fixtures.evaluate(assessment(p, a -> a.stateAidDone(true)), RS);
            assertEquals("UNKNOWN", finding(e, "state-aid", "sa-aggregate").conclusion());
            Finding f = finding(e, RS, "sthlm-legal-state-aid");
            assertEquals(Outcome.NOT_ASSESSABLE, f.outcome());
            assertTrue(f.missingFacts().contains("conclusion.sa-aggregate"));
        }
    }

    @Nested
    class GuidingCriteria {
        /** Every sthlm-g-* criterion reports its Forum counterpart's outcome, with Stockholm's own citation. */
        private void sameAsForum(Partnership p) {
            Evaluation e = Fixtures.evaluate(p, RS);
            FORUM.forEach((sthlm, forum) -> {
                Finding own = finding(e, RS, sthlm);
                Finding theirs = finding(e, "forum-2010", forum);
                assertEquals(theirs.outcome(), own.outcome(), sthlm);
                assertEquals(CriterionKind.GUIDING_INDICATOR, own.kind());
                assertTrue(own.sources().get(0).locator().startsWith("bilaga"), sthlm + " " + own.sources());
                assertFalse(own.message().sv().equals(theirs.message().sv()), sthlm);
            });
        }

        @Test
        void typicalAndStockholmIops() {
            sameAsForum(typicalIop());
            sameAsForum(stockholmIop());
        }

        @Test
        void eachCriterionPassesAndFailsWithItsForumCounterpart() {
            Partnership s = stockholmIop();

            Partnership publicIdea = initiative(i -> i.initiatedBy(Initiator.PUBLIC).activityDefinedBy(Initiator.PUBLIC));
            Partnership noPlan = purpose(pu -> pu.politicalPlanRef(PoliticalPlanRef.builder().exists(false).build()));
            Partnership grant = legal(l -> l.isPartOfStandardAssociationGrant(true));
            Partnership onlyPublicMoney = with(b -> b.resources(typicalIop().resources().toBuilder()
                    .contributions(List.of(typicalIop().resources().contributions().get(0))).build()));
            Partnership detailed = agreement(a -> a.detailRegulationLevel(DetailRegulationLevel.DETAILED));
            Partnership instructionRightUnknown = agreement(s, a -> a.unilateralPublicInstructionRight((Tri) null));
            sameAsForum(instructionRightUnknown);
            Partnership oneYear = term(t -> t.endDate(LocalDate.of(2025, 3, 31)).longTermIntent(false));
            for (Partnership p : List.of(publicIdea, noPlan, grant, onlyPublicMoney, detailed, oneYear)) {
                sameAsForum(p);
            }
            assertTrue(finding(Fixtures.evaluate(publicIdea, RS), RS, "sthlm-g-idea-initiative").outcome() != Outcome.PASS);
            assertTrue(finding(Fixtures.evaluate(noPlan, RS), RS, "sthlm-g-political-plan").outcome() != Outcome.PASS);
            assertTrue(finding(Fixtures.evaluate(oneYear, RS), RS, "sthlm-g-long-term").outcome() != Outcome.PASS);
        }

        /** A long term with the intent not recorded: Stockholm names the intent as missing, whatever Forum decides. */
        @Test
        void longTermWithIntentNotRecordedIsNotAssessable() {
            Partnership p = term(t -> t.longTermIntent((Tri) null));
            for (LocalDate d : List.of(Y2018, Y2020)) {
                Finding f = outcome(p, d, "sthlm-g-long-term", Outcome.NOT_ASSESSABLE);
                // forum-2010 is not assessable for the same reason, so its conclusion may be named beside the intent
                assertTrue(f.missingFacts().contains("term.longTermIntent"), () -> d + " " + f.missingFacts());
                assertTrue(f.message().sv().contains("36 månader"), f.message()::sv);
            }
            // no term either: Forum's not-assessable finding, reported as it is
            Partnership none = term(t -> t.longTermIntent((Tri) null).endDate(null));
            Finding f = outcome(none, "sthlm-g-long-term", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("term.endDate") || f.missingFacts().contains("derived.durationMonths"),
                    f.missingFacts()::toString);
        }

        /**
         * S2's worked example: teaching the civic orientation (samhällsorientering) modules is already procured, so
         * there is a market and the teaching cannot be developed through IOP under the city's guidelines.
         */
        @Test
        void civicOrientationTeachingIsNotIopAbleBecauseItIsAlreadyProcured() {
            Partnership so = legal(stockholmIop(), l -> l.marketExists(true).serviceProcuredElsewhere(true).comparableProvidersCount(5));
            Finding f = outcome(so, "sthlm-g-no-market", Outcome.FAIL);
            assertTrue(f.message().sv().contains("samhällsorientering"));
            assertEquals(Outcome.FAIL, finding(Fixtures.evaluate(so, RS), "forum-2010", "forum-no-market").outcome());
            // market not judged, but the service is procured elsewhere: a warning, as in Forum
            Partnership signs = legal(stockholmIop(), l -> l.marketExists((Tri) null).serviceProcuredElsewhere(true));
            sameAsForum(signs);
        }
    }

    @Nested
    class PartnerVetting {
        @Test
        void checkedPartnerPasses() {
            Finding f = outcome(ideaProfile(vetted()), "sthlm-partner-values", Outcome.PASS);
            assertTrue(f.message().sv().contains("Exempelföreningen"), f.message()::sv);
            assertTrue(f.message().en().contains("Exempelföreningen"), f.message()::en);
        }

        @Test
        void checkNotMadeOrConflictFails() {
            Finding f = outcome(vettedWith(i -> i.valuesCheckDone((Tri) null)), "sthlm-partner-values", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("parties[forening].idea.valuesCheckDone"), f.missingFacts());
        }

        /** A check made says nothing by itself about what it showed: an unknown democracy condition is named, not passed. */
        @Test
        void unknownDemocracyConditionsAreNamedNeitherPassNorFail() {
            Partnership p = vettedWith(i -> i.democracy(DemocracyConditions.builder().violenceCoercionThreat(false)
                    .discrimination(false).justifiesPromotes(false).build()));
            for (LocalDate d : List.of(Y2018, Y2020)) {
                Finding f = outcome(p, d, "sthlm-partner-values", Outcome.NOT_ASSESSABLE);
                assertEquals(List.of("parties[forening].idea.democracy.counteractsDemocracy"), f.missingFacts(), d::toString);
                assertTrue(f.message().sv().contains("Exempelföreningen") && f.message().sv().contains("demokrativillkor"),
                        f.message()::sv);
                assertTrue(f.message().en().contains("democracy conditions"), f.message()::en);
            }
            // the check itself unknown too: every unknown fact is named
            Finding both = outcome(vettedWith(i -> i.valuesCheckDone((Tri) null).democracy(DemocracyConditions.builder().build())),
                    "sthlm-partner-values", Outcome.NOT_ASSESSABLE);
            assertTrue(both.missingFacts().containsAll(List.of("parties[forening].idea.valuesCheckDone",
                    "parties[forening].idea.democracy.discrimination")), both.missingFacts()::toString);
        }

        /** A known breach with completion of remediation not recorded stays a FAIL, saying what would lower it. */
        @Test
        void breachWithRemediationNotRecordedFailsAndSaysSo() {
            Partnership p = vettedWith(i -> i.democracy(discriminates()).remediationTaken(true).remediationCompleted((Tri) null));
            Finding unknown = outcome(p, Y2020, "sthlm-partner-values", Outcome.FAIL);
            Finding no = outcome(vettedWith(i -> i.democracy(discriminates()).remediationTaken(true).remediationCompleted(false)),
                    Y2020, "sthlm-partner-values", Outcome.FAIL);
            assertTrue(unknown.because().stream().anyMatch(v -> v.path().equals("parties[forening].idea.remediationCompleted")
                    && !v.known()), unknown.because()::toString);
            assertFalse(unknown.message().sv().equals(no.message().sv()));
            assertTrue(unknown.message().sv().contains("genomförda") && unknown.message().en().contains("completed"),
                    unknown.message()::sv);
            // completed remediation does not make up for the committee's own check not made
            outcome(vettedWith(i -> i.valuesCheckDone(false).democracy(discriminates()).remediationTaken(true)
                    .remediationCompleted(true)), Y2020, "sthlm-partner-values", Outcome.FAIL);
        }

        @Test
        void remediationLowersTheConflictOnlyUnderTheAmnVersion() {
            Partnership p = vettedWith(i -> i.democracy(discriminates()).remediationTaken(true).remediationCompleted(true));
            Finding amn = outcome(p, Y2020, "sthlm-partner-values", Outcome.WARNING);
            assertEquals("REMEDIATED", amn.conclusion());
            outcome(p, Y2018, "sthlm-partner-values", Outcome.FAIL);
        }

        @Test
        void missingDocumentsWarnAndAreListed() {
            Partnership p = vettedWith(i -> i.partnerDocuments(PartnerDocument.STADGAR, PartnerDocument.ARSMOTESPROTOKOLL));
            Finding f = outcome(p, "sthlm-partner-docs", Outcome.WARNING);
            assertEquals(CriterionKind.RECOMMENDATION, f.kind());
            String missing = detail(f, "missing");
            assertTrue(missing.contains("VERKSAMHETSIDE") && missing.contains("MEDLEMSANTAL"), missing);
            assertFalse(missing.contains("STADGAR") || missing.contains("REVISIONSBERATTELSE"), missing);
            assertEquals(5, missing.split(", ").length);
            assertTrue(f.message().en().contains("membership count"), "the document in words: " + f.message().en());
        }

        @Test
        void noDocumentInformationIsNotAssessable() {
            Partnership p = vettedWith(i -> i.partnerDocuments((Set<PartnerDocument>) null).documentsNotExisting((Set<PartnerDocument>) null));
            Finding f = outcome(p, "sthlm-partner-docs", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("parties[forening].idea.partnerDocuments"));
        }
    }

    @Nested
    class AgreementTerms {
        private static final Set<AgreementTopic> ELEVEN = EnumSet.of(AgreementTopic.PURPOSE, AgreementTopic.GOALS,
                AgreementTopic.VALUES, AgreementTopic.TARGET_GROUP, AgreementTopic.EFFORTS_COMMITMENTS, AgreementTopic.ORGANISATION,
                AgreementTopic.DOCUMENTATION_REPORTING, AgreementTopic.ECONOMY, AgreementTopic.TERM, AgreementTopic.FOLLOW_UP,
                AgreementTopic.RENEGOTIATION, AgreementTopic.TERMINATION, AgreementTopic.RESCISSION, AgreementTopic.DISPUTE);

        @Test
        void missingPointsWarnAndAreListed() {
            Set<AgreementTopic> some = EnumSet.copyOf(ELEVEN);
            some.remove(AgreementTopic.ECONOMY);
            some.remove(AgreementTopic.FOLLOW_UP);
            Finding f = outcome(agreement(a -> a.agreementTopicsPresent(some)), "sthlm-agreement-terms", Outcome.WARNING);
            assertEquals("ECONOMY, FOLLOW_UP", detail(f, "missing"));
            assertFalse(f.message().sv().contains("SKL"));
        }

        @Test
        void missingRescissionKeepsTheSklConflictVisible() {
            Set<AgreementTopic> some = EnumSet.copyOf(ELEVEN);
            some.remove(AgreementTopic.RESCISSION);
            Finding f = outcome(agreement(a -> a.agreementTopicsPresent(some)), "sthlm-agreement-terms", Outcome.WARNING);
            assertEquals("RESCISSION", detail(f, "missing"));
            assertTrue(f.message().sv().contains("SKL") && f.message().en().contains("SKL"));
        }
    }

    // ---- the labour-market committee's rules (2019.1) -------------------------------------------------------

    @Nested
    class DemocracyAndExclusions {
        @Test
        void democracyConditionsPassOnlyWhenAllFourAreFalse() {
            Finding f = outcome(vettedWith(i -> i.democracy(vetted().democracy().toBuilder().counteractsDemocracy((Tri) null).build())),
                    "amn-democracy-conditions", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("parties[forening].idea.democracy.counteractsDemocracy"), f.missingFacts());
        }

        @Test
        void aBreachedConditionExcludes() {
            Finding f = outcome(vettedWith(i -> i.democracy(discriminates())), "amn-democracy-conditions", Outcome.FAIL);
            assertEquals("EXCLUDED", f.conclusion());
            assertEquals(CriterionKind.LEGAL_REQUIREMENT, f.kind());
            assertTrue(f.message().sv().contains("binder arbetsmarknadsnämnden"));
        }
    }

    @Nested
    class Remediation {
        private Partnership allGrounds(Boolean taken, Boolean completed) {
            return vettedWith(i -> i.democracy(discriminates()).advocatesViolenceAlcoholDrugs(true).financialOrderDemonstrated(false)
                    .participantRiskIdentified(true).remediationTaken(taken).remediationCompleted(completed));
        }

        private static final List<String> ORGANISATION_GROUNDS = List.of("amn-democracy-conditions",
                "amn-excl-violence-alcohol-drugs", "amn-excl-financial-order", "amn-excl-participant-harm");

        @Test
        void completedRemediationDowngradesEveryOrganisationGroundVisibly() {
            Evaluation before = evaluate(allGrounds(true, false), Y2020);
            Evaluation after = evaluate(allGrounds(true, true), Y2020);
            for (String c : ORGANISATION_GROUNDS) {
                Finding was = finding(before, RS, c);
                Finding now = finding(after, RS, c);
                assertEquals(Outcome.FAIL, was.outcome(), c);
                assertEquals("EXCLUDED", was.conclusion(), c);
                assertEquals(Outcome.WARNING, now.outcome(), c);
                assertEquals("REMEDIATED", now.conclusion(), c);
                assertEquals(CriterionKind.LEGAL_REQUIREMENT, now.kind(), c);
                assertTrue(now.because().stream().anyMatch(v -> v.path().equals("parties[forening].idea.remediationCompleted")
                        && v.value().equals("TRUE")), c);
                assertTrue(now.message().sv().contains("varning") && now.message().en().contains("warning"), c);
            }
            assertEquals(se.ioprules.api.Verdict.DOES_NOT_MEET, before.ruleSet(RS).orElseThrow().verdict());
        }

        /** Completion not recorded: each ground stands, and its message says what would lower it (not so when known). */
        @Test
        void unrecordedCompletionKeepsEveryOrganisationGroundAndSaysSo() {
            Evaluation unknown = evaluate(allGrounds(true, null), Y2020);
            Evaluation notDone = evaluate(allGrounds(true, false), Y2020);
            for (String c : ORGANISATION_GROUNDS) {
                Finding u = finding(unknown, RS, c);
                Finding n = finding(notDone, RS, c);
                assertEquals(Outcome.FAIL, u.outcome(), c);
                assertEquals("EXCLUDED", u.conclusion(), c);
                assertTrue(u.because().stream().anyMatch(v -> v.path().equals("parties[forening].idea.remediationCompleted")
                        && !v.known()), c);
                assertTrue(u.message().sv().contains("framgår inte om organisationen har genomfört åtgärder")
                        && u.message().en().contains("not recorded whether the organisation has completed measures"), c);
                assertFalse(n.message().sv().contains("framgår inte om organisationen har genomfört åtgärder"), c);
            }
        }

        @Test
        void remediationCriterion() {
            Finding done = outcome(allGrounds(true, true), "amn-remediation", Outcome.PASS);
            assertEquals("COMPLETED", done.conclusion());
        }

        @Test
        void remediationIsNotNeededOnlyWhenEveryGroundIsChecked() {
            // a profile with no ground established but the grounds unchecked: the need for measures is open
            Finding open = outcome(ideaProfile(IdeaBasedProfile.builder().valuesCheckDone(true).build()), "amn-remediation",
                    Outcome.NOT_ASSESSABLE);
            assertTrue(open.missingFacts().contains("parties[forening].idea.financialOrderDemonstrated"), open.missingFacts()::toString);
        }
    }

    @Nested
    class AmnProcess {
        @Test
        void competenceAndValue() {
            Finding f = outcome(purpose(p -> p.withinMunicipalCompetence(true).addsValue(true)), "amn-competence-value", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("purpose.complementsCoreMission"));
        }

        private Partnership steering(UnaryOperator<SteeringGroup.Builder> change) {
            Partnership s = stockholmIop();
            return s.toBuilder().governance(s.governance().toBuilder()
                    .steeringGroup(change.apply(s.governance().steeringGroup().toBuilder()).build()).build()).build();
        }

        @Test
        void steeringGroup() {
            Finding f = outcome(steering(g -> g.meetingsPerYear(1).mandate(Set.of(SteeringMandate.DIRECTION, SteeringMandate.GOALS,
                    SteeringMandate.FOLLOW_UP))), "amn-steering-group", Outcome.WARNING);
            assertEquals("MANDATE_REVISION, MEETINGS_PER_YEAR", detail(f, "missing"));
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("param.steeringMeetingsPerYear") && v.value().equals("2")));
        }

        @Test
        void preStudy() {
            Finding f = outcome(initiative(i -> i.preStudyDone(false)), "amn-prestudy", Outcome.WARNING);
            assertEquals(CriterionKind.RECOMMENDATION, f.kind());
        }

        @Test
        void reviewTriggers() {
            Partnership needGone = stockholmIop().toBuilder()
                    .purpose(stockholmIop().purpose().toBuilder().needStillExists(false).build())
                    .term(stockholmIop().term().toBuilder().renegotiationClause(false).build()).build();
            Finding f = outcome(needGone, "amn-review-triggers", Outcome.WARNING);
            assertEquals("amn-review-triggers: trigger present, no review clause", f.rule());
            // with the clause not recorded, the message does not say that there is none (issue 9)
            Partnership clauseUnknown = needGone.toBuilder()
                    .term(needGone.term().toBuilder().renegotiationClause((Tri) null).build()).build();
            Finding unknownClause = outcome(clauseUnknown, "amn-review-triggers", Outcome.WARNING);
            assertTrue(unknownClause.message().sv().contains("inte angiven"), unknownClause.message()::sv);
            assertTrue(unknownClause.missingFacts().contains("term.renegotiationClause"), unknownClause.missingFacts()::toString);
        }

        @Test
        void noDisadvantageToOthers() {
            Finding f = outcome(legal(l -> l.otherActorsDisadvantaged(true)), "amn-no-disadvantage-others", Outcome.WARNING);
            assertEquals(CriterionKind.RECOMMENDATION, f.kind());
            outcome(legal(l -> l.openToAllMeetingConditions(false)), "amn-no-disadvantage-others", Outcome.NOT_ASSESSABLE);
            // open to all is no answer to whether others are disadvantaged: the disadvantage is named as missing
            Finding open = outcome(legal(l -> l.openToAllMeetingConditions(true).otherActorsDisadvantaged((Tri) null)),
                    "amn-no-disadvantage-others", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("legal.otherActorsDisadvantaged"), open.missingFacts());
        }

        @Test
        void amnCriteriaAreAbsentUnder2017() {
            Evaluation e = evaluate(stockholmIop(), Y2018);
            for (String c : AMN) {
                assertTrue(e.ruleSet(RS).orElseThrow().findings(c).isEmpty(), c);
            }
        }
    }

    @Test
    void everyCriterionHasATitleAndNoMessageIsMissingOrUnfilled() throws java.io.IOException {
        // titles are in criteria.tsv: every criterion of each version has one in both languages
        for (LocalDate d : List.of(Y2018, Y2020)) {
            se.ioprules.api.RuleSetInfo info = evaluate(typicalIop(), d).ruleSet(RS).orElseThrow().ruleSet();
            List<String> criteria = new ArrayList<>(CITY);
            if (info.version().equals("2019.1")) {
                criteria.addAll(AMN);
            }
            for (String c : criteria) {
                var title = info.criterionTitle(c);
                assertTrue(title.isPresent() && !title.get().sv().isBlank() && !title.get().en().isBlank(),
                        info.ref() + " lacks a title for " + c);
            }
        }
        Partnership[] cases = {typicalIop(), stockholmIop(), vettedWith(i -> i.democracy(discriminates()).remediationCompleted(true))};
        for (LocalDate d : List.of(Y2018, Y2020)) {
            for (Partnership p : cases) {
                for (Finding f : evaluate(p, d).ruleSet(RS).orElseThrow().findings()) {
                    assertFalse(f.message().sv().startsWith("[meddelande saknas"), f.criterionId());
                    assertFalse(f.message().en().startsWith("[missing message"), f.criterionId());
                    assertFalse(f.message().sv().contains("{") || f.message().en().contains("{"), f.criterionId());
                }
            }
        }
    }
}
