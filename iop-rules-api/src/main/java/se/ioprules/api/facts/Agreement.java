package se.ioprules.api.facts;

import java.util.List;
import java.util.Set;

/**
 * C7: agreement clauses, wording and text. Field names follow the catalogue.
 *
 * @param agreementSigned The agreement has been signed by the parties.
 * @param agreementLabel What the document calls itself.
 * @param agreementText The agreement text (or an excerpt); scanned for purchase vocabulary.
 * @param agreementTopicsPresent Topics the agreement covers; null = not recorded.
 * @param sanctionClauses Sanction clauses; empty = none, null = not recorded.
 * @param remedyOnBreach What the public party can demand on breach.
 * @param authorityCanEnforcePerformance The public party can demand (enforce) performance.
 * @param detailRegulationLevel How closely the public party regulates the activity.
 * @param activityLevelRequirementsCount Number of activity-level requirements in the agreement.
 * @param volumeCommitments The agreement commits to volumes (places, hours, participants).
 * @param unilateralPublicInstructionRight The public party may instruct the activity unilaterally.
 * @param effortsFramework Fixed list of efforts or an adjustable framework (insatsram).
 * @param agreementStatesIndependentActivity The agreement states the activity is the idea-based party's own, not commissioned.
 * @param agreementStatesCoFinancedMutual The agreement states the relationship is co-financed and mutual.
 * @param commissionedByPublic The activity is commissioned (ordered) by the public party.
 * @param legalReviewDone The agreement has been legally reviewed.
 * @param instrument The instrument: signed IOP agreement, grant decision, procured contract, LOV contract or other.
 * @param counterPerformanceExpected Services or results are expected from the organisation in return for the money (a counter-performance), whether or not the public party commissioned the activity.
 */
public record Agreement(
        Tri agreementSigned,
        AgreementLabel agreementLabel,
        String agreementText,
        Set<AgreementTopic> agreementTopicsPresent,
        Set<SanctionClause> sanctionClauses,
        RemedyOnBreach remedyOnBreach,
        Tri authorityCanEnforcePerformance,
        DetailRegulationLevel detailRegulationLevel,
        Integer activityLevelRequirementsCount,
        Tri volumeCommitments,
        Tri unilateralPublicInstructionRight,
        EffortsFramework effortsFramework,
        Tri agreementStatesIndependentActivity,
        Tri agreementStatesCoFinancedMutual,
        Tri commissionedByPublic,
        Tri legalReviewDone,
        Instrument instrument,
        Tri counterPerformanceExpected) {

    /** An instance with nothing recorded. */
    public static final Agreement EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param agreementSigned The agreement has been signed by the parties.
     * @param agreementLabel What the document calls itself.
     * @param agreementText The agreement text (or an excerpt); scanned for purchase vocabulary.
     * @param agreementTopicsPresent Topics the agreement covers; null = not recorded.
     * @param sanctionClauses Sanction clauses; empty = none, null = not recorded.
     * @param remedyOnBreach What the public party can demand on breach.
     * @param authorityCanEnforcePerformance The public party can demand (enforce) performance.
     * @param detailRegulationLevel How closely the public party regulates the activity.
     * @param activityLevelRequirementsCount Number of activity-level requirements in the agreement.
     * @param volumeCommitments The agreement commits to volumes (places, hours, participants).
     * @param unilateralPublicInstructionRight The public party may instruct the activity unilaterally.
     * @param effortsFramework Fixed list of efforts or an adjustable framework (insatsram).
     * @param agreementStatesIndependentActivity The agreement states the activity is the idea-based party's own, not
     *     commissioned.
     * @param agreementStatesCoFinancedMutual The agreement states the relationship is co-financed and mutual.
     * @param commissionedByPublic The activity is commissioned (ordered) by the public party.
     * @param legalReviewDone The agreement has been legally reviewed.
     * @param instrument The instrument: signed IOP agreement, grant decision, procured contract, LOV contract or other.
     * @param counterPerformanceExpected Services or results are expected from the organisation in return for the money
     *     (a counter-performance), whether or not the public party commissioned the activity.
     */
    public Agreement {
        agreementSigned = agreementSigned == null ? Tri.UNKNOWN : agreementSigned;
        agreementTopicsPresent = Facts.enumSet(AgreementTopic.class, agreementTopicsPresent);
        sanctionClauses = Facts.enumSet(SanctionClause.class, sanctionClauses);
        authorityCanEnforcePerformance = authorityCanEnforcePerformance == null ? Tri.UNKNOWN : authorityCanEnforcePerformance;
        volumeCommitments = volumeCommitments == null ? Tri.UNKNOWN : volumeCommitments;
        unilateralPublicInstructionRight = unilateralPublicInstructionRight == null ? Tri.UNKNOWN : unilateralPublicInstructionRight;
        agreementStatesIndependentActivity = agreementStatesIndependentActivity == null ? Tri.UNKNOWN : agreementStatesIndependentActivity;
        agreementStatesCoFinancedMutual = agreementStatesCoFinancedMutual == null ? Tri.UNKNOWN : agreementStatesCoFinancedMutual;
        commissionedByPublic = commissionedByPublic == null ? Tri.UNKNOWN : commissionedByPublic;
        legalReviewDone = legalReviewDone == null ? Tri.UNKNOWN : legalReviewDone;
        counterPerformanceExpected = counterPerformanceExpected == null ? Tri.UNKNOWN : counterPerformanceExpected;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.agreementSigned = agreementSigned;
        b.agreementLabel = agreementLabel;
        b.agreementText = agreementText;
        b.agreementTopicsPresent = agreementTopicsPresent;
        b.sanctionClauses = sanctionClauses;
        b.remedyOnBreach = remedyOnBreach;
        b.authorityCanEnforcePerformance = authorityCanEnforcePerformance;
        b.detailRegulationLevel = detailRegulationLevel;
        b.activityLevelRequirementsCount = activityLevelRequirementsCount;
        b.volumeCommitments = volumeCommitments;
        b.unilateralPublicInstructionRight = unilateralPublicInstructionRight;
        b.effortsFramework = effortsFramework;
        b.agreementStatesIndependentActivity = agreementStatesIndependentActivity;
        b.agreementStatesCoFinancedMutual = agreementStatesCoFinancedMutual;
        b.commissionedByPublic = commissionedByPublic;
        b.legalReviewDone = legalReviewDone;
        b.instrument = instrument;
        b.counterPerformanceExpected = counterPerformanceExpected;
        return b;
    }

    /** Mutable builder for {@link Agreement}; not thread-safe. */
    public static final class Builder {
        private Tri agreementSigned;
        private AgreementLabel agreementLabel;
        private String agreementText;
        private Set<AgreementTopic> agreementTopicsPresent;
        private Set<SanctionClause> sanctionClauses;
        private RemedyOnBreach remedyOnBreach;
        private Tri authorityCanEnforcePerformance;
        private DetailRegulationLevel detailRegulationLevel;
        private Integer activityLevelRequirementsCount;
        private Tri volumeCommitments;
        private Tri unilateralPublicInstructionRight;
        private EffortsFramework effortsFramework;
        private Tri agreementStatesIndependentActivity;
        private Tri agreementStatesCoFinancedMutual;
        private Tri commissionedByPublic;
        private Tri legalReviewDone;
        private Instrument instrument;
        private Tri counterPerformanceExpected;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code agreementSigned} set}
         *
         * @param value The agreement has been signed by the parties.
         */
        public Builder agreementSigned(Tri value) {
            this.agreementSigned = value;
            return this;
        }

        /**
         * {@return this builder, with {@code agreementLabel} set}
         *
         * @param value What the document calls itself.
         */
        public Builder agreementLabel(AgreementLabel value) {
            this.agreementLabel = value;
            return this;
        }

        /**
         * {@return this builder, with {@code agreementText} set}
         *
         * @param value The agreement text (or an excerpt); scanned for purchase vocabulary.
         */
        public Builder agreementText(String value) {
            this.agreementText = value;
            return this;
        }

        /**
         * {@return this builder, with {@code agreementTopicsPresent} set}
         *
         * @param value Topics the agreement covers; null = not recorded.
         */
        public Builder agreementTopicsPresent(Set<AgreementTopic> value) {
            this.agreementTopicsPresent = value;
            return this;
        }

        /**
         * {@return this builder, with {@code sanctionClauses} set}
         *
         * @param value Sanction clauses; empty = none, null = not recorded.
         */
        public Builder sanctionClauses(Set<SanctionClause> value) {
            this.sanctionClauses = value;
            return this;
        }

        /**
         * {@return this builder, with {@code remedyOnBreach} set}
         *
         * @param value What the public party can demand on breach.
         */
        public Builder remedyOnBreach(RemedyOnBreach value) {
            this.remedyOnBreach = value;
            return this;
        }

        /**
         * {@return this builder, with {@code authorityCanEnforcePerformance} set}
         *
         * @param value The public party can demand (enforce) performance.
         */
        public Builder authorityCanEnforcePerformance(Tri value) {
            this.authorityCanEnforcePerformance = value;
            return this;
        }

        /**
         * {@return this builder, with {@code detailRegulationLevel} set}
         *
         * @param value How closely the public party regulates the activity.
         */
        public Builder detailRegulationLevel(DetailRegulationLevel value) {
            this.detailRegulationLevel = value;
            return this;
        }

        /**
         * {@return this builder, with {@code activityLevelRequirementsCount} set}
         *
         * @param value Number of activity-level requirements in the agreement.
         */
        public Builder activityLevelRequirementsCount(Integer value) {
            this.activityLevelRequirementsCount = value;
            return this;
        }

        /**
         * {@return this builder, with {@code volumeCommitments} set}
         *
         * @param value The agreement commits to volumes (places, hours, participants).
         */
        public Builder volumeCommitments(Tri value) {
            this.volumeCommitments = value;
            return this;
        }

        /**
         * {@return this builder, with {@code unilateralPublicInstructionRight} set}
         *
         * @param value The public party may instruct the activity unilaterally.
         */
        public Builder unilateralPublicInstructionRight(Tri value) {
            this.unilateralPublicInstructionRight = value;
            return this;
        }

        /**
         * {@return this builder, with {@code effortsFramework} set}
         *
         * @param value Fixed list of efforts or an adjustable framework (insatsram).
         */
        public Builder effortsFramework(EffortsFramework value) {
            this.effortsFramework = value;
            return this;
        }

        /**
         * {@return this builder, with {@code agreementStatesIndependentActivity} set}
         *
         * @param value The agreement states the activity is the idea-based party's own, not commissioned.
         */
        public Builder agreementStatesIndependentActivity(Tri value) {
            this.agreementStatesIndependentActivity = value;
            return this;
        }

        /**
         * {@return this builder, with {@code agreementStatesCoFinancedMutual} set}
         *
         * @param value The agreement states the relationship is co-financed and mutual.
         */
        public Builder agreementStatesCoFinancedMutual(Tri value) {
            this.agreementStatesCoFinancedMutual = value;
            return this;
        }

        /**
         * {@return this builder, with {@code commissionedByPublic} set}
         *
         * @param value The activity is commissioned (ordered) by the public party.
         */
        public Builder commissionedByPublic(Tri value) {
            this.commissionedByPublic = value;
            return this;
        }

        /**
         * {@return this builder, with {@code legalReviewDone} set}
         *
         * @param value The agreement has been legally reviewed.
         */
        public Builder legalReviewDone(Tri value) {
            this.legalReviewDone = value;
            return this;
        }

        /**
         * Convenience for {@link #agreementSigned(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder agreementSigned(Boolean value) {
            this.agreementSigned = Tri.of(value);
            return this;
        }

        /**
         * Varargs form of {@link #agreementTopicsPresent(Set)}.
         *
         * @param values elements
         * @return this builder
         */
        public Builder agreementTopicsPresent(AgreementTopic... values) {
            this.agreementTopicsPresent = Set.of(values);
            return this;
        }

        /**
         * Varargs form of {@link #sanctionClauses(Set)}.
         *
         * @param values elements
         * @return this builder
         */
        public Builder sanctionClauses(SanctionClause... values) {
            this.sanctionClauses = Set.of(values);
            return this;
        }

        /**
         * Convenience for {@link #authorityCanEnforcePerformance(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder authorityCanEnforcePerformance(Boolean value) {
            this.authorityCanEnforcePerformance = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #volumeCommitments(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder volumeCommitments(Boolean value) {
            this.volumeCommitments = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #unilateralPublicInstructionRight(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder unilateralPublicInstructionRight(Boolean value) {
            this.unilateralPublicInstructionRight = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #agreementStatesIndependentActivity(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder agreementStatesIndependentActivity(Boolean value) {
            this.agreementStatesIndependentActivity = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #agreementStatesCoFinancedMutual(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder agreementStatesCoFinancedMutual(Boolean value) {
            this.agreementStatesCoFinancedMutual = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #commissionedByPublic(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder commissionedByPublic(Boolean value) {
            this.commissionedByPublic = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #legalReviewDone(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder legalReviewDone(Boolean value) {
            this.legalReviewDone = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code instrument} set}
         *
         * @param value The instrument: signed IOP agreement, grant decision, procured contract, LOV contract or other.
         */
        public Builder instrument(Instrument value) {
            this.instrument = value;
            return this;
        }

        /**
         * {@return this builder, with {@code counterPerformanceExpected} set}
         *
         * @param value Services or results are expected from the organisation in return for the money (a
         *     counter-performance), whether or not the public party commissioned the activity.
         */
        public Builder counterPerformanceExpected(Tri value) {
            this.counterPerformanceExpected = value;
            return this;
        }

        /**
         * Convenience for {@link #counterPerformanceExpected(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder counterPerformanceExpected(Boolean value) {
            this.counterPerformanceExpected = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Agreement build() {
            return new Agreement(agreementSigned, agreementLabel, agreementText, agreementTopicsPresent, sanctionClauses, remedyOnBreach, authorityCanEnforcePerformance, detailRegulationLevel, activityLevelRequirementsCount, volumeCommitments, unilateralPublicInstructionRight, effortsFramework, agreementStatesIndependentActivity, agreementStatesCoFinancedMutual, commissionedByPublic, legalReviewDone, instrument, counterPerformanceExpected);
        }
    }
}
