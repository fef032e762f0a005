package se.ioprules.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.AgreementLabel;
import se.ioprules.api.facts.Budget;
import se.ioprules.api.facts.CommonGoal;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.ContributionKind;
import se.ioprules.api.facts.EconomicNature;
import se.ioprules.api.facts.Initiative;
import se.ioprules.api.facts.Initiator;
import se.ioprules.api.facts.LegalContext;
import se.ioprules.api.facts.LegalForm;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.PaymentModel;
import se.ioprules.api.facts.Purpose;
import se.ioprules.api.facts.RemedyOnBreach;
import se.ioprules.api.facts.Resources;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.StateAidContext;
import se.ioprules.api.facts.SurplusHandling;
import se.ioprules.api.facts.Term;
import se.ioprules.api.facts.TradeEffect;

/** The partnership the benchmarks evaluate: the same "typical IOP" as the rule tests' baseline (Fixtures.typicalIop). */
final class Partnerships {
    private Partnerships() {
    }

    /** @return a municipality and an association, three years from 2024, co-financed, joint steering, repayment-only remedy */
    static Partnership typical() {
        return Partnership.builder()
                .id("typical")
                .title("Överenskommelse om idéburet offentligt partnerskap")
                .decisionDate(LocalDate.of(2024, 3, 1))
                .signingDate(LocalDate.of(2024, 3, 15))
                .addParty(Party.builder().id("kommun").name("Exempelby kommun").sector(Sector.PUBLIC_MUNICIPALITY)
                        .legalForm(LegalForm.PUBLIC_AUTHORITY).build())
                .addParty(Party.builder().id("forening").name("Exempelföreningen").sector(Sector.IDEA_BASED)
                        .legalForm(LegalForm.IDEELL_FORENING).build())
                .initiative(Initiative.builder().initiatedBy(Initiator.IDEA_BASED).activityDefinedBy(Initiator.JOINT).build())
                .purpose(Purpose.builder()
                        .commonGoal(CommonGoal.builder().text("Fler unga i studier eller arbete").publicBenefit(true).build())
                        .generalInterest(true).build())
                .resources(Resources.builder()
                        .addContribution(Contribution.builder().partyId("kommun").kind(ContributionKind.MONEY)
                                .valueSek(new BigDecimal("600000")).valuedInBudget(true).build())
                        .addContribution(Contribution.builder().partyId("forening").kind(ContributionKind.VOLUNTEER_WORK)
                                .valueSek(new BigDecimal("250000")).valuedInBudget(true).build())
                        .addContribution(Contribution.builder().partyId("forening").kind(ContributionKind.PREMISES)
                                .valueSek(new BigDecimal("150000")).valuedInBudget(true).build())
                        .budget(Budget.builder().totalCostSek(new BigDecimal("1000000")).includesInKind(true).build())
                        .paymentModel(PaymentModel.PARTIAL_COST_COVERAGE)
                        .fixedPricePerUnit(false)
                        .surplusHandling(SurplusHandling.REINVEST)
                        .build())
                .term(Term.builder().startDate(LocalDate.of(2024, 4, 1)).endDate(LocalDate.of(2027, 3, 31))
                        .longTermIntent(true).build())
                .agreement(Agreement.builder().agreementSigned(true).agreementLabel(AgreementLabel.OVERENSKOMMELSE)
                        .sanctionClauses(Set.of()).remedyOnBreach(RemedyOnBreach.REPAYMENT_ONLY)
                        .authorityCanEnforcePerformance(false).build())
                .legal(LegalContext.builder().acquisitionForAuthorityOwnNeed(false).supplierSelectedByAuthority(false)
                        .openToAllMeetingConditions(true).directEconomicInterest(false).marketExists(false)
                        .build())
                .stateAid(StateAidContext.builder().activityEconomicNature(EconomicNature.NON_ECONOMIC)
                        .tradeEffect(TradeEffect.PURELY_LOCAL).build())
                .build();
    }
}
