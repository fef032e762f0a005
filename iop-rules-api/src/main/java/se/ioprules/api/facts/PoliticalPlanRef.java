package se.ioprules.api.facts;

import java.util.List;

/**
 * C3: reference to a political programme or plan.
 *
 * @param exists The activity is part of a political programme or plan.
 * @param mentionsIdeaBasedOrgs That plan expressly names idea-based organisations / civil society.
 * @param reference Name of the plan.
 */
public record PoliticalPlanRef(
        Tri exists,
        Tri mentionsIdeaBasedOrgs,
        String reference) {

    /** An instance with nothing recorded. */
    public static final PoliticalPlanRef EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param exists The activity is part of a political programme or plan.
     * @param mentionsIdeaBasedOrgs That plan expressly names idea-based organisations / civil society.
     * @param reference Name of the plan.
     */
    public PoliticalPlanRef {
        exists = exists == null ? Tri.UNKNOWN : exists;
        mentionsIdeaBasedOrgs = mentionsIdeaBasedOrgs == null ? Tri.UNKNOWN : mentionsIdeaBasedOrgs;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exists = exists;
        b.mentionsIdeaBasedOrgs = mentionsIdeaBasedOrgs;
        b.reference = reference;
        return b;
    }

    /** Mutable builder for {@link PoliticalPlanRef}; not thread-safe. */
    public static final class Builder {
        private Tri exists;
        private Tri mentionsIdeaBasedOrgs;
        private String reference;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code exists} set}
         *
         * @param value The activity is part of a political programme or plan.
         */
        public Builder exists(Tri value) {
            this.exists = value;
            return this;
        }

        /**
         * {@return this builder, with {@code mentionsIdeaBasedOrgs} set}
         *
         * @param value That plan expressly names idea-based organisations / civil society.
         */
        public Builder mentionsIdeaBasedOrgs(Tri value) {
            this.mentionsIdeaBasedOrgs = value;
            return this;
        }

        /**
         * {@return this builder, with {@code reference} set}
         *
         * @param value Name of the plan.
         */
        public Builder reference(String value) {
            this.reference = value;
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
         * Convenience for {@link #mentionsIdeaBasedOrgs(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder mentionsIdeaBasedOrgs(Boolean value) {
            this.mentionsIdeaBasedOrgs = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public PoliticalPlanRef build() {
            return new PoliticalPlanRef(exists, mentionsIdeaBasedOrgs, reference);
        }
    }
}
