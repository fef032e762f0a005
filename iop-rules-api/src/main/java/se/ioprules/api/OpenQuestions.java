package se.ioprules.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decisive unknowns of an evaluation: for each outcome that is not settled (the public-contract and state-aid
 * assessments, then each selected rule set's verdict), the unknown facts whose answer would settle it, found by
 * evaluating the alternatives. Every outcome promised for an answer comes from a real evaluation of the partnership
 * with that answer set; the partnership itself is never changed. A question is only a question: nothing here is a
 * fact.
 *
 * @param asOf the as-of date of the evaluations
 * @param current the outcomes as the facts stand
 * @param questions the questions, most decisive first (legal assessments above guidance verdicts, then what more
 *     they settle, then fewer facts)
 * @param unsettled the outcomes not settled that no question settles for every answer, each with the reason
 * @param omitted how many further questions were found but left out ({@link Bounds#maxQuestions()})
 * @param evaluations how many evaluations were run to find them
 */
public record OpenQuestions(LocalDate asOf, Outcomes current, List<OpenQuestion> questions, List<Unsettled> unsettled,
        int omitted, int evaluations) {

    /** Outcome key of the public-contract assessment. */
    public static final String PUBLIC_CONTRACT = "publicContract";
    /** Outcome key of the state-aid assessment. */
    public static final String STATE_AID = "stateAid";

    /**
     * Copies the lists.
     *
     * @param asOf the as-of date
     * @param current the outcomes as the facts stand
     * @param questions the questions, most decisive first
     * @param unsettled the outcomes no question settles
     * @param omitted further questions left out
     * @param evaluations evaluations run
     */
    public OpenQuestions {
        Objects.requireNonNull(current, "current");
        questions = List.copyOf(questions);
        unsettled = List.copyOf(unsettled);
    }

    /**
     * How far the search goes.
     *
     * @param maxQuestions at most this many questions are reported (the rest are counted in {@code omitted})
     * @param maxPairFacts where no single fact settles an outcome, pairs are tried among at most this many of its
     *     unknown facts: all of them when they are this few, else those that settle it for some answers; at most
     *     n(n-1)/2 pairs per outcome
     */
    public record Bounds(int maxQuestions, int maxPairFacts) {
        /** 10 questions; pairs among 4 facts (6 pairs) per outcome. */
        public static final Bounds DEFAULT = new Bounds(10, 4);

        /**
         * Checks the bounds.
         *
         * @param maxQuestions at most this many questions
         * @param maxPairFacts pairs among at most this many facts
         */
        public Bounds {
            if (maxQuestions < 1 || maxPairFacts < 0) {
                throw new IllegalArgumentException("maxQuestions must be >= 1 and maxPairFacts >= 0");
            }
        }
    }

    /**
     * The outcomes one evaluation gives.
     *
     * @param publicContract the public-contract assessment
     * @param stateAid the state-aid assessment
     * @param verdicts rule-set id → verdict, for the rule sets evaluated (for an answer: those that read the fact
     *     asked about, and those that build on them)
     */
    public record Outcomes(Likelihood publicContract, Likelihood stateAid, Map<String, Verdict> verdicts) {
        /**
         * Copies the verdicts, keeping their order.
         *
         * @param publicContract the public-contract assessment
         * @param stateAid the state-aid assessment
         * @param verdicts rule-set id → verdict
         */
        public Outcomes {
            Objects.requireNonNull(publicContract, "publicContract");
            Objects.requireNonNull(stateAid, "stateAid");
            verdicts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
        }

        /**
         * {@return whether the outcome is settled: an assessment other than NOT_ASSESSABLE, a verdict other than
         * INCOMPLETE; false when this evaluation did not give it}
         *
         * @param key {@link #PUBLIC_CONTRACT}, {@link #STATE_AID} or a rule-set id
         */
        public boolean settled(String key) {
            if (PUBLIC_CONTRACT.equals(key)) {
                return publicContract != Likelihood.NOT_ASSESSABLE;
            }
            if (STATE_AID.equals(key)) {
                return stateAid != Likelihood.NOT_ASSESSABLE;
            }
            Verdict v = verdicts.get(key);
            return v != null && v != Verdict.INCOMPLETE;
        }

        /**
         * {@return the outcome's value as its enum name ("LIKELY", "MEETS"), or null when this evaluation did not give it}
         *
         * @param key {@link #PUBLIC_CONTRACT}, {@link #STATE_AID} or a rule-set id
         */
        public String value(String key) {
            if (PUBLIC_CONTRACT.equals(key)) {
                return publicContract.name();
            }
            if (STATE_AID.equals(key)) {
                return stateAid.name();
            }
            Verdict v = verdicts.get(key);
            return v == null ? null : v.name();
        }
    }

    /**
     * An outcome that stays open.
     *
     * @param outcome {@link #PUBLIC_CONTRACT}, {@link #STATE_AID} or a rule-set id
     * @param why why no question is given for it, in Swedish and English
     */
    public record Unsettled(String outcome, LocalizedText why) {
        /**
         * Checks the parts are present.
         *
         * @param outcome the outcome key
         * @param why why it stays open
         */
        public Unsettled {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(why, "why");
        }
    }
}
