package se.ioprules.api.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DerivedTest {
    /** Two parties whose contribution lists are stated complete. */
    private static Partnership.Builder twoParties() {
        return Partnership.builder()
                .addParty(Party.builder().id("k").sector(Sector.PUBLIC_MUNICIPALITY).contributionsComplete(true).build())
                .addParty(Party.builder().id("f").sector(Sector.IDEA_BASED).contributionsComplete(true).build());
    }

    /** The same parties with nothing said about whether their lists are complete. */
    private static Partnership.Builder twoPartiesListsOpen() {
        return Partnership.builder()
                .addParty(Party.builder().id("k").sector(Sector.PUBLIC_MUNICIPALITY).build())
                .addParty(Party.builder().id("f").sector(Sector.IDEA_BASED).build());
    }

    @Test
    void sharesAreUnknownUnlessTheListsAreStatedComplete() {
        Resources r = Resources.builder()
                .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY).valueSek(new BigDecimal("300")).build())
                .addContribution(Contribution.builder().partyId("f").kind(ContributionKind.VOLUNTEER_WORK).valueSek(new BigDecimal("100")).build())
                .budget(Budget.builder().totalCostSek(new BigDecimal("1000")).build()).build();
        Derived open = Derived.of(twoPartiesListsOpen().resources(r).build());
        assertNull(open.publicShareOfCost());
        assertNull(open.ideaShareOfCost());
        assertEquals(new BigDecimal("0.3000"), open.publicShareOfCostAtLeast());
        assertEquals(Tri.UNKNOWN, open.publicContributionsComplete());
        assertEquals(Tri.TRUE, Derived.of(twoParties().resources(r).build()).publicContributionsComplete());
        // without a budget, a sum of lists that may be incomplete is no total
        Resources noBudget = r.toBuilder().budget(Budget.EMPTY).build();
        assertNull(Derived.of(twoPartiesListsOpen().resources(noBudget).build()).totalCostSek());
        assertEquals(new BigDecimal("400"), Derived.of(twoParties().resources(noBudget).build()).totalCostSek());
    }

    @Test
    void paymentModelsJoinTheMainAndTheOtherModels() {
        Derived d = Derived.of(twoParties().resources(Resources.builder().paymentModel(PaymentModel.GRANT_LUMP_SUM)
                .otherPaymentModels(PaymentModel.PRICE_PER_UNIT).build()).build());
        assertEquals(Set.of(PaymentModel.GRANT_LUMP_SUM, PaymentModel.PRICE_PER_UNIT), d.paymentModels());
        assertEquals(Set.of(), Derived.of(twoParties().build()).paymentModels());
    }

    @Test
    void calendarYearIsTwelveMonths() {
        Partnership p = twoParties().term(Term.builder().startDate(LocalDate.of(2018, 1, 1))
                .endDate(LocalDate.of(2018, 12, 31)).build()).build();
        assertEquals(12, Derived.of(p).durationMonths());
    }

    @Test
    void anEndKnownToTheMonthOrYearRunsThroughThatPeriod() {
        // Göteborg's agreement on EU migrants runs "januari 2015 till december 2016": recorded 2015-01-01 .. 2016-12-01
        Term.Builder month = Term.builder().startDate(LocalDate.of(2015, 1, 1)).endDate(LocalDate.of(2016, 12, 1));
        assertEquals(23, Derived.of(twoParties().term(month.build()).build()).durationMonths());
        assertEquals(24, Derived.of(twoParties().term(month.endDatePrecision(DatePrecision.MONTH).build()).build())
                .durationMonths());
        Term year = Term.builder().startDate(LocalDate.of(2018, 1, 1)).endDate(LocalDate.of(2020, 1, 1))
                .endDatePrecision(DatePrecision.YEAR).build();
        assertEquals(36, Derived.of(twoParties().term(year).build()).durationMonths());
    }

    @Test
    void threeYearsIsThirtySixMonthsAndMissingEndIsUnknown() {
        Partnership p = twoParties().term(Term.builder().startDate(LocalDate.of(2018, 1, 1))
                .endDate(LocalDate.of(2020, 12, 31)).build()).build();
        assertEquals(36, Derived.of(p).durationMonths());
        assertNull(Derived.of(twoParties().term(Term.builder().startDate(LocalDate.of(2018, 1, 1)).build()).build())
                .durationMonths());
    }

    @Test
    void sharesUseTheBudgetTotal() {
        Partnership p = twoParties().resources(Resources.builder()
                .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY).valueSek(new BigDecimal("300")).build())
                .addContribution(Contribution.builder().partyId("f").kind(ContributionKind.VOLUNTEER_WORK).valueSek(new BigDecimal("100")).build())
                .budget(Budget.builder().totalCostSek(new BigDecimal("1000")).build()).build()).build();
        Derived d = Derived.of(p);
        assertEquals(new BigDecimal("0.3000"), d.publicShareOfCost());
        assertEquals(new BigDecimal("0.1000"), d.ideaShareOfCost());
        assertTrue(d.publicContributes() && d.ideaContributes());
        assertTrue(d.publicContributesMoneyOnly());
        assertEquals(Set.of(), d.partiesWithoutContribution());
    }

    @Test
    void withoutBudgetTheSumIsUsedOnlyWhenEverythingIsValued() {
        Contribution money = Contribution.builder().partyId("k").kind(ContributionKind.MONEY).valueSek(new BigDecimal("300")).build();
        Contribution unvalued = Contribution.builder().partyId("f").kind(ContributionKind.PREMISES).build();
        Derived partial = Derived.of(twoParties().resources(Resources.builder().addContribution(money)
                .addContribution(unvalued).build()).build());
        assertNull(partial.publicShareOfCost());
        assertEquals(1, partial.unvaluedIdeaInKindCount());
        Derived full = Derived.of(twoParties().resources(Resources.builder().addContribution(money)
                .addContribution(unvalued.toBuilder().valueSek(new BigDecimal("100")).build()).build()).build());
        assertEquals(new BigDecimal("0.7500"), full.publicShareOfCost());
    }

    @Test
    void anUnvaluedPublicInputMakesThePublicShareUnknown() {
        Partnership p = twoParties().resources(Resources.builder()
                .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY).valueSek(new BigDecimal("300")).build())
                .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.PREMISES).build())
                .addContribution(Contribution.builder().partyId("f").kind(ContributionKind.VOLUNTEER_WORK).valueSek(new BigDecimal("100")).build())
                .budget(Budget.builder().totalCostSek(new BigDecimal("1000")).build()).build()).build();
        Derived d = Derived.of(p);
        assertNull(d.publicShareOfCost());
        assertEquals(new BigDecimal("0.1000"), d.ideaShareOfCost());
    }

    @Test
    void partiesWithoutContributionAreListed() {
        Partnership p = twoParties().resources(Resources.builder()
                .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY).build()).build()).build();
        Derived d = Derived.of(p);
        assertEquals(Set.of("f"), d.partiesWithoutContribution());
        assertFalse(d.ideaContributes());
        assertEquals(2, d.partiesCount());
        assertEquals(1, d.publicPartiesCount());
        assertEquals(1, d.ideaPartiesCount());
    }

    @Test
    void partiesWithoutContributionKeepThePartyOrder() {
        // messages print this set, so its order must be the parties' order on every JVM, not a hash order
        Partnership.Builder b = Partnership.builder();
        java.util.List<String> ids = java.util.List.of("zeta", "alfa", "mu", "beta", "omega", "kappa", "eta", "pi");
        for (String id : ids) {
            b.addParty(Party.builder().id(id).sector(Sector.IDEA_BASED).build());
        }
        assertEquals(ids, java.util.List.copyOf(Derived.of(b.build()).partiesWithoutContribution()));
    }
}
