package se.ioprules.api;

import java.util.List;
import java.util.Objects;

/**
 * The overall legal assessment across rule sets: is the agreement a public contract that must be procured, and is
 * the public contribution state aid? {@code UNLIKELY} is only given when an element is clearly not met on a decisive
 * or strong indicator that nothing strong contradicts; otherwise an undecided assessment is
 * {@code NOT_ASSESSABLE} and says which way it leans and why.
 *
 * @param publicContract is the agreement likely a public contract (offentligt kontrakt) that must be procured?
 *     From the {@code eupc-aggregate} conclusion of the eu-public-contract rule set.
 * @param stateAid is the public contribution likely state aid under art. 107(1) TFEU? From {@code sa-aggregate}.
 * @param publicContractLean which way the public-contract assessment leans (its own way when decided)
 * @param stateAidLean which way the state-aid assessment leans (its own way when decided)
 * @param publicContractWhy why, in a sentence (e.g. "4 of 6 elements met, eupc-5 contested, eupc-6 unknown")
 * @param stateAidWhy why, in a sentence
 * @param disagreements guideline findings that point the other way from the legal tests (e.g. SKL's legal-chapter
 *     indicators or Forum's no-market criterion against a likely public contract); empty when they agree
 */
public record Assessment(Likelihood publicContract, Likelihood stateAid, Lean publicContractLean, Lean stateAidLean,
        LocalizedText publicContractWhy, LocalizedText stateAidWhy, List<Disagreement> disagreements) {

    /**
     * A guideline finding that points the other way from a legal test's assessment.
     *
     * @param question the legal question it bears on: {@code publicContract} or {@code stateAid}
     * @param ruleSetId the guideline rule set
     * @param criterionId its criterion
     * @param outcome the finding's outcome (FAIL or WARNING point towards "yes", PASS towards "no")
     * @param message what disagrees, in Swedish and English, followed by the finding's own message
     */
    public record Disagreement(String question, String ruleSetId, String criterionId, Outcome outcome,
            LocalizedText message) {
        /**
         * Checks the required parts are present.
         *
         * @param question the legal question
         * @param ruleSetId the guideline rule set
         * @param criterionId its criterion
         * @param outcome the finding's outcome
         * @param message what disagrees
         */
        public Disagreement {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(ruleSetId, "ruleSetId");
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Checks the likelihoods are present; a missing lean follows the likelihood, a missing reason is empty, a missing
     * list of disagreements is empty.
     *
     * @param publicContract is the agreement likely a public contract (offentligt kontrakt) that must be procured? From
     *     the {@code eupc-aggregate} conclusion of the eu-public-contract rule set.
     * @param stateAid is the public contribution likely state aid under art. 107(1) TFEU? From {@code sa-aggregate}.
     * @param publicContractLean which way the public-contract assessment leans (its own way when decided)
     * @param stateAidLean which way the state-aid assessment leans (its own way when decided)
     * @param publicContractWhy why, in a sentence (e.g. "4 of 6 elements met, eupc-5 contested, eupc-6 unknown")
     * @param stateAidWhy why, in a sentence
     * @param disagreements guideline findings that point the other way from the legal tests (e.g. SKL's legal-chapter
     *     indicators or Forum's no-market criterion against a likely public contract); empty when they agree
     */
    public Assessment {
        Objects.requireNonNull(publicContract, "publicContract");
        Objects.requireNonNull(stateAid, "stateAid");
        publicContractLean = publicContractLean != null ? publicContractLean : leanOf(publicContract);
        stateAidLean = stateAidLean != null ? stateAidLean : leanOf(stateAid);
        publicContractWhy = publicContractWhy != null ? publicContractWhy : new LocalizedText("", "");
        stateAidWhy = stateAidWhy != null ? stateAidWhy : new LocalizedText("", "");
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    /**
     * An assessment with likelihoods only (leans follow them, no reasons, no disagreements).
     *
     * @param publicContract public-contract likelihood
     * @param stateAid state-aid likelihood
     */
    public Assessment(Likelihood publicContract, Likelihood stateAid) {
        this(publicContract, stateAid, null, null, null, null, List.of());
    }

    private static Lean leanOf(Likelihood l) {
        return switch (l) {
            case LIKELY -> Lean.TOWARDS;
            case UNLIKELY -> Lean.AWAY;
            case NOT_ASSESSABLE -> Lean.NONE;
        };
    }
}
