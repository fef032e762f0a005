package se.ioprules.api.facts;

import java.util.List;
import java.util.Set;

/**
 * C6: the steering group.
 *
 * @param exists A steering group exists.
 * @param membersFromAllParties All parties are represented.
 * @param decisionRule How it decides.
 * @param meetingsPerYear Meetings per year.
 * @param mandate What it decides on; null = not recorded.
 */
public record SteeringGroup(
        Tri exists,
        Tri membersFromAllParties,
        DecisionRule decisionRule,
        Integer meetingsPerYear,
        Set<SteeringMandate> mandate) {

    /** An instance with nothing recorded. */
    public static final SteeringGroup EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param exists A steering group exists.
     * @param membersFromAllParties All parties are represented.
     * @param decisionRule How it decides.
     * @param meetingsPerYear Meetings per year.
     * @param mandate What it decides on; null = not recorded.
     */
    public SteeringGroup {
        exists = exists == null ? Tri.UNKNOWN : exists;
        membersFromAllParties = membersFromAllParties == null ? Tri.UNKNOWN : membersFromAllParties;
        mandate = Facts.enumSet(SteeringMandate.class, mandate);
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exists = exists;
        b.membersFromAllParties = membersFromAllParties;
        b.decisionRule = decisionRule;
        b.meetingsPerYear = meetingsPerYear;
        b.mandate = mandate;
        return b;
    }

    /** Mutable builder for {@link SteeringGroup}; not thread-safe. */
    public static final class Builder {
        private Tri exists;
        private Tri membersFromAllParties;
        private DecisionRule decisionRule;
        private Integer meetingsPerYear;
        private Set<SteeringMandate> mandate;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code exists} set}
         *
         * @param value A steering group exists.
         */
        public Builder exists(Tri value) {
            this.exists = value;
            return this;
        }

        /**
         * {@return this builder, with {@code membersFromAllParties} set}
         *
         * @param value All parties are represented.
         */
        public Builder membersFromAllParties(Tri value) {
            this.membersFromAllParties = value;
            return this;
        }

        /**
         * {@return this builder, with {@code decisionRule} set}
         *
         * @param value How it decides.
         */
        public Builder decisionRule(DecisionRule value) {
            this.decisionRule = value;
            return this;
        }

        /**
         * {@return this builder, with {@code meetingsPerYear} set}
         *
         * @param value Meetings per year.
         */
        public Builder meetingsPerYear(Integer value) {
            this.meetingsPerYear = value;
            return this;
        }

        /**
         * {@return this builder, with {@code mandate} set}
         *
         * @param value What it decides on; null = not recorded.
         */
        public Builder mandate(Set<SteeringMandate> value) {
            this.mandate = value;
            return this;
        }

        /**
         * Convenience for {@link #exists(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder exists(Boolean value) {
            this.exists = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #membersFromAllParties(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder membersFromAllParties(Boolean value) {
            this.membersFromAllParties = Tri.of(value);
            return this;
        }

        /**
         * Varargs form of {@link #mandate(Set)}.
         *
         * @param values elements
         * @return this builder
         */
        public Builder mandate(SteeringMandate... values) {
            this.mandate = Set.of(values);
            return this;
        }

        /** {@return the immutable value} */
        public SteeringGroup build() {
            return new SteeringGroup(exists, membersFromAllParties, decisionRule, meetingsPerYear, mandate);
        }
    }
}
