package se.ioprules.api.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * C1 and C8: facts about an idea-based party — registration under Lag (2022:900) and partner vetting.
 *
 * @param registeredIn2022_900 Registered as idéburen organisation with Kammarkollegiet under Lag (2022:900).
 * @param purposeExclusivelyPublicBenefit Exclusively public-benefit purpose (uteslutande allmännyttigt syfte).
 * @param purposeStatedInGoverningDoc That purpose is stated in statutes, articles, deed or equivalent.
 * @param publicControllingInfluence State, region or municipality has legal controlling influence (rättsligt bestämmande inflytande).
 * @param dissolutionClauseCompliant Governing documents distribute residual assets on dissolution consistently with the value-transfer limit.
 * @param runsOrIntendsPubliclyFundedWelfare Runs or intends to run publicly funded welfare activity.
 * @param valueTransfersMade Any value transfer (värdeöverföring) was made or decided in the period reported.
 * @param valueTransfers The value transfers made or decided, as far as known.
 * @param distributesProfit The organisation distributes profit to members or owners.
 * @param annualReportFiled Annual report to Kammarkollegiet filed (registered organisations).
 * @param financialOrderDemonstrated The organisation has shown sound finances (god ekonomisk ordning).
 * @param memberCount Number of members.
 * @param annualTurnoverSek Annual turnover in SEK.
 * @param partnerDocuments C8: documents handed in before the agreement (null = not recorded).
 * @param documentsNotExisting C8: documents the organisation does not have (null = not recorded).
 * @param valuesCheckDone C8: the public party checked that the organisation is run consistently with its values.
 * @param democracy C8: democracy conditions (SOU 2019:35 as adopted by Stockholm AMN).
 * @param advocatesViolenceAlcoholDrugs C8: there is evidence the organisation advocates violence, alcohol or drugs.
 * @param participantRiskIdentified C8: participants are exposed to negative effects (legal certainty, physical safety).
 * @param remediationTaken C8: the organisation has distanced itself and taken measures after an exclusion ground.
 * @param remediationCompleted C8: those measures are completed and judged adequate.
 */
public record IdeaBasedProfile(
        Tri registeredIn2022_900,
        Tri purposeExclusivelyPublicBenefit,
        Tri purposeStatedInGoverningDoc,
        Tri publicControllingInfluence,
        Tri dissolutionClauseCompliant,
        Tri runsOrIntendsPubliclyFundedWelfare,
        Tri valueTransfersMade,
        List<ValueTransfer> valueTransfers,
        Tri distributesProfit,
        Tri annualReportFiled,
        Tri financialOrderDemonstrated,
        Integer memberCount,
        BigDecimal annualTurnoverSek,
        Set<PartnerDocument> partnerDocuments,
        Set<PartnerDocument> documentsNotExisting,
        Tri valuesCheckDone,
        DemocracyConditions democracy,
        Tri advocatesViolenceAlcoholDrugs,
        Tri participantRiskIdentified,
        Tri remediationTaken,
        Tri remediationCompleted) {

    /** An instance with nothing recorded. */
    public static final IdeaBasedProfile EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param registeredIn2022_900 Registered as idéburen organisation with Kammarkollegiet under Lag (2022:900).
     * @param purposeExclusivelyPublicBenefit Exclusively public-benefit purpose (uteslutande allmännyttigt syfte).
     * @param purposeStatedInGoverningDoc That purpose is stated in statutes, articles, deed or equivalent.
     * @param publicControllingInfluence State, region or municipality has legal controlling influence (rättsligt
     *     bestämmande inflytande).
     * @param dissolutionClauseCompliant Governing documents distribute residual assets on dissolution consistently with
     *     the value-transfer limit.
     * @param runsOrIntendsPubliclyFundedWelfare Runs or intends to run publicly funded welfare activity.
     * @param valueTransfersMade Any value transfer (värdeöverföring) was made or decided in the period reported.
     * @param valueTransfers The value transfers made or decided, as far as known.
     * @param distributesProfit The organisation distributes profit to members or owners.
     * @param annualReportFiled Annual report to Kammarkollegiet filed (registered organisations).
     * @param financialOrderDemonstrated The organisation has shown sound finances (god ekonomisk ordning).
     * @param memberCount Number of members.
     * @param annualTurnoverSek Annual turnover in SEK.
     * @param partnerDocuments C8: documents handed in before the agreement (null = not recorded).
     * @param documentsNotExisting C8: documents the organisation does not have (null = not recorded).
     * @param valuesCheckDone C8: the public party checked that the organisation is run consistently with its values.
     * @param democracy C8: democracy conditions (SOU 2019:35 as adopted by Stockholm AMN).
     * @param advocatesViolenceAlcoholDrugs C8: there is evidence the organisation advocates violence, alcohol or drugs.
     * @param participantRiskIdentified C8: participants are exposed to negative effects (legal certainty, physical
     *     safety).
     * @param remediationTaken C8: the organisation has distanced itself and taken measures after an exclusion ground.
     * @param remediationCompleted C8: those measures are completed and judged adequate.
     */
    public IdeaBasedProfile {
        registeredIn2022_900 = registeredIn2022_900 == null ? Tri.UNKNOWN : registeredIn2022_900;
        purposeExclusivelyPublicBenefit = purposeExclusivelyPublicBenefit == null ? Tri.UNKNOWN : purposeExclusivelyPublicBenefit;
        purposeStatedInGoverningDoc = purposeStatedInGoverningDoc == null ? Tri.UNKNOWN : purposeStatedInGoverningDoc;
        publicControllingInfluence = publicControllingInfluence == null ? Tri.UNKNOWN : publicControllingInfluence;
        dissolutionClauseCompliant = dissolutionClauseCompliant == null ? Tri.UNKNOWN : dissolutionClauseCompliant;
        runsOrIntendsPubliclyFundedWelfare = runsOrIntendsPubliclyFundedWelfare == null ? Tri.UNKNOWN : runsOrIntendsPubliclyFundedWelfare;
        valueTransfersMade = valueTransfersMade == null ? Tri.UNKNOWN : valueTransfersMade;
        valueTransfers = valueTransfers == null ? List.of() : List.copyOf(valueTransfers);
        distributesProfit = distributesProfit == null ? Tri.UNKNOWN : distributesProfit;
        annualReportFiled = annualReportFiled == null ? Tri.UNKNOWN : annualReportFiled;
        financialOrderDemonstrated = financialOrderDemonstrated == null ? Tri.UNKNOWN : financialOrderDemonstrated;
        partnerDocuments = Facts.enumSet(PartnerDocument.class, partnerDocuments);
        documentsNotExisting = Facts.enumSet(PartnerDocument.class, documentsNotExisting);
        valuesCheckDone = valuesCheckDone == null ? Tri.UNKNOWN : valuesCheckDone;
        democracy = democracy == null ? DemocracyConditions.EMPTY : democracy;
        advocatesViolenceAlcoholDrugs = advocatesViolenceAlcoholDrugs == null ? Tri.UNKNOWN : advocatesViolenceAlcoholDrugs;
        participantRiskIdentified = participantRiskIdentified == null ? Tri.UNKNOWN : participantRiskIdentified;
        remediationTaken = remediationTaken == null ? Tri.UNKNOWN : remediationTaken;
        remediationCompleted = remediationCompleted == null ? Tri.UNKNOWN : remediationCompleted;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.registeredIn2022_900 = registeredIn2022_900;
        b.purposeExclusivelyPublicBenefit = purposeExclusivelyPublicBenefit;
        b.purposeStatedInGoverningDoc = purposeStatedInGoverningDoc;
        b.publicControllingInfluence = publicControllingInfluence;
        b.dissolutionClauseCompliant = dissolutionClauseCompliant;
        b.runsOrIntendsPubliclyFundedWelfare = runsOrIntendsPubliclyFundedWelfare;
        b.valueTransfersMade = valueTransfersMade;
        b.valueTransfers = valueTransfers;
        b.distributesProfit = distributesProfit;
        b.annualReportFiled = annualReportFiled;
        b.financialOrderDemonstrated = financialOrderDemonstrated;
        b.memberCount = memberCount;
        b.annualTurnoverSek = annualTurnoverSek;
        b.partnerDocuments = partnerDocuments;
        b.documentsNotExisting = documentsNotExisting;
        b.valuesCheckDone = valuesCheckDone;
        b.democracy = democracy;
        b.advocatesViolenceAlcoholDrugs = advocatesViolenceAlcoholDrugs;
        b.participantRiskIdentified = participantRiskIdentified;
        b.remediationTaken = remediationTaken;
        b.remediationCompleted = remediationCompleted;
        return b;
    }

    /** Mutable builder for {@link IdeaBasedProfile}; not thread-safe. */
    public static final class Builder {
        private Tri registeredIn2022_900;
        private Tri purposeExclusivelyPublicBenefit;
        private Tri purposeStatedInGoverningDoc;
        private Tri publicControllingInfluence;
        private Tri dissolutionClauseCompliant;
        private Tri runsOrIntendsPubliclyFundedWelfare;
        private Tri valueTransfersMade;
        private List<ValueTransfer> valueTransfers;
        private Tri distributesProfit;
        private Tri annualReportFiled;
        private Tri financialOrderDemonstrated;
        private Integer memberCount;
        private BigDecimal annualTurnoverSek;
        private Set<PartnerDocument> partnerDocuments;
        private Set<PartnerDocument> documentsNotExisting;
        private Tri valuesCheckDone;
        private DemocracyConditions democracy;
        private Tri advocatesViolenceAlcoholDrugs;
        private Tri participantRiskIdentified;
        private Tri remediationTaken;
        private Tri remediationCompleted;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code registeredIn2022_900} set}
         *
         * @param value Registered as idéburen organisation with Kammarkollegiet under Lag (2022:900).
         */
        public Builder registeredIn2022_900(Tri value) {
            this.registeredIn2022_900 = value;
            return this;
        }

        /**
         * {@return this builder, with {@code purposeExclusivelyPublicBenefit} set}
         *
         * @param value Exclusively public-benefit purpose (uteslutande allmännyttigt syfte).
         */
        public Builder purposeExclusivelyPublicBenefit(Tri value) {
            this.purposeExclusivelyPublicBenefit = value;
            return this;
        }

        /**
         * {@return this builder, with {@code purposeStatedInGoverningDoc} set}
         *
         * @param value That purpose is stated in statutes, articles, deed or equivalent.
         */
        public Builder purposeStatedInGoverningDoc(Tri value) {
            this.purposeStatedInGoverningDoc = value;
            return this;
        }

        /**
         * {@return this builder, with {@code publicControllingInfluence} set}
         *
         * @param value State, region or municipality has legal controlling influence (rättsligt bestämmande
         *     inflytande).
         */
        public Builder publicControllingInfluence(Tri value) {
            this.publicControllingInfluence = value;
            return this;
        }

        /**
         * {@return this builder, with {@code dissolutionClauseCompliant} set}
         *
         * @param value Governing documents distribute residual assets on dissolution consistently with the
         *     value-transfer limit.
         */
        public Builder dissolutionClauseCompliant(Tri value) {
            this.dissolutionClauseCompliant = value;
            return this;
        }

        /**
         * {@return this builder, with {@code runsOrIntendsPubliclyFundedWelfare} set}
         *
         * @param value Runs or intends to run publicly funded welfare activity.
         */
        public Builder runsOrIntendsPubliclyFundedWelfare(Tri value) {
            this.runsOrIntendsPubliclyFundedWelfare = value;
            return this;
        }

        /**
         * {@return this builder, with {@code valueTransfersMade} set}
         *
         * @param value Any value transfer (värdeöverföring) was made or decided in the period reported.
         */
        public Builder valueTransfersMade(Tri value) {
            this.valueTransfersMade = value;
            return this;
        }

        /**
         * {@return this builder, with {@code valueTransfers} set}
         *
         * @param value The value transfers made or decided, as far as known.
         */
        public Builder valueTransfers(List<ValueTransfer> value) {
            this.valueTransfers = value;
            return this;
        }

        /**
         * {@return this builder, with {@code distributesProfit} set}
         *
         * @param value The organisation distributes profit to members or owners.
         */
        public Builder distributesProfit(Tri value) {
            this.distributesProfit = value;
            return this;
        }

        /**
         * {@return this builder, with {@code annualReportFiled} set}
         *
         * @param value Annual report to Kammarkollegiet filed (registered organisations).
         */
        public Builder annualReportFiled(Tri value) {
            this.annualReportFiled = value;
            return this;
        }

        /**
         * {@return this builder, with {@code financialOrderDemonstrated} set}
         *
         * @param value The organisation has shown sound finances (god ekonomisk ordning).
         */
        public Builder financialOrderDemonstrated(Tri value) {
            this.financialOrderDemonstrated = value;
            return this;
        }

        /**
         * {@return this builder, with {@code memberCount} set}
         *
         * @param value Number of members.
         */
        public Builder memberCount(Integer value) {
            this.memberCount = value;
            return this;
        }

        /**
         * {@return this builder, with {@code annualTurnoverSek} set}
         *
         * @param value Annual turnover in SEK.
         */
        public Builder annualTurnoverSek(BigDecimal value) {
            this.annualTurnoverSek = value;
            return this;
        }

        /**
         * {@return this builder, with {@code partnerDocuments} set}
         *
         * @param value C8: documents handed in before the agreement (null = not recorded).
         */
        public Builder partnerDocuments(Set<PartnerDocument> value) {
            this.partnerDocuments = value;
            return this;
        }

        /**
         * {@return this builder, with {@code documentsNotExisting} set}
         *
         * @param value C8: documents the organisation does not have (null = not recorded).
         */
        public Builder documentsNotExisting(Set<PartnerDocument> value) {
            this.documentsNotExisting = value;
            return this;
        }

        /**
         * {@return this builder, with {@code valuesCheckDone} set}
         *
         * @param value C8: the public party checked that the organisation is run consistently with its values.
         */
        public Builder valuesCheckDone(Tri value) {
            this.valuesCheckDone = value;
            return this;
        }

        /**
         * {@return this builder, with {@code democracy} set}
         *
         * @param value C8: democracy conditions (SOU 2019:35 as adopted by Stockholm AMN).
         */
        public Builder democracy(DemocracyConditions value) {
            this.democracy = value;
            return this;
        }

        /**
         * {@return this builder, with {@code advocatesViolenceAlcoholDrugs} set}
         *
         * @param value C8: there is evidence the organisation advocates violence, alcohol or drugs.
         */
        public Builder advocatesViolenceAlcoholDrugs(Tri value) {
            this.advocatesViolenceAlcoholDrugs = value;
            return this;
        }

        /**
         * {@return this builder, with {@code participantRiskIdentified} set}
         *
         * @param value C8: participants are exposed to negative effects (legal certainty, physical safety).
         */
        public Builder participantRiskIdentified(Tri value) {
            this.participantRiskIdentified = value;
            return this;
        }

        /**
         * {@return this builder, with {@code remediationTaken} set}
         *
         * @param value C8: the organisation has distanced itself and taken measures after an exclusion ground.
         */
        public Builder remediationTaken(Tri value) {
            this.remediationTaken = value;
            return this;
        }

        /**
         * {@return this builder, with {@code remediationCompleted} set}
         *
         * @param value C8: those measures are completed and judged adequate.
         */
        public Builder remediationCompleted(Tri value) {
            this.remediationCompleted = value;
            return this;
        }

        /**
         * Convenience for {@link #registeredIn2022_900(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder registeredIn2022_900(Boolean value) {
            this.registeredIn2022_900 = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #purposeExclusivelyPublicBenefit(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder purposeExclusivelyPublicBenefit(Boolean value) {
            this.purposeExclusivelyPublicBenefit = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #purposeStatedInGoverningDoc(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder purposeStatedInGoverningDoc(Boolean value) {
            this.purposeStatedInGoverningDoc = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #publicControllingInfluence(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder publicControllingInfluence(Boolean value) {
            this.publicControllingInfluence = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #dissolutionClauseCompliant(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder dissolutionClauseCompliant(Boolean value) {
            this.dissolutionClauseCompliant = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #runsOrIntendsPubliclyFundedWelfare(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder runsOrIntendsPubliclyFundedWelfare(Boolean value) {
            this.runsOrIntendsPubliclyFundedWelfare = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #valueTransfersMade(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder valueTransfersMade(Boolean value) {
            this.valueTransfersMade = Tri.of(value);
            return this;
        }

        /**
         * Adds one element to {@code valueTransfers}.
         *
         * @param value element
         * @return this builder
         */
        public Builder addValueTransfer(ValueTransfer value) {
            if (this.valueTransfers == null) this.valueTransfers = new ArrayList<>();
            else if (!(this.valueTransfers instanceof ArrayList)) this.valueTransfers = new ArrayList<>(this.valueTransfers);
            this.valueTransfers.add(value);
            return this;
        }

        /**
         * Convenience for {@link #distributesProfit(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder distributesProfit(Boolean value) {
            this.distributesProfit = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #annualReportFiled(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder annualReportFiled(Boolean value) {
            this.annualReportFiled = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #financialOrderDemonstrated(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder financialOrderDemonstrated(Boolean value) {
            this.financialOrderDemonstrated = Tri.of(value);
            return this;
        }

        /**
         * Varargs form of {@link #partnerDocuments(Set)}.
         *
         * @param values elements
         * @return this builder
         */
        public Builder partnerDocuments(PartnerDocument... values) {
            this.partnerDocuments = Set.of(values);
            return this;
        }

        /**
         * Varargs form of {@link #documentsNotExisting(Set)}.
         *
         * @param values elements
         * @return this builder
         */
        public Builder documentsNotExisting(PartnerDocument... values) {
            this.documentsNotExisting = Set.of(values);
            return this;
        }

        /**
         * Convenience for {@link #valuesCheckDone(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder valuesCheckDone(Boolean value) {
            this.valuesCheckDone = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #advocatesViolenceAlcoholDrugs(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder advocatesViolenceAlcoholDrugs(Boolean value) {
            this.advocatesViolenceAlcoholDrugs = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #participantRiskIdentified(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder participantRiskIdentified(Boolean value) {
            this.participantRiskIdentified = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #remediationTaken(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder remediationTaken(Boolean value) {
            this.remediationTaken = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #remediationCompleted(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder remediationCompleted(Boolean value) {
            this.remediationCompleted = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public IdeaBasedProfile build() {
            return new IdeaBasedProfile(registeredIn2022_900, purposeExclusivelyPublicBenefit, purposeStatedInGoverningDoc, publicControllingInfluence, dissolutionClauseCompliant, runsOrIntendsPubliclyFundedWelfare, valueTransfersMade, valueTransfers, distributesProfit, annualReportFiled, financialOrderDemonstrated, memberCount, annualTurnoverSek, partnerDocuments, documentsNotExisting, valuesCheckDone, democracy, advocatesViolenceAlcoholDrugs, participantRiskIdentified, remediationTaken, remediationCompleted);
        }
    }
}
