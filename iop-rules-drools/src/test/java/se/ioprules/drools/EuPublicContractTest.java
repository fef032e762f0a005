package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.agreement;
import static se.ioprules.drools.Fixtures.assertOutcome;
import static se.ioprules.drools.Fixtures.evaluate;
import static se.ioprules.drools.Fixtures.finding;
import static se.ioprules.drools.Fixtures.legal;
import static se.ioprules.drools.Fixtures.resources;
import static se.ioprules.drools.Fixtures.typicalIop;
import static se.ioprules.drools.Fixtures.with;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.Finding;
import se.ioprules.api.Likelihood;
import se.ioprules.api.Outcome;
import se.ioprules.api.facts.*;

/** The six elements of a public contract (catalogue B5) and their aggregate. */
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

    @Nested
    class Elements {
        @Test
        void agreementBetweenPartiesMetWithTwoParties() {
            assertOutcome(typicalIop(), RS, "eupc-1-agreement", Outcome.INFO);
        }

        @Test
        void agreementNotMetWithOneParty() {
            Partnership p = with(b -> b.parties(java.util.List.of(typicalIop().parties().get(0)))
                    .resources(Resources.EMPTY));
            assertOutcome(p, RS, "eupc-1-agreement", Outcome.PASS);
        }

        @Test
        void agreementUnknownWithoutParties() {
            Partnership p = with(b -> b.parties(java.util.List.of()).resources(Resources.EMPTY));
            Finding f = assertOutcome(p, RS, "eupc-1-agreement", Outcome.NOT_ASSESSABLE);
            assertEquals(java.util.List.of("parties"), f.missingFacts());
        }

        @Test
        void consensusSignedDraftAndUnknown() {
            assertEquals("MET", assertOutcome(typicalIop(), RS, "eupc-2-consensus", Outcome.INFO).conclusion());
            Finding draft = assertOutcome(agreement(a -> a.agreementSigned(false)), RS, "eupc-2-consensus", Outcome.INFO);
            assertTrue(draft.message().sv().contains("inte undertecknad"));
            assertOutcome(agreement(a -> a.agreementSigned((Tri) null)), RS, "eupc-2-consensus", Outcome.NOT_ASSESSABLE);
        }

        @Test
        void acquisition() {
            assertOutcome(typicalIop(), RS, "eupc-3-acquisition", Outcome.PASS);
            assertOutcome(legal(l -> l.acquisitionForAuthorityOwnNeed(true)), RS, "eupc-3-acquisition", Outcome.INFO);
            Finding f = assertOutcome(legal(l -> l.acquisitionForAuthorityOwnNeed((Tri) null).serviceForThirdParties(true)),
                    RS, "eupc-3-acquisition", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("legal.acquisitionForAuthorityOwnNeed"));
        }

        @Test
        void selection() {
            assertOutcome(typicalIop(), RS, "eupc-4-selection", Outcome.PASS);
            assertOutcome(legal(l -> l.supplierSelectedByAuthority(true)), RS, "eupc-4-selection", Outcome.INFO);
            assertOutcome(legal(l -> l.supplierSelectedByAuthority((Tri) null).openToAllMeetingConditions(true)),
                    RS, "eupc-4-selection", Outcome.PASS);
            assertOutcome(legal(l -> l.supplierSelectedByAuthority((Tri) null).openToAllMeetingConditions((Tri) null)),
                    RS, "eupc-4-selection", Outcome.NOT_ASSESSABLE);
        }

        @Test
        void economicTerms() {
            assertOutcome(typicalIop(), RS, "eupc-5-economic-terms", Outcome.PASS);
            assertOutcome(resources(r -> r.paymentModel(PaymentModel.PRICE_PER_UNIT)), RS, "eupc-5-economic-terms", Outcome.INFO);
            // a price per unit wins over a claim of no economic interest: the risky reading is surfaced
            assertOutcome(resources(r -> r.fixedPricePerUnit(true)), RS, "eupc-5-economic-terms", Outcome.INFO);
            // unknown interest but partial financing of a grant -> not met
            assertOutcome(legal(l -> l.directEconomicInterest((Tri) null)), RS, "eupc-5-economic-terms", Outcome.PASS);
            // unknown interest and full financing -> unknown
            Partnership full = legal(l -> l.directEconomicInterest((Tri) null)).toBuilder()
                    .resources(typicalIop().resources().toBuilder().paymentModel(PaymentModel.FULL_COST_REIMBURSEMENT).build())
                    .build();
            assertOutcome(full, RS, "eupc-5-economic-terms", Outcome.NOT_ASSESSABLE);
        }

        @Test
        void mutualBinding() {
            Finding f = assertOutcome(typicalIop(), RS, "eupc-6-mutual-binding", Outcome.PASS);
            assertEquals("NOT_MET", f.conclusion());
            assertOutcome(agreement(a -> a.sanctionClauses(SanctionClause.VITE)), RS, "eupc-6-mutual-binding", Outcome.INFO);
            assertOutcome(agreement(a -> a.remedyOnBreach(RemedyOnBreach.SPECIFIC_PERFORMANCE_ENFORCEABLE)),
                    RS, "eupc-6-mutual-binding", Outcome.INFO);
            assertOutcome(agreement(a -> a.remedyOnBreach(null).authorityCanEnforcePerformance((Tri) null).sanctionClauses((Set<SanctionClause>) null)),
                    RS, "eupc-6-mutual-binding", Outcome.NOT_ASSESSABLE);
        }
    }

    @Nested
    class Aggregate {
        @Test
        void repaymentOnlyAndPartialFinancingIsNotAPublicContract() {
            Evaluation e = evaluate(typicalIop(), RS);
            Finding agg = finding(e, RS, "eupc-aggregate");
            assertEquals(Outcome.PASS, agg.outcome());
            assertEquals("NOT_PUBLIC_CONTRACT", agg.conclusion());
            assertEquals(Likelihood.UNLIKELY, e.assessment().publicContract());
        }

        @Test
        void fixedPricePerUnitEnforceablePerformanceAndDamagesIsAPublicContract() {
            Evaluation e = evaluate(purchase(), RS);
            Finding agg = finding(e, RS, "eupc-aggregate");
            assertEquals(Outcome.FAIL, agg.outcome(), agg.because()::toString);
            assertEquals("PUBLIC_CONTRACT", agg.conclusion());
            assertEquals(Likelihood.LIKELY, e.assessment().publicContract());
            assertEquals(se.ioprules.api.Verdict.DOES_NOT_MEET, e.ruleSet(RS).orElseThrow().verdict());
        }

        @Test
        void oneElementNotMetIsEnough() {
            Partnership p = purchase().toBuilder()
                    .agreement(purchase().agreement().toBuilder().authorityCanEnforcePerformance(false)
                            .remedyOnBreach(RemedyOnBreach.REPAYMENT_ONLY).sanctionClauses(Set.of()).build())
                    .build();
            assertEquals(Likelihood.UNLIKELY, evaluate(p, RS).assessment().publicContract());
        }

        @Test
        void unknownElementWithoutAnyUnmetIsNotAssessable() {
            Partnership p = purchase().toBuilder()
                    .legal(purchase().legal().toBuilder().supplierSelectedByAuthority((Tri) null).build())
                    .build();
            Evaluation e = evaluate(p, RS);
            assertEquals(Outcome.NOT_ASSESSABLE, finding(e, RS, "eupc-aggregate").outcome());
            assertEquals(Likelihood.NOT_ASSESSABLE, e.assessment().publicContract());
            assertEquals(se.ioprules.api.Verdict.INCOMPLETE, e.ruleSet(RS).orElseThrow().verdict());
        }

        @Test
        void explanationNamesEveryElement() {
            Finding agg = finding(evaluate(typicalIop(), RS), RS, "eupc-aggregate");
            assertEquals(6, agg.because().size());
            assertTrue(agg.because().stream().anyMatch(f -> f.path().equals("conclusion.eupc-6-mutual-binding")
                    && f.value().equals("NOT_MET")));
            assertFalse(agg.sources().isEmpty());
            assertEquals("Famna, IOP – så funkar det (2024)", agg.sources().get(0).document());
        }
    }
}
