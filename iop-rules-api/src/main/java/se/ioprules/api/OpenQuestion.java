package se.ioprules.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One decisive question: an unknown fact (or, where no single fact settles an outcome, a pair asked together) and
 * what each answer would give.
 *
 * @param facts the fact paths asked about: one, or two for a pair (list selectors name existing elements)
 * @param ask the question for the first fact, as a person would ask it (Swedish and English)
 * @param settles the outcomes settled whatever the answer ({@link OpenQuestions#PUBLIC_CONTRACT},
 *     {@link OpenQuestions#STATE_AID}, rule-set ids)
 * @param settlesForSome the outcomes settled only by some answers (each answer's {@link Answer#settles()} says which)
 * @param answers every answer that fits the recorded facts, with what it would give; an answer that contradicts
 *     them (the partnership would be invalid) is left out
 */
public record OpenQuestion(List<String> facts, LocalizedText ask, List<String> settles, List<String> settlesForSome,
        List<Answer> answers) {

    /**
     * Copies the lists.
     *
     * @param facts the fact paths asked about
     * @param ask the question
     * @param settles the outcomes settled whatever the answer
     * @param settlesForSome the outcomes settled by some answers
     * @param answers the answers with what they give
     */
    public OpenQuestion {
        facts = List.copyOf(facts);
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("a question is about at least one fact");
        }
        Objects.requireNonNull(ask, "ask");
        settles = List.copyOf(settles);
        settlesForSome = List.copyOf(settlesForSome);
        answers = List.copyOf(answers);
    }

    /** {@return the (first) fact asked about} */
    public String fact() {
        return facts.get(0);
    }

    /**
     * One answer and what it would give.
     *
     * @param values the value of each fact asked about, in the order of {@link OpenQuestion#facts()}
     * @param outcomes the outcomes of the evaluation with these values
     * @param settles the outcomes this answer settles that are open now
     */
    public record Answer(List<Value> values, OpenQuestions.Outcomes outcomes, List<String> settles) {
        /**
         * Copies the lists.
         *
         * @param values the values
         * @param outcomes the outcomes
         * @param settles the outcomes it settles
         */
        public Answer {
            values = List.copyOf(values);
            Objects.requireNonNull(outcomes, "outcomes");
            settles = List.copyOf(settles);
        }
    }

    /**
     * A value for a fact.
     *
     * @param fact the fact path
     * @param value the typed value ({@code Tri}, an enum constant, {@code Boolean}, {@code Integer}, {@code BigDecimal})
     * @param label how a person reads it (Swedish and English)
     */
    public record Value(String fact, Object value, LocalizedText label) {
        /**
         * Checks the parts are present.
         *
         * @param fact the fact path
         * @param value the typed value
         * @param label how a person reads it
         */
        public Value {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }

        /** {@return the value as written in the input JSON: "TRUE", an enum constant, true, 24} */
        public String text() {
            return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }
}
