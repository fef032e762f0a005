package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.assertOutcome;
import static se.ioprules.drools.Fixtures.engine;
import static se.ioprules.drools.Fixtures.evaluate;
import static se.ioprules.drools.Fixtures.finding;
import static se.ioprules.drools.Fixtures.ideaProfile;
import static se.ioprules.drools.Fixtures.typicalIop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.*;

/** Lag (2022:900) om registrering av idéburna organisationer, per idea-based party (catalogue B7). */
class RegistrationLaw2022900Test {
    private static final String RS = "registration-law-2022-900";
    private static final String PARTY = "parties[forening]";
    private static final List<String> CRITERIA = List.of("reg-2-legal-person", "reg-2-public-benefit-purpose",
            "reg-3-1-welfare", "reg-3-2-no-public-control", "reg-3-3-dissolution-clause", "reg-2-value-transfer-def",
            "reg-8-value-transfer-limit", "reg-annual-reporting", "reg-lou-reserved");

    /** A registered organisation meeting every part of the definition, with no value transfers. */
    static IdeaBasedProfile qualifying() {
        return IdeaBasedProfile.builder().registeredIn2022_900(true).purposeExclusivelyPublicBenefit(true)
                .purposeStatedInGoverningDoc(true).runsOrIntendsPubliclyFundedWelfare(true)
                .publicControllingInfluence(false).dissolutionClauseCompliant(true).valueTransfersMade(false)
                .annualReportFiled(true).build();
    }

    private static Partnership idea(UnaryOperator<IdeaBasedProfile.Builder> change) {
        return ideaProfile(typicalIop(), change.apply(qualifying().toBuilder()).build());
    }

    private static Partnership legalForm(LegalForm form) {
        Partnership p = idea(i -> i);
        return p.toBuilder().parties(List.of(p.parties().get(0), p.parties().get(1).toBuilder().legalForm(form).build())).build();
    }

    private static ValueTransfer transfer(RecipientType to, Boolean businessLike) {
        return ValueTransfer.builder().date(LocalDate.of(2024, 5, 1)).recipientType(to)
                .amountSek(new BigDecimal("20000")).purelyBusinessLike(businessLike).build();
    }

    private static Partnership transfers(Boolean made, ValueTransfer... list) {
        return idea(i -> i.valueTransfersMade(made).valueTransfers(List.of(list)));
    }

    private static Partnership noIdeaParty() {
        Partnership p = typicalIop();
        return p.toBuilder().parties(List.of(p.parties().get(0),
                p.parties().get(1).toBuilder().sector(Sector.PRIVATE_COMMERCIAL).legalForm(LegalForm.AKTIEBOLAG).build())).build();
    }

    private static boolean names(Finding f, String path) {
        return f.because().stream().anyMatch(v -> v.path().equals(path));
    }

    @Nested
    class Definition {
        @Test
        void legalPerson() {
            Finding f = assertOutcome(idea(i -> i), RS, "reg-2-legal-person", Outcome.PASS);
            assertTrue(names(f, PARTY + ".legalForm"));
            // per-party messages open with the party's name ({party}), or its id when it has no name
            assertTrue(f.message().sv().startsWith("Exempelföreningen: Den idéburna parten"), f.message()::sv);
            assertTrue(f.message().en().startsWith("Exempelföreningen: The idea-based party"), f.message()::en);
            Partnership nameless = typicalIop().toBuilder().parties(List.of(typicalIop().parties().get(0),
                    typicalIop().parties().get(1).toBuilder().name(null).build())).build();
            assertTrue(assertOutcome(nameless, RS, "reg-2-legal-person", Outcome.PASS).message().sv().startsWith("forening: "));
            Finding none = assertOutcome(legalForm(null), RS, "reg-2-legal-person", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of(PARTY + ".legalForm"), none.missingFacts());
        }

        @Test
        void publicBenefitPurpose() {
            Finding f = assertOutcome(idea(i -> i.purposeStatedInGoverningDoc((Tri) null)), RS, "reg-2-public-benefit-purpose",
                    Outcome.NOT_ASSESSABLE);
            assertEquals(List.of(PARTY + ".idea.purposeStatedInGoverningDoc"), f.missingFacts());
        }

        @Test
        void dissolutionClause() {
            // not required of a foundation, even without the clause or a profile
            Partnership foundation = legalForm(LegalForm.STIFTELSE);
            Partnership noClause = ideaProfile(foundation, qualifying().toBuilder().dissolutionClauseCompliant(false).build());
            assertTrue(assertOutcome(noClause, RS, "reg-3-3-dissolution-clause", Outcome.PASS).message().en().contains("foundation"));
        }
    }

    @Nested
    class ValueTransfers {
        @Test
        void definitionClassifiesTransactions() {
            Finding notListed = assertOutcome(transfers(true), RS, "reg-2-value-transfer-def", Outcome.NOT_ASSESSABLE);
            assertTrue(notListed.missingFacts().contains(PARTY + ".idea.valueTransfers"));
        }

        @Test
        void limitAllowsRegisteredIdeaBasedAndResearch() {
            Finding f = assertOutcome(transfers(true, transfer(RecipientType.REGISTERED_IDEA_BASED, false),
                    transfer(RecipientType.RESEARCH, false), transfer(RecipientType.MEMBER, true)), RS,
                    "reg-8-value-transfer-limit", Outcome.PASS);
            assertTrue(f.message().en().contains("NOT VERIFIED"));
            assertTrue(f.message().sv().contains("EJ VERIFIERAT"));
        }

        @Test
        void limitFailsForTransfersToMembersOwnersOrOthers() {
            for (RecipientType to : List.of(RecipientType.MEMBER, RecipientType.OWNER, RecipientType.OTHER)) {
                Finding f = assertOutcome(transfers(true, transfer(to, false)), RS, "reg-8-value-transfer-limit", Outcome.FAIL);
                assertTrue(f.sources().stream().anyMatch(c -> c.locator().contains("ej verifierad")), f.sources()::toString);
            }
        }
    }

    @Nested
    class Registration {

        @Test
        void notBeingRegisteredNeverFails() {
            Evaluation e = evaluate(idea(i -> i.registeredIn2022_900(false).annualReportFiled((Tri) null)), RS);
            RuleSetResult r = e.ruleSet(RS).orElseThrow();
            assertEquals(Verdict.MEETS, r.verdict(), () -> r.findings().toString());
            assertEquals(0, r.count(Outcome.FAIL));
        }

        @Test
        void failingTheDefinitionMakesTheRuleSetFail() {
            assertEquals(Verdict.DOES_NOT_MEET,
                    evaluate(idea(i -> i.publicControllingInfluence(true)), RS).ruleSet(RS).orElseThrow().verdict());
        }

        @Test
        void inForceFrom2023() {
            Evaluation before = engine().evaluate(idea(i -> i), EvaluationRequest.builder().asOf(LocalDate.of(2022, 12, 31)).build());
            assertTrue(before.ruleSet(RS).isEmpty());
            Evaluation after = engine().evaluate(idea(i -> i), EvaluationRequest.builder().asOf(LocalDate.of(2023, 1, 1)).build());
            assertEquals(Verdict.MEETS, after.ruleSet(RS).orElseThrow().verdict());
        }
    }

    @Nested
    class ReservedProcurement {
        @Test
        void notRelevantWhenNotAPublicContract() {
            Finding f = assertOutcome(idea(i -> i), RS, "reg-lou-reserved", Outcome.INFO);
            assertEquals("NOT_PUBLIC_CONTRACT", f.because().get(0).value());
        }

        @Test
        void everyFindingCitesItsParty() {
            // not a public contract: the INFO names the party it is about, so two parties can be told apart
            Partnership two = typicalIop().toBuilder().parties(List.of(typicalIop().parties().get(0),
                    typicalIop().parties().get(1),
                    Party.builder().id("stiftelse").name("Exempelstiftelsen").sector(Sector.IDEA_BASED)
                            .legalForm(LegalForm.STIFTELSE).build())).build();
            List<Finding> found = evaluate(two, RS).ruleSet(RS).orElseThrow().findings("reg-lou-reserved");
            assertEquals(2, found.size());
            assertTrue(names(found.get(0), PARTY + ".sector") ^ names(found.get(1), PARTY + ".sector"));
            assertTrue(found.stream().anyMatch(f -> names(f, "parties[stiftelse].sector")));
            found.forEach(f -> assertEquals(Outcome.INFO, f.outcome()));
        }

        @Test
        void undecidedPublicContractIsNotCalledIrrelevant() {
            // signing not recorded: eupc-1/eupc-2 unknown, the other elements met -> eupc-aggregate undecided
            Partnership p = EuPublicContractTest.purchase();
            p = p.toBuilder().agreement(p.agreement().toBuilder().agreementSigned((Tri) null).build()).build();
            assertEquals("UNKNOWN", finding(evaluate(p, "eu-public-contract"), "eu-public-contract", "eupc-aggregate").conclusion());
            Finding f = assertOutcome(p, RS, "reg-lou-reserved", Outcome.INFO);
            assertFalse(f.message().en().contains("does not arise"), f.message().en());
            assertTrue(f.message().en().contains("not been settled"), f.message().en());
            assertTrue(names(f, PARTY + ".sector"));
            // a clear NOT_PUBLIC_CONTRACT keeps the "not relevant" message
            assertTrue(assertOutcome(typicalIop(), RS, "reg-lou-reserved", Outcome.INFO).message().en().contains("does not arise"));
        }

        @Test
        void possibleWhenPublicContractAndOrganisationQualifies() {
            Finding f = assertOutcome(ideaProfile(EuPublicContractTest.purchase(), qualifying()), RS, "reg-lou-reserved", Outcome.INFO);
            assertTrue(f.message().en().contains("may reserve"), f.message().en());
            assertTrue(f.message().en().contains("NOT VERIFIED"));
            // unregistered but every fact of the definition met
            Partnership unregistered = ideaProfile(EuPublicContractTest.purchase(),
                    qualifying().toBuilder().registeredIn2022_900(false).build());
            assertTrue(assertOutcome(unregistered, RS, "reg-lou-reserved", Outcome.INFO).message().en().contains("may reserve"));
        }

        @Test
        void notEligibleOrUnknown() {
            Partnership controlled = ideaProfile(EuPublicContractTest.purchase(),
                    qualifying().toBuilder().publicControllingInfluence(true).build());
            assertTrue(assertOutcome(controlled, RS, "reg-lou-reserved", Outcome.INFO).message().en().contains("not open"));
            Partnership noProfile = EuPublicContractTest.purchase();
            Finding f = assertOutcome(noProfile, RS, "reg-lou-reserved", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains(PARTY + ".idea.purposeExclusivelyPublicBenefit"), f.missingFacts()::toString);
        }
    }

    @Nested
    class PerParty {
        @Test
        void withoutAnIdeaProfileEveryProfileCriterionNamesIt() {
            Evaluation e = evaluate(typicalIop(), RS);
            for (String c : List.of("reg-2-public-benefit-purpose", "reg-3-1-welfare", "reg-3-2-no-public-control",
                    "reg-3-3-dissolution-clause", "reg-2-value-transfer-def", "reg-8-value-transfer-limit", "reg-annual-reporting")) {
                Finding f = finding(e, RS, c);
                assertEquals(Outcome.NOT_ASSESSABLE, f.outcome(), c);
                assertTrue(f.missingFacts().contains(PARTY + ".idea"), c + " " + f.missingFacts());
            }
        }

        @Test
        void withoutAnIdeaBasedPartyEveryCriterionIsNotApplicable() {
            Evaluation e = evaluate(noIdeaParty(), RS);
            for (String c : CRITERIA) {
                Finding f = finding(e, RS, c);
                assertEquals(Outcome.INFO, f.outcome(), c);
                assertTrue(names(f, "derived.ideaPartiesCount"), c);
                assertTrue(f.message().sv().startsWith("Ej tillämpligt"), c);
            }
        }

        @Test
        void withoutAnyPartiesEveryCriterionIsNotAssessable() {
            Evaluation e = evaluate(typicalIop().toBuilder().parties(List.of()).resources(Resources.EMPTY).build(), RS);
            for (String c : CRITERIA) {
                Finding f = finding(e, RS, c);
                assertEquals(Outcome.NOT_ASSESSABLE, f.outcome(), c);
                assertEquals(List.of("parties"), f.missingFacts(), c);
            }
        }

        @Test
        void oneFindingPerIdeaBasedParty() {
            Partnership base = idea(i -> i);
            Party second = Party.builder().id("stiftelsen").name("Exempelstiftelsen").sector(Sector.IDEA_BASED)
                    .legalForm(LegalForm.STIFTELSE).idea(qualifying().toBuilder().publicControllingInfluence(true).build()).build();
            Partnership two = base.toBuilder().addParty(second).build();
            RuleSetResult r = evaluate(two, RS).ruleSet(RS).orElseThrow();
            for (String c : CRITERIA) {
                assertEquals(2, r.findings(c).size(), c);
            }
            List<Finding> control = r.findings("reg-3-2-no-public-control");
            assertTrue(control.stream().anyMatch(f -> f.outcome() == Outcome.PASS && names(f, PARTY + ".idea.publicControllingInfluence")));
            assertTrue(control.stream().anyMatch(f -> f.outcome() == Outcome.FAIL
                    && names(f, "parties[stiftelsen].idea.publicControllingInfluence")));
        }

        @Test
        void aRuleAlwaysFiresAndEveryMessageExists() {
            List<Partnership> cases = List.of(typicalIop(), noIdeaParty(), idea(i -> i), EuPublicContractTest.purchase(),
                    ideaProfile(EuPublicContractTest.purchase(), qualifying()), ideaProfile(typicalIop(), IdeaBasedProfile.EMPTY),
                    ideaProfile(EuPublicContractTest.purchase(), IdeaBasedProfile.EMPTY), legalForm(null),
                    transfers(true, transfer(RecipientType.MEMBER, false)), transfers(null, transfer(RecipientType.OWNER, null)));
            for (Partnership p : cases) {
                Fixtures.assertEveryCriterionOnce(p, RS, CRITERIA);
            }
        }
    }
}
