package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.ioprules.drools.Fixtures.assertOutcome;
import static se.ioprules.drools.Fixtures.engine;
import static se.ioprules.drools.Fixtures.typicalIop;
import static se.ioprules.drools.Fixtures.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.Finding;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetException;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;
import se.ioprules.api.facts.*;

/** The DRAFT rule set for the announced IOP law: selection, and each criterion. */
class IopLawDraftTest {
    private static final String RS = "iop-law-draft";

    @Nested
    class Selection {
        @Test
        void isADraftWithoutEffectiveDate() {
            RuleSetInfo info = engine().ruleSets().stream().filter(i -> i.id().equals(RS)).findFirst().orElseThrow();
            assertEquals(RuleSetStatus.DRAFT, info.status());
            assertNull(info.effectiveFrom());
            assertFalse(info.inForceOn(LocalDate.of(2026, 1, 1)));
        }

        @Test
        void neverSelectedByDate() {
            for (LocalDate d : List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 10, 1), LocalDate.of(2030, 1, 1))) {
                Evaluation e = engine().evaluate(typicalIop(), EvaluationRequest.builder().asOf(d).build());
                assertTrue(e.ruleSet(RS).isEmpty(), "selected by date " + d);
            }
            assertTrue(engine().evaluate(typicalIop(), EvaluationRequest.DEFAULT).ruleSet(RS).isEmpty());
        }

        @Test
        void selectedWhenNamed() {
            Evaluation e = engine().evaluate(typicalIop(), EvaluationRequest.builder().ruleSets(RS).build());
            RuleSetResult r = e.ruleSet(RS).orElseThrow();
            assertEquals("2025.1", r.ruleSet().version());
            assertFalse(r.dependency());
            assertEquals(Verdict.MEETS, r.verdict());
            // its requirement comes along as a dependency
            assertTrue(e.ruleSet("eu-public-contract").orElseThrow().dependency());
            Evaluation v = engine().evaluate(typicalIop(), EvaluationRequest.builder().ruleSets(RS + "@2025.1").build());
            assertTrue(v.ruleSet(RS).isPresent());
        }

        @Test
        void unknownVersionIsRefused() {
            assertThrows(RuleSetException.class,
                    () -> engine().evaluate(typicalIop(), EvaluationRequest.builder().ruleSets(RS + "@2099.1").build()));
        }

        @Test
        void everyCriterionHasExactlyOneFindingAndNoneIsSilent() {
            for (Partnership p : List.of(typicalIop(), Partnership.builder().id("empty").build(),
                    EuPublicContractTest.purchase())) {
                RuleSetResult r = engine().evaluate(p, EvaluationRequest.builder().ruleSets(RS).build()).ruleSet(RS).orElseThrow();
                assertEquals(6, r.findings().size(), () -> r.findings().toString());
                assertEquals(6, r.findings().stream().map(Finding::criterionId).distinct().count());
                assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("(no rule fired)")), () -> r.findings().toString());
            }
        }

        @Test
        void everyMessageSaysNoLawTextExists() {
            RuleSetResult r = engine().evaluate(typicalIop(), EvaluationRequest.builder().ruleSets(RS).build()).ruleSet(RS).orElseThrow();
            for (Finding f : r.findings()) {
                assertTrue(f.message().sv().contains("ingen lagtext") || f.message().sv().contains("någon lagtext"), f.message().sv());
                assertTrue(f.message().en().contains("no law text"), f.message().en());
            }
        }
    }

    @Nested
    class Criteria {
        @Test
        void noticeIsAlwaysInfo() {
            Finding f = assertOutcome(typicalIop(), RS, "draft-no-law-text", Outcome.INFO);
            assertEquals("S0", f.sources().get(0).key());
        }

        @Test
        void commonGoal() {
            Partnership unknown = with(b -> b.purpose(typicalIop().purpose().toBuilder()
                    .commonGoal(CommonGoal.builder().text("Fler unga i arbete").build()).build()));
            Finding f = assertOutcome(unknown, RS, "draft-common-goal", Outcome.NOT_ASSESSABLE);
            assertEquals(List.of("purpose.commonGoal.publicBenefit"), f.missingFacts());
        }

        @Test
        void generalInterest() {
            // individual support not recorded: the guidance's presumption as a WARNING naming the fact, not a PASS
            Finding presumed = assertOutcome(typicalIop(), RS, "draft-general-interest", Outcome.WARNING);
            assertTrue(presumed.message().sv().contains("presumtion"), presumed.message()::sv);
            assertEquals(List.of("legal.benefitsIndividualsWithoutLegalBasis"), presumed.missingFacts());
            Partnership individual = with(b -> b.legal(typicalIop().legal().toBuilder()
                    .benefitsIndividualsWithoutLegalBasis(true).build()));
            Evaluation e = engine().evaluate(individual, EvaluationRequest.builder().ruleSets(RS).build());
            assertEquals(Outcome.FAIL, Fixtures.finding(e, RS, "draft-general-interest").outcome());
            assertEquals(Verdict.DOES_NOT_MEET, e.ruleSet(RS).orElseThrow().verdict());
        }

        @Test
        void noPublicContractReusesTheAggregate() {
            Finding pass = assertOutcome(typicalIop(), RS, "draft-no-public-contract", Outcome.PASS);
            assertEquals("NOT_PUBLIC_CONTRACT", pass.because().get(0).value());
        }

        @Test
        void parameterOverridesAreRefusedBecauseItHasNone() {
            assertThrows(RuleSetException.class, () -> engine().evaluate(typicalIop(),
                    EvaluationRequest.builder().ruleSets(RS).parameter("iop-law-draft.x", BigDecimal.ONE).build()));
        }
    }
}
