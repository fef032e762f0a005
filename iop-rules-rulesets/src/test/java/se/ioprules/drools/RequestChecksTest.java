package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.InvalidParameterException;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetNotInForceException;
import se.ioprules.api.facts.Partnership;
import se.ioprules.drools.load.ParameterTable;
import se.ioprules.drools.load.ParameterOverrides;

/**
 * Issue 11, defects 6 and 7 at the library level: parameter overrides are checked before anything runs, and an
 * evaluation never comes back without the two rule sets that give the overall assessment.
 */
class RequestChecksTest {
    private static IopRulesEngine engine;

    @BeforeAll
    static void start() {
        engine = IopRules.engine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static Partnership decidedOn(LocalDate d) {
        return Partnership.builder().id("p").decisionDate(d).build();
    }

    @Test
    void anAsOfDateBeforeTheAssessmentRuleSetsFailsAsANamedRuleSetNotInForceDoes() {
        RuleSetNotInForceException e = assertThrows(RuleSetNotInForceException.class,
                () -> engine.evaluate(decidedOn(LocalDate.of(1900, 1, 1))));
        assertTrue(e.getMessage().contains("eu-public-contract") && e.getMessage().contains("1900-01-01"), e.getMessage());
        // eu-public-contract is in force from 2008-01-01, state-aid only from 2009-12-01
        RuleSetNotInForceException sa = assertThrows(RuleSetNotInForceException.class,
                () -> engine.evaluate(decidedOn(LocalDate.of(2009, 6, 1))));
        assertTrue(sa.getMessage().contains("state-aid"), sa.getMessage());
        assertThrows(RuleSetNotInForceException.class, () -> engine.evaluate(decidedOn(LocalDate.of(2024, 1, 1)),
                EvaluationRequest.builder().ruleSets("famna-2024").asOf(LocalDate.of(2015, 1, 1)).build()));
        assertEquals(List.of("eu-public-contract", "state-aid"), engine.evaluate(decidedOn(LocalDate.of(2009, 12, 1)))
                .ruleSets().stream().map(r -> r.ruleSet().id()).filter(id -> id.equals("eu-public-contract")
                        || id.equals("state-aid")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-5", "0.5", "1e-999999999", "1234567890123456"})
    void aParameterValueThatDoesNotFitIsRefusedBeforeEvaluating(String value) {
        EvaluationRequest r = EvaluationRequest.builder().parameter("longTermMonths", new BigDecimal(value)).build();
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> engine.evaluate(decidedOn(LocalDate.of(2024, 1, 1)), r));
        assertTrue(e.getMessage().startsWith("parameter longTermMonths = "), e.getMessage());
    }

    @Test
    void theKindOfAParameterIsReadFromItsOwnValues() {
        List<ParameterTable.Value> months = List.of(value("24"));
        List<ParameterTable.Value> share = List.of(value("0.9"));
        assertDoesNotThrow(() -> ParameterOverrides.check("m", new BigDecimal("36.00"), months));
        assertDoesNotThrow(() -> ParameterOverrides.check("m", BigDecimal.ZERO, months));
        assertDoesNotThrow(() -> ParameterOverrides.check("s", new BigDecimal("1"), share));
        assertDoesNotThrow(() -> ParameterOverrides.check("s", new BigDecimal("0.123456"), share));
        assertThrows(InvalidParameterException.class, () -> ParameterOverrides.check("s", new BigDecimal("1.01"), share));
        assertThrows(InvalidParameterException.class, () -> ParameterOverrides.check("s", new BigDecimal("0.1234567"), share));
        assertThrows(InvalidParameterException.class, () -> ParameterOverrides.check("m", new BigDecimal("24.5"), months));
    }

    private static ParameterTable.Value value(String v) {
        return new ParameterTable.Value("x", null, new BigDecimal(v), "test", "", 1);
    }
}
