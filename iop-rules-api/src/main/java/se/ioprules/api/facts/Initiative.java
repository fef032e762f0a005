package se.ioprules.api.facts;

import java.util.List;
import java.util.Set;

/**
 * C2: initiative and process.
 *
 * @param initiatedBy Who took the initiative to the activity.
 * @param activityDefinedBy Who defined the activity.
 * @param initiatingDecision Political decision mandating the partnership work.
 * @param openInvitation Potential partners were invited openly (idémöte).
 * @param dialogBeforeAgreement The agreement was preceded by dialogue.
 * @param preStudyDone A pre-study in dialogue clarified scope, goals, structure and roles.
 * @param openCommunication The public party communicates openly about its IOPs (website, newsletter).
 * @param contactFunctionExists There is an easy contact function for dialogue.
 * @param reviewBodyConsulted The preparatory body (beredningsgrupp) was consulted.
 * @param responsibleManagerWithBudget A named manager with budget responsibility justifies the cooperation.
 * @param processStepsCompleted Famna's seven process steps completed (1..7); null = not recorded.
 */
public record Initiative(
        Initiator initiatedBy,
        Initiator activityDefinedBy,
        InitiatingDecision initiatingDecision,
        Tri openInvitation,
        Tri dialogBeforeAgreement,
        Tri preStudyDone,
        Tri openCommunication,
        Tri contactFunctionExists,
        Tri reviewBodyConsulted,
        Tri responsibleManagerWithBudget,
        Set<Integer> processStepsCompleted) {

    /** An instance with nothing recorded. */
    public static final Initiative EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param initiatedBy Who took the initiative to the activity.
     * @param activityDefinedBy Who defined the activity.
     * @param initiatingDecision Political decision mandating the partnership work.
     * @param openInvitation Potential partners were invited openly (idémöte).
     * @param dialogBeforeAgreement The agreement was preceded by dialogue.
     * @param preStudyDone A pre-study in dialogue clarified scope, goals, structure and roles.
     * @param openCommunication The public party communicates openly about its IOPs (website, newsletter).
     * @param contactFunctionExists There is an easy contact function for dialogue.
     * @param reviewBodyConsulted The preparatory body (beredningsgrupp) was consulted.
     * @param responsibleManagerWithBudget A named manager with budget responsibility justifies the cooperation.
     * @param processStepsCompleted Famna's seven process steps completed (1..7); null = not recorded.
     */
    public Initiative {
        initiatingDecision = initiatingDecision == null ? InitiatingDecision.EMPTY : initiatingDecision;
        openInvitation = openInvitation == null ? Tri.UNKNOWN : openInvitation;
        dialogBeforeAgreement = dialogBeforeAgreement == null ? Tri.UNKNOWN : dialogBeforeAgreement;
        preStudyDone = preStudyDone == null ? Tri.UNKNOWN : preStudyDone;
        openCommunication = openCommunication == null ? Tri.UNKNOWN : openCommunication;
        contactFunctionExists = contactFunctionExists == null ? Tri.UNKNOWN : contactFunctionExists;
        reviewBodyConsulted = reviewBodyConsulted == null ? Tri.UNKNOWN : reviewBodyConsulted;
        responsibleManagerWithBudget = responsibleManagerWithBudget == null ? Tri.UNKNOWN : responsibleManagerWithBudget;
        processStepsCompleted = processStepsCompleted == null ? null : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(processStepsCompleted));
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.initiatedBy = initiatedBy;
        b.activityDefinedBy = activityDefinedBy;
        b.initiatingDecision = initiatingDecision;
        b.openInvitation = openInvitation;
        b.dialogBeforeAgreement = dialogBeforeAgreement;
        b.preStudyDone = preStudyDone;
        b.openCommunication = openCommunication;
        b.contactFunctionExists = contactFunctionExists;
        b.reviewBodyConsulted = reviewBodyConsulted;
        b.responsibleManagerWithBudget = responsibleManagerWithBudget;
        b.processStepsCompleted = processStepsCompleted;
        return b;
    }

    /** Mutable builder for {@link Initiative}; not thread-safe. */
    public static final class Builder {
        private Initiator initiatedBy;
        private Initiator activityDefinedBy;
        private InitiatingDecision initiatingDecision;
        private Tri openInvitation;
        private Tri dialogBeforeAgreement;
        private Tri preStudyDone;
        private Tri openCommunication;
        private Tri contactFunctionExists;
        private Tri reviewBodyConsulted;
        private Tri responsibleManagerWithBudget;
        private Set<Integer> processStepsCompleted;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code initiatedBy} set}
         *
         * @param value Who took the initiative to the activity.
         */
        public Builder initiatedBy(Initiator value) {
            this.initiatedBy = value;
            return this;
        }

        /**
         * {@return this builder, with {@code activityDefinedBy} set}
         *
         * @param value Who defined the activity.
         */
        public Builder activityDefinedBy(Initiator value) {
            this.activityDefinedBy = value;
            return this;
        }

        /**
         * {@return this builder, with {@code initiatingDecision} set}
         *
         * @param value Political decision mandating the partnership work.
         */
        public Builder initiatingDecision(InitiatingDecision value) {
            this.initiatingDecision = value;
            return this;
        }

        /**
         * {@return this builder, with {@code openInvitation} set}
         *
         * @param value Potential partners were invited openly (idémöte).
         */
        public Builder openInvitation(Tri value) {
            this.openInvitation = value;
            return this;
        }

        /**
         * {@return this builder, with {@code dialogBeforeAgreement} set}
         *
         * @param value The agreement was preceded by dialogue.
         */
        public Builder dialogBeforeAgreement(Tri value) {
            this.dialogBeforeAgreement = value;
            return this;
        }

        /**
         * {@return this builder, with {@code preStudyDone} set}
         *
         * @param value A pre-study in dialogue clarified scope, goals, structure and roles.
         */
        public Builder preStudyDone(Tri value) {
            this.preStudyDone = value;
            return this;
        }

        /**
         * {@return this builder, with {@code openCommunication} set}
         *
         * @param value The public party communicates openly about its IOPs (website, newsletter).
         */
        public Builder openCommunication(Tri value) {
            this.openCommunication = value;
            return this;
        }

        /**
         * {@return this builder, with {@code contactFunctionExists} set}
         *
         * @param value There is an easy contact function for dialogue.
         */
        public Builder contactFunctionExists(Tri value) {
            this.contactFunctionExists = value;
            return this;
        }

        /**
         * {@return this builder, with {@code reviewBodyConsulted} set}
         *
         * @param value The preparatory body (beredningsgrupp) was consulted.
         */
        public Builder reviewBodyConsulted(Tri value) {
            this.reviewBodyConsulted = value;
            return this;
        }

        /**
         * {@return this builder, with {@code responsibleManagerWithBudget} set}
         *
         * @param value A named manager with budget responsibility justifies the cooperation.
         */
        public Builder responsibleManagerWithBudget(Tri value) {
            this.responsibleManagerWithBudget = value;
            return this;
        }

        /**
         * {@return this builder, with {@code processStepsCompleted} set}
         *
         * @param value Famna's seven process steps completed (1..7); null = not recorded.
         */
        public Builder processStepsCompleted(Set<Integer> value) {
            this.processStepsCompleted = value;
            return this;
        }

        /**
         * Convenience for {@link #openInvitation(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder openInvitation(Boolean value) {
            this.openInvitation = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #dialogBeforeAgreement(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder dialogBeforeAgreement(Boolean value) {
            this.dialogBeforeAgreement = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #preStudyDone(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder preStudyDone(Boolean value) {
            this.preStudyDone = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #openCommunication(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder openCommunication(Boolean value) {
            this.openCommunication = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #contactFunctionExists(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder contactFunctionExists(Boolean value) {
            this.contactFunctionExists = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #reviewBodyConsulted(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder reviewBodyConsulted(Boolean value) {
            this.reviewBodyConsulted = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #responsibleManagerWithBudget(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder responsibleManagerWithBudget(Boolean value) {
            this.responsibleManagerWithBudget = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Initiative build() {
            return new Initiative(initiatedBy, activityDefinedBy, initiatingDecision, openInvitation, dialogBeforeAgreement, preStudyDone, openCommunication, contactFunctionExists, reviewBodyConsulted, responsibleManagerWithBudget, processStepsCompleted);
        }
    }
}
