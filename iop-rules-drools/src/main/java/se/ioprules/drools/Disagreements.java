package se.ioprules.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ioprules.api.Assessment.Disagreement;
import se.ioprules.api.Finding;
import se.ioprules.api.Lean;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.RuleSetResult;

/**
 * Guideline findings that point the other way from the two legal tests. The guidance (SKL's legal chapter, Forum's
 * and Stockholm's guiding criteria) uses indicators for the same questions; where a rule set that was evaluated
 * points one way and the legal test leans the other, both are reported, so a person sees the disagreement instead of
 * one answer hiding the other.
 *
 * <p>A listed criterion that FAILs or WARNs points towards the legal question's "yes" (a procurement indicator is
 * present; there is a market); one that PASSes points towards "no". Criteria that read the legal tests' own
 * conclusions (e.g. {@code sthlm-legal-not-procurement}) are not listed: they cannot disagree with them.
 */
final class Disagreements {
    static final String PUBLIC_CONTRACT = "publicContract";
    static final String STATE_AID = "stateAid";

    /** Criterion id → the legal questions it bears on. */
    private static final Map<String, List<String>> BEARS_ON = Map.ofEntries(
            Map.entry("skl-law-predefined-need", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-law-detailed-spec", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-law-fixed-price", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-law-public-initiative", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-law-nondelivery-sanctions", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-law-partial-financing", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-law-repayment-only", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-law-sou2016-factors", List.of(PUBLIC_CONTRACT)),
            Map.entry("skl-pp-not-an-order", List.of(PUBLIC_CONTRACT)),
            Map.entry("forum-no-market", List.of(PUBLIC_CONTRACT, STATE_AID)),
            Map.entry("forum-rf-several-providers", List.of(STATE_AID)),
            Map.entry("sthlm-g-no-market", List.of(PUBLIC_CONTRACT, STATE_AID)),
            Map.entry("sthlm-g-idea-initiative", List.of(PUBLIC_CONTRACT)),
            Map.entry("sthlm-g-no-detail-regulation", List.of(PUBLIC_CONTRACT)));

    private Disagreements() {
    }

    static List<Disagreement> of(List<RuleSetResult> results, Lean publicContract, Lean stateAid) {
        List<Disagreement> out = new ArrayList<>();
        for (RuleSetResult r : results) {
            for (Finding f : r.findings()) {
                List<String> questions = BEARS_ON.get(f.criterionId());
                if (questions == null) {
                    continue;
                }
                Lean points = switch (f.outcome()) {
                    case FAIL, WARNING -> Lean.TOWARDS;
                    case PASS -> Lean.AWAY;
                    default -> Lean.NONE;
                };
                for (String q : questions) {
                    Lean legal = q.equals(PUBLIC_CONTRACT) ? publicContract : stateAid;
                    if (points != Lean.NONE && legal != Lean.NONE && points != legal) {
                        out.add(new Disagreement(q, r.ruleSet().id(), f.criterionId(), f.outcome(), text(q, points, f)));
                    }
                }
            }
        }
        return out;
    }

    private static LocalizedText text(String q, Lean points, Finding f) {
        boolean pc = q.equals(PUBLIC_CONTRACT);
        String sv = (points == Lean.TOWARDS
                ? (pc ? "Talar för ett offentligt kontrakt, medan den rättsliga bedömningen lutar åt nej: "
                      : "Talar för statligt stöd, medan den rättsliga bedömningen lutar åt nej: ")
                : (pc ? "Talar emot ett offentligt kontrakt, medan den rättsliga bedömningen lutar åt ja: "
                      : "Talar emot statligt stöd, medan den rättsliga bedömningen lutar åt ja: ")) + f.message().sv();
        String en = (points == Lean.TOWARDS
                ? (pc ? "Points towards a public contract, while the legal assessment leans towards no: "
                      : "Points towards state aid, while the legal assessment leans towards no: ")
                : (pc ? "Points away from a public contract, while the legal assessment leans towards yes: "
                      : "Points away from state aid, while the legal assessment leans towards yes: ")) + f.message().en();
        return new LocalizedText(sv, en);
    }

    static boolean bearsOn(String criterionId) {
        return BEARS_ON.containsKey(criterionId);
    }

}
