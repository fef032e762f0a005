package se.ioprules.api.facts;

import java.util.List;

/**
 * C3: the common goal.
 *
 * @param text The goal in words.
 * @param publicBenefit The goal is public-benefit (allmännyttigt).
 */
public record CommonGoal(
        String text,
        Tri publicBenefit) {

    /** An instance with nothing recorded. */
    public static final CommonGoal EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param text The goal in words.
     * @param publicBenefit The goal is public-benefit (allmännyttigt).
     */
    public CommonGoal {
        publicBenefit = publicBenefit == null ? Tri.UNKNOWN : publicBenefit;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = text;
        b.publicBenefit = publicBenefit;
        return b;
    }

    /** Mutable builder for {@link CommonGoal}; not thread-safe. */
    public static final class Builder {
        private String text;
        private Tri publicBenefit;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code text} set}
         *
         * @param value The goal in words.
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * {@return this builder, with {@code publicBenefit} set}
         *
         * @param value The goal is public-benefit (allmännyttigt).
         */
        public Builder publicBenefit(Tri value) {
            this.publicBenefit = value;
            return this;
        }

        /**
         * Convenience for {@link #publicBenefit(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder publicBenefit(Boolean value) {
            this.publicBenefit = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public CommonGoal build() {
            return new CommonGoal(text, publicBenefit);
        }
    }
}
