package se.ioprules.api.facts;

import java.util.List;

/**
 * C6: governance and follow-up.
 *
 * @param steeringGroup The joint steering group.
 * @param jointFollowUp Follow-up is done jointly.
 * @param jointEvaluation Evaluation is done jointly.
 * @param annualPlanAndBudgetAnnexed An updated activity plan and budget is annexed annually.
 * @param rolesDefined Roles are defined.
 * @param powerMapped Power structures are mapped.
 * @param joinableByNewParties New parties may join as needed.
 * @param evaluationFrequencyMonths Months between evaluations.
 * @param financialInsight The public party's insight into the activity's finances.
 * @param geographicScope Geographic scope of the activity.
 * @param reportingRequirementsCount Number of reporting requirements placed on the idea-based party.
 */
public record Governance(
        SteeringGroup steeringGroup,
        Tri jointFollowUp,
        Tri jointEvaluation,
        Tri annualPlanAndBudgetAnnexed,
        Tri rolesDefined,
        Tri powerMapped,
        Tri joinableByNewParties,
        Integer evaluationFrequencyMonths,
        FinancialInsight financialInsight,
        GeographicScope geographicScope,
        Integer reportingRequirementsCount) {

    /** An instance with nothing recorded. */
    public static final Governance EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param steeringGroup The joint steering group.
     * @param jointFollowUp Follow-up is done jointly.
     * @param jointEvaluation Evaluation is done jointly.
     * @param annualPlanAndBudgetAnnexed An updated activity plan and budget is annexed annually.
     * @param rolesDefined Roles are defined.
     * @param powerMapped Power structures are mapped.
     * @param joinableByNewParties New parties may join as needed.
     * @param evaluationFrequencyMonths Months between evaluations.
     * @param financialInsight The public party's insight into the activity's finances.
     * @param geographicScope Geographic scope of the activity.
     * @param reportingRequirementsCount Number of reporting requirements placed on the idea-based party.
     */
    public Governance {
        steeringGroup = steeringGroup == null ? SteeringGroup.EMPTY : steeringGroup;
        jointFollowUp = jointFollowUp == null ? Tri.UNKNOWN : jointFollowUp;
        jointEvaluation = jointEvaluation == null ? Tri.UNKNOWN : jointEvaluation;
        annualPlanAndBudgetAnnexed = annualPlanAndBudgetAnnexed == null ? Tri.UNKNOWN : annualPlanAndBudgetAnnexed;
        rolesDefined = rolesDefined == null ? Tri.UNKNOWN : rolesDefined;
        powerMapped = powerMapped == null ? Tri.UNKNOWN : powerMapped;
        joinableByNewParties = joinableByNewParties == null ? Tri.UNKNOWN : joinableByNewParties;
        financialInsight = financialInsight == null ? FinancialInsight.EMPTY : financialInsight;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.steeringGroup = steeringGroup;
        b.jointFollowUp = jointFollowUp;
        b.jointEvaluation = jointEvaluation;
        b.annualPlanAndBudgetAnnexed = annualPlanAndBudgetAnnexed;
        b.rolesDefined = rolesDefined;
        b.powerMapped = powerMapped;
        b.joinableByNewParties = joinableByNewParties;
        b.evaluationFrequencyMonths = evaluationFrequencyMonths;
        b.financialInsight = financialInsight;
        b.geographicScope = geographicScope;
        b.reportingRequirementsCount = reportingRequirementsCount;
        return b;
    }

    /** Mutable builder for {@link Governance}; not thread-safe. */
    public static final class Builder {
        private SteeringGroup steeringGroup;
        private Tri jointFollowUp;
        private Tri jointEvaluation;
        private Tri annualPlanAndBudgetAnnexed;
        private Tri rolesDefined;
        private Tri powerMapped;
        private Tri joinableByNewParties;
        private Integer evaluationFrequencyMonths;
        private FinancialInsight financialInsight;
        private GeographicScope geographicScope;
        private Integer reportingRequirementsCount;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code steeringGroup} set}
         *
         * @param value The joint steering group.
         */
        public Builder steeringGroup(SteeringGroup value) {
            this.steeringGroup = value;
            return this;
        }

        /**
         * {@return this builder, with {@code jointFollowUp} set}
         *
         * @param value Follow-up is done jointly.
         */
        public Builder jointFollowUp(Tri value) {
            this.jointFollowUp = value;
            return this;
        }

        /**
         * {@return this builder, with {@code jointEvaluation} set}
         *
         * @param value Evaluation is done jointly.
         */
        public Builder jointEvaluation(Tri value) {
            this.jointEvaluation = value;
            return this;
        }

        /**
         * {@return this builder, with {@code annualPlanAndBudgetAnnexed} set}
         *
         * @param value An updated activity plan and budget is annexed annually.
         */
        public Builder annualPlanAndBudgetAnnexed(Tri value) {
            this.annualPlanAndBudgetAnnexed = value;
            return this;
        }

        /**
         * {@return this builder, with {@code rolesDefined} set}
         *
         * @param value Roles are defined.
         */
        public Builder rolesDefined(Tri value) {
            this.rolesDefined = value;
            return this;
        }

        /**
         * {@return this builder, with {@code powerMapped} set}
         *
         * @param value Power structures are mapped.
         */
        public Builder powerMapped(Tri value) {
            this.powerMapped = value;
            return this;
        }

        /**
         * {@return this builder, with {@code joinableByNewParties} set}
         *
         * @param value New parties may join as needed.
         */
        public Builder joinableByNewParties(Tri value) {
            this.joinableByNewParties = value;
            return this;
        }

        /**
         * {@return this builder, with {@code evaluationFrequencyMonths} set}
         *
         * @param value Months between evaluations.
         */
        public Builder evaluationFrequencyMonths(Integer value) {
            this.evaluationFrequencyMonths = value;
            return this;
        }

        /**
         * {@return this builder, with {@code financialInsight} set}
         *
         * @param value The public party's insight into the activity's finances.
         */
        public Builder financialInsight(FinancialInsight value) {
            this.financialInsight = value;
            return this;
        }

        /**
         * {@return this builder, with {@code geographicScope} set}
         *
         * @param value Geographic scope of the activity.
         */
        public Builder geographicScope(GeographicScope value) {
            this.geographicScope = value;
            return this;
        }

        /**
         * {@return this builder, with {@code reportingRequirementsCount} set}
         *
         * @param value Number of reporting requirements placed on the idea-based party.
         */
        public Builder reportingRequirementsCount(Integer value) {
            this.reportingRequirementsCount = value;
            return this;
        }

        /**
         * Convenience for {@link #jointFollowUp(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder jointFollowUp(Boolean value) {
            this.jointFollowUp = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #jointEvaluation(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder jointEvaluation(Boolean value) {
            this.jointEvaluation = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #annualPlanAndBudgetAnnexed(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder annualPlanAndBudgetAnnexed(Boolean value) {
            this.annualPlanAndBudgetAnnexed = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #rolesDefined(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder rolesDefined(Boolean value) {
            this.rolesDefined = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #powerMapped(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder powerMapped(Boolean value) {
            this.powerMapped = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #joinableByNewParties(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder joinableByNewParties(Boolean value) {
            this.joinableByNewParties = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Governance build() {
            return new Governance(steeringGroup, jointFollowUp, jointEvaluation, annualPlanAndBudgetAnnexed, rolesDefined, powerMapped, joinableByNewParties, evaluationFrequencyMonths, financialInsight, geographicScope, reportingRequirementsCount);
        }
    }
}
