package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.agreement;
import static se.ioprules.drools.Fixtures.assertOutcome;
import static se.ioprules.drools.Fixtures.engine;
import static se.ioprules.drools.Fixtures.evaluate;
import static se.ioprules.drools.Fixtures.finding;
import static se.ioprules.drools.Fixtures.initiative;
import static se.ioprules.drools.Fixtures.legal;
import static se.ioprules.drools.Fixtures.resources;
import static se.ioprules.drools.Fixtures.typicalIop;
import static se.ioprules.drools.Fixtures.with;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.Indicator;
import se.ioprules.api.Lean;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.facts.*;

/**
 * The six elements of a public contract, each decided from indicators, and their aggregate. Each element has a case
 * that meets it, one that does not, one that leaves it open and, where the sources allow a conflict, one that is
 * contested.
 */
class EuPublicContractTest {
    private static final String RS = "eu-public-contract";

    /** All six elements met: fixed price per unit, enforceable performance, damages. */
    static Partnership purchase() {
        Partnership p = typicalIop();
        return p.toBuilder()
                .resources(p.resources().toBuilder().paymentModel(PaymentModel.PRICE_PER_UNIT).fixedPricePerUnit(true).build())
                .agreement(p.agreement().toBuilder().authorityCanEnforcePerformance(true).remedyOnBreach(RemedyOnBreach.DAMAGES)
                        .sanctionClauses(SanctionClause.SKADESTAND).build())
                .legal(p.legal().toBuilder().acquisitionForAuthorityOwnNeed(true).supplierSelectedByAuthority(true)
                        .directEconomicInterest(true).openToAllMeetingConditions(false).build())
                .build();
    }

    /**
     * {@link #purchase()} at a fixed total price and with nothing recorded about remedies: five elements met, the
     * sixth open (a price per unit would itself weakly show an obligation to deliver).
     */
    static Partnership undecidedPurchase() {
        return purchase().toBuilder()
                .resources(purchase().resources().toBuilder().paymentModel(PaymentModel.FIXED_PRICE_TOTAL)
                        .fixedPricePerUnit((Tri) null).build())
                .agreement(purchase().agreement().toBuilder().authorityCanEnforcePerformance((Tri) null).remedyOnBreach(null)
                        .sanctionClauses((Set<SanctionClause>) null).build())
                .build();
    }

    /** Two parties, signed, and nothing else about the legal context, remedies or payment. */
    static Partnership thin() {
        Partnership p = typicalIop();
        return p.toBuilder().resources(Resources.EMPTY).legal(LegalContext.EMPTY).initiative(Initiative.EMPTY)
                .stateAid(StateAidContext.EMPTY)
                .agreement(Agreement.builder().agreementSigned(true).build()).build();
    }

    private static Finding element(Partnership p, String criterion, String conclusion) {
        Finding f = finding(evaluate(p, RS), RS, criterion);
        assertEquals(conclusion, f.conclusion(), () -> criterion + ": " + f.message().sv() + " | " + f.because());
        return f;
    }

    private static boolean raised(Finding f, String indicator, Indicator.Direction d, Indicator.Strength s) {
        return f.indicators().stream().anyMatch(i -> i.id().equals(indicator) && i.direction() == d && i.strength() == s);
    }

    /** The typical partnership with "nothing ordered, nothing expected in return" recorded. */
    static Partnership notOrdered(Partnership p) {
        return agreement(p, a -> a.counterPerformanceExpected(false).commissionedByPublic(false));
    }

    @Nested
    class Elements {
        @Test
        void agreementBetweenParties() {
            Partnership none = with(b -> b.parties(List.of()).resources(Resources.EMPTY));
            Finding f = assertOutcome(none, RS, "eupc-1-agreement", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("parties"), f.missingFacts());
        }

        @Test
        void consensusSignedDraftGrantDecisionAndUnknown() {
            Finding draft = element(agreement(a -> a.agreementSigned(false)), "eupc-2-consensus", "MET");
            assertTrue(draft.message().sv().contains("inte undertecknad"), draft.message().sv());
            // a grant decision is unilateral in form, but accepted conditions can be an agreement: weakly met
            Finding grant = element(agreement(a -> a.agreementSigned((Tri) null).instrument(Instrument.GRANT_DECISION)),
                    "eupc-2-consensus", "MET");
            assertTrue(raised(grant, "grant-decision", Indicator.Direction.TOWARDS, Indicator.Strength.WEAK));
            Finding unknown = assertOutcome(agreement(a -> a.agreementSigned((Tri) null).instrument(null)), RS, "eupc-2-consensus",
                    Outcome.NOT_ASSESSABLE);
            // the award route (none) already answers whether it was procured, so only the signature is asked for
            assertEquals(List.of("agreement.agreementSigned"), unknown.missingFacts());
        }

        @Test
        void acquisitionMetNotMetAndOpen() {
            // "not its own need" is strong, but it cannot rule the element out while the facts that could point the
            // other way (a need the authority defined, a commission, a statutory duty) are unrecorded
            Finding leaning = element(typicalIop(), "eupc-3-acquisition", "UNKNOWN");
            assertTrue(leaning.missingFacts().containsAll(List.of("legal.needPredefinedByAuthority",
                    "legal.publicPartyLegallyResponsible", "agreement.commissionedByPublic")), leaning.missingFacts()::toString);
            // services to third parties alone leave the question open (S3 §4.4.3)
            Finding open = assertOutcome(legal(l -> l.acquisitionForAuthorityOwnNeed((Tri) null).serviceForThirdParties(true)),
                    RS, "eupc-3-acquisition", Outcome.NOT_ASSESSABLE);
            assertTrue(open.missingFacts().contains("legal.acquisitionForAuthorityOwnNeed"));
        }

        /** Defect 2: "not the authority's own need" against a statutory duty and a need the authority defined. */
        @Test
        void acquisitionContestedForAWelfareServiceTheAuthorityIsResponsibleFor() {
            Partnership p = legal(l -> l.publicPartyLegallyResponsible(true).statutoryDutyBasis("socialtjänstlagen")
                    .needPredefinedByAuthority(true).serviceForThirdParties(true));
            Finding f = element(p, "eupc-3-acquisition", "CONTESTED");
            assertEquals(Outcome.WARNING, f.outcome());
            assertTrue(raised(f, "statutory-duty", Indicator.Direction.TOWARDS, Indicator.Strength.STRONG));
            assertTrue(raised(f, "not-own-need", Indicator.Direction.AGAINST, Indicator.Strength.STRONG));
            assertTrue(f.message().sv().contains("socialtjänstlagen"), f.message().sv());
        }

        @Test
        void selection() {
            // a decisive "selected" against a strong "open to all": met, with the conflict shown as a warning
            Finding both = element(legal(l -> l.supplierSelectedByAuthority(true)), "eupc-4-selection", "MET");
            assertEquals(Outcome.WARNING, both.outcome());
            // a choice system (LOV) admits everyone meeting the conditions: no choice of supplier
            Partnership lov = agreement(legal(l -> l.openToAllMeetingConditions((Tri) null).awardRoute(AwardRoute.LOV)),
                    a -> a.instrument(Instrument.LOV_CONTRACT));
            // ... unless whether the authority chose the organisation is unrecorded: then it cannot be ruled out
            Finding open = element(legal(lov, l -> l.supplierSelectedByAuthority((Tri) null)), "eupc-4-selection", "UNKNOWN");
            assertEquals(List.of("legal.supplierSelectedByAuthority"), open.missingFacts());
            // one named organisation, nothing else: weakly a choice of supplier
            Finding single = element(legal(l -> l.supplierSelectedByAuthority((Tri) null).openToAllMeetingConditions((Tri) null)),
                    "eupc-4-selection", "MET");
            assertTrue(raised(single, "single-counterparty", Indicator.Direction.TOWARDS, Indicator.Strength.WEAK));
        }

        /** Defect 1: a grant covering 99 % of the budget, nothing else recorded, is not "financing, not payment". */
        @Test
        void aGrantAloneDoesNotSettleEconomicTerms() {
            Partnership p = thin().toBuilder().resources(Resources.builder().paymentModel(PaymentModel.GRANT_LUMP_SUM)
                    .addContribution(Contribution.builder().partyId("kommun").kind(ContributionKind.MONEY).valueSek(new BigDecimal("990000")).build())
                    .budget(Budget.builder().totalCostSek(new BigDecimal("1000000")).build()).build()).build();
            Evaluation e = evaluate(p, RS);
            Finding f = finding(e, RS, "eupc-5-economic-terms");
            assertEquals("UNKNOWN", f.conclusion(), f.message().sv());
            assertTrue(raised(f, "grant", Indicator.Direction.AGAINST, Indicator.Strength.WEAK));
            assertNotEquals(Likelihood.UNLIKELY, e.assessment().publicContract());
        }

        @Test
        void mutualBinding() {
            // "repayment only", but whether services are ordered or expected in return is not recorded: open
            Finding typical = element(typicalIop(), "eupc-6-mutual-binding", "UNKNOWN");
            assertTrue(typical.missingFacts().contains("agreement.counterPerformanceExpected"), typical::toString);
            element(notOrdered(typicalIop()), "eupc-6-mutual-binding", "NOT_MET");
            // a vite clause is decisive even against "repayment only": met, the contradiction shown
            Finding vite = element(agreement(a -> a.sanctionClauses(SanctionClause.VITE)), "eupc-6-mutual-binding", "MET");
            assertEquals(Outcome.WARNING, vite.outcome());
            assertTrue(vite.message().sv().contains("säger emot sig själv"), vite.message().sv());
            Finding none = assertOutcome(agreement(a -> a.remedyOnBreach(null).authorityCanEnforcePerformance((Tri) null)
                    .sanctionClauses((Set<SanctionClause>) null)), RS, "eupc-6-mutual-binding", Outcome.NOT_ASSESSABLE);
            assertTrue(none.missingFacts().contains("agreement.authorityCanEnforcePerformance"));
        }

        /**
         * "Not selected" weighs only where admission is open (C-410/14, points 38–42): with admission unknown it is
         * weak and the element stays open; beside admission recorded as closed it stays weak, and the closed admission
         * meets the element (C-399/98 Scala: that the authority could not choose another party does not take the one
         * it contracts with outside the directive).
         */
        @Test
        void notSelectedNeedsOpenAdmission() {
            Finding unknown = element(legal(l -> l.openToAllMeetingConditions((Tri) null)), "eupc-4-selection", "UNKNOWN");
            assertTrue(raised(unknown, "not-selected-unshown", Indicator.Direction.AGAINST, Indicator.Strength.WEAK));
            assertTrue(unknown.missingFacts().contains("legal.openToAllMeetingConditions"), unknown::toString);
            Finding closed = element(legal(l -> l.openToAllMeetingConditions(false)), "eupc-4-selection", "MET");
            assertTrue(raised(closed, "closed-admission", Indicator.Direction.TOWARDS, Indicator.Strength.STRONG));
            assertTrue(raised(closed, "not-selected-unshown", Indicator.Direction.AGAINST, Indicator.Strength.WEAK));
            assertFalse(raised(closed, "not-selected", Indicator.Direction.AGAINST, Indicator.Strength.STRONG));
            // open admission: "not selected" is strong, and with the award route recorded the element is ruled out
            element(legal(l -> l.openToAllMeetingConditions(true)), "eupc-4-selection", "NOT_MET");
        }

        /**
         * Payment per delivered unit stands against a recorded financing reading (HFD 2020 ref. 15): "not its own
         * need" beside a price per unit is weighed by a person, and while the payment model is unknown (and something
         * may be expected in return) the element is not ruled out.
         */
        @Test
        void paymentPerDeliveryContestsNotOwnNeed() {
            Partnership financing = legal(notOrdered(typicalIop()), l -> l.acquisitionForAuthorityOwnNeed(false)
                    .needPredefinedByAuthority(false).publicPartyLegallyResponsible(false));
            Partnership perUnit = agreement(resources(financing, r -> r.paymentModel(PaymentModel.PRICE_PER_UNIT)
                    .paymentTiming(PaymentTiming.PERIODIC)), a -> a.counterPerformanceExpected(true));
            Finding contested = element(perUnit, "eupc-3-acquisition", "CONTESTED");
            assertTrue(raised(contested, "paid-per-performance", Indicator.Direction.TOWARDS, Indicator.Strength.STRONG));
            assertTrue(raised(contested, "not-own-need", Indicator.Direction.AGAINST, Indicator.Strength.STRONG));
            Finding open = element(resources(agreement(financing, a -> a.counterPerformanceExpected((Tri) null)),
                    r -> r.paymentModel(null)), "eupc-3-acquisition", "UNKNOWN");
            assertTrue(open.missingFacts().contains("resources.paymentModel"), open.missingFacts()::toString);
            // nothing expected in return answers it: a payment per unit cannot then be for a performance
            element(resources(financing, r -> r.paymentModel(null).paymentTiming(null)), "eupc-3-acquisition", "NOT_MET");
        }

        /** "Repayment only" itself answers whether performance can be demanded. */
        @Test
        void repaymentOnlyAnswersWhetherPerformanceCanBeDemanded() {
            element(agreement(notOrdered(typicalIop()), a -> a.authorityCanEnforcePerformance((Tri) null)),
                    "eupc-6-mutual-binding", "NOT_MET");
            // but with the sanction clauses unrecorded, a vite clause could still contradict it
            Finding open = element(agreement(notOrdered(typicalIop()), a -> a.authorityCanEnforcePerformance((Tri) null)
                    .sanctionClauses((Set<SanctionClause>) null)), "eupc-6-mutual-binding", "UNKNOWN");
            assertEquals(List.of("agreement.sanctionClauses"), open.missingFacts());
        }

        /**
         * "Repayment only" (S4 p. 28) against an order, services expected in return or payment per delivered unit
         * (S3 §4.5, a case-by-case overall assessment): strong both ways, a person weighs the agreement.
         */
        @Test
        void repaymentOnlyAgainstAnOrderOrPaymentPerDeliveryIsContested() {
            Finding expected = element(agreement(notOrdered(typicalIop()), a -> a.counterPerformanceExpected(true)),
                    "eupc-6-mutual-binding", "CONTESTED");
            assertTrue(raised(expected, "order", Indicator.Direction.TOWARDS, Indicator.Strength.STRONG));
            assertTrue(raised(expected, "repayment-only", Indicator.Direction.AGAINST, Indicator.Strength.STRONG));
            Finding perPlace = element(resources(agreement(a -> a.commissionedByPublic(false)),
                    r -> r.paymentTiming(PaymentTiming.IN_ARREARS_PER_DELIVERY)), "eupc-6-mutual-binding", "CONTESTED");
            assertTrue(raised(perPlace, "paid-per-delivery", Indicator.Direction.TOWARDS, Indicator.Strength.STRONG));
            // "nothing expected in return" answers it: no duty to deliver to pay for
            element(resources(notOrdered(typicalIop()), r -> r.paymentTiming(PaymentTiming.IN_ARREARS_PER_DELIVERY)),
                    "eupc-6-mutual-binding", "NOT_MET");
        }

        /** Defect 3: "no remedy stated" is not "repayment only" while enforceability is unknown. */
        @Test
        void noRemedyStatedIsNotRepaymentOnly() {
            Finding f = element(agreement(a -> a.remedyOnBreach(RemedyOnBreach.NONE).authorityCanEnforcePerformance((Tri) null)),
                    "eupc-6-mutual-binding", "UNKNOWN");
            assertTrue(raised(f, "no-remedy", Indicator.Direction.AGAINST, Indicator.Strength.WEAK));
        }

        /** Defect 4: repayment only, but price reduction and withheld payment on non-delivery: contradictory. */
        @Test
        void repaymentOnlyWithDeliverySanctionsIsContested() {
            Finding f = element(agreement(a -> a.authorityCanEnforcePerformance((Tri) null)
                    .sanctionClauses(SanctionClause.PRICE_REDUCTION, SanctionClause.WITHHOLD_PAYMENT)), "eupc-6-mutual-binding", "CONTESTED");
            assertTrue(raised(f, "delivery-sanctions", Indicator.Direction.TOWARDS, Indicator.Strength.STRONG));
            assertTrue(raised(f, "repayment-only", Indicator.Direction.AGAINST, Indicator.Strength.STRONG));
        }
    }

    @Nested
    class Aggregate {
        @Test
        void repaymentOnlyCoFinancingAroundOwnActivityIsNotAPublicContract() {
            Evaluation e = evaluate(legal(l -> l.ownActivityPreExisting(true)), RS);
            Finding agg = finding(e, RS, "eupc-aggregate");
            assertEquals(Outcome.PASS, agg.outcome());
            assertEquals("NOT_PUBLIC_CONTRACT", agg.conclusion());
            assertEquals(Likelihood.UNLIKELY, e.assessment().publicContract());
            assertEquals(Lean.AWAY, e.assessment().publicContractLean());
        }

        @Test
        void aServicePurchaseDressedAsAnIopIsAPublicContract() {
            Evaluation e = evaluate(purchase(), RS);
            Finding agg = finding(e, RS, "eupc-aggregate");
            assertEquals(Outcome.FAIL, agg.outcome(), agg.because()::toString);
            assertEquals("PUBLIC_CONTRACT", agg.conclusion());
            assertEquals(Likelihood.LIKELY, e.assessment().publicContract());
            assertEquals(se.ioprules.api.Verdict.DOES_NOT_MEET, e.ruleSet(RS).orElseThrow().verdict());
            // the consequence names the lawful routes, not just "unlawful"
            assertTrue(agg.message().sv().contains("LOV") && agg.message().sv().contains("reserverat"), agg.message().sv());
            assertTrue(e.assessment().publicContractWhy().sv().contains("6 av 6"), e.assessment().publicContractWhy().sv());
        }

        @Test
        void anAwardAfterProcurementIsAPublicContract() {
            Partnership p = thin().toBuilder().legal(LegalContext.builder().awardRoute(AwardRoute.PROCURED_LOU).build())
                    .agreement(Agreement.builder().agreementSigned(true).instrument(Instrument.PROCURED_CONTRACT).build()).build();
            assertEquals(Likelihood.LIKELY, evaluate(p, RS).assessment().publicContract());
        }

        @Test
        void oneElementNotMetOnAStrongIndicatorIsEnough() {
            Partnership p = purchase().toBuilder()
                    .legal(purchase().legal().toBuilder().supplierSelectedByAuthority(false).openToAllMeetingConditions(true).build())
                    .build();
            Evaluation e = evaluate(p, RS);
            assertEquals(Likelihood.UNLIKELY, e.assessment().publicContract());
            assertTrue(e.assessment().publicContractWhy().sv().contains("val av leverantör"), e.assessment().publicContractWhy().sv());
        }

        @Test
        void thinFactsAreNotAssessableWithTheirLean() {
            Evaluation e = evaluate(thin(), RS);
            assertEquals(Likelihood.NOT_ASSESSABLE, e.assessment().publicContract());
            assertEquals(se.ioprules.api.Verdict.INCOMPLETE, e.ruleSet(RS).orElseThrow().verdict());
            // two parties and a signature are formal: they give no lean on their own... but one named organisation
            // weakly points to a choice of supplier, a substantive element
            assertEquals(Lean.TOWARDS, e.assessment().publicContractLean());
            String why = e.assessment().publicContractWhy().sv();
            assertTrue(why.contains("3 av 6") && why.contains("okänt"), why);
        }

        @Test
        void anUnknownElementWithoutAnyUnmetLeansTowardsAContract() {
            Evaluation e = evaluate(undecidedPurchase(), RS);
            assertEquals(Likelihood.NOT_ASSESSABLE, e.assessment().publicContract());
            assertEquals(Lean.TOWARDS, e.assessment().publicContractLean());
            assertTrue(e.assessment().publicContractWhy().en().contains("5 of 6 elements met"), e.assessment().publicContractWhy().en());
        }

        @Test
        void aGrantDecisionWithExpectedServicesLeansTowardsAContract() {
            Partnership p = thin().toBuilder()
                    .agreement(Agreement.builder().instrument(Instrument.GRANT_DECISION).counterPerformanceExpected(true).build())
                    .legal(LegalContext.builder().needPredefinedByAuthority(true).build()).build();
            Evaluation e = evaluate(p, RS);
            assertNotEquals(Likelihood.UNLIKELY, e.assessment().publicContract());
            assertEquals("MET", finding(e, RS, "eupc-5-economic-terms").conclusion());
            assertEquals(Lean.TOWARDS, e.assessment().publicContractLean());
        }

        @Test
        void explanationNamesEveryElementTheLeanAndASummary() {
            Finding agg = finding(evaluate(notOrdered(typicalIop()), RS), RS, "eupc-aggregate");
            assertEquals(8, agg.because().size());
            assertTrue(agg.because().stream().anyMatch(f -> f.path().equals("conclusion.eupc-6-mutual-binding")
                    && f.value().equals("NOT_MET")));
            assertTrue(agg.because().stream().anyMatch(f -> f.path().equals("detail.lean") && f.value().equals("AWAY")));
            assertEquals("Famna, IOP – så funkar det (2024)", agg.sources().get(0).document());
        }
    }

    @Nested
    class DirectAward {

        @Test
        void conditionsShownStillNoDirectAwardInSwedishLaw() {
            Partnership p = Fixtures.stateAid(purchase(), s -> s.compensationAboveCost(false));
            Finding f = assertOutcome(p, RS, "eupc-direct-award", Outcome.WARNING);
            assertTrue(f.message().sv().contains("svensk lag har ingen sådan bestämmelse"), f.message().sv());
            assertEquals(Likelihood.LIKELY, evaluate(p, RS).assessment().publicContract());
        }

        @Test
        void conditionsNotShown() {
            Finding f = assertOutcome(purchase(), RS, "eupc-direct-award", Outcome.WARNING);
            assertTrue(f.message().sv().contains("inte visat"), f.message().sv());
        }

        /**
         * C-465/17 Falck: rescue services by non-profit organisations are excluded from the procurement rules (art.
         * 10(h) of directive 2014/24/EU). Still a public contract; only the advice changes, with the conditions.
         */
        @Test
        void emergencyServicesByNonProfitsMayBeExcludedFromProcurement() {
            Partnership p = Fixtures.legal(purchase(), l -> l.civilProtectionByNonProfit(true));
            Evaluation e = evaluate(p, RS);
            assertEquals(Likelihood.LIKELY, e.assessment().publicContract());
            Finding f = finding(e, RS, "eupc-direct-award");
            assertEquals(Outcome.WARNING, f.outcome());
            assertTrue(f.message().sv().contains("upphandlingsreglerna inte") && f.message().sv().contains("ambulanstransport"),
                    f.message().sv());
            assertTrue(f.message().en().contains("C-465/17") && f.message().en().contains("reinvests any surplus"),
                    f.message().en());
            assertTrue(f.because().stream().anyMatch(v -> v.path().equals("legal.civilProtectionByNonProfit")), f::toString);
            Finding agg = finding(e, RS, "eupc-aggregate");
            assertEquals("PUBLIC_CONTRACT", agg.conclusion());
            assertTrue(agg.message().en().contains("the duty to procure under LOU does not apply"), agg.message().en());
            // recorded as not excluded (e.g. patient transport only): the advice to procure stands
            Evaluation no = evaluate(Fixtures.legal(purchase(), l -> l.civilProtectionByNonProfit(false)), RS);
            assertTrue(finding(no, RS, "eupc-aggregate").message().en().contains("cannot then be entered as an IOP without a procurement"));
            assertTrue(finding(no, RS, "eupc-direct-award").message().sv().contains("inte visat"));
        }
    }

    @Nested
    class Disagreements {
        @Test
        void guidelineIndicatorsThatPointTheOtherWayAreReported() {
            Evaluation e = engine().evaluate(purchase(), EvaluationRequest.builder().ruleSets(RS, "skl-2018").build());
            assertEquals(Likelihood.LIKELY, e.assessment().publicContract());
            // the organisation took the initiative (SKL §4.4.4): points away from a contract
            assertTrue(e.assessment().disagreements().stream().anyMatch(d -> d.criterionId().equals("skl-law-public-initiative")
                    && d.question().equals("publicContract") && d.outcome() == Outcome.PASS), e.assessment().disagreements()::toString);
        }

        @Test
        void noDisagreementWhenGuidanceAgrees() {
            Evaluation e = engine().evaluate(initiative(purchase(), i -> i.initiatedBy(Initiator.PUBLIC)),
                    EvaluationRequest.builder().ruleSets(RS, "skl-2018").build());
            assertTrue(e.assessment().disagreements().stream().noneMatch(d -> d.criterionId().equals("skl-law-public-initiative")));
        }
    }
}
