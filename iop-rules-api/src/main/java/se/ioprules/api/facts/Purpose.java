package se.ioprules.api.facts;

import java.util.List;

/**
 * C3: purpose and challenge.
 *
 * @param challengeDescription The societal challenge in the parties' words.
 * @param challengeJointlyDefined The challenge was defined jointly.
 * @param collaborationNeedDocumented A shared need to cooperate is documented.
 * @param noPartyCanSolveAlone No party can solve the challenge alone.
 * @param needIdentified A need has been identified.
 * @param needStillExists The need still exists.
 * @param commonGoal The common goal.
 * @param visionDefined A vision is defined.
 * @param learningGoals Joint learning goals are defined.
 * @param politicalPlanRef The political programme or plan the activity helps realise.
 * @param publicMissionReference The public mission the IOP connects to.
 * @param withinMunicipalCompetence The matter lies within municipal/regional competence.
 * @param withinCommitteeMandate The activity concerns the committee's mission or target groups.
 * @param generalInterest The matter is of general interest tied to the municipality/region or its members.
 * @param addsValue The cooperation adds value.
 * @param complementsCoreMission The cooperation complements the public party's core mission.
 * @param welfareArea Welfare area.
 * @param targetGroupDescription Target group in words.
 * @param targetGroupDefined The target group is defined.
 * @param targetGroupInvolvedFromStart The target group was involved from the start.
 * @param exploratoryCharacter The work has an exploratory character.
 * @param holistic The work takes a holistic view.
 */
public record Purpose(
        String challengeDescription,
        Tri challengeJointlyDefined,
        Tri collaborationNeedDocumented,
        Tri noPartyCanSolveAlone,
        Tri needIdentified,
        Tri needStillExists,
        CommonGoal commonGoal,
        Tri visionDefined,
        Tri learningGoals,
        PoliticalPlanRef politicalPlanRef,
        String publicMissionReference,
        Tri withinMunicipalCompetence,
        Tri withinCommitteeMandate,
        Tri generalInterest,
        Tri addsValue,
        Tri complementsCoreMission,
        WelfareArea welfareArea,
        String targetGroupDescription,
        Tri targetGroupDefined,
        Tri targetGroupInvolvedFromStart,
        Tri exploratoryCharacter,
        Tri holistic) {

    /** An instance with nothing recorded. */
    public static final Purpose EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param challengeDescription The societal challenge in the parties' words.
     * @param challengeJointlyDefined The challenge was defined jointly.
     * @param collaborationNeedDocumented A shared need to cooperate is documented.
     * @param noPartyCanSolveAlone No party can solve the challenge alone.
     * @param needIdentified A need has been identified.
     * @param needStillExists The need still exists.
     * @param commonGoal The common goal.
     * @param visionDefined A vision is defined.
     * @param learningGoals Joint learning goals are defined.
     * @param politicalPlanRef The political programme or plan the activity helps realise.
     * @param publicMissionReference The public mission the IOP connects to.
     * @param withinMunicipalCompetence The matter lies within municipal/regional competence.
     * @param withinCommitteeMandate The activity concerns the committee's mission or target groups.
     * @param generalInterest The matter is of general interest tied to the municipality/region or its members.
     * @param addsValue The cooperation adds value.
     * @param complementsCoreMission The cooperation complements the public party's core mission.
     * @param welfareArea Welfare area.
     * @param targetGroupDescription Target group in words.
     * @param targetGroupDefined The target group is defined.
     * @param targetGroupInvolvedFromStart The target group was involved from the start.
     * @param exploratoryCharacter The work has an exploratory character.
     * @param holistic The work takes a holistic view.
     */
    public Purpose {
        challengeJointlyDefined = challengeJointlyDefined == null ? Tri.UNKNOWN : challengeJointlyDefined;
        collaborationNeedDocumented = collaborationNeedDocumented == null ? Tri.UNKNOWN : collaborationNeedDocumented;
        noPartyCanSolveAlone = noPartyCanSolveAlone == null ? Tri.UNKNOWN : noPartyCanSolveAlone;
        needIdentified = needIdentified == null ? Tri.UNKNOWN : needIdentified;
        needStillExists = needStillExists == null ? Tri.UNKNOWN : needStillExists;
        commonGoal = commonGoal == null ? CommonGoal.EMPTY : commonGoal;
        visionDefined = visionDefined == null ? Tri.UNKNOWN : visionDefined;
        learningGoals = learningGoals == null ? Tri.UNKNOWN : learningGoals;
        politicalPlanRef = politicalPlanRef == null ? PoliticalPlanRef.EMPTY : politicalPlanRef;
        withinMunicipalCompetence = withinMunicipalCompetence == null ? Tri.UNKNOWN : withinMunicipalCompetence;
        withinCommitteeMandate = withinCommitteeMandate == null ? Tri.UNKNOWN : withinCommitteeMandate;
        generalInterest = generalInterest == null ? Tri.UNKNOWN : generalInterest;
        addsValue = addsValue == null ? Tri.UNKNOWN : addsValue;
        complementsCoreMission = complementsCoreMission == null ? Tri.UNKNOWN : complementsCoreMission;
        targetGroupDefined = targetGroupDefined == null ? Tri.UNKNOWN : targetGroupDefined;
        targetGroupInvolvedFromStart = targetGroupInvolvedFromStart == null ? Tri.UNKNOWN : targetGroupInvolvedFromStart;
        exploratoryCharacter = exploratoryCharacter == null ? Tri.UNKNOWN : exploratoryCharacter;
        holistic = holistic == null ? Tri.UNKNOWN : holistic;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.challengeDescription = challengeDescription;
        b.challengeJointlyDefined = challengeJointlyDefined;
        b.collaborationNeedDocumented = collaborationNeedDocumented;
        b.noPartyCanSolveAlone = noPartyCanSolveAlone;
        b.needIdentified = needIdentified;
        b.needStillExists = needStillExists;
        b.commonGoal = commonGoal;
        b.visionDefined = visionDefined;
        b.learningGoals = learningGoals;
        b.politicalPlanRef = politicalPlanRef;
        b.publicMissionReference = publicMissionReference;
        b.withinMunicipalCompetence = withinMunicipalCompetence;
        b.withinCommitteeMandate = withinCommitteeMandate;
        b.generalInterest = generalInterest;
        b.addsValue = addsValue;
        b.complementsCoreMission = complementsCoreMission;
        b.welfareArea = welfareArea;
        b.targetGroupDescription = targetGroupDescription;
        b.targetGroupDefined = targetGroupDefined;
        b.targetGroupInvolvedFromStart = targetGroupInvolvedFromStart;
        b.exploratoryCharacter = exploratoryCharacter;
        b.holistic = holistic;
        return b;
    }

    /** Mutable builder for {@link Purpose}; not thread-safe. */
    public static final class Builder {
        private String challengeDescription;
        private Tri challengeJointlyDefined;
        private Tri collaborationNeedDocumented;
        private Tri noPartyCanSolveAlone;
        private Tri needIdentified;
        private Tri needStillExists;
        private CommonGoal commonGoal;
        private Tri visionDefined;
        private Tri learningGoals;
        private PoliticalPlanRef politicalPlanRef;
        private String publicMissionReference;
        private Tri withinMunicipalCompetence;
        private Tri withinCommitteeMandate;
        private Tri generalInterest;
        private Tri addsValue;
        private Tri complementsCoreMission;
        private WelfareArea welfareArea;
        private String targetGroupDescription;
        private Tri targetGroupDefined;
        private Tri targetGroupInvolvedFromStart;
        private Tri exploratoryCharacter;
        private Tri holistic;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code challengeDescription} set}
         *
         * @param value The societal challenge in the parties' words.
         */
        public Builder challengeDescription(String value) {
            this.challengeDescription = value;
            return this;
        }

        /**
         * {@return this builder, with {@code challengeJointlyDefined} set}
         *
         * @param value The challenge was defined jointly.
         */
        public Builder challengeJointlyDefined(Tri value) {
            this.challengeJointlyDefined = value;
            return this;
        }

        /**
         * {@return this builder, with {@code collaborationNeedDocumented} set}
         *
         * @param value A shared need to cooperate is documented.
         */
        public Builder collaborationNeedDocumented(Tri value) {
            this.collaborationNeedDocumented = value;
            return this;
        }

        /**
         * {@return this builder, with {@code noPartyCanSolveAlone} set}
         *
         * @param value No party can solve the challenge alone.
         */
        public Builder noPartyCanSolveAlone(Tri value) {
            this.noPartyCanSolveAlone = value;
            return this;
        }

        /**
         * {@return this builder, with {@code needIdentified} set}
         *
         * @param value A need has been identified.
         */
        public Builder needIdentified(Tri value) {
            this.needIdentified = value;
            return this;
        }

        /**
         * {@return this builder, with {@code needStillExists} set}
         *
         * @param value The need still exists.
         */
        public Builder needStillExists(Tri value) {
            this.needStillExists = value;
            return this;
        }

        /**
         * {@return this builder, with {@code commonGoal} set}
         *
         * @param value The common goal.
         */
        public Builder commonGoal(CommonGoal value) {
            this.commonGoal = value;
            return this;
        }

        /**
         * {@return this builder, with {@code visionDefined} set}
         *
         * @param value A vision is defined.
         */
        public Builder visionDefined(Tri value) {
            this.visionDefined = value;
            return this;
        }

        /**
         * {@return this builder, with {@code learningGoals} set}
         *
         * @param value Joint learning goals are defined.
         */
        public Builder learningGoals(Tri value) {
            this.learningGoals = value;
            return this;
        }

        /**
         * {@return this builder, with {@code politicalPlanRef} set}
         *
         * @param value The political programme or plan the activity helps realise.
         */
        public Builder politicalPlanRef(PoliticalPlanRef value) {
            this.politicalPlanRef = value;
            return this;
        }

        /**
         * {@return this builder, with {@code publicMissionReference} set}
         *
         * @param value The public mission the IOP connects to.
         */
        public Builder publicMissionReference(String value) {
            this.publicMissionReference = value;
            return this;
        }

        /**
         * {@return this builder, with {@code withinMunicipalCompetence} set}
         *
         * @param value The matter lies within municipal/regional competence.
         */
        public Builder withinMunicipalCompetence(Tri value) {
            this.withinMunicipalCompetence = value;
            return this;
        }

        /**
         * {@return this builder, with {@code withinCommitteeMandate} set}
         *
         * @param value The activity concerns the committee's mission or target groups.
         */
        public Builder withinCommitteeMandate(Tri value) {
            this.withinCommitteeMandate = value;
            return this;
        }

        /**
         * {@return this builder, with {@code generalInterest} set}
         *
         * @param value The matter is of general interest tied to the municipality/region or its members.
         */
        public Builder generalInterest(Tri value) {
            this.generalInterest = value;
            return this;
        }

        /**
         * {@return this builder, with {@code addsValue} set}
         *
         * @param value The cooperation adds value.
         */
        public Builder addsValue(Tri value) {
            this.addsValue = value;
            return this;
        }

        /**
         * {@return this builder, with {@code complementsCoreMission} set}
         *
         * @param value The cooperation complements the public party's core mission.
         */
        public Builder complementsCoreMission(Tri value) {
            this.complementsCoreMission = value;
            return this;
        }

        /**
         * {@return this builder, with {@code welfareArea} set}
         *
         * @param value Welfare area.
         */
        public Builder welfareArea(WelfareArea value) {
            this.welfareArea = value;
            return this;
        }

        /**
         * {@return this builder, with {@code targetGroupDescription} set}
         *
         * @param value Target group in words.
         */
        public Builder targetGroupDescription(String value) {
            this.targetGroupDescription = value;
            return this;
        }

        /**
         * {@return this builder, with {@code targetGroupDefined} set}
         *
         * @param value The target group is defined.
         */
        public Builder targetGroupDefined(Tri value) {
            this.targetGroupDefined = value;
            return this;
        }

        /**
         * {@return this builder, with {@code targetGroupInvolvedFromStart} set}
         *
         * @param value The target group was involved from the start.
         */
        public Builder targetGroupInvolvedFromStart(Tri value) {
            this.targetGroupInvolvedFromStart = value;
            return this;
        }

        /**
         * {@return this builder, with {@code exploratoryCharacter} set}
         *
         * @param value The work has an exploratory character.
         */
        public Builder exploratoryCharacter(Tri value) {
            this.exploratoryCharacter = value;
            return this;
        }

        /**
         * {@return this builder, with {@code holistic} set}
         *
         * @param value The work takes a holistic view.
         */
        public Builder holistic(Tri value) {
            this.holistic = value;
            return this;
        }

        /**
         * Convenience for {@link #challengeJointlyDefined(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder challengeJointlyDefined(Boolean value) {
            this.challengeJointlyDefined = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #collaborationNeedDocumented(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder collaborationNeedDocumented(Boolean value) {
            this.collaborationNeedDocumented = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #noPartyCanSolveAlone(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder noPartyCanSolveAlone(Boolean value) {
            this.noPartyCanSolveAlone = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #needIdentified(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder needIdentified(Boolean value) {
            this.needIdentified = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #needStillExists(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder needStillExists(Boolean value) {
            this.needStillExists = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #visionDefined(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder visionDefined(Boolean value) {
            this.visionDefined = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #learningGoals(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder learningGoals(Boolean value) {
            this.learningGoals = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #withinMunicipalCompetence(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder withinMunicipalCompetence(Boolean value) {
            this.withinMunicipalCompetence = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #withinCommitteeMandate(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder withinCommitteeMandate(Boolean value) {
            this.withinCommitteeMandate = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #generalInterest(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder generalInterest(Boolean value) {
            this.generalInterest = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #addsValue(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder addsValue(Boolean value) {
            this.addsValue = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #complementsCoreMission(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder complementsCoreMission(Boolean value) {
            this.complementsCoreMission = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #targetGroupDefined(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder targetGroupDefined(Boolean value) {
            this.targetGroupDefined = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #targetGroupInvolvedFromStart(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder targetGroupInvolvedFromStart(Boolean value) {
            this.targetGroupInvolvedFromStart = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #exploratoryCharacter(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder exploratoryCharacter(Boolean value) {
            this.exploratoryCharacter = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #holistic(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder holistic(Boolean value) {
            this.holistic = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Purpose build() {
            return new Purpose(challengeDescription, challengeJointlyDefined, collaborationNeedDocumented, noPartyCanSolveAlone, needIdentified, needStillExists, commonGoal, visionDefined, learningGoals, politicalPlanRef, publicMissionReference, withinMunicipalCompetence, withinCommitteeMandate, generalInterest, addsValue, complementsCoreMission, welfareArea, targetGroupDescription, targetGroupDefined, targetGroupInvolvedFromStart, exploratoryCharacter, holistic);
        }
    }
}
