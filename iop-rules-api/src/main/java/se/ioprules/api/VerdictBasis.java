package se.ioprules.api;

/**
 * Which step of the verdict rule ({@link Verdict}) decided a rule set's verdict, so that a report or a JSON consumer
 * can say why: a {@code DOES_NOT_MEET} from a failed legal requirement reads differently from one where most guiding
 * indicators failed, and an {@code INCOMPLETE} with missing facts differently from one where nothing was assessed.
 */
public enum VerdictBasis {
    /** A legal requirement fails. */
    LEGAL_REQUIREMENT_FAILED(Verdict.DOES_NOT_MEET),
    /** More than {@code maxFailedIndicatorShare} of the applicable guiding indicators fail (in a rule set without
     * legal requirements and guiding indicators: of its recommendations and good practice). */
    MOST_INDICATORS_FAILED(Verdict.DOES_NOT_MEET),
    /** A legal requirement or guiding indicator is not assessable (in a rule set without those kinds: a
     * recommendation or good practice, which are then what it asks for). */
    FACTS_MISSING(Verdict.INCOMPLETE),
    /** Nothing that counts was assessed: every finding that counts is not applicable, or there is none. */
    NOTHING_ASSESSED(Verdict.INCOMPLETE),
    /** None of the above. */
    MET(Verdict.MEETS);

    private final Verdict verdict;

    VerdictBasis(Verdict verdict) {
        this.verdict = verdict;
    }

    /** {@return the verdict this basis gives} */
    public Verdict verdict() {
        return verdict;
    }
}
