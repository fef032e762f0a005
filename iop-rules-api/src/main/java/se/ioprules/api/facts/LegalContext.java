package se.ioprules.api.facts;

import java.util.List;

/**
 * C9: legal and market context.
 *
 * @param marketExists There is a market or competitive situation to protect.
 * @param comparableProvidersCount Number of other actors offering comparable services.
 * @param serviceProcuredElsewhere The service is procured elsewhere (by this or other authorities).
 * @param competesWithLocalBusiness The activity competes with local business.
 * @param isPartOfStandardAssociationGrant The activity is part of the standard association grant (normerat föreningsbidrag).
 * @param benefitsIndividualsWithoutLegalBasis The arrangement supports individuals without legal basis.
 * @param publicPartyLegallyResponsible The public party has a statutory duty for the service.
 * @param operatedUnderOwnManagement The idea-based party runs the activity under its own management.
 * @param acquisitionForAuthorityOwnNeed The authority acquires goods, services or works for its own need.
 * @param needPredefinedByAuthority The authority defined the need in advance.
 * @param serviceForThirdParties The service is provided to third parties (citizens).
 * @param supplierSelectedByAuthority The authority chose the counterparty (selectivity).
 * @param openToAllMeetingConditions Any organisation meeting the conditions may take part on equal terms.
 * @param directEconomicInterest The authority receives a performance giving it a direct economic interest.
 * @param otherActorsDisadvantaged The cooperation disadvantages other actors by favouring one party.
 * @param legalAssessment Legal assessments done before signing.
 * @param awardRoute How the public party came to give this organisation the money or the task (procured, LOV, direct award, open call, none).
 * @param ownActivityPreExisting The organisation's own activity existed before the partnership and goes on beside it.
 * @param providerIsPublicBody The counterparty is itself a public body acting under its own statutory powers.
 * @param civilProtectionByNonProfit The contract is for civil defence, civil protection or danger-prevention services of the kinds excluded from the procurement directive (art. 10(h) of directive 2014/24/EU; not patient transport ambulance services), provided by a non-profit organisation.
 * @param statutoryDutyBasis The statute under which the public party is responsible for the service to the recipients (e.g. socialtjänstlagen), if any.
 * @param reasonForIopOverProcurement The reason stated for choosing an IOP rather than a procurement, as written in the case file.
 */
public record LegalContext(
        Tri marketExists,
        Integer comparableProvidersCount,
        Tri serviceProcuredElsewhere,
        Tri competesWithLocalBusiness,
        Tri isPartOfStandardAssociationGrant,
        Tri benefitsIndividualsWithoutLegalBasis,
        Tri publicPartyLegallyResponsible,
        Tri operatedUnderOwnManagement,
        Tri acquisitionForAuthorityOwnNeed,
        Tri needPredefinedByAuthority,
        Tri serviceForThirdParties,
        Tri supplierSelectedByAuthority,
        Tri openToAllMeetingConditions,
        Tri directEconomicInterest,
        Tri otherActorsDisadvantaged,
        LegalAssessment legalAssessment,
        AwardRoute awardRoute,
        Tri ownActivityPreExisting,
        Tri providerIsPublicBody,
        Tri civilProtectionByNonProfit,
        String statutoryDutyBasis,
        String reasonForIopOverProcurement) {

    /** An instance with nothing recorded. */
    public static final LegalContext EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param marketExists There is a market or competitive situation to protect.
     * @param comparableProvidersCount Number of other actors offering comparable services.
     * @param serviceProcuredElsewhere The service is procured elsewhere (by this or other authorities).
     * @param competesWithLocalBusiness The activity competes with local business.
     * @param isPartOfStandardAssociationGrant The activity is part of the standard association grant (normerat
     *     föreningsbidrag).
     * @param benefitsIndividualsWithoutLegalBasis The arrangement supports individuals without legal basis.
     * @param publicPartyLegallyResponsible The public party has a statutory duty for the service.
     * @param operatedUnderOwnManagement The idea-based party runs the activity under its own management.
     * @param acquisitionForAuthorityOwnNeed The authority acquires goods, services or works for its own need.
     * @param needPredefinedByAuthority The authority defined the need in advance.
     * @param serviceForThirdParties The service is provided to third parties (citizens).
     * @param supplierSelectedByAuthority The authority chose the counterparty (selectivity).
     * @param openToAllMeetingConditions Any organisation meeting the conditions may take part on equal terms.
     * @param directEconomicInterest The authority receives a performance giving it a direct economic interest.
     * @param otherActorsDisadvantaged The cooperation disadvantages other actors by favouring one party.
     * @param legalAssessment Legal assessments done before signing.
     * @param awardRoute How the public party came to give this organisation the money or the task (procured, LOV,
     *     direct award, open call, none).
     * @param ownActivityPreExisting The organisation's own activity existed before the partnership and goes on beside
     *     it.
     * @param providerIsPublicBody The counterparty is itself a public body acting under its own statutory powers.
     * @param civilProtectionByNonProfit The contract is for civil defence, civil protection or danger-prevention
     *     services of the kinds excluded from the procurement directive (art. 10(h) of directive 2014/24/EU; not
     *     patient transport ambulance services), provided by a non-profit organisation.
     * @param statutoryDutyBasis The statute under which the public party is responsible for the service to the
     *     recipients (e.g. socialtjänstlagen), if any.
     * @param reasonForIopOverProcurement The reason stated for choosing an IOP rather than a procurement, as written in
     *     the case file.
     */
    public LegalContext {
        marketExists = marketExists == null ? Tri.UNKNOWN : marketExists;
        serviceProcuredElsewhere = serviceProcuredElsewhere == null ? Tri.UNKNOWN : serviceProcuredElsewhere;
        competesWithLocalBusiness = competesWithLocalBusiness == null ? Tri.UNKNOWN : competesWithLocalBusiness;
        isPartOfStandardAssociationGrant = isPartOfStandardAssociationGrant == null ? Tri.UNKNOWN : isPartOfStandardAssociationGrant;
        benefitsIndividualsWithoutLegalBasis = benefitsIndividualsWithoutLegalBasis == null ? Tri.UNKNOWN : benefitsIndividualsWithoutLegalBasis;
        publicPartyLegallyResponsible = publicPartyLegallyResponsible == null ? Tri.UNKNOWN : publicPartyLegallyResponsible;
        operatedUnderOwnManagement = operatedUnderOwnManagement == null ? Tri.UNKNOWN : operatedUnderOwnManagement;
        acquisitionForAuthorityOwnNeed = acquisitionForAuthorityOwnNeed == null ? Tri.UNKNOWN : acquisitionForAuthorityOwnNeed;
        needPredefinedByAuthority = needPredefinedByAuthority == null ? Tri.UNKNOWN : needPredefinedByAuthority;
        serviceForThirdParties = serviceForThirdParties == null ? Tri.UNKNOWN : serviceForThirdParties;
        supplierSelectedByAuthority = supplierSelectedByAuthority == null ? Tri.UNKNOWN : supplierSelectedByAuthority;
        openToAllMeetingConditions = openToAllMeetingConditions == null ? Tri.UNKNOWN : openToAllMeetingConditions;
        directEconomicInterest = directEconomicInterest == null ? Tri.UNKNOWN : directEconomicInterest;
        otherActorsDisadvantaged = otherActorsDisadvantaged == null ? Tri.UNKNOWN : otherActorsDisadvantaged;
        legalAssessment = legalAssessment == null ? LegalAssessment.EMPTY : legalAssessment;
        ownActivityPreExisting = ownActivityPreExisting == null ? Tri.UNKNOWN : ownActivityPreExisting;
        providerIsPublicBody = providerIsPublicBody == null ? Tri.UNKNOWN : providerIsPublicBody;
        civilProtectionByNonProfit = civilProtectionByNonProfit == null ? Tri.UNKNOWN : civilProtectionByNonProfit;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.marketExists = marketExists;
        b.comparableProvidersCount = comparableProvidersCount;
        b.serviceProcuredElsewhere = serviceProcuredElsewhere;
        b.competesWithLocalBusiness = competesWithLocalBusiness;
        b.isPartOfStandardAssociationGrant = isPartOfStandardAssociationGrant;
        b.benefitsIndividualsWithoutLegalBasis = benefitsIndividualsWithoutLegalBasis;
        b.publicPartyLegallyResponsible = publicPartyLegallyResponsible;
        b.operatedUnderOwnManagement = operatedUnderOwnManagement;
        b.acquisitionForAuthorityOwnNeed = acquisitionForAuthorityOwnNeed;
        b.needPredefinedByAuthority = needPredefinedByAuthority;
        b.serviceForThirdParties = serviceForThirdParties;
        b.supplierSelectedByAuthority = supplierSelectedByAuthority;
        b.openToAllMeetingConditions = openToAllMeetingConditions;
        b.directEconomicInterest = directEconomicInterest;
        b.otherActorsDisadvantaged = otherActorsDisadvantaged;
        b.legalAssessment = legalAssessment;
        b.awardRoute = awardRoute;
        b.ownActivityPreExisting = ownActivityPreExisting;
        b.providerIsPublicBody = providerIsPublicBody;
        b.civilProtectionByNonProfit = civilProtectionByNonProfit;
        b.statutoryDutyBasis = statutoryDutyBasis;
        b.reasonForIopOverProcurement = reasonForIopOverProcurement;
        return b;
    }

    /** Mutable builder for {@link LegalContext}; not thread-safe. */
    public static final class Builder {
        private Tri marketExists;
        private Integer comparableProvidersCount;
        private Tri serviceProcuredElsewhere;
        private Tri competesWithLocalBusiness;
        private Tri isPartOfStandardAssociationGrant;
        private Tri benefitsIndividualsWithoutLegalBasis;
        private Tri publicPartyLegallyResponsible;
        private Tri operatedUnderOwnManagement;
        private Tri acquisitionForAuthorityOwnNeed;
        private Tri needPredefinedByAuthority;
        private Tri serviceForThirdParties;
        private Tri supplierSelectedByAuthority;
        private Tri openToAllMeetingConditions;
        private Tri directEconomicInterest;
        private Tri otherActorsDisadvantaged;
        private LegalAssessment legalAssessment;
        private AwardRoute awardRoute;
        private Tri ownActivityPreExisting;
        private Tri providerIsPublicBody;
        private Tri civilProtectionByNonProfit;
        private String statutoryDutyBasis;
        private String reasonForIopOverProcurement;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code marketExists} set}
         *
         * @param value There is a market or competitive situation to protect.
         */
        public Builder marketExists(Tri value) {
            this.marketExists = value;
            return this;
        }

        /**
         * {@return this builder, with {@code comparableProvidersCount} set}
         *
         * @param value Number of other actors offering comparable services.
         */
        public Builder comparableProvidersCount(Integer value) {
            this.comparableProvidersCount = value;
            return this;
        }

        /**
         * {@return this builder, with {@code serviceProcuredElsewhere} set}
         *
         * @param value The service is procured elsewhere (by this or other authorities).
         */
        public Builder serviceProcuredElsewhere(Tri value) {
            this.serviceProcuredElsewhere = value;
            return this;
        }

        /**
         * {@return this builder, with {@code competesWithLocalBusiness} set}
         *
         * @param value The activity competes with local business.
         */
        public Builder competesWithLocalBusiness(Tri value) {
            this.competesWithLocalBusiness = value;
            return this;
        }

        /**
         * {@return this builder, with {@code isPartOfStandardAssociationGrant} set}
         *
         * @param value The activity is part of the standard association grant (normerat föreningsbidrag).
         */
        public Builder isPartOfStandardAssociationGrant(Tri value) {
            this.isPartOfStandardAssociationGrant = value;
            return this;
        }

        /**
         * {@return this builder, with {@code benefitsIndividualsWithoutLegalBasis} set}
         *
         * @param value The arrangement supports individuals without legal basis.
         */
        public Builder benefitsIndividualsWithoutLegalBasis(Tri value) {
            this.benefitsIndividualsWithoutLegalBasis = value;
            return this;
        }

        /**
         * {@return this builder, with {@code publicPartyLegallyResponsible} set}
         *
         * @param value The public party has a statutory duty for the service.
         */
        public Builder publicPartyLegallyResponsible(Tri value) {
            this.publicPartyLegallyResponsible = value;
            return this;
        }

        /**
         * {@return this builder, with {@code operatedUnderOwnManagement} set}
         *
         * @param value The idea-based party runs the activity under its own management.
         */
        public Builder operatedUnderOwnManagement(Tri value) {
            this.operatedUnderOwnManagement = value;
            return this;
        }

        /**
         * {@return this builder, with {@code acquisitionForAuthorityOwnNeed} set}
         *
         * @param value The authority acquires goods, services or works for its own need.
         */
        public Builder acquisitionForAuthorityOwnNeed(Tri value) {
            this.acquisitionForAuthorityOwnNeed = value;
            return this;
        }

        /**
         * {@return this builder, with {@code needPredefinedByAuthority} set}
         *
         * @param value The authority defined the need in advance.
         */
        public Builder needPredefinedByAuthority(Tri value) {
            this.needPredefinedByAuthority = value;
            return this;
        }

        /**
         * {@return this builder, with {@code serviceForThirdParties} set}
         *
         * @param value The service is provided to third parties (citizens).
         */
        public Builder serviceForThirdParties(Tri value) {
            this.serviceForThirdParties = value;
            return this;
        }

        /**
         * {@return this builder, with {@code supplierSelectedByAuthority} set}
         *
         * @param value The authority chose the counterparty (selectivity).
         */
        public Builder supplierSelectedByAuthority(Tri value) {
            this.supplierSelectedByAuthority = value;
            return this;
        }

        /**
         * {@return this builder, with {@code openToAllMeetingConditions} set}
         *
         * @param value Any organisation meeting the conditions may take part on equal terms.
         */
        public Builder openToAllMeetingConditions(Tri value) {
            this.openToAllMeetingConditions = value;
            return this;
        }

        /**
         * {@return this builder, with {@code directEconomicInterest} set}
         *
         * @param value The authority receives a performance giving it a direct economic interest.
         */
        public Builder directEconomicInterest(Tri value) {
            this.directEconomicInterest = value;
            return this;
        }

        /**
         * {@return this builder, with {@code otherActorsDisadvantaged} set}
         *
         * @param value The cooperation disadvantages other actors by favouring one party.
         */
        public Builder otherActorsDisadvantaged(Tri value) {
            this.otherActorsDisadvantaged = value;
            return this;
        }

        /**
         * {@return this builder, with {@code legalAssessment} set}
         *
         * @param value Legal assessments done before signing.
         */
        public Builder legalAssessment(LegalAssessment value) {
            this.legalAssessment = value;
            return this;
        }

        /**
         * Convenience for {@link #marketExists(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder marketExists(Boolean value) {
            this.marketExists = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #serviceProcuredElsewhere(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder serviceProcuredElsewhere(Boolean value) {
            this.serviceProcuredElsewhere = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #competesWithLocalBusiness(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder competesWithLocalBusiness(Boolean value) {
            this.competesWithLocalBusiness = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #isPartOfStandardAssociationGrant(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder isPartOfStandardAssociationGrant(Boolean value) {
            this.isPartOfStandardAssociationGrant = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #benefitsIndividualsWithoutLegalBasis(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder benefitsIndividualsWithoutLegalBasis(Boolean value) {
            this.benefitsIndividualsWithoutLegalBasis = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #publicPartyLegallyResponsible(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder publicPartyLegallyResponsible(Boolean value) {
            this.publicPartyLegallyResponsible = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #operatedUnderOwnManagement(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder operatedUnderOwnManagement(Boolean value) {
            this.operatedUnderOwnManagement = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #acquisitionForAuthorityOwnNeed(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder acquisitionForAuthorityOwnNeed(Boolean value) {
            this.acquisitionForAuthorityOwnNeed = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #needPredefinedByAuthority(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder needPredefinedByAuthority(Boolean value) {
            this.needPredefinedByAuthority = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #serviceForThirdParties(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder serviceForThirdParties(Boolean value) {
            this.serviceForThirdParties = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #supplierSelectedByAuthority(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder supplierSelectedByAuthority(Boolean value) {
            this.supplierSelectedByAuthority = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #openToAllMeetingConditions(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder openToAllMeetingConditions(Boolean value) {
            this.openToAllMeetingConditions = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #directEconomicInterest(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder directEconomicInterest(Boolean value) {
            this.directEconomicInterest = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #otherActorsDisadvantaged(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder otherActorsDisadvantaged(Boolean value) {
            this.otherActorsDisadvantaged = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code awardRoute} set}
         *
         * @param value How the public party came to give this organisation the money or the task (procured, LOV, direct
         *     award, open call, none).
         */
        public Builder awardRoute(AwardRoute value) {
            this.awardRoute = value;
            return this;
        }

        /**
         * {@return this builder, with {@code ownActivityPreExisting} set}
         *
         * @param value The organisation's own activity existed before the partnership and goes on beside it.
         */
        public Builder ownActivityPreExisting(Tri value) {
            this.ownActivityPreExisting = value;
            return this;
        }

        /**
         * Convenience for {@link #ownActivityPreExisting(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder ownActivityPreExisting(Boolean value) {
            this.ownActivityPreExisting = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code providerIsPublicBody} set}
         *
         * @param value The counterparty is itself a public body acting under its own statutory powers.
         */
        public Builder providerIsPublicBody(Tri value) {
            this.providerIsPublicBody = value;
            return this;
        }

        /**
         * Convenience for {@link #providerIsPublicBody(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder providerIsPublicBody(Boolean value) {
            this.providerIsPublicBody = Tri.of(value);
            return this;
        }

        /**
         * {@return this builder, with {@code statutoryDutyBasis} set}
         *
         * @param value The statute under which the public party is responsible for the service to the recipients (e.g.
         *     socialtjänstlagen), if any.
         */
        public Builder statutoryDutyBasis(String value) {
            this.statutoryDutyBasis = value;
            return this;
        }

        /**
         * {@return this builder, with {@code reasonForIopOverProcurement} set}
         *
         * @param value The reason stated for choosing an IOP rather than a procurement, as written in the case file.
         */
        public Builder reasonForIopOverProcurement(String value) {
            this.reasonForIopOverProcurement = value;
            return this;
        }

        /**
         * {@return this builder, with {@code civilProtectionByNonProfit} set}
         *
         * @param value The contract is for civil defence, civil protection or danger-prevention services of the kinds
         *     excluded from the procurement directive, provided by a non-profit organisation.
         */
        public Builder civilProtectionByNonProfit(Tri value) {
            this.civilProtectionByNonProfit = value;
            return this;
        }

        /**
         * Convenience for {@link #civilProtectionByNonProfit(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder civilProtectionByNonProfit(Boolean value) {
            this.civilProtectionByNonProfit = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public LegalContext build() {
            return new LegalContext(marketExists, comparableProvidersCount, serviceProcuredElsewhere, competesWithLocalBusiness, isPartOfStandardAssociationGrant, benefitsIndividualsWithoutLegalBasis, publicPartyLegallyResponsible, operatedUnderOwnManagement, acquisitionForAuthorityOwnNeed, needPredefinedByAuthority, serviceForThirdParties, supplierSelectedByAuthority, openToAllMeetingConditions, directEconomicInterest, otherActorsDisadvantaged, legalAssessment, awardRoute, ownActivityPreExisting, providerIsPublicBody, civilProtectionByNonProfit, statutoryDutyBasis, reasonForIopOverProcurement);
        }
    }
}
