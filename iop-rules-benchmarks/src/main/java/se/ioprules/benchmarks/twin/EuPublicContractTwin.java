package se.ioprules.benchmarks.twin;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.RuleContext;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Finding;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.AwardRoute;
import se.ioprules.api.facts.DecisionRule;
import se.ioprules.api.facts.Derived;
import se.ioprules.api.facts.Governance;
import se.ioprules.api.facts.Initiative;
import se.ioprules.api.facts.Initiator;
import se.ioprules.api.facts.Instrument;
import se.ioprules.api.facts.LegalContext;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.PaymentModel;
import se.ioprules.api.facts.PaymentTiming;
import se.ioprules.api.facts.RemedyOnBreach;
import se.ioprules.api.facts.Resources;
import se.ioprules.api.facts.SanctionClause;
import se.ioprules.api.facts.StateAidContext;
import se.ioprules.api.facts.SurplusHandling;
import se.ioprules.api.facts.Tri;
import se.ioprules.drools.CompiledRuleSet;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.drools.dsl.Conclusion;
import se.ioprules.drools.dsl.Findings;
import se.ioprules.drools.dsl.Indication;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.internal.FactResolver;

/**
 * The hand-coded twin of the {@code eu-public-contract} rule set (issue 13, goal 4): every rule's condition written
 * as plain Java {@code if}s in the order of the DRL, no Drools session, no matching network. It is the yardstick for
 * the engine's cost on that rule set, and it must give the same findings (outcomes, messages, facts, citations, in the
 * same order) and verdict; {@code EuPublicContractTwinTest} checks that over the golden scenarios, the samples and
 * random variants.
 *
 * <p>What the twin shares with the engine on purpose: the explained findings are built by the same DSL object the
 * rules call ({@link Findings}: messages, fact values, citations, the weighing of indicators), given each rule's
 * metadata (criterion, kind, source) read once from the compiled rule set when the twin is created. So engine ÷ twin
 * measures what the rule engine itself adds (sessions, matching, agenda), not the cost of explaining a finding.
 * When the DRL gains, loses or renames a rule, creating the twin fails until it is updated.
 */
public final class EuPublicContractTwin {
    /** The rule set's id. */
    public static final String ID = DroolsEngine.PUBLIC_CONTRACT_SET;
    private static final String[] ELEMENTS = {"eupc-1-agreement", "eupc-2-consensus", "eupc-3-acquisition",
        "eupc-4-selection", "eupc-5-economic-terms", "eupc-6-mutual-binding"};

    private final RuleSetDefinition def;
    private final Map<String, CriterionKind> criteria;
    private final Map<String, RuleContext> rules = new HashMap<>();
    private final Set<String> used = new TreeSet<>();
    /** Metadata and citations prepared once per rule, as the engine does. */
    private final se.ioprules.drools.dsl.RuleMeta.Cache ruleMeta;

    /**
     * @param engine an engine with the built-in rule sets
     * @param info the version of eu-public-contract to mirror
     * @throws IllegalStateException if the rule set's rules are not exactly those this twin implements
     */
    public EuPublicContractTwin(DroolsEngine engine, RuleSetInfo info) {
        if (!info.id().equals(ID)) {
            throw new IllegalArgumentException("the twin mirrors " + ID + ", not " + info.ref());
        }
        CompiledRuleSet crs = engine.compiled(info);
        this.def = crs.definition();
        this.ruleMeta = new se.ioprules.drools.dsl.RuleMeta.Cache(def.info().sources());
        this.criteria = crs.criteria();
        for (KiePackage pkg : crs.kieBase().getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                rules.put(r.getName(), context(r));
            }
        }
        // a dry run over an empty partnership names every rule the code below refers to
        Set<String> all = new TreeSet<>(rules.keySet());
        collectRuleNames = true;
        run(Partnership.builder().build(), LocalDate.of(2024, 1, 1));
        collectRuleNames = false;
        if (!used.equals(all)) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(used);
            Set<String> extra = new TreeSet<>(used);
            extra.removeAll(all);
            throw new IllegalStateException("the twin is out of date with " + info.ref() + ": rules not in the twin "
                    + missing + ", rules in the twin but not in the DRL " + extra);
        }
    }

    /** While true, every rule the code names is recorded (and its condition ignored, so that all are named). */
    private boolean collectRuleNames;

    /**
     * @param p a valid partnership
     * @param asOf the as-of date
     * @return the rule set's findings, as the engine's result for it lists them, and its verdict
     */
    public Result evaluate(Partnership p, LocalDate asOf) {
        return run(p, asOf);
    }

    /**
     * @param findings as the engine gives them
     * @param verdict the verdict
     */
    public record Result(List<Finding> findings, Verdict verdict) {
    }

    private Result run(Partnership p, LocalDate asOf) {
        Derived d = Derived.of(p);
        Map<String, ParameterValue> params = def.parameters().inForce(asOf, Map.of());
        Map<String, Conclusion> visible = new HashMap<>();
        List<Indication> indications = new ArrayList<>();
        List<Conclusion> conclusions = new ArrayList<>();
        KieSession sink = sink(indications, conclusions);
        Findings out = new Findings(ID, new FactResolver(p, d, params, visible), def.messages(), ruleMeta, sink,
                c -> visible.put(c.criterionId(), c));
        Agreement a = p.agreement();
        LegalContext l = p.legal();
        Resources res = p.resources();
        Initiative ini = p.initiative();
        Governance g = p.governance();
        StateAidContext sa = p.stateAid();
        Set<PaymentModel> pm = d.paymentModels();
        boolean procured = a.instrument() == Instrument.PROCURED_CONTRACT || a.instrument() == Instrument.LOV_CONTRACT
                || l.awardRoute() == AwardRoute.PROCURED_LOU || l.awardRoute() == AwardRoute.PROCURED_RESERVED
                || l.awardRoute() == AwardRoute.LOV;

        // eupc-1
        ind(out, "eupc-1: two or more parties, one of them public", d.partiesCount() >= 2 && d.publicPartiesCount() >= 1,
                "towards", "decisive", "parties", "derived.partiesCount", "derived.publicPartiesCount");
        ind(out, "eupc-1: one party only", d.partiesCount() == 1,
                "against", "decisive", "one-party", "derived.partiesCount");
        ind(out, "eupc-1: no public party", d.partiesCount() >= 2 && d.publicPartiesCount() == 0,
                "against", "decisive", "no-public-party", "derived.partiesCount", "derived.publicPartiesCount");
        // eupc-2
        ind(out, "eupc-2: signed", a.agreementSigned() == Tri.TRUE,
                "towards", "decisive", "signed", "agreement.agreementSigned");
        ind(out, "eupc-2: draft assessed as concluded", a.agreementSigned() == Tri.FALSE,
                "towards", "decisive", "draft", "agreement.agreementSigned");
        ind(out, "eupc-2: contract after procurement or LOV", procured,
                "towards", "decisive", "procured", "agreement.instrument", "legal.awardRoute");
        ind(out, "eupc-2: grant decision with accepted conditions",
                a.instrument() == Instrument.GRANT_DECISION && a.agreementSigned() == Tri.UNKNOWN,
                "towards", "weak", "grant-decision", "agreement.instrument", "agreement.agreementSigned");
        // eupc-3
        ind(out, "eupc-3: recorded as an acquisition for the authority", l.acquisitionForAuthorityOwnNeed() == Tri.TRUE,
                "towards", "decisive", "own-need", "legal.acquisitionForAuthorityOwnNeed");
        ind(out, "eupc-3: recorded as not the authority's own need", l.acquisitionForAuthorityOwnNeed() == Tri.FALSE,
                "against", "strong", "not-own-need", "legal.acquisitionForAuthorityOwnNeed");
        ind(out, "eupc-3: need defined in advance by the authority", l.needPredefinedByAuthority() == Tri.TRUE,
                "towards", "strong", "need-predefined", "legal.needPredefinedByAuthority");
        ind(out, "eupc-3: need not defined by the authority", l.needPredefinedByAuthority() == Tri.FALSE,
                "against", "weak", "need-not-predefined", "legal.needPredefinedByAuthority");
        ind(out, "eupc-3: commissioned by the public party", a.commissionedByPublic() == Tri.TRUE,
                "towards", "strong", "commissioned", "agreement.commissionedByPublic");
        ind(out, "eupc-3: activity defined by the public party", ini.activityDefinedBy() == Initiator.PUBLIC,
                "towards", "weak", "defined-by-public", "initiative.activityDefinedBy");
        ind(out, "eupc-3: statutory duty towards the recipients", l.publicPartyLegallyResponsible() == Tri.TRUE,
                "towards", "strong", "statutory-duty", "legal.publicPartyLegallyResponsible", "legal.statutoryDutyBasis",
                "legal.serviceForThirdParties");
        ind(out, "eupc-3: no statutory duty: a voluntary activity", l.publicPartyLegallyResponsible() == Tri.FALSE,
                "against", "weak", "no-statutory-duty", "legal.publicPartyLegallyResponsible");
        ind(out, "eupc-3: the organisation's own pre-existing activity", l.ownActivityPreExisting() == Tri.TRUE,
                "against", "strong", "own-activity", "legal.ownActivityPreExisting");
        ind(out, "eupc-3: run under the organisation's own management", l.operatedUnderOwnManagement() == Tri.TRUE,
                "against", "weak", "own-management", "legal.operatedUnderOwnManagement");
        ind(out, "eupc-3: initiated by the public party", ini.initiatedBy() == Initiator.PUBLIC,
                "towards", "weak", "public-initiative", "initiative.initiatedBy");
        ind(out, "eupc-3: initiated by the organisation", ini.initiatedBy() == Initiator.IDEA_BASED,
                "against", "weak", "idea-initiative", "initiative.initiatedBy");
        ind(out, "eupc-3: the same service is procured elsewhere", l.serviceProcuredElsewhere() == Tri.TRUE,
                "towards", "weak", "procured-elsewhere", "legal.serviceProcuredElsewhere");
        ind(out, "eupc-3: procured or LOV", procured,
                "towards", "decisive", "procured", "agreement.instrument", "legal.awardRoute");
        ind(out, "eupc-3: counterparty is a public body under its own powers", l.providerIsPublicBody() == Tri.TRUE,
                "against", "weak", "public-body", "legal.providerIsPublicBody");
        // a price for the performance or a direct economic interest, beside a recorded financing reading (HFD 2020 ref. 15)
        boolean financing = l.acquisitionForAuthorityOwnNeed() == Tri.FALSE || l.ownActivityPreExisting() == Tri.TRUE;
        PaymentModel main = res.paymentModel();
        ind(out, "eupc-3: a price for the performance, against a recorded financing",
                financing && a.counterPerformanceExpected() != Tri.FALSE
                        && (main == PaymentModel.PRICE_PER_UNIT || main == PaymentModel.OUTCOME_BASED
                                || main == PaymentModel.FIXED_PRICE_TOTAL || main == PaymentModel.CONCESSION
                                || res.fixedPricePerUnit() == Tri.TRUE
                                || res.paymentTiming() == PaymentTiming.IN_ARREARS_PER_DELIVERY),
                "towards", "strong", "paid-per-performance", "resources.paymentModel", "resources.fixedPricePerUnit",
                "resources.paymentTiming", "agreement.counterPerformanceExpected");
        ind(out, "eupc-3: a direct economic interest, against a recorded financing",
                financing && l.directEconomicInterest() == Tri.TRUE,
                "towards", "strong", "interest-vs-financing", "legal.directEconomicInterest");
        // eupc-4
        ind(out, "eupc-4: recorded as selected by the authority", l.supplierSelectedByAuthority() == Tri.TRUE,
                "towards", "decisive", "selected", "legal.supplierSelectedByAuthority");
        boolean notSelected = l.supplierSelectedByAuthority() == Tri.FALSE;
        boolean lov = l.awardRoute() == AwardRoute.LOV;
        Tri admission = l.openToAllMeetingConditions();
        ind(out, "eupc-4: recorded as not selected, admission open", notSelected && (admission == Tri.TRUE || lov),
                "against", "strong", "not-selected");
        // C-399/98 Scala: a closed admission stays a choice even where the authority could not choose another party
        ind(out, "eupc-4: recorded as not selected, open admission not shown", notSelected && admission != Tri.TRUE && !lov,
                "against", "weak", "not-selected-unshown");
        ind(out, "eupc-4: recorded as not selected, but admission closed", notSelected && admission == Tri.FALSE && !lov,
                "towards", "strong", "closed-admission");
        ind(out, "eupc-4: open to all meeting the conditions", l.openToAllMeetingConditions() == Tri.TRUE,
                "against", "strong", "open-to-all", "legal.openToAllMeetingConditions");
        ind(out, "eupc-4: admitted to a choice system (LOV)", l.awardRoute() == AwardRoute.LOV,
                "against", "strong", "lov", "legal.awardRoute");
        boolean procedure = l.awardRoute() == AwardRoute.PROCURED_LOU || l.awardRoute() == AwardRoute.PROCURED_RESERVED;
        ind(out, "eupc-4: procured or directly awarded", l.awardRoute() == AwardRoute.DIRECT_AWARD
                || procedure && admission != Tri.TRUE,
                "towards", "decisive", "chosen", "legal.awardRoute", "legal.openToAllMeetingConditions");
        // C-9/17 Tirkkonen: a procedure that admits everyone meeting the conditions chooses no one
        ind(out, "eupc-4: a procurement procedure, but every operator meeting the conditions admitted",
                procedure && admission == Tri.TRUE && notSelected,
                "towards", "weak", "procedure-all-admitted", "legal.awardRoute", "legal.openToAllMeetingConditions",
                "legal.supplierSelectedByAuthority");
        ind(out, "eupc-4: a procurement procedure open to all, selection unknown",
                procedure && admission == Tri.TRUE && l.supplierSelectedByAuthority() == Tri.UNKNOWN,
                "towards", "strong", "procedure-open", "legal.awardRoute", "legal.openToAllMeetingConditions",
                "legal.supplierSelectedByAuthority");
        ind(out, "eupc-4: open call for applications",
                l.awardRoute() == AwardRoute.OPEN_CALL && l.openToAllMeetingConditions() != Tri.TRUE,
                "towards", "weak", "open-call", "legal.awardRoute", "legal.openToAllMeetingConditions");
        ind(out, "eupc-4: one named organisation", d.publicPartiesCount() >= 1
                && d.partiesCount() - d.publicPartiesCount() == 1
                && l.openToAllMeetingConditions() != Tri.TRUE && l.awardRoute() != AwardRoute.LOV,
                "towards", "weak", "single-counterparty", "derived.partiesCount", "derived.publicPartiesCount",
                "legal.openToAllMeetingConditions");
        ind(out, "eupc-4: open to new parties", g.joinableByNewParties() == Tri.TRUE,
                "against", "weak", "joinable", "governance.joinableByNewParties");
        // eupc-5
        boolean setPrice = has(pm, PaymentModel.FIXED_PRICE_TOTAL) || has(pm, PaymentModel.PRICE_PER_UNIT)
                || has(pm, PaymentModel.CONCESSION) || has(pm, PaymentModel.OUTCOME_BASED);
        // C-367/19 Tax-Fin-Lex: every public party's list complete and empty (beside contributions recorded): nothing
        // given in return
        boolean noConsideration = !d.publicContributes() && d.publicContributionsComplete() == Tri.TRUE
                && !res.contributions().isEmpty();
        ind(out, "eupc-5: recorded direct economic interest", l.directEconomicInterest() == Tri.TRUE && !noConsideration,
                "towards", "decisive", "interest", "legal.directEconomicInterest");
        ind(out, "eupc-5: the public parties give nothing in return", noConsideration,
                "against", "decisive", "no-consideration", "resources.contributions", "derived.publicContributionsComplete");
        ind(out, "eupc-5: an interest in the performance, but nothing given for it",
                l.directEconomicInterest() == Tri.TRUE && noConsideration,
                "towards", "weak", "interest-unpaid", "legal.directEconomicInterest");
        ind(out, "eupc-5: recorded as no direct economic interest", l.directEconomicInterest() == Tri.FALSE,
                "against", "strong", "no-interest", "legal.directEconomicInterest");
        ind(out, "eupc-5: a set price, a price per unit, a concession or payment by results", setPrice,
                "towards", "strong", "set-price", "resources.paymentModel", "resources.otherPaymentModels");
        ind(out, "eupc-5: fixed price per unit", res.fixedPricePerUnit() == Tri.TRUE,
                "towards", "strong", "fixed-unit-price", "resources.fixedPricePerUnit");
        ind(out, "eupc-5: paid in arrears per delivery", res.paymentTiming() == PaymentTiming.IN_ARREARS_PER_DELIVERY,
                "towards", "strong", "per-delivery", "resources.paymentTiming");
        ind(out, "eupc-5: services or results expected in return", a.counterPerformanceExpected() == Tri.TRUE && !noConsideration,
                "towards", "strong", "counter-performance", "agreement.counterPerformanceExpected");
        ind(out, "eupc-5: services expected, but nothing given for them",
                a.counterPerformanceExpected() == Tri.TRUE && noConsideration,
                "towards", "weak", "counter-performance-unpaid", "agreement.counterPerformanceExpected");
        ind(out, "eupc-5: nothing expected in return", a.counterPerformanceExpected() == Tri.FALSE,
                "against", "strong", "no-counter-performance", "agreement.counterPerformanceExpected");
        ind(out, "eupc-5: full cost reimbursement", has(pm, PaymentModel.FULL_COST_REIMBURSEMENT),
                "towards", "weak", "cost-reimbursement", "resources.paymentModel", "resources.otherPaymentModels");
        ind(out, "eupc-5: committed volumes", a.volumeCommitments() == Tri.TRUE,
                "towards", "weak", "volumes", "agreement.volumeCommitments");
        ind(out, "eupc-5: a grant or partial financing",
                (has(pm, PaymentModel.GRANT_LUMP_SUM) || has(pm, PaymentModel.PARTIAL_COST_COVERAGE)) && !setPrice,
                "against", "weak", "grant", "resources.paymentModel", "resources.otherPaymentModels",
                "derived.publicShareOfCost");
        ind(out, "eupc-5: not solely dependent on public funding",
                res.activityExclusivelyDependentOnPublicFunding() == Tri.FALSE,
                "against", "weak", "own-funding", "resources.activityExclusivelyDependentOnPublicFunding");
        ind(out, "eupc-5: entirely dependent on public funding",
                res.activityExclusivelyDependentOnPublicFunding() == Tri.TRUE,
                "towards", "weak", "public-funding-only", "resources.activityExclusivelyDependentOnPublicFunding");
        ind(out, "eupc-5: procured or LOV", procured,
                "towards", "decisive", "procured", "agreement.instrument", "legal.awardRoute");
        // eupc-6
        Set<SanctionClause> sc = a.sanctionClauses();
        ind(out, "eupc-6: recorded that performance can be demanded", a.authorityCanEnforcePerformance() == Tri.TRUE,
                "towards", "decisive", "enforceable", "agreement.authorityCanEnforcePerformance");
        ind(out, "eupc-6: recorded that performance cannot be demanded", a.authorityCanEnforcePerformance() == Tri.FALSE,
                "against", "strong", "not-enforceable", "agreement.authorityCanEnforcePerformance");
        ind(out, "eupc-6: remedy of performance, damages or penalty",
                a.remedyOnBreach() == RemedyOnBreach.SPECIFIC_PERFORMANCE_ENFORCEABLE
                        || a.remedyOnBreach() == RemedyOnBreach.DAMAGES || a.remedyOnBreach() == RemedyOnBreach.PENALTY,
                "towards", "decisive", "remedy", "agreement.remedyOnBreach");
        ind(out, "eupc-6: vite or skadestånd clauses", any(sc, SanctionClause.VITE, SanctionClause.SKADESTAND),
                "towards", "decisive", "commercial-sanctions", "agreement.sanctionClauses");
        ind(out, "eupc-6: price reduction or withheld payment on non-delivery",
                any(sc, SanctionClause.PRICE_REDUCTION, SanctionClause.WITHHOLD_PAYMENT),
                "towards", "strong", "delivery-sanctions", "agreement.sanctionClauses");
        ind(out, "eupc-6: rescission for breach", any(sc, SanctionClause.HAVNING_FOR_BREACH, SanctionClause.HAVNING_FOR_BREACH),
                "towards", "strong", "rescission", "agreement.sanctionClauses");
        ind(out, "eupc-6: only repayment can be demanded", a.remedyOnBreach() == RemedyOnBreach.REPAYMENT_ONLY,
                "against", "strong", "repayment-only", "agreement.remedyOnBreach");
        ind(out, "eupc-6: no remedy stated", a.remedyOnBreach() == RemedyOnBreach.NONE,
                "against", "weak", "no-remedy", "agreement.remedyOnBreach", "agreement.authorityCanEnforcePerformance");
        ind(out, "eupc-6: a grant decision under public law", a.instrument() == Instrument.GRANT_DECISION,
                "against", "weak", "grant-decision", "agreement.instrument");
        ind(out, "eupc-6: committed volumes or a unilateral right to instruct",
                a.volumeCommitments() == Tri.TRUE || a.unilateralPublicInstructionRight() == Tri.TRUE,
                "towards", "weak", "binding-terms", "agreement.volumeCommitments",
                "agreement.unilateralPublicInstructionRight");
        // "A or B" in DRL is two rules under one name: each branch that matches fires once
        // only while something is, or may be, expected in return
        boolean mayExpect = a.counterPerformanceExpected() != Tri.FALSE;
        boolean perUnit = mayExpect && (has(pm, PaymentModel.PRICE_PER_UNIT) || has(pm, PaymentModel.OUTCOME_BASED));
        boolean perDelivery = mayExpect && res.paymentTiming() == PaymentTiming.IN_ARREARS_PER_DELIVERY;
        for (int i = 0; i < (perUnit ? 1 : 0) + (perDelivery ? 1 : 0) || (collectRuleNames && i == 0); i++) {
            ind(out, "eupc-6: paid per unit or per delivery", true, "towards", "strong", "paid-per-delivery",
                    "resources.paymentModel", "resources.otherPaymentModels");
        }
        ind(out, "eupc-6: an order from the public party", a.counterPerformanceExpected() == Tri.TRUE
                || a.commissionedByPublic() == Tri.TRUE && a.counterPerformanceExpected() == Tri.UNKNOWN,
                "towards", "strong", "order");
        DecisionRule rule = g.steeringGroup() == null ? null : g.steeringGroup().decisionRule();
        ind(out, "eupc-6: joint decisions in the steering group", rule == DecisionRule.JOINT_CONSENSUS,
                "against", "weak", "joint-steering", "governance.steeringGroup.decisionRule");
        ind(out, "eupc-6: the public party decides alone", rule == DecisionRule.PUBLIC_UNILATERAL,
                "towards", "weak", "public-steering", "governance.steeringGroup.decisionRule");
        ind(out, "eupc-6: exit without sanction", p.term().exitRightWithoutSanction() == Tri.TRUE,
                "against", "weak", "free-exit", "term.exitRightWithoutSanction");
        ind(out, "eupc-6: procured or LOV", procured,
                "towards", "decisive", "procured", "agreement.instrument", "legal.awardRoute");

        // the elements' decisions (salience -10), in the order the engine fires them
        decide(out, "eupc-1: decide", indications, "parties");
        decide(out, "eupc-2: decide", indications, "agreement.agreementSigned", "agreement.instrument|legal.awardRoute");
        decide(out, "eupc-3: decide", indications, "legal.acquisitionForAuthorityOwnNeed", "legal.needPredefinedByAuthority",
                "legal.publicPartyLegallyResponsible", "agreement.commissionedByPublic", "agreement.instrument|legal.awardRoute",
                "resources.paymentModel|agreement.counterPerformanceExpected=FALSE",
                "resources.fixedPricePerUnit|agreement.counterPerformanceExpected=FALSE",
                "resources.paymentTiming|agreement.counterPerformanceExpected=FALSE", "legal.directEconomicInterest");
        decide(out, "eupc-4: decide", indications, "legal.supplierSelectedByAuthority", "legal.awardRoute");
        // two rules in DRL, one for each state (both are named when the rule names are collected)
        if (noConsideration || collectRuleNames) {
            // the validator refuses payment facts beside empty complete lists: only a procurement can stand against
            decide(out, "eupc-5: decide, nothing given by the public parties", indications,
                    "agreement.instrument|legal.awardRoute");
        }
        if (!noConsideration || collectRuleNames) {
            decide(out, "eupc-5: decide", indications, "legal.directEconomicInterest", "agreement.counterPerformanceExpected",
                    "resources.paymentModel", "resources.fixedPricePerUnit", "resources.paymentTiming",
                    "agreement.instrument|legal.awardRoute");
        }
        decide(out, "eupc-6: decide", indications, "agreement.authorityCanEnforcePerformance|agreement.remedyOnBreach=REPAYMENT_ONLY",
                "agreement.remedyOnBreach", "agreement.sanctionClauses", "agreement.instrument|legal.awardRoute",
                "agreement.counterPerformanceExpected");

        // the aggregate (salience -100): exactly one of the three applies once the six are decided
        long met = conclusions.stream().filter(c -> c.conclusion().equals("MET")).count();
        boolean notMet = conclusions.stream().anyMatch(c -> c.conclusion().equals("NOT_MET"));
        boolean open = conclusions.stream().anyMatch(c -> c.conclusion().equals("UNKNOWN") || c.conclusion().equals("CONTESTED"));
        if (fires("eupc-aggregate: all six elements met", met == 6)) {
            out.aggregate(ctx("eupc-aggregate: all six elements met"), Outcome.FAIL, "PUBLIC_CONTRACT",
                    l.civilProtectionByNonProfit() == Tri.TRUE ? "public-contract-civil-protection" : "public-contract",
                    List.of(), List.of(), ELEMENTS);
        }
        if (fires("eupc-aggregate: an element is not met", notMet)) {
            out.aggregate(ctx("eupc-aggregate: an element is not met"), Outcome.PASS, "NOT_PUBLIC_CONTRACT",
                    "not-public-contract", List.of(), List.of(), ELEMENTS);
        }
        if (fires("eupc-aggregate: undecided", !notMet && open)) {
            out.aggregate(ctx("eupc-aggregate: undecided"), Outcome.NOT_ASSESSABLE, "UNKNOWN", "undecided",
                    List.of("eupc-3-acquisition", "eupc-4-selection", "eupc-5-economic-terms", "eupc-6-mutual-binding"),
                    List.of(), ELEMENTS);
        }
        // direct award (salience -110), read from the aggregate
        Conclusion agg = visible.get("eupc-aggregate");
        boolean possible = agg != null && !agg.conclusion().equals("NOT_PUBLIC_CONTRACT");
        boolean conditionsShown = (res.surplusHandling() == SurplusHandling.REINVEST
                || res.surplusHandling() == SurplusHandling.REPAY_AT_END) && sa.compensationAboveCost() == Tri.FALSE;
        // the emergency-services exclusion (C-465/17 Falck) takes the place of the direct-award conditions
        boolean civilProtection = l.civilProtectionByNonProfit() == Tri.TRUE;
        if (fires("eupc-direct-award: a public contract is possible, conditions shown", possible && !civilProtection
                && conditionsShown)) {
            out.warn(ctx("eupc-direct-award: a public contract is possible, conditions shown"), "conditions-shown",
                    "conclusion.eupc-aggregate", "resources.surplusHandling", "stateAid.compensationAboveCost");
        }
        if (fires("eupc-direct-award: a public contract is possible, conditions not shown", possible && !civilProtection
                && !conditionsShown)) {
            out.warn(ctx("eupc-direct-award: a public contract is possible, conditions not shown"), "conditions-not-shown",
                    "conclusion.eupc-aggregate", "resources.surplusHandling", "stateAid.compensationAboveCost");
        }
        if (fires("eupc-direct-award: a public contract is possible, the emergency-services exclusion may apply",
                possible && civilProtection)) {
            out.warn(ctx("eupc-direct-award: a public contract is possible, the emergency-services exclusion may apply"),
                    "civil-protection-exclusion", "conclusion.eupc-aggregate", "legal.civilProtectionByNonProfit");
        }
        if (fires("eupc-direct-award: not a public contract", agg != null && !possible)) {
            out.info(ctx("eupc-direct-award: not a public contract"), "not-needed", "conclusion.eupc-aggregate");
        }

        // as the engine does after the rules: a criterion no rule reported is not assessable
        List<Finding> findings = new ArrayList<>(out.findings());
        for (var e : criteria.entrySet()) {
            if (findings.stream().noneMatch(f -> f.criterionId().equals(e.getKey()))) {
                findings.add(new Finding(ID, e.getKey(), Outcome.NOT_ASSESSABLE, e.getValue(), "",
                        new LocalizedText("Ingen regel gav utslag för kriteriet; bedömningen kan inte göras med de fakta som finns.",
                                "No rule produced a result for this criterion; it cannot be assessed with the facts given."),
                        List.of(), List.of(new Citation("", def.info().title(), "")), "(no rule fired)", false));
            }
        }
        ParameterValue share = params.get(Verdict.MAX_FAILED_INDICATOR_SHARE);
        BigDecimal max = share == null ? Verdict.DEFAULT_MAX_FAILED_INDICATOR_SHARE : share.value();
        return new Result(List.copyOf(findings), Verdict.of(findings, max));
    }

    private boolean fires(String rule, boolean condition) {
        if (collectRuleNames) {
            used.add(rule);
            return false;
        }
        return condition;
    }

    private void ind(Findings out, String rule, boolean condition, String direction, String strength, String key,
            String... paths) {
        if (fires(rule, condition)) {
            out.indicate(ctx(rule), direction, strength, key, paths);
        }
    }

    private void decide(Findings out, String rule, List<Indication> indications, String... guards) {
        if (fires(rule, true)) {
            out.decide(ctx(rule), indications, guards);
        }
    }

    private RuleContext ctx(String rule) {
        RuleContext c = rules.get(rule);
        if (c == null) {
            throw new IllegalStateException("no rule \"" + rule + "\" in " + def.info().ref());
        }
        return c;
    }

    private static boolean has(Set<PaymentModel> models, PaymentModel m) {
        return models != null && models.contains(m);
    }

    private static boolean any(Set<SanctionClause> s, SanctionClause a, SanctionClause b) {
        return s != null && (s.contains(a) || s.contains(b));
    }

    /** The rule context the DSL reads: only the rule (its name and metadata). */
    private static RuleContext context(Rule rule) {
        return (RuleContext) Proxy.newProxyInstance(EuPublicContractTwin.class.getClassLoader(),
                new Class<?>[] {RuleContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getRule" -> rule;
                    case "toString" -> "twin of " + rule.getName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("the twin's rule context has no " + m.getName());
                });
    }

    /** Where the DSL inserts indications and conclusions; nothing else of a session is used. */
    private static KieSession sink(List<Indication> indications, List<Conclusion> conclusions) {
        return (KieSession) Proxy.newProxyInstance(EuPublicContractTwin.class.getClassLoader(),
                new Class<?>[] {KieSession.class}, (proxy, m, args) -> {
                    if (m.getName().equals("insert") && args.length == 1) {
                        if (args[0] instanceof Indication i) {
                            indications.add(i);
                        } else if (args[0] instanceof Conclusion c) {
                            conclusions.add(c);
                        }
                        return null;
                    }
                    throw new UnsupportedOperationException("the twin's session has no " + m.getName());
                });
    }

    /** @return the rule names the twin implements */
    public Set<String> ruleNames() {
        return new LinkedHashSet<>(used);
    }
}
