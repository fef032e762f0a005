package se.ioprules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.EngineOptions;
import se.ioprules.api.Evaluation;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.Likelihood;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.Tri;

/**
 * On every public-contract scenario where one recorded fact decides the assessment (removing it leaves the
 * assessment open), removing that fact makes it the first question — unless a question at least as decisive for the
 * assessment ranks ahead — and answering it as it was recorded gives the assessment back.
 */
class DecisiveFactRemovedTest {
    private static IopRulesEngine engine;

    @BeforeAll
    static void start() {
        engine = IopRules.engine(EngineOptions.DEFAULT);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aRemovedDecisiveFactBecomesTheFirstQuestion() {
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int firstCount = 0;
        for (Path file : ScenarioRunner.find(List.of(ScenarioSuiteTest.SCENARIOS.resolve("eu-public-contract")))) {
            Scenario s = Scenario.read(file);
            EvaluationRequest.Builder b = EvaluationRequest.builder().asOf(s.asOf());
            s.ruleSets().forEach(b::ruleSet);
            EvaluationRequest request = b.build();
            Partnership p = s.partnership();
            Evaluation e = engine.evaluate(p, request);
            Likelihood before = e.assessment().publicContract();
            if (before == Likelihood.NOT_ASSESSABLE) {
                continue;
            }
            Set<String> read = new LinkedHashSet<>();
            for (Finding f : e.ruleSet("eu-public-contract").orElseThrow().findings()) {
                f.because().stream().filter(FactValue::known).map(FactValue::path).forEach(read::add);
            }
            for (String path : read) {
                Object value;
                try {
                    value = FactPaths.resolve(p, path).value();
                } catch (IllegalArgumentException notAnInputFact) {
                    continue;
                }
                if (!(value instanceof Tri || value instanceof Enum<?> || value instanceof Boolean)) {
                    continue;
                }
                Partnership without = FactPaths.with(p, path, null);
                if (engine.evaluate(without, request).assessment().publicContract() != Likelihood.NOT_ASSESSABLE) {
                    continue;
                }
                String where = file.getFileName() + " without " + path;
                checked.add(where);
                OpenQuestions q = engine.openQuestions(without, request);
                OpenQuestion mine = q.questions().stream().filter(x -> x.facts().equals(List.of(path))).findFirst()
                        .orElse(null);
                if (mine == null || !(mine.settles().contains(OpenQuestions.PUBLIC_CONTRACT)
                        || mine.settlesForSome().contains(OpenQuestions.PUBLIC_CONTRACT))) {
                    wrong.add(where + ": not asked as bearing on the public-contract assessment: " + q.questions());
                    continue;
                }
                // First, unless a question at least as decisive for the assessment ranks ahead: one that settles it
                // for every answer, or for some answers and for as large a share of its answers.
                OpenQuestion first = q.questions().get(0);
                if (first != mine && decisiveness(first) < decisiveness(mine)) {
                    wrong.add(where + ": first question " + first.facts() + " settles " + first.settles() + " / for some "
                            + first.settlesForSome());
                }
                if (first == mine) {
                    firstCount++;
                }
                Likelihood asRecorded = mine.answers().stream().filter(a -> a.values().get(0).value().equals(value))
                        .findFirst().orElseThrow().outcomes().publicContract();
                if (asRecorded != before) {
                    wrong.add(where + ": answered as recorded promises " + asRecorded + ", was " + before);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked.size() >= 3, "scenarios with a decisive recorded fact: " + checked);
        assertTrue(firstCount * 2 > checked.size(), "mostly it is the very first question: " + firstCount);
    }

    /** 1 plus the share of answers settling the public-contract assessment when every answer does; else the share. */
    private static double decisiveness(OpenQuestion q) {
        double share = q.answers().stream().filter(a -> a.settles().contains(OpenQuestions.PUBLIC_CONTRACT)).count()
                / (double) q.answers().size();
        return q.settles().contains(OpenQuestions.PUBLIC_CONTRACT) ? 1 + share : share;
    }
}
