package se.ioprules.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Evaluation;
import se.ioprules.api.IopRules;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.facts.Agreement;
import se.ioprules.api.facts.Partnership;
import se.ioprules.json.PartnershipJson;

/**
 * Evaluating the extracted facts of each corpus agreement gives the same assessment and verdicts as evaluating its
 * labelled facts, or the difference is traced to the facts it comes from: each fact where the two differ is put
 * into the labelled facts on its own, and those that turn the labelled result into the extracted one are named.
 * A difference that comes from a wrong suggestion (not merely a fact left unknown) fails the test.
 */
class ExtractEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static IopRulesEngine engine;

    @BeforeAll
    static void start() {
        engine = IopRules.engine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static String outcome(Evaluation e) {
        StringBuilder s = new StringBuilder("publicContract=" + e.assessment().publicContract() + ", stateAid="
                + e.assessment().stateAid());
        e.ruleSets().forEach(r -> s.append(", ").append(r.ruleSet().id()).append('=').append(r.verdict()));
        return s.toString();
    }

    @Test
    void extractedFactsGiveTheLabelledAssessmentOrTheDifferenceIsNamed() throws Exception {
        List<String> table = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Extractor ex = new Extractor(ExtractLimits.DEFAULT);
        for (Path src : CorpusFiles.sources()) {
            Extraction x = ex.extract(src, null);
            Partnership extracted = x.partnership();
            Partnership labelled = expected(src, x.document().text());
            String got = outcome(engine.evaluate(extracted));
            String want = outcome(engine.evaluate(labelled));
            if (got.equals(want)) {
                table.add(src.getFileName() + ": same assessment");
                continue;
            }
            Map<String, String> l = Facts.leaves(labelled);
            Map<String, String> g = Facts.leaves(extracted);
            Set<String> differing = new LinkedHashSet<>();
            l.keySet().stream().filter(k -> !l.get(k).equals(g.get(k))).forEach(k -> differing.add(group(k)));
            g.keySet().stream().filter(k -> !g.get(k).equals(l.get(k))).forEach(k -> differing.add(group(k)));
            List<String> named = new ArrayList<>();
            for (String path : differing) {
                Partnership swapped = swap(labelled, extracted, path);
                if (!outcome(engine.evaluate(swapped)).equals(want)) {
                    named.add(path);
                }
            }
            boolean wrong = g.keySet().stream().anyMatch(k -> l.containsKey(k) ? !l.get(k).equals(g.get(k)) : true);
            table.add(src.getFileName() + ": differs (" + want + " → " + got + "); from " + (named.isEmpty()
                    ? "the facts together: " + differing : named) + (wrong ? " — includes a wrong suggestion" : ""));
            if (wrong || differing.isEmpty()) {
                failures.add(table.get(table.size() - 1));
            }
        }
        table.forEach(System.out::println);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void sklWordTableReadsTheWholeDocumentAndItsHitsPointAtBlocks() throws Exception {
        Path src = CorpusFiles.sources().stream().filter(p -> p.toString().contains("05-")).findFirst().orElseThrow();
        Extraction x = new Extractor(ExtractLimits.DEFAULT).extract(src, null);
        Evaluation e = engine.evaluate(x.partnership(), se.ioprules.api.EvaluationRequest.builder()
                .ruleSets("skl-2018").build());
        se.ioprules.api.Finding f = e.ruleSets().stream().flatMap(r -> r.findings().stream())
                .filter(g -> g.criterionId().equals("skl-agr-vocabulary")).findFirst().orElseThrow();
        assertTrue(f.outcome() == se.ioprules.api.Outcome.WARNING, f.toString());
        // "Ersättningen faktureras ..." stands in § 3 Ersättning: the hit's line is that block's number
        Block b = x.document().blocks().stream().filter(k -> k.text().startsWith("Kommunen betalar 1 450"))
                .findFirst().orElseThrow();
        assertTrue(b.section().equals("§ 3"));
        assertTrue(f.because().stream().anyMatch(v -> String.valueOf(v.value()).contains("@" + b.paragraph() + ":")),
                f.because().toString());
    }

    /** The labelled facts, with the document's text as the extraction records it (so SKL's word table reads both). */
    static Partnership expected(Path src, String text) throws Exception {
        Partnership p = ExtractCorpusTest.expected(src);
        Agreement a = p.agreement().toBuilder().agreementText(text).build();
        return p.toBuilder().agreement(a).build();
    }

    /** A leaf's group: the JSON member it lives in (parties and contributions as a whole, a set as a whole). */
    static String group(String leaf) {
        String f = Facts.fact(leaf);
        int i = f.indexOf('[');
        return i < 0 ? f : f.substring(0, i);
    }

    /** The labelled facts with the extracted value at one path (absent there: removed). */
    static Partnership swap(Partnership labelled, Partnership extracted, String path) throws Exception {
        ObjectNode l = (ObjectNode) JSON.readTree(PartnershipJson.write(labelled));
        JsonNode e = JSON.readTree(PartnershipJson.write(extracted));
        String[] parts = path.split("\\.");
        ObjectNode lo = l;
        JsonNode eo = e;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(lo.get(parts[i]) instanceof ObjectNode)) {
                lo.putObject(parts[i]);
            }
            lo = (ObjectNode) lo.get(parts[i]);
            eo = eo.path(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (eo.has(last)) {
            lo.set(last, eo.get(last));
        } else {
            lo.remove(last);
        }
        return PartnershipJson.read(JSON.writeValueAsString(l));
    }
}
