package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.*;

class PartnershipValidatorTest {

    private static Party party(String id, Sector s) {
        return Party.builder().id(id).name(id).sector(s).build();
    }

    @Test
    void validPartnershipHasNoProblems() {
        Partnership p = Partnership.builder()
                .addParty(party("k", Sector.PUBLIC_MUNICIPALITY))
                .addParty(party("f", Sector.IDEA_BASED))
                .resources(Resources.builder().addContribution(Contribution.builder().partyId("k")
                        .kind(ContributionKind.MONEY).valueSek(BigDecimal.TEN).build()).build())
                .build();
        assertEquals(List.of(), PartnershipValidator.validate(p));
    }

    @Test
    void aSecondCheckOfTheSameObjectGivesTheSameAnswer() {
        Partnership valid = Partnership.builder().addParty(party("k", Sector.PUBLIC_MUNICIPALITY)).build();
        Partnership invalid = Partnership.builder().addParty(party("k", Sector.PUBLIC_MUNICIPALITY))
                .addParty(party("k", Sector.IDEA_BASED)).build();
        for (int i = 0; i < 2; i++) {
            assertEquals(List.of(), PartnershipValidator.validate(valid));
            assertEquals(List.of("parties[1].id: duplicate party id 'k'"),
                    PartnershipValidator.validate(invalid).stream().map(Problem::toString).toList());
        }
        List<Problem> mine = PartnershipValidator.validate(valid);
        mine.add(new Problem("x", "y")); // the caller's own list: adding to it changes no later answer
        assertEquals(List.of(), PartnershipValidator.validate(valid));
    }

    @Test
    void emptyPartnershipIsValidBecauseMissingFactsAreNotErrors() {
        assertEquals(List.of(), PartnershipValidator.validate(Partnership.EMPTY));
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        Partnership p = Partnership.builder()
                .addParty(party("k", Sector.PUBLIC_MUNICIPALITY))
                .addParty(party("k", Sector.IDEA_BASED))
                .addParty(Party.builder().name("no id").build())
                .addParty(Party.builder().id("c").sector(Sector.PRIVATE_COMMERCIAL)
                        .idea(IdeaBasedProfile.builder().build()).build())
                .resources(Resources.builder()
                        .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY).valueSek(BigDecimal.ONE).build())
                        .addContribution(Contribution.builder().partyId("nobody").kind(ContributionKind.MONEY).build())
                        .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY)
                                .valueSek(new BigDecimal("-5")).build())
                        .budget(Budget.builder().totalCostSek(new BigDecimal("-1")).build())
                        .build())
                .term(Term.builder().startDate(LocalDate.of(2020, 1, 1)).endDate(LocalDate.of(2019, 1, 1)).build())
                .governance(Governance.builder().steeringGroup(SteeringGroup.builder().meetingsPerYear(-1).build()).build())
                .initiative(Initiative.builder().processStepsCompleted(Set.of(1, 9)).build())
                .build();
        List<String> paths = PartnershipValidator.validate(p).stream().map(Problem::toString).toList();
        assertTrue(paths.contains("parties[1].id: duplicate party id 'k'"), paths::toString);
        assertTrue(paths.contains("parties[2].id: is required"), paths::toString);
        assertTrue(paths.contains("parties[2].sector: is required"), paths::toString);
        assertTrue(paths.stream().anyMatch(s -> s.startsWith("parties[3].idea: only an IDEA_BASED party")), paths::toString);
        assertTrue(paths.contains("resources.contributions[1].partyId: no party with id 'nobody'"), paths::toString);
        assertTrue(paths.contains("resources.contributions[2].valueSek: must be >= 0"), paths::toString);
        assertTrue(paths.contains("resources.budget.totalCostSek: must be >= 0"), paths::toString);
        assertTrue(paths.stream().anyMatch(s -> s.startsWith("term.endDate: is before term.startDate")), paths::toString);
        assertTrue(paths.contains("governance.steeringGroup.meetingsPerYear: must be >= 0"), paths::toString);
        assertTrue(paths.contains("initiative.processStepsCompleted: step 9 is not between 1 and 7"), paths::toString);
        assertEquals(10, paths.size(), paths::toString);
    }

    @Test
    void factSourcesMustNameRealPaths() {
        Partnership p = Partnership.builder()
                .addFactSource(FactSource.builder().path("term.endDate").basis(FactBasis.ASSUMED).reference("x").build())
                .addFactSource(FactSource.builder().path("term.nonsense").basis(FactBasis.DOCUMENTED).build())
                .build();
        List<Problem> problems = PartnershipValidator.validate(p);
        assertEquals(List.of(new Problem("factSources[1].path", "'term.nonsense' is not a fact path")), problems);
    }

    @Test
    void exceptionMessageListsAllProblems() {
        InvalidPartnershipException e = new InvalidPartnershipException(List.of(new Problem("a", "x"), new Problem("b", "y")));
        assertTrue(e.getMessage().contains("2 problems"));
        assertTrue(e.getMessage().contains("a: x") && e.getMessage().contains("b: y"));
    }

    @Test
    void instrumentAndAwardRouteMustAgree() {
        Partnership procured = Partnership.builder()
                .agreement(Agreement.builder().instrument(Instrument.PROCURED_CONTRACT).build())
                .legal(LegalContext.builder().awardRoute(AwardRoute.PROCURED_RESERVED).build()).build();
        assertEquals(List.of(), PartnershipValidator.validate(procured));
        Partnership contradiction = procured.toBuilder()
                .legal(LegalContext.builder().awardRoute(AwardRoute.DIRECT_AWARD).build()).build();
        List<Problem> ps = PartnershipValidator.validate(contradiction);
        assertEquals(1, ps.size(), ps::toString);
        assertEquals("legal.awardRoute", ps.get(0).path());
        Partnership iopProcured = Partnership.builder()
                .agreement(Agreement.builder().instrument(Instrument.IOP_AGREEMENT).build())
                .legal(LegalContext.builder().awardRoute(AwardRoute.LOV).build()).build();
        assertTrue(PartnershipValidator.validate(iopProcured).get(0).message().contains("LOV_CONTRACT"));
        // either alone is fine
        assertEquals(List.of(), PartnershipValidator.validate(Partnership.builder()
                .legal(LegalContext.builder().awardRoute(AwardRoute.LOV).build()).build()));
        assertEquals(List.of(), PartnershipValidator.validate(Partnership.builder()
                .term(Term.builder().timesExtended(2).build()).build()));
        assertEquals("term.timesExtended", PartnershipValidator.validate(Partnership.builder()
                .term(Term.builder().timesExtended(-1).build()).build()).get(0).path());
    }

    @Test
    void repaymentOnlyAndEnforceablePerformanceContradictEachOther() {
        Partnership clash = Partnership.builder().agreement(Agreement.builder()
                .remedyOnBreach(RemedyOnBreach.REPAYMENT_ONLY).authorityCanEnforcePerformance(true).build()).build();
        assertEquals("agreement.authorityCanEnforcePerformance", PartnershipValidator.validate(clash).get(0).path());
        Partnership reverse = Partnership.builder().agreement(Agreement.builder()
                .remedyOnBreach(RemedyOnBreach.SPECIFIC_PERFORMANCE_ENFORCEABLE).authorityCanEnforcePerformance(false).build()).build();
        assertEquals(1, PartnershipValidator.validate(reverse).size());
        assertEquals(List.of(), PartnershipValidator.validate(Partnership.builder().agreement(Agreement.builder()
                .remedyOnBreach(RemedyOnBreach.REPAYMENT_ONLY).authorityCanEnforcePerformance(false).build()).build()));
    }

    @Test
    void aPaymentBesideCompleteListsWithNothingFromThePublicPartyIsAContradiction() {
        // the public-contract test reads complete lists without a public contribution as "nothing given in return"
        Party kommun = party("kommun", Sector.PUBLIC_MUNICIPALITY).toBuilder().contributionsComplete(Tri.TRUE).build();
        Party forening = party("forening", Sector.IDEA_BASED);
        Contribution volunteers = new Contribution("forening", ContributionKind.VOLUNTEER_WORK, BigDecimal.valueOf(1000), Tri.UNKNOWN, Tri.UNKNOWN, null);
        Partnership nothing = Partnership.builder().addParty(kommun).addParty(forening)
                .resources(Resources.builder().contributions(List.of(volunteers)).build()).build();
        assertEquals(List.of(), PartnershipValidator.validate(nothing));
        List<Problem> paid = PartnershipValidator.validate(nothing.toBuilder()
                .resources(nothing.resources().toBuilder().paymentModel(PaymentModel.PRICE_PER_UNIT).build()).build());
        assertEquals(1, paid.size(), paid::toString);
        assertEquals("resources.paymentModel", paid.get(0).path());
        assertTrue(paid.get(0).message().contains("contributionsComplete"), paid.get(0).message());
        assertEquals("resources.paymentTiming", PartnershipValidator.validate(nothing.toBuilder()
                .resources(nothing.resources().toBuilder().paymentTiming(PaymentTiming.ADVANCE).build()).build()).get(0).path());
        // the same payment with a public contribution listed, with the list not stated complete, or with no
        // contribution recorded at all (an empty list reads as not recorded), is consistent
        assertEquals(List.of(), PartnershipValidator.validate(nothing.toBuilder()
                .resources(Resources.builder().paymentModel(PaymentModel.PRICE_PER_UNIT).build()).build()));
        Contribution money = new Contribution("kommun", ContributionKind.MONEY, BigDecimal.valueOf(1000), Tri.UNKNOWN, Tri.UNKNOWN, null);
        assertEquals(List.of(), PartnershipValidator.validate(nothing.toBuilder()
                .resources(nothing.resources().toBuilder().contributions(List.of(volunteers, money))
                        .paymentModel(PaymentModel.PRICE_PER_UNIT).build()).build()));
        assertEquals(List.of(), PartnershipValidator.validate(nothing.toBuilder()
                .parties(List.of(kommun.toBuilder().contributionsComplete(Tri.UNKNOWN).build(), forening))
                .resources(nothing.resources().toBuilder().paymentModel(PaymentModel.PRICE_PER_UNIT).build()).build()));
    }

    private static Partnership withIdeaParties(int n) {
        Partnership.Builder b = Partnership.builder().addParty(party("kommun", Sector.PUBLIC_MUNICIPALITY));
        for (int i = 1; i < n; i++) {
            b.addParty(party("f" + i, Sector.IDEA_BASED));
        }
        return b.build();
    }

    @Test
    void partiesAreLimitedWithPathAndMessage() {
        // in/m/parties-6000-ctrl.json.gz: 6,000 parties used to be accepted and silently cut short in evaluation.
        List<Problem> problems = PartnershipValidator.validate(withIdeaParties(6_000));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("parties", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("6000 entries")
                && problems.get(0).message().contains("at most " + PartnershipValidator.MAX_PARTIES), problems::toString);
        assertEquals(problems, PartnershipValidator.limits(withIdeaParties(6_000)));
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        assertEquals(List.of(), PartnershipValidator.validate(withIdeaParties(PartnershipValidator.MAX_PARTIES)));
        assertEquals(1, PartnershipValidator.validate(withIdeaParties(PartnershipValidator.MAX_PARTIES + 1)).size());
    }

    @Test
    void contributionsAndValueTransfersAreLimitedToo() {
        Resources.Builder r = Resources.builder();
        for (int i = 0; i <= PartnershipValidator.MAX_CONTRIBUTIONS; i++) {
            r.addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY).valueSek(BigDecimal.ONE).build());
        }
        IdeaBasedProfile.Builder idea = IdeaBasedProfile.builder();
        List<ValueTransfer> transfers = new java.util.ArrayList<>();
        for (int i = 0; i <= PartnershipValidator.MAX_VALUE_TRANSFERS; i++) {
            transfers.add(ValueTransfer.builder().recipientType(RecipientType.values()[0]).build());
        }
        Partnership p = Partnership.builder()
                .addParty(party("k", Sector.PUBLIC_MUNICIPALITY))
                .addParty(Party.builder().id("f").sector(Sector.IDEA_BASED).idea(idea.valueTransfers(transfers).build()).build())
                .resources(r.build())
                .build();
        List<String> paths = PartnershipValidator.limits(p).stream().map(Problem::path).toList();
        assertEquals(List.of("resources.contributions", "parties[1].idea.valueTransfers"), paths);
    }
}
