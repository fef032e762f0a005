package se.ioprules.api.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * C10: state-aid context (art. 107(1) TFEU).
 *
 * @param activityEconomicNature Whether the idea-based party's activity is economic.
 * @param solidarityBasedScheme The activity is part of a scheme with a social objective, based on the principle of solidarity and under state supervision (e.g. a compulsory social insurance scheme).
 * @param compensationAboveCost Compensation exceeds cost.
 * @param marketTermsApplied The transaction is on market terms.
 * @param selective The advantage is selective (favours certain undertakings).
 * @param competitorsExist The recipient has competitors.
 * @param tradeEffect Effect on trade between member states.
 * @param customersFromOtherMemberStates The recipient is likely to attract customers or users from other member states.
 * @param crossBorderInvestmentEffect The support can have more than a marginal effect on cross-border investment or establishment (undertakings from other member states setting up or investing in the market).
 * @param aidAmountEur3y Aid to the recipient over a rolling three-year period in EUR, including other de minimis aid.
 * @param sgeiEntrusted The recipient is entrusted with a service of general economic interest (SGEI).
 * @param grantedAsDeMinimis The support is granted as de minimis aid: the decision refers to the de minimis regulation and tells the recipient so.
 * @param otherDeMinimisChecked Other de minimis aid to the recipient in the three-year period has been checked (declaration or register), so the cumulated amount is known.
 */
public record StateAidContext(
        EconomicNature activityEconomicNature,
        Tri solidarityBasedScheme,
        Tri compensationAboveCost,
        Tri marketTermsApplied,
        Tri selective,
        Tri competitorsExist,
        TradeEffect tradeEffect,
        Tri customersFromOtherMemberStates,
        Tri crossBorderInvestmentEffect,
        BigDecimal aidAmountEur3y,
        Tri sgeiEntrusted,
        Tri grantedAsDeMinimis,
        Tri otherDeMinimisChecked) {

    /** An instance with nothing recorded. */
    public static final StateAidContext EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param activityEconomicNature Whether the idea-based party's activity is economic.
     * @param solidarityBasedScheme The activity is part of a scheme with a social objective, based on the principle
     *     of solidarity and under state supervision (e.g. a compulsory social insurance scheme).
     * @param compensationAboveCost Compensation exceeds cost.
     * @param marketTermsApplied The transaction is on market terms.
     * @param selective The advantage is selective (favours certain undertakings).
     * @param competitorsExist The recipient has competitors.
     * @param tradeEffect Effect on trade between member states.
     * @param customersFromOtherMemberStates The recipient is likely to attract customers or users from other member
     *     states.
     * @param crossBorderInvestmentEffect The support can have more than a marginal effect on cross-border investment
     *     or establishment (undertakings from other member states setting up or investing in the market).
     * @param aidAmountEur3y Aid to the recipient over a rolling three-year period in EUR, including other de minimis
     *     aid.
     * @param sgeiEntrusted The recipient is entrusted with a service of general economic interest (SGEI).
     * @param grantedAsDeMinimis The support is granted as de minimis aid: the decision refers to the de minimis
     *     regulation and tells the recipient so.
     * @param otherDeMinimisChecked Other de minimis aid to the recipient in the three-year period has been checked
     *     (declaration or register), so the cumulated amount is known.
     */
    public StateAidContext {
        compensationAboveCost = compensationAboveCost == null ? Tri.UNKNOWN : compensationAboveCost;
        marketTermsApplied = marketTermsApplied == null ? Tri.UNKNOWN : marketTermsApplied;
        selective = selective == null ? Tri.UNKNOWN : selective;
        competitorsExist = competitorsExist == null ? Tri.UNKNOWN : competitorsExist;
        customersFromOtherMemberStates = customersFromOtherMemberStates == null ? Tri.UNKNOWN : customersFromOtherMemberStates;
        crossBorderInvestmentEffect = crossBorderInvestmentEffect == null ? Tri.UNKNOWN : crossBorderInvestmentEffect;
        sgeiEntrusted = sgeiEntrusted == null ? Tri.UNKNOWN : sgeiEntrusted;
        grantedAsDeMinimis = grantedAsDeMinimis == null ? Tri.UNKNOWN : grantedAsDeMinimis;
        otherDeMinimisChecked = otherDeMinimisChecked == null ? Tri.UNKNOWN : otherDeMinimisChecked;
        solidarityBasedScheme = solidarityBasedScheme == null ? Tri.UNKNOWN : solidarityBasedScheme;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.activityEconomicNature = activityEconomicNature;
        b.solidarityBasedScheme = solidarityBasedScheme;
        b.compensationAboveCost = compensationAboveCost;
        b.marketTermsApplied = marketTermsApplied;
        b.selective = selective;
        b.competitorsExist = competitorsExist;
        b.tradeEffect = tradeEffect;
        b.customersFromOtherMemberStates = customersFromOtherMemberStates;
        b.crossBorderInvestmentEffect = crossBorderInvestmentEffect;
        b.aidAmountEur3y = aidAmountEur3y;
        b.sgeiEntrusted = sgeiEntrusted;
        b.grantedAsDeMinimis = grantedAsDeMinimis;
        b.otherDeMinimisChecked = otherDeMinimisChecked;
        return b;
    }

    /** Mutable builder for {@link StateAidContext}; not thread-safe. */
    public static final class Builder {
        private EconomicNature activityEconomicNature;
        private Tri solidarityBasedScheme;
        private Tri compensationAboveCost;
        private Tri marketTermsApplied;
        private Tri selective;
        private Tri competitorsExist;
        private TradeEffect tradeEffect;
        private Tri customersFromOtherMemberStates;
        private Tri crossBorderInvestmentEffect;
        private BigDecimal aidAmountEur3y;
        private Tri sgeiEntrusted;
        private Tri grantedAsDeMinimis;
        private Tri otherDeMinimisChecked;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code activityEconomicNature} set}
         *
         * @param value Whether the idea-based party's activity is economic.
         */
        public Builder activityEconomicNature(EconomicNature value) {
            this.activityEconomicNature = value;
            return this;
        }

        /**
         * {@return this builder, with {@code compensationAboveCost} set}
         *
         * @param value Compensation exceeds cost.
         */
        public Builder compensationAboveCost(Tri value) {
            this.compensationAboveCost = value;
            return this;
        }

        /**
         * {@return this builder, with {@code marketTermsApplied} set}
         *
         * @param value The transaction is on market terms.
         */
        public Builder marketTermsApplied(Tri value) {
            this.marketTermsApplied = value;
            return this;
        }

        /**
         * {@return this builder, with {@code selective} set}
         *
         * @param value The advantage is selective (favours certain undertakings).
         */
        public Builder selective(Tri value) {
            this.selective = value;
            return this;
        }

        /**
         * {@return this builder, with {@code competitorsExist} set}
         *
         * @param value The recipient has competitors.
         */
        public Builder competitorsExist(Tri value) {
            this.competitorsExist = value;
            return this;
        }

        /**
         * {@return this builder, with {@code tradeEffect} set}
         *
         * @param value Effect on trade between member states.
         */
        public Builder tradeEffect(TradeEffect value) {
            this.tradeEffect = value;
            return this;
        }

        /**
         * {@return this builder, with {@code customersFromOtherMemberStates} set}
         *
         * @param value The recipient is likely to attract customers or users from other member states.
         */
        public Builder customersFromOtherMemberStates(Tri value) {
            this.customersFromOtherMemberStates = value;
            return this;
        }

        /**
         * {@return this builder, with {@code crossBorderInvestmentEffect} set}
         *
         * @param value The support can have more than a marginal effect on cross-border investment or establishment.
         */
        public Builder crossBorderInvestmentEffect(Tri value) {
            this.crossBorderInvestmentEffect = value;
            return this;
        }

        /**
         * Convenience for {@link #customersFromOtherMemberStates(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder customersFromOtherMemberStates(Boolean value) {
            this.customersFromOtherMemberStates = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #crossBorderInvestmentEffect(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder crossBorderInvestmentEffect(Boolean value) {
            this.crossBorderInvestmentEffect = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code aidAmountEur3y} set}
         *
         * @param value Aid to the recipient over a rolling three-year period in EUR, including other de minimis aid.
         */
        public Builder aidAmountEur3y(BigDecimal value) {
            this.aidAmountEur3y = value;
            return this;
        }

        /**
         * {@return this builder, with {@code sgeiEntrusted} set}
         *
         * @param value The recipient is entrusted with a service of general economic interest (SGEI).
         */
        public Builder sgeiEntrusted(Tri value) {
            this.sgeiEntrusted = value;
            return this;
        }

        /**
         * Convenience for {@link #compensationAboveCost(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder compensationAboveCost(Boolean value) {
            this.compensationAboveCost = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #marketTermsApplied(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder marketTermsApplied(Boolean value) {
            this.marketTermsApplied = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #selective(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder selective(Boolean value) {
            this.selective = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #competitorsExist(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder competitorsExist(Boolean value) {
            this.competitorsExist = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #sgeiEntrusted(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder sgeiEntrusted(Boolean value) {
            this.sgeiEntrusted = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code grantedAsDeMinimis} set}
         *
         * @param value The support is granted as de minimis aid: the decision refers to the de minimis regulation and
         *     tells the recipient so.
         */
        public Builder grantedAsDeMinimis(Tri value) {
            this.grantedAsDeMinimis = value;
            return this;
        }

        /**
         * Convenience for {@link #grantedAsDeMinimis(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder grantedAsDeMinimis(Boolean value) {
            this.grantedAsDeMinimis = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code otherDeMinimisChecked} set}
         *
         * @param value Other de minimis aid to the recipient in the three-year period has been checked (declaration or
         *     register), so the cumulated amount is known.
         */
        public Builder otherDeMinimisChecked(Tri value) {
            this.otherDeMinimisChecked = value;
            return this;
        }

        /**
         * Convenience for {@link #otherDeMinimisChecked(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder otherDeMinimisChecked(Boolean value) {
            this.otherDeMinimisChecked = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code solidarityBasedScheme} set}
         *
         * @param value The activity is part of a scheme with a social objective, based on the principle of solidarity
         *     and under state supervision.
         */
        public Builder solidarityBasedScheme(Tri value) {
            this.solidarityBasedScheme = value;
            return this;
        }

        /**
         * Convenience for {@link #solidarityBasedScheme(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder solidarityBasedScheme(Boolean value) {
            this.solidarityBasedScheme = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public StateAidContext build() {
            return new StateAidContext(activityEconomicNature, solidarityBasedScheme, compensationAboveCost, marketTermsApplied, selective, competitorsExist, tradeEffect, customersFromOtherMemberStates, crossBorderInvestmentEffect, aidAmountEur3y, sgeiEntrusted, grantedAsDeMinimis, otherDeMinimisChecked);
        }
    }
}
