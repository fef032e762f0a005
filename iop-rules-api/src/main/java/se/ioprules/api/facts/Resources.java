package se.ioprules.api.facts;

import java.util.Set;

import java.util.ArrayList;
import java.util.List;

/**
 * C4: resources and budget.
 *
 * @param contributions Each party's inputs; empty = nothing recorded.
 * @param budget The budget.
 * @param paymentModel How public money reaches the idea-based party.
 * @param fixedPricePerUnit A fixed price per unit of service applies.
 * @param paymentTiming When money is paid.
 * @param surplusHandling What happens to a surplus.
 * @param activityExclusivelyDependentOnPublicFunding The activity depends solely on public funding.
 * @param volunteerReplacesPaidPublicWork Volunteer work replaces ordinary paid work within the public party's own duties.
 * @param operationalContributionsByAllParties All parties contribute operationally, not only with money.
 * @param otherPaymentModels Further payment models used besides paymentModel (e.g. a lump sum plus an amount per place).
 */
public record Resources(
        List<Contribution> contributions,
        Budget budget,
        PaymentModel paymentModel,
        Tri fixedPricePerUnit,
        PaymentTiming paymentTiming,
        SurplusHandling surplusHandling,
        Tri activityExclusivelyDependentOnPublicFunding,
        Tri volunteerReplacesPaidPublicWork,
        Tri operationalContributionsByAllParties,
        Set<PaymentModel> otherPaymentModels) {

    /** An instance with nothing recorded. */
    public static final Resources EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param contributions Each party's inputs; empty = nothing recorded.
     * @param budget The budget.
     * @param paymentModel How public money reaches the idea-based party.
     * @param fixedPricePerUnit A fixed price per unit of service applies.
     * @param paymentTiming When money is paid.
     * @param surplusHandling What happens to a surplus.
     * @param activityExclusivelyDependentOnPublicFunding The activity depends solely on public funding.
     * @param volunteerReplacesPaidPublicWork Volunteer work replaces ordinary paid work within the public party's own
     *     duties.
     * @param operationalContributionsByAllParties All parties contribute operationally, not only with money.
     * @param otherPaymentModels Further payment models used besides paymentModel (e.g. a lump sum plus an amount per
     *     place).
     */
    public Resources {
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        budget = budget == null ? Budget.EMPTY : budget;
        fixedPricePerUnit = fixedPricePerUnit == null ? Tri.UNKNOWN : fixedPricePerUnit;
        activityExclusivelyDependentOnPublicFunding = activityExclusivelyDependentOnPublicFunding == null ? Tri.UNKNOWN : activityExclusivelyDependentOnPublicFunding;
        volunteerReplacesPaidPublicWork = volunteerReplacesPaidPublicWork == null ? Tri.UNKNOWN : volunteerReplacesPaidPublicWork;
        operationalContributionsByAllParties = operationalContributionsByAllParties == null ? Tri.UNKNOWN : operationalContributionsByAllParties;
        otherPaymentModels = Facts.enumSet(PaymentModel.class, otherPaymentModels);
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.contributions = contributions;
        b.budget = budget;
        b.paymentModel = paymentModel;
        b.fixedPricePerUnit = fixedPricePerUnit;
        b.paymentTiming = paymentTiming;
        b.surplusHandling = surplusHandling;
        b.activityExclusivelyDependentOnPublicFunding = activityExclusivelyDependentOnPublicFunding;
        b.volunteerReplacesPaidPublicWork = volunteerReplacesPaidPublicWork;
        b.operationalContributionsByAllParties = operationalContributionsByAllParties;
        b.otherPaymentModels = otherPaymentModels;
        return b;
    }

    /** Mutable builder for {@link Resources}; not thread-safe. */
    public static final class Builder {
        private List<Contribution> contributions;
        private Budget budget;
        private PaymentModel paymentModel;
        private Tri fixedPricePerUnit;
        private PaymentTiming paymentTiming;
        private SurplusHandling surplusHandling;
        private Tri activityExclusivelyDependentOnPublicFunding;
        private Tri volunteerReplacesPaidPublicWork;
        private Tri operationalContributionsByAllParties;
        private Set<PaymentModel> otherPaymentModels;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code contributions} set}
         *
         * @param value Each party's inputs; empty = nothing recorded.
         */
        public Builder contributions(List<Contribution> value) {
            this.contributions = value;
            return this;
        }

        /**
         * {@return this builder, with {@code budget} set}
         *
         * @param value The budget.
         */
        public Builder budget(Budget value) {
            this.budget = value;
            return this;
        }

        /**
         * {@return this builder, with {@code paymentModel} set}
         *
         * @param value How public money reaches the idea-based party.
         */
        public Builder paymentModel(PaymentModel value) {
            this.paymentModel = value;
            return this;
        }

        /**
         * {@return this builder, with {@code fixedPricePerUnit} set}
         *
         * @param value A fixed price per unit of service applies.
         */
        public Builder fixedPricePerUnit(Tri value) {
            this.fixedPricePerUnit = value;
            return this;
        }

        /**
         * {@return this builder, with {@code paymentTiming} set}
         *
         * @param value When money is paid.
         */
        public Builder paymentTiming(PaymentTiming value) {
            this.paymentTiming = value;
            return this;
        }

        /**
         * {@return this builder, with {@code surplusHandling} set}
         *
         * @param value What happens to a surplus.
         */
        public Builder surplusHandling(SurplusHandling value) {
            this.surplusHandling = value;
            return this;
        }

        /**
         * {@return this builder, with {@code activityExclusivelyDependentOnPublicFunding} set}
         *
         * @param value The activity depends solely on public funding.
         */
        public Builder activityExclusivelyDependentOnPublicFunding(Tri value) {
            this.activityExclusivelyDependentOnPublicFunding = value;
            return this;
        }

        /**
         * {@return this builder, with {@code volunteerReplacesPaidPublicWork} set}
         *
         * @param value Volunteer work replaces ordinary paid work within the public party's own duties.
         */
        public Builder volunteerReplacesPaidPublicWork(Tri value) {
            this.volunteerReplacesPaidPublicWork = value;
            return this;
        }

        /**
         * {@return this builder, with {@code operationalContributionsByAllParties} set}
         *
         * @param value All parties contribute operationally, not only with money.
         */
        public Builder operationalContributionsByAllParties(Tri value) {
            this.operationalContributionsByAllParties = value;
            return this;
        }

        /**
         * Adds one element to {@code contributions}.
         *
         * @param value element
         * @return this builder
         */
        public Builder addContribution(Contribution value) {
            if (this.contributions == null) this.contributions = new ArrayList<>();
            else if (!(this.contributions instanceof ArrayList)) this.contributions = new ArrayList<>(this.contributions);
            this.contributions.add(value);
            return this;
        }

        /**
         * Convenience for {@link #fixedPricePerUnit(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder fixedPricePerUnit(Boolean value) {
            this.fixedPricePerUnit = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #activityExclusivelyDependentOnPublicFunding(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder activityExclusivelyDependentOnPublicFunding(Boolean value) {
            this.activityExclusivelyDependentOnPublicFunding = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #volunteerReplacesPaidPublicWork(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder volunteerReplacesPaidPublicWork(Boolean value) {
            this.volunteerReplacesPaidPublicWork = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #operationalContributionsByAllParties(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder operationalContributionsByAllParties(Boolean value) {
            this.operationalContributionsByAllParties = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code otherPaymentModels} set}
         *
         * @param value Further payment models used besides paymentModel (e.g. a lump sum plus an amount per place).
         */
        public Builder otherPaymentModels(Set<PaymentModel> value) {
            this.otherPaymentModels = value;
            return this;
        }

        /**
         * Varargs form of {@link #otherPaymentModels(Set)}.
         *
         * @param values elements
         * @return this builder
         */
        public Builder otherPaymentModels(PaymentModel... values) {
            this.otherPaymentModels = Set.of(values);
            return this;
        }

        /** {@return the immutable value} */
        public Resources build() {
            return new Resources(contributions, budget, paymentModel, fixedPricePerUnit, paymentTiming, surplusHandling, activityExclusivelyDependentOnPublicFunding, volunteerReplacesPaidPublicWork, operationalContributionsByAllParties, otherPaymentModels);
        }
    }
}
