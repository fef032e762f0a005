package se.ioprules.api.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * C4: the budget.
 *
 * @param totalCostSek Total cost of the activity in SEK.
 * @param includesInKind The budget includes in-kind inputs (volunteer work, lent premises …).
 * @param annexed The budget is annexed to the agreement.
 */
public record Budget(
        BigDecimal totalCostSek,
        Tri includesInKind,
        Tri annexed) {

    /** An instance with nothing recorded. */
    public static final Budget EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param totalCostSek Total cost of the activity in SEK.
     * @param includesInKind The budget includes in-kind inputs (volunteer work, lent premises …).
     * @param annexed The budget is annexed to the agreement.
     */
    public Budget {
        includesInKind = includesInKind == null ? Tri.UNKNOWN : includesInKind;
        annexed = annexed == null ? Tri.UNKNOWN : annexed;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.totalCostSek = totalCostSek;
        b.includesInKind = includesInKind;
        b.annexed = annexed;
        return b;
    }

    /** Mutable builder for {@link Budget}; not thread-safe. */
    public static final class Builder {
        private BigDecimal totalCostSek;
        private Tri includesInKind;
        private Tri annexed;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code totalCostSek} set}
         *
         * @param value Total cost of the activity in SEK.
         */
        public Builder totalCostSek(BigDecimal value) {
            this.totalCostSek = value;
            return this;
        }

        /**
         * {@return this builder, with {@code includesInKind} set}
         *
         * @param value The budget includes in-kind inputs (volunteer work, lent premises …).
         */
        public Builder includesInKind(Tri value) {
            this.includesInKind = value;
            return this;
        }

        /**
         * {@return this builder, with {@code annexed} set}
         *
         * @param value The budget is annexed to the agreement.
         */
        public Builder annexed(Tri value) {
            this.annexed = value;
            return this;
        }

        /**
         * Convenience for {@link #includesInKind(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder includesInKind(Boolean value) {
            this.includesInKind = Tri.of(value);
            return this;
        }

        /**
         * Convenience for {@link #annexed(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder annexed(Boolean value) {
            this.annexed = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public Budget build() {
            return new Budget(totalCostSek, includesInKind, annexed);
        }
    }
}
