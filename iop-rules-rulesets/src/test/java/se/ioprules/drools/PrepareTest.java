package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.fixtures.Partnerships;

/** {@link IopRulesEngine#prepare()} only starts loading early: evaluations give what they give without it. */
class PrepareTest {

    @Test
    void anEvaluationAfterPrepareIsTheSameAsWithout() {
        Evaluation plain;
        try (IopRulesEngine engine = IopRules.engine()) {
            plain = engine.evaluate(Partnerships.typicalIop());
        }
        try (IopRulesEngine engine = IopRules.engine()) {
            engine.prepare();
            engine.prepare(); // again while loading: nothing loads twice
            assertEquals(plain, engine.evaluate(Partnerships.typicalIop()));
            // another date, other versions: loaded by the evaluation as before
            EvaluationRequest early = EvaluationRequest.builder().asOf(LocalDate.of(2012, 1, 1)).build();
            try (IopRulesEngine other = IopRules.engine()) {
                assertEquals(other.evaluate(Partnerships.typicalIop(), early), engine.evaluate(Partnerships.typicalIop(), early));
            }
        }
    }

    @Test
    void prepareOnAClosedEngineOrOneWithoutBuiltInRuleSetsDoesNothing() {
        IopRulesEngine engine = IopRules.engine();
        engine.close();
        engine.prepare();
        try (IopRulesEngine none = IopRules.engine(EngineOptions.DEFAULT.withBuiltIn(false))) {
            none.prepare();
            assertEquals(0, none.ruleSets().size());
        }
    }
}
