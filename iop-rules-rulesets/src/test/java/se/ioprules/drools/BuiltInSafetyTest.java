package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ioprules.api.RuleSetDiagnostic;
import se.ioprules.drools.load.RuleCodeSafety;
import se.ioprules.drools.load.RuleSetDefinition;
import se.ioprules.drools.load.RuleSetLoader;

/** The built-in rule sets pass the same safety check as external ones, so trusting them is never needed. */
class BuiltInSafetyTest {
    @Test
    void everyBuiltInRuleSetPasses() {
        List<RuleSetDiagnostic> all = new ArrayList<>();
        for (RuleSetDefinition def : RuleSetLoader.builtIn()) {
            all.addAll(RuleCodeSafety.check(def));
        }
        assertEquals(List.of(), all, () -> String.join("\n", all.stream().map(Object::toString).toList()));
    }
}
