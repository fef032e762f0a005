package se.ioprules.benchmarks.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRulesException;
import se.ioprules.api.PartnershipValidator;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.AwardRoute;
import se.ioprules.api.facts.Instrument;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.RemedyOnBreach;
import se.ioprules.api.facts.Tri;
import se.ioprules.authoring.Scenario;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.fixtures.Partnerships;
import se.ioprules.json.PartnershipJson;

/**
 * Issue 13, goal 4: the hand-coded twin of eu-public-contract gives the engine's findings (outcomes, messages, facts,
 * citations, in order) and verdict over every golden scenario, the samples on several dates and random variants of
 * them; so does {@link RuleSetSession}, the engine's work for that one rule set that the benchmark times.
 */
class EuPublicContractTwinTest {
    private static final Path SCENARIOS = Path.of("../iop-rules-rulesets/src/main/resources/iop-rules/rulesets");
    private static final Path SAMPLES = Path.of("../iop-rules-samples/src/main/resources/samples");
    private static final int VARIANTS = 200;
    private static DroolsEngine engine;
    private static EuPublicContractTwin twin;
    private static RuleSetSession session;

    @BeforeAll
    static void start() {
        engine = new DroolsEngine(EngineOptions.DEFAULT);
        RuleSetInfo info = engine.ruleSets().stream().filter(i -> i.id().equals(EuPublicContractTwin.ID)).findFirst()
                .orElseThrow();
        twin = new EuPublicContractTwin(engine, info);
        session = new RuleSetSession(engine.compiled(info));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void theTwinImplementsEveryRuleOfTheRuleSet() {
        RuleSetInfo info = engine.ruleSets().stream().filter(i -> i.id().equals(EuPublicContractTwin.ID)).findFirst()
                .orElseThrow();
        java.util.Set<String> drl = new java.util.TreeSet<>();
        engine.compiled(info).kieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(r -> drl.add(r.getName())));
        assertEquals(drl, new java.util.TreeSet<>(twin.ruleNames()));
    }

    @Test
    void sameFindingsForEveryScenarioAndSample() throws IOException {
        int compared = 0;
        for (Case c : bases()) {
            compared += compare(c.p(), c.asOf(), c.name()) ? 1 : 0;
        }
        assertTrue(compared > 150, "only " + compared + " cases compared");
    }

    @Test
    void sameFindingsForRandomVariants() throws IOException {
        List<Case> bases = bases();
        Random rnd = new Random(20261205L);
        int compared = 0;
        int invalid = 0;
        for (int i = 0; i < VARIANTS; i++) {
            Case base = bases.get(rnd.nextInt(bases.size()));
            Partnership p = variant(base.p(), rnd);
            if (!PartnershipValidator.validate(p).isEmpty()) {
                invalid++;
                continue;
            }
            compared += compare(p, base.asOf(), "variant " + i + " of " + base.name()) ? 1 : 0;
        }
        assertTrue(compared > VARIANTS / 2, compared + " compared, " + invalid + " invalid variants");
    }

    private record Case(String name, Partnership p, LocalDate asOf) {
    }

    private static List<Case> bases() throws IOException {
        List<Case> out = new ArrayList<>();
        out.add(new Case("typical", Partnerships.typicalIop(), null));
        try (Stream<Path> files = Files.walk(SCENARIOS)) {
            for (Path f : files.filter(x -> x.toString().endsWith(Scenario.SUFFIX)).sorted().toList()) {
                Scenario s = Scenario.read(f);
                out.add(new Case(SCENARIOS.relativize(f).toString(), s.partnership(), s.asOf()));
            }
        }
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                Partnership p = PartnershipJson.read(Files.readString(f));
                for (LocalDate d : new LocalDate[] {null, LocalDate.of(2012, 6, 1), LocalDate.of(2025, 6, 1)}) {
                    out.add(new Case(f.getFileName() + " as of " + d, p, d));
                }
            }
        }
        return out;
    }

    /** @return true if compared, false if the engine refuses the request (e.g. no version in force) */
    private static boolean compare(Partnership p, LocalDate asOf, String name) {
        Evaluation e;
        try {
            e = engine.evaluate(p, EvaluationRequest.builder().asOf(asOf).ruleSets(EuPublicContractTwin.ID).build());
        } catch (IopRulesException ex) {
            return false;
        }
        RuleSetResult r = e.ruleSet(EuPublicContractTwin.ID).orElseThrow();
        EuPublicContractTwin.Result t = twin.evaluate(p, e.asOf());
        assertEquals(r.findings(), t.findings(), () -> name + ": " + firstDifference(r.findings(), t.findings()));
        assertEquals(r.verdict(), t.verdict(), name);
        EuPublicContractTwin.Result s = session.evaluate(p, e.asOf());
        assertEquals(r.findings(), s.findings(), name + " (one session)");
        return true;
    }

    private static String firstDifference(List<?> engine, List<?> twin) {
        for (int i = 0; i < Math.max(engine.size(), twin.size()); i++) {
            Object a = i < engine.size() ? engine.get(i) : null;
            Object b = i < twin.size() ? twin.get(i) : null;
            if (!java.util.Objects.equals(a, b)) {
                return "finding " + i + " of " + engine.size() + "/" + twin.size() + "\n engine: " + a + "\n twin:   " + b;
            }
        }
        return "equal";
    }

    // ---- random variants: the fact groups eu-public-contract reads, each field redrawn with probability 2/3 ----

    private static Partnership variant(Partnership base, Random rnd) {
        Partnership p = base.toBuilder()
                .legal(redraw(base.legal(), rnd))
                .agreement(redraw(base.agreement(), rnd))
                .resources(redraw(base.resources(), rnd))
                .initiative(redraw(base.initiative(), rnd))
                .governance(redraw(base.governance(), rnd))
                .term(redraw(base.term(), rnd))
                .stateAid(redraw(base.stateAid(), rnd))
                .build();
        return consistent(p);
    }

    /** Tri-states, enums and sets of enums are redrawn (null included); nested groups recursively; the rest kept. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R extends Record> R redraw(R rec, Random rnd) {
        if (rec == null) {
            return null;
        }
        try {
            RecordComponent[] cs = rec.getClass().getRecordComponents();
            Object[] values = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                Object cur = cs[i].getAccessor().invoke(rec);
                values[i] = cur;
                if (rnd.nextInt(3) == 0) {
                    continue;
                }
                Class<?> t = types[i];
                if (t.isEnum()) {
                    Object[] all = t.getEnumConstants();
                    int k = rnd.nextInt(all.length + 1);
                    values[i] = k == all.length ? null : all[k];
                } else if (t == Set.class && cs[i].getGenericType() instanceof ParameterizedType pt
                        && pt.getActualTypeArguments()[0] instanceof Class<?> e && e.isEnum()) {
                    if (rnd.nextInt(5) == 0) {
                        values[i] = null;
                    } else {
                        Set set = EnumSet.noneOf((Class) e);
                        for (Object c : e.getEnumConstants()) {
                            if (rnd.nextInt(3) == 0) {
                                set.add(c);
                            }
                        }
                        values[i] = set;
                    }
                } else if (t.isRecord() && cur != null) {
                    values[i] = redraw((Record) cur, rnd);
                }
            }
            return (R) rec.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pairs the validator refuses (as the drools module's test corpus keeps them consistent). */
    private static Partnership consistent(Partnership p) {
        Instrument ins = p.agreement().instrument();
        AwardRoute r = p.legal().awardRoute();
        if (ins != null && r != null) {
            boolean procured = r == AwardRoute.PROCURED_LOU || r == AwardRoute.PROCURED_RESERVED;
            AwardRoute fixed = switch (ins) {
                case PROCURED_CONTRACT -> procured ? r : AwardRoute.PROCURED_LOU;
                case LOV_CONTRACT -> AwardRoute.LOV;
                default -> procured || r == AwardRoute.LOV ? null : r;
            };
            if (fixed != r) {
                p = p.toBuilder().legal(p.legal().toBuilder().awardRoute(fixed).build()).build();
            }
        }
        RemedyOnBreach rem = p.agreement().remedyOnBreach();
        Tri enf = p.agreement().authorityCanEnforcePerformance();
        if ((rem == RemedyOnBreach.REPAYMENT_ONLY && enf == Tri.TRUE)
                || (rem == RemedyOnBreach.SPECIFIC_PERFORMANCE_ENFORCEABLE && enf == Tri.FALSE)) {
            p = p.toBuilder().agreement(p.agreement().toBuilder().authorityCanEnforcePerformance(Tri.UNKNOWN).build()).build();
        }
        // complete lists with nothing from a public party, beside a payment: the payment facts are dropped
        java.util.Set<String> pub = new java.util.HashSet<>();
        boolean complete = true;
        for (se.ioprules.api.facts.Party x : p.parties()) {
            if (x.sector() != null && x.sector().isPublic()) {
                complete &= x.contributionsComplete() == Tri.TRUE;
                pub.add(x.id());
            }
        }
        if (complete && !pub.isEmpty() && !p.resources().contributions().isEmpty()
                && p.resources().contributions().stream().noneMatch(c -> pub.contains(c.partyId()))) {
            se.ioprules.api.facts.Resources res = p.resources();
            p = p.toBuilder().resources(res.toBuilder().paymentModel(null)
                    .otherPaymentModels((java.util.Set<se.ioprules.api.facts.PaymentModel>) null)
                    .fixedPricePerUnit(res.fixedPricePerUnit() == Tri.TRUE ? Tri.UNKNOWN : res.fixedPricePerUnit())
                    .paymentTiming(null).build()).build();
        }
        return p;
    }
}
