package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.Indicator;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Likelihood;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.AwardRoute;
import se.ioprules.api.facts.Contribution;
import se.ioprules.api.facts.ContributionKind;
import se.ioprules.api.facts.EconomicNature;
import se.ioprules.api.facts.GeographicScope;
import se.ioprules.api.facts.Initiator;
import se.ioprules.api.facts.LegalContext;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Party;
import se.ioprules.api.facts.PaymentModel;
import se.ioprules.api.facts.PaymentTiming;
import se.ioprules.api.facts.RemedyOnBreach;
import se.ioprules.api.facts.Resources;
import se.ioprules.api.facts.SanctionClause;
import se.ioprules.api.facts.StateAidContext;
import se.ioprules.api.facts.TradeEffect;
import se.ioprules.api.facts.Tri;

/**
 * Properties of the two legal tests (eu-public-contract and state-aid) that the issue "decides like a lawyer" asks
 * for, checked over the generated corpus ({@link Corpus}, {@value #N} partnerships, seed {@link Corpus#SEED}), a
 * second corpus of {@value #N_EXTRA} partnerships (seed {@value #EXTRA_SEED}) and every partnership of the golden
 * scenarios ({@code <rule-set-id>/tests/} in this module), and over variants of each made by changing
 * one fact. Only the two legal rule sets are evaluated (their newest versions, named, so that every as-of date can be
 * evaluated). UNLIKELY is the dangerous answer ("not a public contract",
 * "not state aid"): it may rest only on what is recorded, never on what is not.
 *
 * <ol type="a">
 *   <li><b>Unknown is not pass.</b> Making any one recorded fact unknown (a tri-state UNKNOWN; an enum, number, date,
 *       text, set (even an empty one) or nested group absent; the contribution lists absent; the parties absent) never turns
 *       NOT_ASSESSABLE or LIKELY into UNLIKELY, for either question ({@link #makingAFactUnknownNeverTurnsAnAssessmentIntoUnlikely}),
 *       and, on the level of the indicators, never raises a strong or decisive indicator against an element, nor makes
 *       the de minimis exemption apply ({@link #makingAFactUnknownNeverRaisesEvidenceAgainst}).</li>
 *   <li><b>More evidence for, never less likely.</b> Adding a fact that points towards a public contract (see
 *       {@link #TOWARDS_CONTRACT}) never turns a public-contract assessment that was not UNLIKELY into UNLIKELY; adding
 *       one that points towards state aid ({@link #TOWARDS_STATE_AID}) likewise for state aid
 *       ({@link #addingEvidenceTowardsNeverTurnsAnAssessmentIntoUnlikely}). "Adding" sets a fact that was unknown, or
 *       adds a member to a set; a recorded value is never overwritten. {@link #addingEvidenceTowardsNeverLowersTheAssessment}
 *       checks the stronger form: LIKELY never becomes NOT_ASSESSABLE either.</li>
 *   <li><b>No decision without the decisive facts.</b> With every decisive fact of a test unknown, that test is never
 *       UNLIKELY ({@link #withTheDecisiveFactsUnknownNothingIsUnlikely}). The decisive facts of a test are the facts
 *       its strong or decisive indicator rules read in their conditions (from public-contract.drl and state-aid.drl;
 *       see {@link #DECISIVE_PUBLIC_CONTRACT} and {@link #DECISIVE_STATE_AID}). If a new strong indicator reads another
 *       fact, this property fails until the list names it: the list is the documented reading.</li>
 * </ol>
 *
 * Failures name the input ({@code corpus <seed>/<i>}: {@code Corpus.partnership(seed, i)}, or the scenario file), the
 * fact changed and, for the element that moved, the indicators before and after, so the responsible rule can be
 * found. The full list is written to {@code target/legal-property-violations.txt}.
 */
class LegalAssessmentPropertiesTest {
    static final int N = 150;
    static final int N_EXTRA = 50;
    static final long EXTRA_SEED = 9_090_917L;
    private static final String PC = "eu-public-contract";
    private static final String SA = "state-aid";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Path SCENARIOS = Path.of("src/main/resources/iop-rules/rulesets");
    private static final int SHOWN = 12;

    /**
     * The facts the strong or decisive indicators of eu-public-contract read (2019.1), by element: eupc-1 the parties
     * (one party; no public party); eupc-2 agreementSigned, instrument, awardRoute; eupc-3
     * acquisitionForAuthorityOwnNeed, needPredefinedByAuthority, commissionedByPublic, publicPartyLegallyResponsible,
     * ownActivityPreExisting (and instrument/awardRoute: procured); eupc-4 supplierSelectedByAuthority,
     * openToAllMeetingConditions, awardRoute; eupc-5 directEconomicInterest, paymentModel, otherPaymentModels,
     * fixedPricePerUnit, paymentTiming, counterPerformanceExpected, and the contributions with whether each party's list
     * is complete (nothing given in return, C-367/19); eupc-6 authorityCanEnforcePerformance,
     * remedyOnBreach, sanctionClauses.
     */
    static final List<String> DECISIVE_PUBLIC_CONTRACT = List.of("parties", "agreement.agreementSigned",
            "agreement.instrument", "legal.awardRoute", "legal.acquisitionForAuthorityOwnNeed",
            "legal.needPredefinedByAuthority", "agreement.commissionedByPublic", "legal.publicPartyLegallyResponsible",
            "legal.ownActivityPreExisting", "legal.supplierSelectedByAuthority", "legal.openToAllMeetingConditions",
            "legal.directEconomicInterest", "resources.paymentModel", "resources.otherPaymentModels",
            "resources.fixedPricePerUnit", "resources.paymentTiming", "agreement.counterPerformanceExpected",
            "agreement.authorityCanEnforcePerformance", "agreement.remedyOnBreach", "agreement.sanctionClauses",
            "resources.contributions", "parties[].contributionsComplete");

    /**
     * The facts the strong or decisive indicators of state-aid read (2009.1), and the facts that decide the de minimis
     * exemption (which alone can make the aggregate NOT_STATE_AID): sa-1 the contributions and whether each party's
     * list is complete, instrument (a grant decision); sa-2 activityEconomicNature, solidarityBasedScheme (C-262/18 P),
     * marketExists, serviceProcuredElsewhere, comparableProvidersCount; sa-3 selective, marketTermsApplied, compensationAboveCost;
     * sa-4 competitorsExist and the market facts of sa-2; sa-5 tradeEffect, geographicScope and the Commission's two
     * local-impact questions (customersFromOtherMemberStates, crossBorderInvestmentEffect); de minimis
     * grantedAsDeMinimis, otherDeMinimisChecked, aidAmountEur3y, sgeiEntrusted.
     */
    static final List<String> DECISIVE_STATE_AID = List.of("resources.contributions", "parties[].contributionsComplete",
            "agreement.instrument", "stateAid.activityEconomicNature", "stateAid.solidarityBasedScheme", "legal.marketExists",
            "legal.serviceProcuredElsewhere", "legal.comparableProvidersCount", "stateAid.selective",
            "stateAid.marketTermsApplied", "stateAid.compensationAboveCost", "stateAid.competitorsExist",
            "stateAid.tradeEffect", "governance.geographicScope", "stateAid.customersFromOtherMemberStates",
            "stateAid.crossBorderInvestmentEffect", "stateAid.grantedAsDeMinimis",
            "stateAid.otherDeMinimisChecked", "stateAid.aidAmountEur3y", "stateAid.sgeiEntrusted");

    /** A change of one fact, named by its path. */
    record Change(String name, UnaryOperator<Partnership> apply) {
    }

    /** Facts that point towards a public contract (S3 §4.4.2–4.4.5, SWD(2013)53 s. 105, S4 s. 27–28), each added only where unknown. */
    static final List<Change> TOWARDS_CONTRACT = List.of(
            sanction(SanctionClause.VITE), sanction(SanctionClause.SKADESTAND), sanction(SanctionClause.PRICE_REDUCTION),
            sanction(SanctionClause.WITHHOLD_PAYMENT),
            new Change("resources.otherPaymentModels+PRICE_PER_UNIT", p -> p.resources().otherPaymentModels() != null
                    && p.resources().otherPaymentModels().contains(PaymentModel.PRICE_PER_UNIT) ? p : Fixtures.resources(p, b -> b.otherPaymentModels(
                            plus(p.resources().otherPaymentModels(), PaymentModel.PRICE_PER_UNIT)))),
            new Change("resources.paymentModel=PRICE_PER_UNIT", p -> p.resources().paymentModel() != null ? p
                    : Fixtures.resources(p, b -> b.paymentModel(PaymentModel.PRICE_PER_UNIT))),
            new Change("resources.fixedPricePerUnit=TRUE", p -> p.resources().fixedPricePerUnit() != Tri.UNKNOWN ? p
                    : Fixtures.resources(p, b -> b.fixedPricePerUnit(Tri.TRUE))),
            new Change("resources.paymentTiming=IN_ARREARS_PER_DELIVERY", p -> p.resources().paymentTiming() != null ? p
                    : Fixtures.resources(p, b -> b.paymentTiming(PaymentTiming.IN_ARREARS_PER_DELIVERY))),
            new Change("resources.activityExclusivelyDependentOnPublicFunding=TRUE", p ->
                    p.resources().activityExclusivelyDependentOnPublicFunding() != Tri.UNKNOWN ? p
                    : Fixtures.resources(p, b -> b.activityExclusivelyDependentOnPublicFunding(Tri.TRUE))),
            agreementTri("authorityCanEnforcePerformance", Agreement::authorityCanEnforcePerformance,
                    (b, v) -> b.authorityCanEnforcePerformance(v)),
            agreementTri("counterPerformanceExpected", Agreement::counterPerformanceExpected, (b, v) -> b.counterPerformanceExpected(v)),
            agreementTri("commissionedByPublic", Agreement::commissionedByPublic, (b, v) -> b.commissionedByPublic(v)),
            agreementTri("volumeCommitments", Agreement::volumeCommitments, (b, v) -> b.volumeCommitments(v)),
            agreementTri("unilateralPublicInstructionRight", Agreement::unilateralPublicInstructionRight,
                    (b, v) -> b.unilateralPublicInstructionRight(v)),
            new Change("agreement.remedyOnBreach=DAMAGES", p -> p.agreement().remedyOnBreach() != null ? p
                    : Fixtures.agreement(p, b -> b.remedyOnBreach(RemedyOnBreach.DAMAGES))),
            legalTri("needPredefinedByAuthority", LegalContext::needPredefinedByAuthority, (b, v) -> b.needPredefinedByAuthority(v)),
            legalTri("acquisitionForAuthorityOwnNeed", LegalContext::acquisitionForAuthorityOwnNeed,
                    (b, v) -> b.acquisitionForAuthorityOwnNeed(v)),
            legalTri("directEconomicInterest", LegalContext::directEconomicInterest, (b, v) -> b.directEconomicInterest(v)),
            legalTri("supplierSelectedByAuthority", LegalContext::supplierSelectedByAuthority,
                    (b, v) -> b.supplierSelectedByAuthority(v)),
            legalTri("publicPartyLegallyResponsible", LegalContext::publicPartyLegallyResponsible,
                    (b, v) -> b.publicPartyLegallyResponsible(v)),
            legalTri("serviceProcuredElsewhere", LegalContext::serviceProcuredElsewhere, (b, v) -> b.serviceProcuredElsewhere(v)),
            new Change("initiative.activityDefinedBy=PUBLIC", p -> p.initiative().activityDefinedBy() != null ? p
                    : Fixtures.initiative(p, b -> b.activityDefinedBy(Initiator.PUBLIC))),
            new Change("initiative.initiatedBy=PUBLIC", p -> p.initiative().initiatedBy() != null ? p
                    : Fixtures.initiative(p, b -> b.initiatedBy(Initiator.PUBLIC))));

    /** Facts that point towards state aid (art. 107(1) TFEU; S4 s. 29), each added only where unknown. */
    static final List<Change> TOWARDS_STATE_AID = List.of(
            new Change("stateAid.activityEconomicNature=ECONOMIC", p -> p.stateAid().activityEconomicNature() != null ? p
                    : Fixtures.stateAid(p, b -> b.activityEconomicNature(EconomicNature.ECONOMIC))),
            new Change("stateAid.tradeEffect=LIKELY", p -> p.stateAid().tradeEffect() != null ? p
                    : Fixtures.stateAid(p, b -> b.tradeEffect(TradeEffect.LIKELY))),
            new Change("stateAid.tradeEffect=POSSIBLE", p -> p.stateAid().tradeEffect() != null ? p
                    : Fixtures.stateAid(p, b -> b.tradeEffect(TradeEffect.POSSIBLE))),
            stateAidTri("selective", StateAidContext::selective, (b, v) -> b.selective(v), Tri.TRUE),
            stateAidTri("compensationAboveCost", StateAidContext::compensationAboveCost, (b, v) -> b.compensationAboveCost(v), Tri.TRUE),
            stateAidTri("marketTermsApplied", StateAidContext::marketTermsApplied, (b, v) -> b.marketTermsApplied(v), Tri.FALSE),
            stateAidTri("competitorsExist", StateAidContext::competitorsExist, (b, v) -> b.competitorsExist(v), Tri.TRUE),
            stateAidTri("customersFromOtherMemberStates", StateAidContext::customersFromOtherMemberStates,
                    (b, v) -> b.customersFromOtherMemberStates(v), Tri.TRUE),
            stateAidTri("crossBorderInvestmentEffect", StateAidContext::crossBorderInvestmentEffect,
                    (b, v) -> b.crossBorderInvestmentEffect(v), Tri.TRUE),
            stateAidTri("grantedAsDeMinimis", StateAidContext::grantedAsDeMinimis, (b, v) -> b.grantedAsDeMinimis(v), Tri.FALSE),
            stateAidTri("solidarityBasedScheme", StateAidContext::solidarityBasedScheme, (b, v) -> b.solidarityBasedScheme(v),
                    Tri.FALSE),
            new Change("stateAid.aidAmountEur3y=5000000", p -> p.stateAid().aidAmountEur3y() != null ? p
                    : Fixtures.stateAid(p, b -> b.aidAmountEur3y(BigDecimal.valueOf(5_000_000)))),
            legalTri("marketExists", LegalContext::marketExists, (b, v) -> b.marketExists(v)),
            legalTri("serviceProcuredElsewhere", LegalContext::serviceProcuredElsewhere, (b, v) -> b.serviceProcuredElsewhere(v)),
            new Change("legal.comparableProvidersCount=3", p -> p.legal().comparableProvidersCount() != null ? p
                    : Fixtures.legal(p, b -> b.comparableProvidersCount(3))),
            new Change("governance.geographicScope=CROSS_BORDER", p -> p.governance().geographicScope() != null ? p
                    : Fixtures.governance(p, b -> b.geographicScope(GeographicScope.CROSS_BORDER))),
            new Change("resources.contributions+public money", LegalAssessmentPropertiesTest::addPublicMoney));

    /** One input: a partnership, its as-of date and how to reproduce it. */
    record Case(String id, Partnership p, LocalDate asOf) {
    }

    /** What the two legal tests said: the likelihoods and every finding by criterion id. */
    record Legal(Likelihood pc, Likelihood sa, Map<String, Finding> findings) {
        Likelihood of(String question) {
            return question.equals(PC) ? pc : sa;
        }
    }

    private static IopRulesEngine engine;
    /** The newest version of each legal rule set, named explicitly so that any as-of date can be evaluated. */
    private static String[] refs;
    private static List<Case> cases;
    private static final Map<String, Legal> originals = new LinkedHashMap<>();
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        engine = IopRules.engine(EngineOptions.DEFAULT.withClock(Clock.fixed(
                TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        refs = Stream.of(PC, SA).map(id -> id + "@" + engine.ruleSets().stream().filter(i -> i.id().equals(id))
                .max(java.util.Comparator.comparing(se.ioprules.api.RuleSetInfo::effectiveFrom)).orElseThrow().version())
                .toArray(String[]::new);
        cases = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            cases.add(new Case("corpus " + Corpus.SEED + "/" + i, Corpus.partnership(Corpus.SEED, i), Corpus.asOf(Corpus.SEED, i)));
        }
        for (int i = 0; i < N_EXTRA; i++) {
            cases.add(new Case("corpus " + EXTRA_SEED + "/" + i, Corpus.partnership(EXTRA_SEED, i), Corpus.asOf(EXTRA_SEED, i)));
        }
        cases.addAll(scenarios());
        for (Case c : cases) {
            originals.put(c.id(), legal(c, c.p()));
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        engine.close();
        Path out = Path.of("target", "legal-property-violations.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
    }

    /** Every golden scenario's partnership (any rule set's folder), as one more input with the scenario's as-of date. */
    private static List<Case> scenarios() throws IOException {
        List<Case> out = new ArrayList<>();
        if (!Files.isDirectory(SCENARIOS)) {
            throw new IllegalStateException("golden scenarios not found at " + SCENARIOS.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(SCENARIOS)) {
            files = s.filter(f -> f.toString().endsWith(".scenario.json")).sorted().toList();
        }
        for (Path f : files) {
            // Scenario.read resolves a shared partnership (partnershipFile) and its override.
            se.ioprules.authoring.Scenario sc = se.ioprules.authoring.Scenario.read(f);
            out.add(new Case("scenario " + SCENARIOS.relativize(f), sc.partnership(), sc.asOf()));
        }
        return out;
    }

    // ---- (a) unknown is not pass ------------------------------------------------------------------------------

    @Test
    void makingAFactUnknownNeverTurnsAnAssessmentIntoUnlikely() {
        Checked u = unknownVariants();
        check("(a) making one recorded fact unknown turned an assessment into UNLIKELY", u.toUnlikely(), u.variants());
    }

    @Test
    void makingAFactUnknownNeverRaisesEvidenceAgainst() {
        Checked u = unknownVariants();
        check("(a) making one recorded fact unknown raised a strong or decisive indicator against an element", u.newAgainst(),
                u.variants());
    }

    /** The violations of both (a) properties, found in one pass over every variant. */
    record Checked(int variants, List<String> toUnlikely, List<String> newAgainst) {
    }

    private static Checked unknownChecked;

    private static synchronized Checked unknownVariants() {
        if (unknownChecked != null) {
            return unknownChecked;
        }
        List<String> toUnlikely = new ArrayList<>();
        List<String> newAgainst = new ArrayList<>();
        int variants = 0;
        for (Case c : cases) {
            Legal before = originals.get(c.id());
            for (Map.Entry<String, Partnership> v : unknowns(c.p()).entrySet()) {
                variants++;
                Legal after = legal(c, v.getValue());
                for (String q : List.of(PC, SA)) {
                    if (before.of(q) != Likelihood.UNLIKELY && after.of(q) == Likelihood.UNLIKELY) {
                        toUnlikely.add("[" + kind(q, before, after) + "] " + c.id() + ": " + v.getKey() + " made unknown: "
                                + q + " " + before.of(q) + " -> UNLIKELY; " + moved(q, before, after));
                    }
                }
                for (Map.Entry<String, Finding> e : after.findings().entrySet()) {
                    Set<String> was = against(before.findings().get(e.getKey()));
                    for (String a : against(e.getValue())) {
                        if (!was.contains(a)) {
                            newAgainst.add(c.id() + ": " + v.getKey() + " made unknown raised " + e.getKey() + " -" + a
                                    + "; before: " + indicators(before.findings().get(e.getKey())));
                        }
                    }
                }
                String dmBefore = conclusion(before, "sa-de-minimis");
                if (dmBefore != null && !dmBefore.equals("APPLIES") && !dmBefore.equals("NOT_NEEDED")
                        && "APPLIES".equals(conclusion(after, "sa-de-minimis"))) {
                    // NOT_NEEDED before: an element was not met and the exemption was never looked at
                    newAgainst.add(c.id() + ": " + v.getKey() + " made unknown made the de minimis exemption apply ("
                            + dmBefore + " before)");
                }
            }
        }
        unknownChecked = new Checked(variants, toUnlikely, newAgainst);
        return unknownChecked;
    }

    // ---- (b) more evidence for, never less likely -------------------------------------------------------------

    @Test
    void addingEvidenceTowardsNeverTurnsAnAssessmentIntoUnlikely() {
        List<String> violations = new ArrayList<>();
        int variants = forEachAddition((c, q, change, before, after) -> {
            if (before.of(q) != Likelihood.UNLIKELY && after.of(q) == Likelihood.UNLIKELY) {
                violations.add(c.id() + ": adding " + change + ": " + q + " " + before.of(q) + " -> UNLIKELY; "
                        + moved(q, before, after));
            }
        });
        check("(b) adding a fact towards a public contract / state aid turned the assessment into UNLIKELY", violations, variants);
    }

    @Test
    void addingEvidenceTowardsNeverLowersTheAssessment() {
        List<String> violations = new ArrayList<>();
        int variants = forEachAddition((c, q, change, before, after) -> {
            if (rank(after.of(q)) < rank(before.of(q))) {
                violations.add(c.id() + ": adding " + change + ": " + q + " " + before.of(q) + " -> " + after.of(q)
                        + "; " + moved(q, before, after));
            }
        });
        check("(b) adding a fact towards a public contract / state aid lowered the assessment", violations, variants);
    }

    interface AdditionCheck {
        void check(Case c, String question, String change, Legal before, Legal after);
    }

    private static int forEachAddition(AdditionCheck check) {
        int variants = 0;
        for (Case c : cases) {
            Legal before = originals.get(c.id());
            for (String q : List.of(PC, SA)) {
                for (Change ch : q.equals(PC) ? TOWARDS_CONTRACT : TOWARDS_STATE_AID) {
                    Partnership v = ch.apply().apply(c.p());
                    if (v.equals(c.p()) || !PartnershipValidator.validate(v).isEmpty()) {
                        continue;
                    }
                    variants++;
                    check.check(c, q, ch.name(), before, legal(c, v));
                }
            }
        }
        return variants;
    }

    // ---- (c) no decision without the decisive facts -----------------------------------------------------------

    @Test
    void withTheDecisiveFactsUnknownNothingIsUnlikely() {
        List<String> violations = new ArrayList<>();
        int variants = 0;
        for (Case c : cases) {
            Partnership pc = withoutDecisivePublicContractFacts(c.p());
            Partnership sa = withoutDecisiveStateAidFacts(c.p());
            variants += 2;
            Legal a = legal(c, pc);
            if (a.pc() == Likelihood.UNLIKELY) {
                violations.add(c.id() + ": public contract UNLIKELY with " + DECISIVE_PUBLIC_CONTRACT + " unknown; "
                        + moved(PC, originals.get(c.id()), a));
            }
            Legal b = legal(c, sa);
            if (b.sa() == Likelihood.UNLIKELY) {
                violations.add(c.id() + ": state aid UNLIKELY with " + DECISIVE_STATE_AID + " unknown; "
                        + moved(SA, originals.get(c.id()), b));
            }
        }
        check("(c) UNLIKELY although every decisive fact of the test is unknown", violations, variants);
    }

    @Test
    void theCorpusReachesEveryAssessment() {
        // the properties above say little if the inputs never reach UNLIKELY or LIKELY
        Map<String, Long> seen = new TreeMap<>();
        for (Legal l : originals.values()) {
            seen.merge("publicContract " + l.pc(), 1L, Long::sum);
            seen.merge("stateAid " + l.sa(), 1L, Long::sum);
        }
        report.add("== assessments of the " + originals.size() + " inputs: " + seen);
        for (String q : List.of("publicContract", "stateAid")) {
            for (Likelihood l : Likelihood.values()) {
                assertTrue(seen.getOrDefault(q + " " + l, 0L) > 0, () -> "no input gives " + q + " " + l + ": " + seen);
            }
        }
    }

    static Partnership withoutDecisivePublicContractFacts(Partnership p) {
        return p.toBuilder().parties(List.of())
                .resources(p.resources().toBuilder().contributions(List.of()).paymentModel(null)
                        .otherPaymentModels((Set<PaymentModel>) null).fixedPricePerUnit(Tri.UNKNOWN).paymentTiming(null).build())
                .agreement(p.agreement().toBuilder().agreementSigned(Tri.UNKNOWN).instrument(null)
                        .commissionedByPublic(Tri.UNKNOWN).counterPerformanceExpected(Tri.UNKNOWN)
                        .authorityCanEnforcePerformance(Tri.UNKNOWN).remedyOnBreach(null).sanctionClauses((Set<SanctionClause>) null).build())
                .legal(p.legal().toBuilder().awardRoute(null).acquisitionForAuthorityOwnNeed(Tri.UNKNOWN)
                        .needPredefinedByAuthority(Tri.UNKNOWN).publicPartyLegallyResponsible(Tri.UNKNOWN)
                        .ownActivityPreExisting(Tri.UNKNOWN).supplierSelectedByAuthority(Tri.UNKNOWN)
                        .openToAllMeetingConditions(Tri.UNKNOWN).directEconomicInterest(Tri.UNKNOWN).build())
                .build();
    }

    static Partnership withoutDecisiveStateAidFacts(Partnership p) {
        return p.toBuilder()
                .parties(p.parties().stream().map(x -> x.toBuilder().contributionsComplete(Tri.UNKNOWN).build()).toList())
                .resources(p.resources().toBuilder().contributions(List.of()).build())
                .agreement(p.agreement().toBuilder().instrument(null).build())
                .legal(p.legal().toBuilder().marketExists(Tri.UNKNOWN).serviceProcuredElsewhere(Tri.UNKNOWN)
                        .comparableProvidersCount(null).build())
                .governance(p.governance().toBuilder().geographicScope(null).build())
                .stateAid(p.stateAid().toBuilder().activityEconomicNature(null).solidarityBasedScheme(Tri.UNKNOWN).selective(Tri.UNKNOWN)
                        .marketTermsApplied(Tri.UNKNOWN).compensationAboveCost(Tri.UNKNOWN).competitorsExist(Tri.UNKNOWN)
                        .tradeEffect(null).customersFromOtherMemberStates(Tri.UNKNOWN)
                        .crossBorderInvestmentEffect(Tri.UNKNOWN).grantedAsDeMinimis(Tri.UNKNOWN).otherDeMinimisChecked(Tri.UNKNOWN)
                        .aidAmountEur3y(null).sgeiEntrusted(Tri.UNKNOWN).build())
                .build();
    }

    // ---- making one fact unknown ------------------------------------------------------------------------------

    /**
     * Every valid variant of p with exactly one recorded fact made unknown, by the fact's path. The contribution lists
     * are made unknown together with every party's "list complete" (an emptied list still stated complete would be a
     * new fact, "nothing contributed", not an unknown one).
     */
    static Map<String, Partnership> unknowns(Partnership p) {
        Map<String, Partnership> out = new LinkedHashMap<>();
        RecordComponent[] rcs = Partnership.class.getRecordComponents();
        for (int k = 0; k < rcs.length; k++) {
            String name = rcs[k].getName();
            Object v = get(p, rcs[k]);
            switch (name) {
                case "id", "factSources" -> {
                }
                case "parties" -> {
                    if (!p.parties().isEmpty()) {
                        out.put("parties", p.toBuilder().parties(List.of())
                                .resources(p.resources().toBuilder().contributions(List.of()).build()).build());
                    }
                    for (int i = 0; i < p.parties().size(); i++) {
                        Party party = p.parties().get(i);
                        int at = i;
                        for (Map.Entry<String, Object> e : unknowns("parties[" + party.id() + "]", party).entrySet()) {
                            if (!e.getKey().endsWith(".id") && !e.getKey().endsWith(".sector")) {
                                List<Party> ps = new ArrayList<>(p.parties());
                                ps.set(at, (Party) e.getValue());
                                out.put(e.getKey(), p.toBuilder().parties(ps).build());
                            }
                        }
                    }
                }
                case "resources" -> {
                    Resources r = p.resources();
                    for (Map.Entry<String, Object> e : unknowns("resources", r).entrySet()) {
                        out.put(e.getKey(), p.toBuilder().resources((Resources) e.getValue()).build());
                    }
                    if (!r.contributions().isEmpty()) {
                        out.put("resources.contributions", p.toBuilder()
                                .parties(p.parties().stream().map(x -> x.toBuilder().contributionsComplete(Tri.UNKNOWN).build()).toList())
                                .resources(r.toBuilder().contributions(List.of()).build()).build());
                    }
                    for (int i = 0; i < r.contributions().size(); i++) {
                        int at = i;
                        for (Map.Entry<String, Object> e : unknowns("resources.contributions[" + i + "]", r.contributions().get(i)).entrySet()) {
                            if (!e.getKey().endsWith(".partyId") && !e.getKey().endsWith(".kind")) {
                                List<Contribution> cs = new ArrayList<>(r.contributions());
                                cs.set(at, (Contribution) e.getValue());
                                out.put(e.getKey(), p.toBuilder().resources(r.toBuilder().contributions(cs).build()).build());
                            }
                        }
                    }
                }
                default -> {
                    if (v instanceof Record group) {
                        for (Map.Entry<String, Object> e : unknowns(name, group).entrySet()) {
                            out.put(e.getKey(), copy(p, k, e.getValue()));
                        }
                    } else if (recorded(v)) {
                        out.put(name, copy(p, k, unknownValue(rcs[k].getType())));
                    }
                }
            }
        }
        out.values().removeIf(v -> v.equals(p) || !PartnershipValidator.validate(v).isEmpty());
        return out;
    }

    /** Every copy of a fact record with one recorded fact made unknown (nested groups too, and each whole). */
    private static Map<String, Object> unknowns(String path, Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        RecordComponent[] rcs = r.getClass().getRecordComponents();
        for (int k = 0; k < rcs.length; k++) {
            Object v = get(r, rcs[k]);
            Class<?> type = rcs[k].getType();
            if (type.isPrimitive() || List.class.isAssignableFrom(type) || !recorded(v)) {
                continue; // lists (contributions) are handled by the caller
            }
            String p = path + "." + rcs[k].getName();
            Object copy = copy(r, k, unknownValue(type));
            if (!copy.equals(r)) {
                out.put(p, copy);
            }
            if (v instanceof Record nested) {
                for (Map.Entry<String, Object> e : unknowns(p, nested).entrySet()) {
                    out.put(e.getKey(), copy(r, k, e.getValue()));
                }
            }
        }
        return out;
    }

    private static boolean recorded(Object v) {
        // an empty set is recorded ("none"); absent (null) is unknown
        return v != null && v != Tri.UNKNOWN && !(v instanceof String s && s.isEmpty());
    }

    private static Object unknownValue(Class<?> type) {
        return type == Tri.class ? Tri.UNKNOWN : null;
    }

    /** A record component's value (test helper, also used by {@link UnknownIsNotDecidedTest}). */
    static Object get(Record r, RecordComponent rc) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the record with one component replaced (also used by {@link UnknownIsNotDecidedTest}). */
    @SuppressWarnings("unchecked")
    static <R extends Record> R copy(R r, int index, Object value) {
        RecordComponent[] rcs = r.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int k = 0; k < rcs.length; k++) {
            types[k] = rcs[k].getType();
            args[k] = k == index ? value : get(r, rcs[k]);
        }
        try {
            Constructor<?> c = r.getClass().getDeclaredConstructor(types);
            return (R) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + r.getClass().getName(), e);
        }
    }

    // ---- adding a fact towards ---------------------------------------------------------------------------------

    private static Change sanction(SanctionClause s) {
        return new Change("agreement.sanctionClauses+" + s, p -> p.agreement().sanctionClauses() != null
                && p.agreement().sanctionClauses().contains(s) ? p
                : Fixtures.agreement(p, b -> b.sanctionClauses(plus(p.agreement().sanctionClauses(), s))));
    }

    private static Change agreementTri(String field, java.util.function.Function<Agreement, Tri> get,
            java.util.function.BiFunction<Agreement.Builder, Tri, Agreement.Builder> set) {
        return new Change("agreement." + field + "=TRUE", p -> get.apply(p.agreement()) != Tri.UNKNOWN ? p
                : Fixtures.agreement(p, b -> set.apply(b, Tri.TRUE)));
    }

    private static Change legalTri(String field, java.util.function.Function<LegalContext, Tri> get,
            java.util.function.BiFunction<LegalContext.Builder, Tri, LegalContext.Builder> set) {
        return new Change("legal." + field + "=TRUE", p -> get.apply(p.legal()) != Tri.UNKNOWN ? p
                : Fixtures.legal(p, b -> set.apply(b, Tri.TRUE)));
    }

    private static Change stateAidTri(String field, java.util.function.Function<StateAidContext, Tri> get,
            java.util.function.BiFunction<StateAidContext.Builder, Tri, StateAidContext.Builder> set, Tri value) {
        return new Change("stateAid." + field + "=" + value, p -> get.apply(p.stateAid()) != Tri.UNKNOWN ? p
                : Fixtures.stateAid(p, b -> set.apply(b, value)));
    }

    /** A money contribution from the first public party (none without one). */
    private static Partnership addPublicMoney(Partnership p) {
        for (Party party : p.parties()) {
            if (party.sector().isPublic()) {
                List<Contribution> cs = new ArrayList<>(p.resources().contributions());
                cs.add(Contribution.builder().partyId(party.id()).kind(ContributionKind.MONEY)
                        .valueSek(BigDecimal.valueOf(100_000)).build());
                return Fixtures.resources(p, b -> b.contributions(cs));
            }
        }
        return p;
    }

    private static <E extends Enum<E>> Set<E> plus(Set<E> set, E e) {
        Set<E> out = set == null || set.isEmpty() ? EnumSet.of(e) : EnumSet.copyOf(set);
        out.add(e);
        return out;
    }

    // ---- evaluation and diagnosis ------------------------------------------------------------------------------

    private static Legal legal(Case c, Partnership p) {
        Evaluation e = engine.evaluate(p, EvaluationRequest.builder().asOf(c.asOf()).ruleSets(refs).build());
        Map<String, Finding> fs = new LinkedHashMap<>();
        for (RuleSetResult r : e.ruleSets()) {
            for (Finding f : r.findings()) {
                fs.put(f.criterionId(), f);
            }
        }
        return new Legal(e.assessment().publicContract(), e.assessment().stateAid(), fs);
    }

    private static String conclusion(Legal l, String criterion) {
        Finding f = l.findings().get(criterion);
        return f == null ? null : f.conclusion();
    }

    /** The strong or decisive indicators against an element, as "id/STRENGTH" (weaker ones of the same id included). */
    private static Set<String> against(Finding f) {
        Set<String> out = new java.util.TreeSet<>();
        if (f == null) {
            return out;
        }
        for (Indicator i : f.indicators()) {
            if (i.direction() == Indicator.Direction.AGAINST && i.strength() != Indicator.Strength.WEAK) {
                out.add(i.id() + "/" + i.strength());
                if (i.strength() == Indicator.Strength.DECISIVE) {
                    out.add(i.id() + "/" + Indicator.Strength.STRONG);
                }
            }
        }
        return out;
    }

    private static String indicators(Finding f) {
        if (f == null) {
            return "(no finding)";
        }
        return f.conclusion() + " " + f.indicators().stream()
                .map(i -> (i.direction() == Indicator.Direction.TOWARDS ? "+" : "-") + i.id() + "/" + i.strength())
                .collect(Collectors.joining(" ", "[", "]"));
    }

    /** The elements of the question whose conclusion changed, with their indicators before and after. */
    private static String moved(String q, Legal before, Legal after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Finding> e : after.findings().entrySet()) {
            String id = e.getKey();
            boolean mine = q.equals(PC) ? id.startsWith("eupc-") : id.startsWith("sa-");
            if (!mine || id.endsWith("aggregate") || id.equals("eupc-direct-award")) {
                continue;
            }
            String was = conclusion(before, id);
            if (!java.util.Objects.equals(was, e.getValue().conclusion())) {
                out.add(id + ": " + indicators(before.findings().get(id)) + " -> " + indicators(e.getValue()));
            }
        }
        return out.isEmpty() ? "no element moved" : String.join("; ", out);
    }

    /**
     * Why an element of the question became NOT_MET: "contradiction removed" when, for every element newly NOT_MET,
     * the change only took away a strong or decisive indicator towards the element (one that had stood against a
     * strong one against, which is still there) and raised nothing against; "other" otherwise.
     */
    private static String kind(String q, Legal before, Legal after) {
        for (Map.Entry<String, Finding> e : after.findings().entrySet()) {
            String id = e.getKey();
            boolean mine = q.equals(PC) ? id.startsWith("eupc-") : id.startsWith("sa-");
            if (!mine || !"NOT_MET".equals(e.getValue().conclusion()) || "NOT_MET".equals(conclusion(before, id))) {
                continue;
            }
            Finding was = before.findings().get(id);
            boolean lostTowards = was != null && was.indicators().stream().anyMatch(i -> i.direction() == Indicator.Direction.TOWARDS
                    && i.strength() != Indicator.Strength.WEAK && e.getValue().indicators().stream()
                            .noneMatch(j -> j.id().equals(i.id()) && j.direction() == i.direction()));
            if (!lostTowards || !against(was).containsAll(against(e.getValue()))) {
                return "other";
            }
        }
        return "contradiction removed";
    }

    private static int rank(Likelihood l) {
        return switch (l) {
            case UNLIKELY -> 0;
            case NOT_ASSESSABLE -> 1;
            case LIKELY -> 2;
        };
    }

    private static void check(String what, List<String> violations, int variants) {
        report.add("== " + what + ": " + violations.size() + " of " + variants + " variants");
        report.addAll(violations);
        assertTrue(variants > 0, what + ": no variant was evaluated");
        assertTrue(violations.isEmpty(), () -> what + ": " + violations.size() + " of " + variants + " variants (all in "
                + "target/legal-property-violations.txt)\n" + violations.stream().limit(SHOWN).collect(Collectors.joining("\n")));
    }
}
