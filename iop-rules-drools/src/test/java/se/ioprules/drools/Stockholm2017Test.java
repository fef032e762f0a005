package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.ioprules.drools.Fixtures.typicalIop;

import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;

class Stockholm2017Test {
    @Test
    void smoke() {
        Evaluation e = Fixtures.engine().evaluate(typicalIop(), EvaluationRequest.builder().ruleSets("stockholm-2017").build());
        e.ruleSet("stockholm-2017").orElseThrow().findings().forEach(f -> System.out.println(f.criterionId() + " " + f.outcome() + " " + f.message().sv() + " " + f.because()));
    }
}
