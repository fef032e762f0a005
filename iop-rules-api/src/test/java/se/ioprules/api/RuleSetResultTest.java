package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * RuleSetResult keeps its verdict basis and reason once computed: they equal what the former accessors computed on
 * every call, over varied findings and shares, and the value behaves as the record it was (equality, hash, text).
 */
class RuleSetResultTest {
    private static final RuleSetInfo INFO = new RuleSetInfo("rs", "1", "t", "i", RuleSetStatus.GUIDANCE,
            LocalDate.of(2020, 1, 1), null, Map.of(), List.of(), "0".repeat(64), "test", "t",
            Map.of("c1", new LocalizedText("Öppenhet", "Openness")));

    /** The former RuleSetResult, a record of the same components, for comparison. */
    private record Former(RuleSetInfo ruleSet, Verdict verdict, List<Finding> findings, List<ParameterValue> parameters,
            boolean dependency) {
        VerdictBasis verdictBasis() {
            return Verdict.basis(findings, Verdict.maxFailedIndicatorShare(parameters));
        }

        LocalizedText verdictWhy(RuleSetResult r) {
            // as VerdictWhy.of(this) did: the basis computed afresh
            return VerdictWhy.of(r, Verdict.basis(r.findings(), Verdict.maxFailedIndicatorShare(r.parameters())));
        }
    }

    private static List<Finding> randomFindings(Random rnd) {
        List<Finding> fs = new ArrayList<>();
        int n = rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            CriterionKind kind = CriterionKind.values()[rnd.nextInt(CriterionKind.values().length)];
            Outcome outcome = Outcome.values()[rnd.nextInt(Outcome.values().length)];
            fs.add(new Finding("rs", "c" + rnd.nextInt(3), outcome, kind, "", new LocalizedText("sv", "en"), List.of(),
                    List.of(), "r", rnd.nextInt(5) == 0));
        }
        return fs;
    }

    @Test
    void theKeptBasisAndReasonAreTheFormerOnesAndComputedOnce() {
        Random rnd = new Random(20261205L);
        java.util.Set<VerdictBasis> bases = java.util.EnumSet.noneOf(VerdictBasis.class);
        for (int k = 0; k < 2000; k++) {
            List<Finding> fs = randomFindings(rnd);
            List<ParameterValue> ps = rnd.nextBoolean() ? List.of() : List.of(new ParameterValue(
                    Verdict.MAX_FAILED_INDICATOR_SHARE, new BigDecimal(rnd.nextInt(11)).movePointLeft(1), null, "s", false));
            RuleSetResult r = new RuleSetResult(INFO, Verdict.of(fs), fs, ps, rnd.nextBoolean());
            Former former = new Former(INFO, r.verdict(), fs, ps, r.dependency());
            VerdictBasis basis = r.verdictBasis();
            LocalizedText why = r.verdictWhy();
            assertEquals(former.verdictBasis(), basis, fs::toString);
            assertEquals(former.verdictWhy(r), why, fs::toString);
            assertSame(basis, r.verdictBasis());
            assertSame(why, r.verdictWhy(), "computed once");
            // asked in the other order, the same
            RuleSetResult again = new RuleSetResult(INFO, r.verdict(), fs, ps, r.dependency());
            assertEquals(why, again.verdictWhy());
            assertEquals(basis, again.verdictBasis());
            bases.add(basis);
        }
        assertEquals(java.util.EnumSet.allOf(VerdictBasis.class), bases, "every basis was compared");
    }

    @Test
    void itIsStillAValueAsTheRecordWas() {
        List<Finding> fs = randomFindings(new Random(3));
        List<ParameterValue> ps = List.of(new ParameterValue("p", BigDecimal.ONE, null, "s", false));
        RuleSetResult a = new RuleSetResult(INFO, Verdict.MEETS, new ArrayList<>(fs), ps, false);
        RuleSetResult b = new RuleSetResult(INFO, Verdict.MEETS, fs, new ArrayList<>(ps), false);
        b.verdictWhy(); // what it has computed does not change what it is
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        Former former = new Former(INFO, Verdict.MEETS, fs, ps, false);
        assertEquals(former.toString().replaceFirst("^Former", "RuleSetResult"), a.toString());
        assertNotEquals(a, new RuleSetResult(INFO, Verdict.INCOMPLETE, fs, ps, false));
        assertNotEquals(a, new RuleSetResult(INFO, Verdict.MEETS, fs, ps, true));
        assertNotEquals(a, new RuleSetResult(INFO, Verdict.MEETS, fs, List.of(), false));
        assertNotEquals(a, new RuleSetResult(null, Verdict.MEETS, fs, ps, false));
        assertNotEquals(a, null);
        // the lists are copies and cannot be changed
        List<Finding> mutable = new ArrayList<>(fs);
        RuleSetResult c = new RuleSetResult(INFO, Verdict.MEETS, mutable, ps, false);
        mutable.clear();
        assertEquals(fs, c.findings());
        assertThrows(UnsupportedOperationException.class, () -> c.parameters().clear());
    }
}
