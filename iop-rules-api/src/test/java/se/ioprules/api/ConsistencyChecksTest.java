package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.Budget;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.ContributionKind;
import se.ioprules.api.facts.IdeaBasedProfile;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.Resources;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.StateAidContext;
import se.ioprules.api.facts.Term;
import se.ioprules.api.facts.ValueTransfer;

/** Issue 11, defects 7 and 12: implausible and contradictory facts are validation errors, wherever they are. */
class ConsistencyChecksTest {
    private static final Party PUBLIC = Party.builder().id("k").sector(Sector.PUBLIC_MUNICIPALITY).build();

    private static List<String> paths(Partnership p) {
        return PartnershipValidator.validate(p).stream().map(Problem::path).toList();
    }

    @Test
    void datesOutsideThePlausibleRangeAreErrorsWhereverTheyAre() {
        Party idea = Party.builder().id("f").sector(Sector.IDEA_BASED).idea(IdeaBasedProfile.builder()
                .valueTransfers(List.of(ValueTransfer.builder().date(LocalDate.of(1899, 12, 31))
                        .recipientType(se.ioprules.api.facts.RecipientType.MEMBER).build())).build()).build();
        Partnership p = Partnership.builder().signingDate(LocalDate.of(0, 1, 1)).addParty(PUBLIC).addParty(idea)
                .term(Term.builder().startDate(LocalDate.of(2024, 1, 1)).endDate(LocalDate.of(2200, 1, 1)).build())
                .build();
        assertEquals(List.of("parties[1].idea.valueTransfers[0].date", "signingDate", "term.endDate"),
                paths(p).stream().sorted().toList());
        Partnership edges = Partnership.builder().signingDate(LocalDate.of(1900, 1, 1))
                .term(Term.builder().startDate(LocalDate.of(1900, 1, 1)).endDate(LocalDate.of(2199, 12, 31)).build())
                .build();
        assertEquals(List.of(), paths(edges), "the range's own ends are accepted");
    }

    @Test
    void amountsAboveThePlausibleMaximumAreErrors() {
        Partnership p = Partnership.builder().addParty(PUBLIC)
                .resources(Resources.builder().budget(Budget.builder().totalCostSek(new BigDecimal("100000000000.01"))
                        .build()).build())
                .stateAid(StateAidContext.builder().aidAmountEur3y(new BigDecimal("10000000001")).build())
                .build();
        assertEquals(List.of("resources.budget.totalCostSek", "stateAid.aidAmountEur3y"), paths(p));
        Partnership max = Partnership.builder().addParty(PUBLIC)
                .resources(Resources.builder().budget(Budget.builder().totalCostSek(new BigDecimal("100000000000"))
                        .build()).build())
                .build();
        assertEquals(List.of(), paths(max));
    }

    @Test
    void aDecisionOrSigningAfterTheTermEndsIsAnError() {
        Term term = Term.builder().startDate(LocalDate.of(2018, 1, 1)).endDate(LocalDate.of(2018, 12, 31)).build();
        Partnership p = Partnership.builder().decisionDate(LocalDate.of(2019, 1, 1)).signingDate(LocalDate.of(2019, 2, 1))
                .term(term).build();
        assertEquals(List.of("decisionDate", "signingDate"), paths(p));
        Partnership onTheLastDay = Partnership.builder().decisionDate(LocalDate.of(2018, 12, 31))
                .signingDate(LocalDate.of(2018, 12, 31)).term(term).build();
        assertEquals(List.of(), paths(onTheLastDay));
    }

    @Test
    void contributionsOfMoreThanTenTimesTheBudgetAreAnError() {
        Partnership tenTimes = withBudgetAndContribution("1000", "10000");
        assertEquals(List.of(), paths(tenTimes), "up to ten times is for the state-aid rules to judge");
        Partnership more = withBudgetAndContribution("0.01", "820000");
        List<Problem> problems = PartnershipValidator.validate(more);
        assertEquals(List.of("resources.budget.totalCostSek"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(0).message().contains("820000 SEK"), problems.toString());
        assertEquals(List.of("resources.budget.totalCostSek"), paths(withBudgetAndContribution("0", "1")));
    }

    private static Partnership withBudgetAndContribution(String budget, String contribution) {
        return Partnership.builder().addParty(PUBLIC).resources(Resources.builder()
                .budget(Budget.builder().totalCostSek(new BigDecimal(budget)).build())
                .addContribution(Contribution.builder().partyId("k").kind(ContributionKind.MONEY)
                        .valueSek(new BigDecimal(contribution)).build())
                .build()).build();
    }
}
