package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.assertOutcome;
import static se.ioprules.drools.Fixtures.evaluate;
import static se.ioprules.drools.Fixtures.typicalIop;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.facts.*;

/** skl-2018 (catalogue B2 a–e): SKL criteria, preparation, agreement benchmarks incl. the word table, legal chapter, S1. */
class Skl2018Test {
    static final String RS = "skl-2018";

    static final String CLEAN_TEXT = "Överenskommelse om idéburet offentligt partnerskap.\n"
            + "Parterna samfinansierar projektet. Utbetalning sker i förskott; vid missbruk gäller återbetalning.\n"
            + "Varje partner har rätt att lämna projektet.";

    static final String PURCHASE_TEXT = "Kontrakt om uppdrag\n"
            + "Kontraktsparten utför uppdraget mot ersättning enligt fakturering.\n"
            + "Kommunen har rätt att häva kontraktet och kräva skadestånd.";

    static Partnership with(UnaryOperator<Partnership.Builder> change) {
        return change.apply(typicalIop().toBuilder()).build();
    }

    static Partnership agreement(UnaryOperator<Agreement.Builder> change) {
        return with(b -> b.agreement(change.apply(typicalIop().agreement().toBuilder()).build()));
    }

    static Partnership initiative(UnaryOperator<Initiative.Builder> change) {
        return with(b -> b.initiative(change.apply(typicalIop().initiative().toBuilder()).build()));
    }

    static String detail(Finding f, String name) {
        return f.because().stream().filter(v -> v.path().equals("detail." + name)).map(FactValue::value).findFirst()
                .orElseThrow(() -> new AssertionError("no detail." + name + " in " + f.because()));
    }

    @Nested
    class Vocabulary {
        @Test
        void cleanTextPasses() {
            Finding f = assertOutcome(agreement(a -> a.agreementText(CLEAN_TEXT)), RS, "skl-agr-vocabulary", Outcome.PASS);
            assertEquals("0", detail(f, "hitCount"));
        }

        @Test
        void purchaseWordsWarnWithEveryHitPositionAndReplacement() {
            Finding f = assertOutcome(agreement(a -> a.agreementText(PURCHASE_TEXT)), RS, "skl-agr-vocabulary", Outcome.WARNING);
            assertEquals("9", detail(f, "hitCount"));
            assertTrue(detail(f, "hit.1").startsWith("\"Kontrakt\" @1:1 (offset 0): kontrakt -> överenskommelse"));
            assertTrue(detail(f, "hit.3").startsWith("\"Kontraktsparten\" @2:1"), f.because()::toString);
            assertTrue(f.message().sv().contains("«rätt att häva» (rad 3, kol 14; undvik «rätt att häva», skriv «rätt att lämna projektet»)"),
                    f.message().sv());
            assertTrue(f.message().en().contains("\"skadestånd\" (line 3"), f.message().en());
            assertTrue(f.message().sv().startsWith("Avtalstexten innehåller 9 köpord"), f.message().sv());
            assertFalse(f.because().stream().anyMatch(v -> v.path().equals("agreement.agreementText")),
                    "the whole text is not copied into the explanation");
        }

        @Test
        void missingTextIsNotAssessable() {
            Finding f = assertOutcome(typicalIop(), RS, "skl-agr-vocabulary", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("agreement.agreementText"), f.missingFacts());
            assertOutcome(agreement(a -> a.agreementText("  \n")), RS, "skl-agr-vocabulary", Outcome.NOT_ASSESSABLE);
        }
    }

    @Nested
    class NotAnOrder {
        @Test
        void notCommissionedAndCleanTextPasses() {
            assertOutcome(agreement(a -> a.commissionedByPublic(false).agreementText(CLEAN_TEXT)), RS,
                    "skl-pp-not-an-order", Outcome.PASS);
            // no text: vocabulary is supporting evidence only
            assertOutcome(agreement(a -> a.commissionedByPublic(false)), RS, "skl-pp-not-an-order", Outcome.PASS);
        }

        @Test
        void commissionedOrPubliclyDefinedFails() {
            assertOutcome(agreement(a -> a.commissionedByPublic(true).agreementText(CLEAN_TEXT)), RS,
                    "skl-pp-not-an-order", Outcome.FAIL);
            assertOutcome(initiative(i -> i.activityDefinedBy(Initiator.PUBLIC)), RS, "skl-pp-not-an-order", Outcome.FAIL);
        }

        @Test
        void purchaseWordsWarnUsingTheSameHits() {
            Finding f = assertOutcome(agreement(a -> a.commissionedByPublic(false).agreementText(PURCHASE_TEXT)), RS,
                    "skl-pp-not-an-order", Outcome.WARNING);
            assertEquals("9", detail(f, "hitCount"));
            assertTrue(f.message().sv().contains("«Kontraktsparten»"), f.message().sv());
        }

        @Test
        void unknownCommissionWithoutWordsIsNotAssessable() {
            Finding f = assertOutcome(typicalIop(), RS, "skl-pp-not-an-order", Outcome.NOT_ASSESSABLE);
            assertTrue(f.missingFacts().contains("agreement.commissionedByPublic"));
        }
    }

    @Test
    void wordTableIsLoadedAsData() {
        var engine = (DroolsEngine) Fixtures.engine();
        var info = engine.ruleSets().stream().filter(i -> i.id().equals(RS)).findFirst().orElseThrow();
        var def = engine.compiled(info).definition();
        assertTrue(def.tables().containsKey("word-table"));
        assertEquals(9, def.tables().get("word-table").size());
    }

    @Test
    void everyCriterionYieldsExactlyOneFindingAndARuleFired() {
        for (Partnership p : List.of(typicalIop(), agreement(a -> a.agreementText(PURCHASE_TEXT)))) {
            Evaluation e = evaluate(p, RS);
            RuleSetResult r = e.ruleSet(RS).orElseThrow();
            for (Finding f : r.findings()) {
                assertFalse(f.rule().equals("(no rule fired)"), f.criterionId());
                assertEquals(1, r.findings(f.criterionId()).size(), f.criterionId());
                assertFalse(f.message().sv().contains("[meddelande saknas"), f.message().sv());
                assertFalse(f.message().en().contains("[missing message"), f.message().en());
            }
        }
    }
}
