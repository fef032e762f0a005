package se.ioprules.api;

import java.util.List;
import se.ioprules.api.facts.Partnership;

/**
 * Evaluates partnerships against versioned rule sets. Thread-safe: one engine serves the whole application;
 * compiled rule sets are shared and each evaluation runs in its own session.
 *
 * <pre>{@code
 * try (IopRulesEngine engine = IopRules.engine()) {
 *     Evaluation e = engine.evaluate(partnership);
 * }
 * }</pre>
 */
public interface IopRulesEngine extends AutoCloseable {

    /**
     * Evaluates with the rule sets in force on the partnership's decision date (see {@link EvaluationRequest}).
     *
     * @param partnership the facts
     * @return the evaluation
     * @throws InvalidPartnershipException if the facts are inconsistent (every problem is listed)
     * @throws RuleSetException if a rule set cannot be loaded
     */
    default Evaluation evaluate(Partnership partnership) {
        return evaluate(partnership, EvaluationRequest.DEFAULT);
    }

    /**
     * {@return the evaluation}
     *
     * @param partnership the facts
     * @param request as-of date, rule-set selection and parameter overrides
     * @throws InvalidPartnershipException if the facts are inconsistent (every problem is listed)
     * @throws RuleSetException if a named rule set or version does not exist or cannot be loaded
     */
    Evaluation evaluate(Partnership partnership, EvaluationRequest request);

    /**
     * The decisive unknowns: which unknown facts would settle the assessments and verdicts that are open, and how,
     * found by evaluating the alternatives (see {@link OpenQuestions}); within {@link OpenQuestions.Bounds#DEFAULT}.
     *
     * @param partnership the facts (not changed)
     * @param request as for {@link #evaluate(Partnership, EvaluationRequest)}
     * @return the questions, most decisive first
     * @throws InvalidPartnershipException if the facts are inconsistent (every problem is listed)
     * @throws RuleSetException as for {@link #evaluate(Partnership, EvaluationRequest)}
     */
    default OpenQuestions openQuestions(Partnership partnership, EvaluationRequest request) {
        return openQuestions(partnership, request, OpenQuestions.Bounds.DEFAULT);
    }

    /**
     * {@return the decisive unknowns, as {@link #openQuestions(Partnership, EvaluationRequest)}, within the bounds}
     *
     * @param partnership the facts (not changed)
     * @param request as for {@link #evaluate(Partnership, EvaluationRequest)}
     * @param bounds how many questions, and among how many facts pairs are tried
     */
    OpenQuestions openQuestions(Partnership partnership, EvaluationRequest request, OpenQuestions.Bounds bounds);

    /** {@return every rule-set version the engine knows, built-in and external} */
    List<RuleSetInfo> ruleSets();

    /**
     * Checks the facts without evaluating.
     *
     * @param partnership the facts
     * @return every problem found; empty when valid
     */
    default List<Problem> validate(Partnership partnership) {
        return PartnershipValidator.validate(partnership);
    }

    /**
     * Starts loading, in the background, the rule sets that every evaluation needs (the two that give the overall
     * assessment), and returns at once: an application that creates its engine a moment before its first evaluation
     * (the command line reads its input meanwhile) finds them loaded or under way. Optional: an evaluation loads
     * whatever it needs itself; a failure to load is reported by the evaluation that needs the rule set.
     */
    default void prepare() {
    }

    /** Releases compiled rule sets. */
    @Override
    void close();
}
