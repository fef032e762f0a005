package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.assertOutcome;
import static se.ioprules.drools.Fixtures.engine;
import static se.ioprules.drools.Fixtures.evaluate;
import static se.ioprules.drools.Fixtures.legal;
import static se.ioprules.drools.Fixtures.purpose;
import static se.ioprules.drools.Fixtures.typicalIop;
import static se.ioprules.drools.Fixtures.with;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.*;

/** The IOP characteristics of SOU 2019:56 and IOP – Vägledning (catalogue B4). */
class Sou201956Test {
    private static final String RS = "sou-2019-56";
    private static final List<String> CRITERIA = List.of("sou-parties", "sou-common-goal", "sou-both-resources",
            "sou-no-public-contract", "sou-state-aid-ok", "sou-kl-general-interest");

    private static Partnership goal(String text, Boolean publicBenefit) {
        return purpose(p -> p.commonGoal(CommonGoal.builder().text(text).publicBenefit(publicBenefit).build()));
    }

    @Nested
    class Parties {
        @Test
        void ideaBasedStatusWithoutProfileIsUnverified() {
            Finding f = assertOutcome(typicalIop(), RS, "sou-parties", Outcome.WARNING);
            assertTrue(f.message().sv().contains("2022:900"));
        }

        @Test
        void noIdeaBasedParty() {
            Partnership p = with(b -> b.parties(List.of(typicalIop().parties().get(0),
                    typicalIop().parties().get(1).toBuilder().sector(Sector.PRIVATE_COMMERCIAL).build())));
            Finding f = assertOutcome(p, RS, "sou-parties", Outcome.FAIL);
            assertEquals(se.ioprules.api.CriterionKind.GUIDING_INDICATOR, f.kind());
        }

        @Test
        void noPublicParty() {
            Partnership p = with(b -> b.parties(List.of(
                    typicalIop().parties().get(0).toBuilder().sector(Sector.IDEA_BASED).legalForm(LegalForm.STIFTELSE).build(),
                    typicalIop().parties().get(1))));
            Finding f = assertOutcome(p, RS, "sou-parties", Outcome.FAIL);
            assertTrue(f.message().en().contains("No party is public"));
        }

        @Test
        void noPartiesRecorded() {
            Partnership p = with(b -> b.parties(List.of()).resources(Resources.EMPTY));
            Finding f = assertOutcome(p, RS, "sou-parties", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("parties"), f.missingFacts());
        }
    }

    @Nested
    class CommonGoalAndResources {
        @Test
        void commonPublicBenefitGoal() {
            Finding noText = assertOutcome(goal(null, true), RS, "sou-common-goal", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("purpose.commonGoal.text"), noText.missingFacts());
            Finding noFlag = assertOutcome(goal("Fler unga i arbete", null), RS, "sou-common-goal", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("purpose.commonGoal.publicBenefit"), noFlag.missingFacts());
        }

        @Test
        void bothContributeResources() {
            Partnership publicOnly = with(b -> b.resources(typicalIop().resources().toBuilder()
                    .contributions(typicalIop().resources().contributions().stream()
                            .filter(c -> c.partyId().equals("kommun")).toList()).build()));
            Finding f = assertOutcome(publicOnly, RS, "sou-both-resources", Outcome.FAIL);
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("derived.partiesWithoutContribution")
                    && v.value().contains("forening")));
            assertTrue(f.message().sv().contains("parter utan insats: Exempelföreningen)"), f.message().sv());
            assertFalse(f.message().en().contains("forening"), f.message().en());
        }
    }

    @Nested
    class LegalCharacteristics {
        @Test
        void noPublicContractReadsTheEupcAggregate() {
            Finding pass = assertOutcome(typicalIop(), RS, "sou-no-public-contract", Outcome.PASS);
            assertEquals("NOT_PUBLIC_CONTRACT", pass.because().get(0).value());
            Finding fail = assertOutcome(EuPublicContractTest.purchase(), RS, "sou-no-public-contract", Outcome.FAIL);
            assertEquals(se.ioprules.api.CriterionKind.LEGAL_REQUIREMENT, fail.kind());
            Partnership undecided = EuPublicContractTest.undecidedPurchase();
            Finding na = assertOutcome(undecided, RS, "sou-no-public-contract", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("conclusion.eupc-aggregate"), na.missingFacts());
        }

        @Test
        void stateAidOkReadsTheStateAidAggregate() {
            Finding fail = assertOutcome(StateAidTest.aid(), RS, "sou-state-aid-ok", Outcome.FAIL);
            assertEquals("STATE_AID", fail.because().get(0).value());
        }

        @Test
        void generalInterestNotIndividualSupport() {
            // typical: general interest, individual support not recorded, public-benefit goal -> presumed not individual;
            // a WARNING (never a PASS on an unknown fact) that says so and names the unrecorded fact
            Finding presumed = assertOutcome(typicalIop(), RS, "sou-kl-general-interest", Outcome.WARNING);
            assertTrue(presumed.message().sv().contains("presumtion") && presumed.message().en().contains("presumption"),
                    presumed.message()::sv);
            assertTrue(presumed.missingFacts().contains("legal.benefitsIndividualsWithoutLegalBasis"),
                    presumed.missingFacts()::toString);
            Finding recorded = assertOutcome(legal(l -> l.benefitsIndividualsWithoutLegalBasis(false)), RS,
                    "sou-kl-general-interest", Outcome.PASS);
            assertFalse(recorded.message().sv().contains("presumtion"), recorded.message()::sv);
            assertTrue(recorded.missingFacts().isEmpty(), recorded.missingFacts()::toString);
            Finding f = assertOutcome(purpose(p -> p.generalInterest((Tri) null)), RS, "sou-kl-general-interest",
                    Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("purpose.generalInterest"));
        }
    }

    @Nested
    class RuleSet {
        @Test
        void requiredRuleSetsAreEvaluatedFirst() {
            Evaluation e = evaluate(typicalIop(), RS);
            List<String> order = e.ruleSets().stream().map(r -> r.ruleSet().id()).toList();
            assertTrue(order.indexOf("eu-public-contract") < order.indexOf(RS), order::toString);
            assertTrue(order.indexOf("state-aid") < order.indexOf(RS), order::toString);
            RuleSetResult r = e.ruleSet(RS).orElseThrow();
            assertEquals(Verdict.MEETS, r.verdict());
            assertEquals(se.ioprules.api.RuleSetStatus.INQUIRY, r.ruleSet().status());
        }

        @Test
        void publicContractMakesTheRuleSetFail() {
            assertEquals(Verdict.DOES_NOT_MEET, evaluate(EuPublicContractTest.purchase(), RS).ruleSet(RS).orElseThrow().verdict());
        }

        @Test
        void inForceFromPublication() {
            Evaluation before = engine().evaluate(typicalIop(), EvaluationRequest.builder().asOf(LocalDate.of(2019, 12, 11)).build());
            assertTrue(before.ruleSet(RS).isEmpty());
            Evaluation after = engine().evaluate(typicalIop(), EvaluationRequest.builder().asOf(LocalDate.of(2019, 12, 12)).build());
            assertTrue(after.ruleSet(RS).isPresent());
            assertThrows(RuleSetException.class, () -> engine().evaluate(typicalIop(),
                    EvaluationRequest.builder().ruleSets(RS).asOf(LocalDate.of(2019, 1, 1)).build()));
        }

        @Test
        void everyCriterionHasExactlyOneFindingAndARuleAlwaysFires() {
            List<Partnership> cases = List.of(typicalIop(), EuPublicContractTest.purchase(), StateAidTest.aid(),
                    goal(null, null), goal("", null), with(b -> b.parties(List.of()).resources(Resources.EMPTY)),
                    with(b -> b.purpose(Purpose.EMPTY).legal(LegalContext.EMPTY).stateAid(StateAidContext.EMPTY)
                            .agreement(Agreement.EMPTY).resources(Resources.EMPTY)));
            for (Partnership p : cases) {
                Fixtures.assertEveryCriterionOnce(p, RS, CRITERIA);
            }
        }
    }
}
