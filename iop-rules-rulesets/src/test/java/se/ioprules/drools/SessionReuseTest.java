package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Tri;
import se.ioprules.fixtures.Partnerships;

/**
 * Sessions are reused from a pool per rule set (reset when given back): nothing of one evaluation — facts,
 * conclusions, the findings global, listeners, a halted or failed run — may reach the next one. (Rule sets with code
 * beyond the DSL run on a worker thread with new sessions; the firing-limit test covers that route.)
 */
class SessionReuseTest {
    private static final Partnership TYPICAL = Partnerships.typicalIop();
    /** Differs from the typical partnership in findings of several rule sets. */
    private static final Partnership OTHER = TYPICAL.toBuilder()
            .agreement(TYPICAL.agreement().toBuilder().agreementSigned(Tri.FALSE)
                    .unilateralPublicInstructionRight(Tri.TRUE).commissionedByPublic(Tri.TRUE).build())
            .build();

    @Test
    void aReusedSessionGivesWhatTheFirstOneGave() {
        try (DroolsEngine engine = new DroolsEngine(EngineOptions.DEFAULT)) {
            Evaluation typical = engine.evaluate(TYPICAL); // the first evaluation: every session new
            Evaluation other = engine.evaluate(OTHER);
            assertNotEquals(typical.ruleSets(), other.ruleSets(), "the two partnerships must give different findings");
            for (int i = 0; i < 3; i++) {
                assertEquals(typical, engine.evaluate(TYPICAL));
                assertEquals(other, engine.evaluate(OTHER));
            }
        }
    }

    @Test
    void listenersAreNotCarriedOver() {
        Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();
        try (DroolsEngine engine = new DroolsEngine(EngineOptions.DEFAULT,
                (info, rule) -> fired.computeIfAbsent(info.ref() + " " + rule, k -> new AtomicInteger()).incrementAndGet())) {
            engine.evaluate(TYPICAL);
            Map<String, Integer> once = snapshot(fired);
            assertTrue(!once.isEmpty());
            fired.clear();
            engine.evaluate(TYPICAL);
            assertEquals(once, snapshot(fired), "a second evaluation fires each rule as often as the first (no listener twice)");
        }
    }

    private static Map<String, Integer> snapshot(Map<String, AtomicInteger> m) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /**
     * What the engine relies on: Drools resets a pooled session when it is given back, also one halted with
     * activations pending (as the deadline check leaves it). For every built-in rule set, a reused session offers the
     * same activations as a new one, with no facts and with the typical partnership's.
     */
    @Test
    void aHaltedPooledSessionComesBackAsNew() {
        Object[] facts = {TYPICAL, TYPICAL.term(), TYPICAL.agreement(), TYPICAL.legal(), TYPICAL.resources(),
            TYPICAL.stateAid(), TYPICAL.governance(), TYPICAL.initiative(), TYPICAL.purpose()};
        try (DroolsEngine engine = new DroolsEngine(EngineOptions.DEFAULT)) {
            for (var info : engine.ruleSets()) {
                org.kie.api.KieBase kb = engine.compiled(info).kieBase();
                org.kie.api.runtime.KieSessionsPool pool = kb.newKieSessionsPool(1);
                try {
                    org.kie.api.runtime.KieSession used = pool.newKieSession();
                    used.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener());
                    for (Object f : facts) {
                        used.insert(f);
                    }
                    used.halt();
                    used.dispose();
                    org.kie.api.runtime.KieSession again = pool.newKieSession();
                    assertTrue(again == used, "the pool gives the same session back");
                    assertEquals(0, again.getFactCount());
                    assertEquals(0, again.getAgendaEventListeners().size());
                    assertEquals(activations(kb.newKieSession()), activations(again), info.ref() + " without facts");
                    org.kie.api.runtime.KieSession third = pool.newKieSession();
                    assertEquals(activations(kb.newKieSession(), facts), activations(third, facts), info.ref());
                } finally {
                    pool.shutdown();
                }
            }
        }
    }

    /** The rules that would fire (none does: the filter refuses each), sorted; the session is disposed. */
    private static List<String> activations(org.kie.api.runtime.KieSession s, Object... facts) {
        List<String> names = new java.util.ArrayList<>();
        try {
            for (Object f : facts) {
                s.insert(f);
            }
            s.fireAllRules(m -> {
                names.add(m.getRule().getName());
                return false;
            });
        } finally {
            s.dispose();
        }
        java.util.Collections.sort(names);
        return names;
    }

    @Test
    void aRunStoppedAtTheFiringLimitOrHaltedLeavesNothingBehind(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("probe-grow/2024.1");
        Files.createDirectories(dir);
        Path src = Path.of("../iop-rules-drools/src/test/resources/probes/rs/benign/probe-benign/2024.1");
        for (String f : List.of("messages_sv.properties", "messages_en.properties")) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("manifest.properties"), Files.readString(src.resolve("manifest.properties"))
                .replace("probe-benign", "probe-grow"));
        // A rule that keeps inserting, but only for a partnership titled "grow"; every partnership passes probe-x.
        Files.writeString(dir.resolve("probe.drl"), Files.readString(src.resolve("probe.drl"))
                + "\nrule \"probe-x: seed\"\n    @criterion(\"probe-x\") @kind(\"GOOD_PRACTICE\") @source(\"P1 s. 1\")\n"
                + "when\n    Partnership( title == \"grow\" )\nthen\n    insert(Integer.valueOf(0));\nend\n"
                + "rule \"probe-x: grow\"\n    @criterion(\"probe-x\") @kind(\"GOOD_PRACTICE\") @source(\"P1 s. 1\")\n"
                + "when\n    $i : Integer()\nthen\n    insert(Integer.valueOf($i.intValue() + 1));\nend\n"
                + "rule \"probe-x: halt\"\n    @criterion(\"probe-x\") @kind(\"GOOD_PRACTICE\") @source(\"P1 s. 1\")\n"
                + "    salience 10\nwhen\n    Partnership( title == \"halt\" )\nthen\n    drools.halt();\nend\n");
        EngineOptions o = EngineOptions.DEFAULT.withRuleDirs(List.of(tmp)).trustRuleCode(true);
        EvaluationRequest only = EvaluationRequest.builder().ruleSets("probe-grow").build();
        Partnership plain = Partnership.builder().decisionDate(LocalDate.of(2024, 3, 1)).title("plain").build();
        Partnership grow = plain.toBuilder().title("grow").build();
        Partnership halt = plain.toBuilder().title("halt").build();
        try (DroolsEngine engine = new DroolsEngine(o)) {
            Evaluation before = engine.evaluate(plain, only);
            for (int i = 0; i < 2; i++) {
                RuleSetException e = assertThrows(RuleSetException.class, () -> engine.evaluate(grow, only));
                assertTrue(e.getMessage().contains("was stopped after"), e::getMessage);
                Evaluation after = engine.evaluate(plain, only);
                assertEquals(before, after);
                engine.evaluate(halt, only); // halted by its own rule before probe-x passes
                assertEquals(before, engine.evaluate(plain, only));
                assertEquals(List.of(Outcome.PASS), after.ruleSets().stream()
                        .filter(r -> r.ruleSet().id().equals("probe-grow")).findFirst().orElseThrow()
                        .findings("probe-x").stream().map(f -> f.outcome()).toList());
            }
        }
    }
}
