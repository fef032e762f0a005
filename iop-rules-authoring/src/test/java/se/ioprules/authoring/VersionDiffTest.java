package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetRef;
import se.ioprules.drools.DroolsEngine;

/** Two versions differing in one threshold (longTermMonths 24 → 12) over a small corpus. */
class VersionDiffTest {
    static final Path EXAMPLE = Path.of("src/test/resources/worked-example");

    @Test
    void reportsExactlyThePartnershipsAndCriteriaTheThresholdAffects() {
        try (IopRulesEngine engine = new DroolsEngine(EngineOptions.DEFAULT.withRuleDirs(List.of(EXAMPLE.resolve("rules"))))) {
            List<VersionDiff.CorpusEntry> corpus = VersionDiff.readCorpus(List.of(EXAMPLE.resolve("corpus")));
            assertEquals(List.of("long-36", "mid-12", "mid-18", "no-end", "short-6"),
                    corpus.stream().map(VersionDiff.CorpusEntry::name).toList());
            VersionDiff.Report r = new VersionDiff(engine).diff(RuleSetRef.parse("test-long-term@2024.1"),
                    RuleSetRef.parse("test-long-term@2025.1"), corpus);
            assertEquals(List.of(), r.errors());
            assertEquals(5, r.corpusSize());
            // 12 and 18 months cross the threshold; 36 (long under both), 6 (short under both) and no end date do not
            assertEquals(List.of("mid-12", "mid-18"), r.changed().stream().map(VersionDiff.PartnershipChange::name).toList());
            for (VersionDiff.PartnershipChange p : r.changed()) {
                assertEquals(List.of(new VersionDiff.Change("tlt-long-term", Outcome.WARNING, "", Outcome.PASS, "")), p.changes());
                assertTrue(!p.verdictChanged(), "a guiding indicator's warning does not change the verdict");
            }
            assertEquals(Map.of("tlt-long-term", Map.of("WARNING -> PASS", 2)), r.criterionCounts());
            assertEquals(0, r.verdictChanges());
            assertTrue(r.format().contains("Summary: 2 of 5 partnership(s) changed; 0 verdict(s) changed"), r::format);
        }
    }

    @Test
    void reportsVerdictChangesAndCriteriaThatAppearOrDisappear() {
        try (IopRulesEngine engine = new DroolsEngine(EngineOptions.DEFAULT.withRuleDirs(List.of(EXAMPLE.resolve("rules"))))) {
            // a different id: from the test rule set to the draft (no common criteria)
            List<VersionDiff.CorpusEntry> corpus = VersionDiff.readCorpus(List.of(EXAMPLE.resolve("corpus/no-end.json")));
            VersionDiff.Report r = new VersionDiff(engine).diff(RuleSetRef.parse("test-long-term@2024.1"),
                    RuleSetRef.parse("iop-law-draft"), corpus);
            VersionDiff.PartnershipChange p = r.changed().get(0);
            assertEquals("INCOMPLETE", p.verdictBefore().name());
            assertEquals("MEETS", p.verdictAfter().name(), p.changes()::toString);
            assertTrue(p.changes().contains(new VersionDiff.Change("tlt-long-term", Outcome.NOT_ASSESSABLE, "", null, "")));
            assertTrue(p.changes().contains(new VersionDiff.Change("draft-parties", null, "", Outcome.PASS, "")));
            assertEquals(Map.of("INCOMPLETE -> MEETS", 1), r.verdictCounts());
        }
    }
}
