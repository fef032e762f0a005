package se.ioprules.drools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.drools.CompileRoutesTest;
import se.ioprules.drools.DroolsEngine;
import se.ioprules.drools.dsl.Conclusion;

/**
 * The earlier conclusions a session leaves out are those its rules' patterns cannot match: read from the built-in
 * rule sets' conditions, the same on both build routes (the executable model and DRL compiled at run time).
 */
class ConclusionReadsTest {
    private static DroolsEngine precompiled;
    private static DroolsEngine runtime;

    @BeforeAll
    static void engines() {
        precompiled = new DroolsEngine(EngineOptions.DEFAULT);
        runtime = CompileRoutesTest.runtimeRouteEngine(EngineOptions.DEFAULT);
    }

    @AfterAll
    static void close() {
        precompiled.close();
        runtime.close();
    }

    private static Conclusion c(String ruleSet, String criterion) {
        return new Conclusion(ruleSet, criterion, Outcome.INFO, "PUBLIC_CONTRACT");
    }

    private static Predicate<Conclusion> reads(DroolsEngine engine, String ref) {
        RuleSetInfo info = engine.ruleSets().stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
        return ConclusionReads.of(engine.compiled(info).kieBase());
    }

    @Test
    void aRuleSetThatReadsAnotherOnesAggregateByRuleSetKeepsOnlyThatRuleSetsConclusions() {
        for (DroolsEngine e : new DroolsEngine[] {precompiled, runtime}) {
            Predicate<Conclusion> sou = reads(e, "sou-2019-56@2019.1");
            assertTrue(sou.test(c("eu-public-contract", "eupc-aggregate")));
            assertTrue(sou.test(c("state-aid", "sa-aggregate")));
            // a pattern on ruleSetId "eu-public-contract" can match any of its conclusions, not only the aggregate
            assertTrue(sou.test(c("eu-public-contract", "eupc-1")));
            assertFalse(sou.test(c("skl-2018", "skl-agr-vocabulary")));
            assertFalse(sou.test(c("famna-2024", "eupc-aggregate")));

            Predicate<Conclusion> famna = reads(e, "famna-2024@2024.1");
            assertTrue(famna.test(c("skl-2018", "skl-agr-vocabulary")));
            assertFalse(famna.test(c("eu-public-contract", "eupc-aggregate")));
        }
    }

    @Test
    void aPatternOnTheCriterionAloneKeepsThatCriterionFromAnyRuleSet() {
        for (DroolsEngine e : new DroolsEngine[] {precompiled, runtime}) {
            Predicate<Conclusion> stockholm = reads(e, "stockholm-2017@2017.1");
            assertTrue(stockholm.test(c("eu-public-contract", "eupc-aggregate")));
            assertTrue(stockholm.test(c("an-external-set", "eupc-aggregate")));
            assertTrue(stockholm.test(c("forum-2010", "forum-long-term")));
            assertFalse(stockholm.test(c("skl-2018", "skl-agr-vocabulary")));
        }
    }

    @Test
    void aRuleSetWithoutConclusionPatternsReadsNone() {
        for (DroolsEngine e : new DroolsEngine[] {precompiled, runtime}) {
            Predicate<Conclusion> skl = reads(e, "skl-2018@2018.1");
            assertFalse(skl.test(c("eu-public-contract", "eupc-aggregate")));
            assertFalse(skl.test(c("state-aid", "sa-aggregate")));
        }
    }

    @Test
    void bothRoutesKeepTheSameConclusions() {
        String[] sets = {"eu-public-contract", "state-aid", "skl-2018", "famna-2024", "forum-2010", "sou-2019-56",
            "registration-law-2022-900", "iop-law-draft", "stockholm-2017"};
        String[] criteria = {"eupc-aggregate", "sa-aggregate", "skl-agr-vocabulary", "forum-no-market", "eupc-1", "x"};
        for (RuleSetInfo info : precompiled.ruleSets()) {
            Predicate<Conclusion> a = reads(precompiled, info.ref());
            Predicate<Conclusion> b = reads(runtime, info.ref());
            for (String s : sets) {
                for (String cr : criteria) {
                    assertEquals(a.test(c(s, cr)), b.test(c(s, cr)), info.ref() + " " + s + "/" + cr);
                }
            }
        }
    }
}
