package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IopRulesTest {
    @Test
    void withoutAnEngineOnTheClasspathTheErrorSaysWhatToAdd() {
        IopRulesException e = assertThrows(IopRulesException.class, IopRules::engine);
        assertTrue(e.getMessage().contains("se.ioprules:iop-rules-drools"), e.getMessage());
    }

    @Test
    void ruleSetRefsParse() {
        assertEquals(new RuleSetRef("skl-2018", null), RuleSetRef.parse("skl-2018"));
        assertEquals(new RuleSetRef("skl-2018", "2018.1"), RuleSetRef.parse(" skl-2018@2018.1 "));
    }

    @Test
    void verdictRule() {
        Finding legalFail = finding(CriterionKind.LEGAL_REQUIREMENT, Outcome.FAIL);
        Finding indicatorFail = finding(CriterionKind.GUIDING_INDICATOR, Outcome.FAIL);
        Finding indicatorUnknown = finding(CriterionKind.GUIDING_INDICATOR, Outcome.NOT_ASSESSABLE);
        Finding recommendationUnknown = finding(CriterionKind.RECOMMENDATION, Outcome.NOT_ASSESSABLE);
        assertEquals(Verdict.DOES_NOT_MEET, Verdict.of(List.of(indicatorUnknown, legalFail)));
        assertEquals(Verdict.INCOMPLETE, Verdict.of(List.of(indicatorFail, indicatorUnknown)));
        assertEquals(Verdict.MEETS, Verdict.of(List.of(indicatorFail, recommendationUnknown)));
    }

    private static Finding finding(CriterionKind kind, Outcome outcome) {
        return new Finding("rs", "c", outcome, kind, null, new LocalizedText("sv", "en"), List.of(), List.of(), "r");
    }
}
