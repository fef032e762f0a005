package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The position-keeping DRL scan and fact-path checks behind the linter. */
class DrlScanTest {
    private static final String DRL = """
            package x;
            // rule "commented out" must not count
            /* rule "also not" */
            rule "a: per party"
                @criterion("reg-2-legal-person") @kind("LEGAL_REQUIREMENT")
                @source("W1 2 §")
            when
                Party( $id : id )
            then
                out.pass(drools, "pass", "parties[" + $id + "].legalForm",
                    "derived.partiesCount"); // out.fail(drools, "x")
                out.report(drools, Outcome.FAIL, "", "k", java.util.Map.of("party", $n, "missing", $m), ideaPath($id, "x"));
            end
            """;

    @Test
    void findsRulesAnnotationsCallsAndPositions() {
        List<DrlScan.RuleDecl> rules = DrlScan.rules(DRL);
        assertEquals(1, rules.size());
        DrlScan.RuleDecl r = rules.get(0);
        assertEquals("a: per party", r.name());
        assertEquals(new DrlScan.Pos(4, 1), r.pos());
        assertEquals("reg-2-legal-person", r.criterion());
        assertEquals(new DrlScan.Pos(5, 17), r.annotations().get("criterion").pos());
        assertEquals("W1 2 §", r.annotations().get("source").value());
        assertEquals(2, r.calls().size(), "calls in comments are ignored");
        DrlScan.OutCall pass = r.calls().get(0);
        assertEquals("pass", pass.method());
        assertEquals("parties[x].legalForm", pass.args().get(2).literal());
        assertEquals(new DrlScan.Pos(10, 30), pass.args().get(2).pos());
        assertEquals(new DrlScan.Pos(11, 9), pass.args().get(3).pos());
        DrlScan.OutCall report = r.calls().get(1);
        assertEquals(Set.of("party", "missing"), DrlScan.mapKeys(report.args().get(4).text()));
        assertNull(report.args().get(5).literal(), "a function call cannot be checked statically");
        assertNull(DrlScan.mapKeys("$h.details()"));
    }

    @Test
    void pathsResolveAgainstTheFactModel() {
        Set<String> params = Set.of("longTermMonths");
        Set<String> criteria = Set.of("eupc-aggregate");
        assertNull(RuleSetLinter.pathProblem("parties[x].idea.registeredIn2022_900", params, criteria));
        assertNull(RuleSetLinter.pathProblem("resources.contributions", params, criteria));
        assertNull(RuleSetLinter.pathProblem("derived.durationMonths", params, criteria));
        assertNull(RuleSetLinter.pathProblem("param.longTermMonths", params, criteria));
        assertNull(RuleSetLinter.pathProblem("conclusion.eupc-aggregate", params, criteria));
        for (String bad : List.of("parties[x].idea.registered", "term.end", "derived.months", "param.longTerm",
                "conclusion.sa-aggregate")) {
            assertEquals(true, RuleSetLinter.pathProblem(bad, params, criteria) != null, bad);
        }
    }
}
